#pragma once
// WorkerListQuery: the worker needs list as the officer sees it: how many people the filter selects, and any
// window of them in any column's order, sorted by SQLite (never the whole table in memory). Resident IDs and
// phones leave core masked; only the export (WorkerListExport.h) and the reveal (WorkerDetail.h) unmask, and both
// write the audit log. Speed at 1M workers: bench/workers_list.sh.

#include "core/Expected.h"
#include "core/lists/WorkerFilter.h"
#include "core/lists/WorkerSearch.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace jb::core {

struct WorkerRow
{
    qint64 id = 0;
    QString name;
    QString gender; // "M", "F" or empty
    int age = -1;   // completed years on the query's day; -1 when the birth date is unknown
    QString residentId; // masked unless exported unmasked
    QString phone;      // masked unless exported unmasked
    QStringList keyGroups;
    QString status;
    QString desiredTrade;
    QDate registeredOn;
    QDate lastContactOn;
    PromiseState promise = PromiseState::NotHardship;
    QDate promiseDue; // null unless a hardship case
};

class WorkerListQuery final
{
public:
    // `today` dates ages, the promise clock and "returned"; `chinese` picks the names of reference values.
    static Expected<WorkerListQuery> create(QSqlDatabase db, WorkerFilter filter, WorkerSort sort = {},
                                            QDate today = QDate::currentDate(), bool chinese = true);

    const WorkerFilter& filter() const { return m_filter; }
    const WorkerSort& sort() const { return m_sort; }
    QDate today() const { return m_today; }
    bool chinese() const { return m_chinese; }

    // How many workers the filter selects (remembered for fetch()).
    Expected<qint64> count() const;
    // Rows [offset, offset + limit) in the sort order. Windows past the middle are read in the reverse order from
    // the end, so the last window costs what the first does.
    Expected<QVector<WorkerRow>> fetch(qint64 offset, int limit) const;

    // The SQL of a window, for the benchmark to hand the same statement to sqlite3 (values inlined).
    QString windowSqlForBenchmark(qint64 offset, int limit) const;
    QString countSqlForBenchmark() const;

    // Column titles in the query's language.
    static QString columnTitle(WorkerColumn column, bool chinese);
    static QString promiseText(PromiseState state, bool chinese);
    static QString genderText(const QString& gender, bool chinese);

private:
    friend class WorkerListExport;
    enum class Plan { ByIndex, Walk };

    WorkerListQuery() = default;
    QString whereClause(Plan plan, QVariantList& binds) const;
    QString selectSql(Plan plan, bool reversed, const QString& limit, QVariantList& binds) const;
    QString promiseRankSql() const;
    QString limitClause(qint64 offset, qint64 end, bool reversed) const;
    WorkerRow readRow(const QSqlQuery& q, bool unmasked) const;
    Plan windowPlan() const;
    // Every selected row in order, unmasked when asked, one at a time; `row` returns false to stop.
    Status forEach(bool unmasked, const std::function<bool(const WorkerRow&)>& row) const;
    Expected<QVector<WorkerRow>> run(const QString& sql, const QVariantList& binds, bool unmasked) const;

    QSqlDatabase m_db;
    WorkerFilter m_filter;
    WorkerSort m_sort;
    QDate m_today;
    bool m_chinese = true;
    int m_promiseDays = 7;
    qint64 m_migrantGroupId = -1;
    WorkerSearch m_search;
    mutable std::optional<qint64> m_count;
};

} // namespace jb::core
