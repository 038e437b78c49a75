#pragma once
// WorkerListOrder: how the worker list is read in one column's order, so that a window never sorts more than it
// must. The registration date, the ID number, the name, age (birth date), phone, desired trade and last contact
// are walked through their indexes (schema v9 added the last five), ties by worker id, so a window in the middle
// of a million rows skips index entries instead of sorting them all; the columns
// of a few values — gender, key groups, employment status, the one-week promise — are read as parts, one part per
// value in the order an officer expects, each part walked newest registration first (the list's default order)
// and none of them sorted. The blank part (not recorded, no group, no status, not a hardship case) is last in
// both directions, as spreadsheets keep blanks last.
//
//   Gender: 男, 女.   Key groups: by the first of the worker's groups in the reference list's order.
//   Status: the reference list's order.   Promise: overdue, due, served late, served in time (docs/metrics.md),
//   walked in the parts stored per worker (schema v16, SchemaV16.cpp).

#include "core/Expected.h"
#include "core/lists/WorkerFilter.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace jb::core {

struct WorkerOrderPart
{
    // SQL condition on the worker row `w`: the worker is in this part (tests only, for small selections).
    QString test;
    // How to list the part's workers in id order without testing every worker, for large selections: a FROM
    // clause (empty: workers w), its condition (empty: `test`) and the column giving the worker id (empty: w.id).
    // Over a FROM of its own, `w` is joined only when a filter needs it.
    QString walkFrom;
    QString walkTest;
    QString walkId;
    bool empty = false; // no worker the filter selects can be in this part
    // The blank part only: SQL condition on `w`, the worker is in one of the other parts. It is counted through
    // an index or a set, so the blank part's size is the selection less those, never a test of every worker.
    QString others;
    // The blank part only: its size is the selection less each other part's size, counted part by part, rather
    // than less `others` counted as one set (key groups: the set of 677k people in any group cost 300 ms to build).
    bool countByParts = false;
};

class WorkerListOrder final
{
public:
    enum class Kind { IndexWalk, Sorted, Parts };

    static Expected<WorkerListOrder> create(QSqlDatabase db, const WorkerFilter& filter, WorkerColumn column,
                                            const QDate& today, int promiseDays);

    Kind kind() const { return m_kind; }
    // IndexWalk and Sorted: the SQL the rows sort by (then w.id); `inverted`: ascending means descending key
    // (age: youngest = latest birth date first).
    const QString& key() const { return m_key; }
    bool inverted() const { return m_inverted; }
    // Parts, in ascending order; the last is the blank one.
    const QVector<WorkerOrderPart>& parts() const { return m_parts; }
    // Parts, when not empty: a table of what is stored per worker (FROM item with the alias p, one row per worker
    // id in p.worker_id) and the number of the worker's part as an SQL expression over p (the promise: schema v16's
    // parts), read by selections that are sorted, once per row, instead of each part's test.
    const QString& partTable() const { return m_partTable; }
    const QString& partNumber() const { return m_partNumber; }

    // The one-week promise of the row `w` as WorkerPromiseState's number, by the very tests the promise's parts use,
    // and its due day (SQL expressions).
    static QString promiseRankSql(const QDate& today, int promiseDays);
    static QString promiseDueSql(int promiseDays);

private:
    static QVector<WorkerOrderPart> promiseParts(const QDate& today, int promiseDays, const WorkerFilter& filter);

    Kind m_kind = Kind::Sorted;
    QString m_key;
    bool m_inverted = false;
    QVector<WorkerOrderPart> m_parts;
    QString m_partTable;
    QString m_partNumber;
};

} // namespace jb::core
