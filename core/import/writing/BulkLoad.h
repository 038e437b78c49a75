#pragma once
// What lets an import into an empty worker list run as a bulk load (measured in bench/import_workers.sh):
// - SetAsideSchema drops the secondary indexes of the list's tables when the load begins and creates them again
//   from their own SQL before the commit, so each is built by one sort instead of a million random insertions
//   (the same file, same transaction: a failed or cancelled import rolls the drop back with everything else);
//   likewise the summary triggers on workers and their links, whose work is then done once for all the loaded
//   workers (summary::addLoadedWorkersStatement);
// - IdNumberMap is then the duplicate check of the file: normalised resident ID → rowid, in 12 bytes a row, so a
//   later row with the same ID still updates the earlier one while the ID index does not exist yet.

#include "core/Expected.h"
#include "core/import/writing/SqliteConnection.h"

#include <QHash>
#include <QString>
#include <cstdint>
#include <string>
#include <vector>

namespace jb::core {

class SetAsideSchema final
{
public:
    // Drops every index on `tables` that has SQL of its own (not a PRIMARY KEY's), remembering it.
    Status setAsideIndexes(SqliteConnection& db, const std::vector<std::string>& tables);
    // Drops the triggers on `tables` whose names are LIKE `namePattern` (escape character '\'), remembering them.
    Status setAsideTriggers(SqliteConnection& db, const std::vector<std::string>& tables, const char* namePattern);
    // Creates what was set aside again, in the same order; a UNIQUE index fails here if the load broke its rule.
    Status restore(SqliteConnection& db);

private:
    Status setAside(SqliteConnection& db, const char* type, const std::vector<std::string>& tables,
                    const char* namePattern);

    std::vector<std::string> m_sql;
};

class IdNumberMap final
{
public:
    // The rowid stored for `idNumber` (a normalised 18-character ID), 0 when none.
    qint64 find(const QString& idNumber) const;
    void insert(const QString& idNumber, qint64 rowid);
    qint64 size() const { return m_count + m_other.size(); }
    void clear();

private:
    // 17 digits and a check character (0–9, X) fit in 60 bits exactly; 0 means "no key", so keys are + 1.
    static std::uint64_t encode(const QString& idNumber);
    std::size_t slotOf(std::uint64_t key) const;
    void grow();

    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_rowids;
    qint64 m_count = 0;
    QHash<QString, qint64> m_other; // IDs not of that form, and rowids beyond 32 bits (neither is expected)
};

} // namespace jb::core
