#pragma once
// Record counts of a file: per table, and workers per key group. Used by `jobbridge-cli stats` and the GUI.

#include "core/records/RecordKind.h"

#include <QString>
#include <QVector>

namespace jb::core {

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

struct KeyGroupCount
{
    QString code;
    QString nameZh;
    QString nameEn;
    qint64 workers = 0;
};

struct DatabaseStats
{
    QString homeCode;
    QString homeName;
    int schemaVersion = 0;
    QVector<TableCount> tables;
    QVector<KeyGroupCount> keyGroups;

    qint64 rowsIn(const QString& table) const
    {
        for (const TableCount& t : tables)
            if (t.table == table)
                return t.rows;
        return -1;
    }
    // The number of records of `kind` (-1 when not counted).
    qint64 count(RecordKind kind) const { return rowsIn(recordTable(kind)); }
};

} // namespace jb::core
