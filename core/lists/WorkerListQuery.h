#pragma once
// WorkerListQuery: the worker needs list as the officer sees it: how many people the filter selects, and any
// window of them in any column's order, read by SQLite in the way WorkerListOrder.h gives for the column (never
// the whole table in memory). Resident IDs and phones leave core masked; only the export (WorkerListExport.h) and
// the reveal (WorkerDetail.h) unmask, and both write the audit log. Speed at 1M workers: bench/workers_list.sh.

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/domain/NameLanguage.h"
#include "core/lists/WorkerFilter.h"
#include "core/lists/WorkerListOrder.h"
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
    QString gender;     // "M", "F" or empty
    int age = -1;       // completed years on the query's day; -1 when the birth date is unknown
    QString residentId; // masked unless exported unmasked
    QString phone;      // masked unless exported unmasked
    QStringList keyGroups;
    QString status;
    QString desiredTrade;
    QDate registeredOn;
    QDate lastContactOn;
    WorkerPromiseState promise = WorkerPromiseState::NotHardship;
    QDate promiseDue; // null unless a hardship case
};

class WorkerListQuery final
{
public:
    // `today` dates ages, the promise clock and "returned"; `names` picks the names of reference values.
    static Expected<WorkerListQuery> create(QSqlDatabase db, WorkerFilter filter, WorkerSort sort = {},
                                            QDate today = Clock::today(), NameLanguage names = NameLanguage::Chinese);

    const WorkerFilter& filter() const { return m_filter; }
    const WorkerSort& sort() const { return m_sort; }
    QDate today() const { return m_today; }
    NameLanguage names() const { return m_names; }

    // How many workers the filter selects (remembered for fetch()).
    Expected<qint64> count() const;
    // The count of an earlier query with the same filter on the same day, when only the sort changed.
    void reuseCount(qint64 count) const { m_count = count; }
    // Rows [offset, offset + limit) in the sort order. Windows past the middle are read in the reverse order from
    // the end, so the last window costs what the first does.
    Expected<QVector<WorkerRow>> fetch(qint64 offset, int limit) const;

    // The statements run since recording was switched on, values inlined, so the benchmark can hand the very
    // same statements to sqlite3.
    void recordStatements(bool on) const
    {
        m_recording = on;
        m_recorded.clear();
    }
    QStringList recordedStatements() const { return m_recorded; }

    // Selections at least this large are walked in the order's index or parts, smaller ones fetched and sorted
    // (20,000 by default; tests set it to check both ways give the same rows).
    static void setWalkThreshold(qint64 rows);

    // The words of the list, shown in the installed language.
    static Message columnTitle(WorkerColumn column);
    static Message promiseText(WorkerPromiseState state);
    static Message genderText(const QString& gender);

private:
    friend class WorkerListExport;
    // Drive: the filter's sets (key group, hardship, search, …) give the rows, which are then sorted. Walk: the
    // order's index or the parts are walked and each row is tested against the filter, stopping at the window.
    enum class Plan { Drive, Walk };

    WorkerListQuery() = default;
    // `keyGroupDrives`: the key group is read from worker_key_groups d, joined in the FROM clause.
    QStringList conditions(Plan plan, QVariantList& binds, bool keyGroupDrives = false) const;
    void searchConditions(bool walk, QStringList& where, QVariantList& binds) const;
    // The search index's MATCH text for the search box (a name, or the last digits of an ID or phone).
    QString searchMatch() const;
    QString whereClause(Plan plan, QVariantList& binds, const QString& extra = {}) const;
    QString countSql(QVariantList& binds) const;
    Plan windowPlan() const;
    bool descendingKey(bool reversed) const;
    // The statement reading the shown columns of the rows an inner SELECT (wid, k) gives, in its order.
    QString rowsSql(const QString& inner, bool keyDescending, bool idDescending) const;
    // The sort key of a selection in parts: the place of the row's part in the order shown.
    QString partsKey() const;
    QString sortedSql(bool reversed, const QString& limit, QVariantList& binds) const;
    QString partSql(int part, bool descending, const QString& what, const QString& tail, QVariantList& binds) const;
    Expected<qint64> partCount(int part) const;
    QVector<int> partSequence() const;
    Expected<QVector<WorkerRow>> fetchParts(qint64 first, qint64 rows, bool reversed) const;
    WorkerRow readRow(const QSqlQuery& q, bool unmasked) const;
    // Every selected row in order, unmasked when asked, one at a time; `row` returns false to stop.
    Status forEach(bool unmasked, const std::function<bool(const WorkerRow&)>& row) const;
    Expected<QVector<WorkerRow>> run(const QString& sql, const QVariantList& binds, bool unmasked) const;
    bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds) const;

    QSqlDatabase m_db;
    WorkerFilter m_filter;
    WorkerSort m_sort;
    QDate m_today;
    NameLanguage m_names = NameLanguage::Chinese;
    int m_promiseDays = 7;
    qint64 m_migrantGroupId = -1;
    WorkerSearch m_search;
    WorkerListOrder m_order;
    mutable std::optional<qint64> m_count;
    mutable QVector<std::optional<qint64>> m_partCounts; // by part, found as windows need them
    mutable bool m_recording = false;
    mutable QStringList m_recorded;
};

} // namespace jb::core
