#pragma once
// ListWindow: how the worker and enterprise list queries read one window of their rows (what a table model shows
// at a time): the list is counted first when its size is not known yet; past the middle, the same rows are read
// counted from the end in the reverse order (an OFFSET near the end of a million rows would cost as much as
// reading them all) and turned round. Also the SQL steps every list query repeats: prepare, bind, run, read, and
// writing a statement out with its values for the benchmarks.

#include "core/Expected.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <QVector>
#include <algorithm>

namespace jb::core {

// " LIMIT rows OFFSET offset".
inline QString limitSql(qint64 rows, qint64 offset)
{
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(rows).arg(offset);
}

// A bound value written into the SQL text (strings quoted), for the benchmarks' sqlite3 runs.
inline QString sqlLiteral(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString) {
        QString s = v.toString();
        s.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    }
    return v.toString();
}

// Prepares `sql` on `q`, binds `binds` in order and runs it.
inline bool execBound(QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec();
}

// Every row `q` selects, each read by `readRow(q)`; `executed` is whether it ran, `what` names the list in an error.
template <typename Row, typename ReadRow>
Expected<QVector<Row>> collectRows(QSqlQuery& q, bool executed, const QString& what, ReadRow readRow)
{
    if (!executed)
        return Expected<QVector<Row>>::failure(describeSqlError(q, what));
    QVector<Row> rows;
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

// Rows [offset, offset + limit) of the list. `total()` gives its size (Expected<qint64>); `read(first, rows,
// reversed)` reads `rows` rows from `first` in the list's order, or in the reverse order counting from the end.
template <typename Row, typename Total, typename Read>
Expected<QVector<Row>> readListWindow(qint64 offset, int limit, Total total, Read read)
{
    if (offset < 0 || limit <= 0)
        return QVector<Row>();
    const Expected<qint64> size = total();
    if (!size)
        return Expected<QVector<Row>>::failure(size.error());
    const qint64 end = std::min(*size, offset + limit);
    if (offset >= end)
        return QVector<Row>();
    // Past the middle: the same rows counted from the end in the reverse order, then turned round.
    const bool reversed = offset > *size - end;
    Expected<QVector<Row>> rows = read(reversed ? *size - end : offset, end - offset, reversed);
    if (rows && reversed)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

} // namespace jb::core
