#pragma once
// The organisation tree of a file: seeded from the GB/T 2260 division codes around the home organisation,
// extended by officers with sub-units (towns, parks, industry unions).

#include "core/Expected.h"
#include "core/domain/Organisation.h"

#include <QSqlDatabase>
#include <QVector>

namespace jb::core {

class OrganisationRepository final
{
public:
    explicit OrganisationRepository(QSqlDatabase db);

    // Inserts the home division, its ancestors and its current descendants; marks the home. One transaction.
    Status seedHome(const QString& homeCode);

    Expected<Organisation> home() const;
    Expected<Organisation> byCode(const QString& code) const;
    Expected<Organisation> byId(qint64 id) const;
    Expected<QVector<Organisation>> all() const;
    Expected<QVector<Organisation>> children(qint64 parentId) const;
    // The organisation and everything below it (for adding up actuals bottom-up).
    Expected<QVector<qint64>> subtreeIds(qint64 rootId) const;

    // Adds a town, park or industry union under `parentId`; its code is generated from the parent's.
    Expected<Organisation> addSubUnit(qint64 parentId, const QString& name, OrgKind kind);

private:
    QSqlDatabase m_db;
};

} // namespace jb::core
