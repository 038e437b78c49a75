#pragma once
// AreaCodes: the GB/T 2260 administrative division codes, current and historical, compiled into core so ID
// numbers can be checked and the organisation tree built without a network.

#include "core/Expected.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace jb::core {

class AreaCodes final
{
public:
    enum class Level { Province, Prefecture, County };

    struct Division
    {
        QString code;
        QString name;
        Level level = Level::County;
        bool inForce = false;
        int firstYear = 0;
        int lastYear = 0; // 0 while in force
        QString provinceName;
        // The prefecture-level unit this division belongs to (its own name for a prefecture); empty for provinces
        // and for divisions directly under a province or municipality (直辖).
        QString prefectureName;
    };

    // An empty table: every lookup fails. Use instance() for the built-in data.
    AreaCodes() = default;

    // The built-in 2024 table and history, loaded on first use (thread-safe). If the compiled-in resources are
    // missing the table is empty and loadError() says why.
    static const AreaCodes& instance();

    // divisions: lines "code name" (codes in force). history: the CSV described in resources/reference/SOURCE.md.
    static Expected<AreaCodes> fromData(const QByteArray& divisions, const QByteArray& history);
    static Expected<AreaCodes> fromFiles(const QString& divisionsPath, const QString& historyPath);

    bool isEmpty() const { return m_current.isEmpty(); }
    QString loadError() const { return m_loadError.text(); }

    // A division in force in the 2024 list.
    std::optional<Division> current(const QString& code) const;
    // In force, or ever used (retired or changed): the address part of an ID keeps the code of its year of issue.
    bool isKnownAddressCode(const QString& code) const;
    // The in-force division if there is one, else the most recently retired one.
    std::optional<Division> anyByCode(const QString& code) const;
    // Every recorded use of a code, oldest first (a code can be reused for a renamed division).
    QVector<Division> history(const QString& code) const;

    // Parent of a current division: its prefecture, or the province for prefectures, municipal districts and
    // county-level cities directly under a province (e.g. 429004 仙桃市 → 420000). Empty for provinces and for
    // codes not in force.
    QString parentCode(const QString& code) const;
    // Current divisions directly under a current code, ordered by code.
    QVector<Division> children(const QString& code) const;
    QVector<Division> provinces() const;
    // "安徽省合肥市肥东县"; historical codes use the names of their time. Empty if the code is unknown.
    QString fullName(const QString& code) const;

    // What the address code of an ID says (prepared once per code); nullptr for a code never used.
    struct AddressFacts
    {
        QString fullName;     // fullName(code)
        bool retired = false; // not in force now (an ID issued before keeps it)
        int retiredYear = 0;  // the last year it was in force; 0 while in force
    };
    const AddressFacts* address(const QString& code) const;

private:
    // The steps of fromData: the codes in force, their history, and the tree of current codes.
    Status readDivisions(const QByteArray& divisions);
    Status readHistory(const QByteArray& history);
    void buildTree(const QStringList& currentCodes);

    QHash<QString, Division> m_current;
    QHash<QString, QVector<Division>> m_history;
    QHash<QString, QStringList> m_children;
    QStringList m_provinceCodes;
    QHash<QString, AddressFacts> m_addresses;
    Message m_loadError;
};

} // namespace jb::core
