#pragma once
// Resolves the words officers write in a cell to reference values and organisations: key groups and hardship
// categories by name (and common short names, e.g. 农民工, 困难职工), industries by section letter or name,
// education and skill levels by name, organisations by name or code. Loaded once per import (no per-row SQL).

#include "core/Expected.h"
#include "core/import/checking/PlaceSubUnit.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace jb::core {

class ReferenceLookup final
{
public:
    static Expected<ReferenceLookup> load(QSqlDatabase db);

    // list: a reference_items list name ("key_group", "industry", ...). Text is normalised before matching.
    std::optional<qint64> find(const QString& list, const QString& text) const;
    // An organisation of the file by name (店埠镇, 肥东县) or code (340122, 340122-001).
    std::optional<qint64> organisation(const QString& text) const;
    qint64 homeOrganisation() const { return m_homeOrgId; }
    // The sub-unit (town or park) a place names (PlaceSubUnit.h has the rule).
    std::optional<qint64> subUnitNamedIn(const QString& place) const;
    // Whether `id` is an organisation of the file still in use.
    bool isOrganisation(qint64 id) const { return m_organisationIds.contains(id); }

    // A multi-valued cell already split into parts: the ids found (each once, in order) and the parts not
    // recognised. A part that is not recognised as a whole but contains spaces is tried word by word.
    QVector<qint64> findAll(const QString& list, const QStringList& parts, QStringList* unrecognised) const;

    // The Chinese names of a list's values in their order, for messages that say what may be written.
    QStringList names(const QString& list) const { return m_names.value(list); }
    // The same names as one list in a message ("A、B、C"), built once; empty for an unknown list.
    const Message& namesListed(const QString& list) const;

    // Whether a place an officer wrote ("浙江宁波", "合肥", "江苏省苏州市") lies in the home organisation's province;
    // nullopt when no province or prefecture name is found in the text.
    std::optional<bool> inHomeProvince(const QString& place) const;

private:
    struct Place
    {
        QString name;
        bool home = false;
    };
    void addItemKey(const QString& list, const QString& key, qint64 id, bool primary);
    void addOrganisation(const QString& key, qint64 id, QHash<QString, qint64>& into);
    void loadPlaces(const QString& homeCode);
    std::optional<qint64> findNormalised(const QString& list, const QString& key) const;

    QHash<QString, QHash<QString, qint64>> m_items; // list → normalised name/code/alias → id (0: ambiguous)
    QHash<QString, qint64> m_organisations;         // normalised name or code → id (0: ambiguous)
    QHash<QString, qint64> m_organisationStems;     // name without 镇/乡/街道/县/区/市 → id (0: ambiguous)
    QVector<Place> m_places;                        // home province's names first
    QHash<QString, QStringList> m_names;            // list → name_zh in sort order
    QHash<QString, Message> m_namesListed;          // list → listOf(m_names[list])
    qint64 m_homeOrgId = 0;
    QVector<NamedSubUnit> m_subUnits; // towns and parks in use
    QSet<qint64> m_organisationIds;   // every organisation in use
};

} // namespace jb::core
