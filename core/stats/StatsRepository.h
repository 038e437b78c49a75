#pragma once
// Counts the records in a file: per table and per key group. Every number comes from a COUNT over the file.

#include "core/Expected.h"
#include "core/domain/DatabaseStats.h"

#include <QSqlDatabase>

namespace jb::core {

class StatsRepository final
{
public:
    explicit StatsRepository(QSqlDatabase db);
    Expected<DatabaseStats> collect() const;

    // The tables reported, in the order an officer thinks of them.
    static const QStringList& reportedTables();

private:
    QSqlDatabase m_db;
};

} // namespace jb::core
