// The register sections of early warning: workers and enterprises left without contact, open monitoring flags, and
// enterprises whose hiring gap grew. Counts subtract the handled warnings (few) from a count the indexes answer
// (SchemaV11.cpp), so they stay fast however many records there are; records are read in order with a limit.

#include "core/placement/PlacementSql.h"
#include "core/warnings/WarningQueries.h"

#include <algorithm>

namespace jb::core::warnings {

using placementsql::run;

namespace {

QDate dayOf(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

template <typename T> Expected<T> failed(const Message& m)
{
    return Expected<T>::failure(m);
}

Expected<qint64> number(const Context& c, const QString& sql, const QVariantList& binds)
{
    const Expected<QVariant> n = placementsql::value(c.db, sql, binds);
    if (!n)
        return failed<qint64>(n.message());
    return n->toLongLong();
}

// Looking for work: any status but employed; no status recorded counts as looking (Matching.cpp's rule).
const char* const kLookingIds =
    "(SELECT id FROM reference_items WHERE list = 'employment_status' AND code <> 'employed')";
const char* const kLooking = "(w.employment_status_id IS NULL OR w.employment_status_id IN (SELECT id FROM "
                             "reference_items WHERE list = 'employment_status' AND code <> 'employed'))";
// The stale enterprises read enterprise_demand (core/storage/CountSummaries.cpp keeps it): an enterprise's last visit
// is its last demand snapshot (visit, call or fair), else the day it was entered; open posts are its vacancies with
// status 'open'.

WarningRecord staleWorker(const Context& c, const QSqlQuery& q, bool contacted)
{
    WarningRecord r;
    r.section = WarningSection::StaleWorkers;
    r.subjectId = q.value(0).toLongLong();
    r.who = q.value(1).toString();
    r.startedOn = dayOf(q.value(2));
    r.what = (contacted ? JB_TR("Warnings", "Looking for work; last contact %1")
                        : JB_TR("Warnings", "Looking for work; never contacted since registering on %1"))
                 .arg(r.startedOn.toString(Qt::ISODate))
                 .text();
    r.daysOverdue = static_cast<int>(r.startedOn.daysTo(c.today));
    r.opens = WarningOpens::Worker;
    r.openId = r.subjectId;
    return r;
}

QString flagText(const QString& kind, const QVariant& amount, const QVariant& people, const QString& note)
{
    Message m;
    if (kind == QLatin1String("wage_arrears"))
        m = amount.isNull() ? JB_TR("Warnings", "Wage arrears (amount not recorded), %1 people affected")
                                  .arg(people.isNull() ? QStringLiteral("?") : people.toString())
                            : JB_TR("Warnings", "Wage arrears: %1 yuan, %2 people affected")
                                  .arg(QString::number(amount.toDouble(), 'f', 0))
                                  .arg(people.isNull() ? QStringLiteral("?") : people.toString());
    else if (kind == QLatin1String("attrition"))
        m = JB_TR("Warnings", "Attrition (staff reduction)");
    else
        m = JB_TR("Warnings", "Labour-relations risk");
    return note.isEmpty() ? m.text() : m.text() + QStringLiteral(" — ") + note;
}

// Open flags raised by today, with the enterprise's newest flag (a handled flag returns when a newer one is raised).
const char* const kOpenFlags = "FROM enterprise_flags f JOIN enterprises e ON e.id = f.enterprise_id "
                               "WHERE (f.resolved_on IS NULL OR f.resolved_on > ?) AND f.flagged_on <= ? "
                               "AND NOT EXISTS (SELECT 1 FROM warning_marks m WHERE m.section = 'flags' AND "
                               "m.subject_id = f.id AND m.condition = CAST((SELECT max(g.id) FROM enterprise_flags g "
                               "WHERE g.enterprise_id = f.enterprise_id) AS TEXT))";

// Each enterprise's last demand snapshot by today, with the one before it; a growing gap, not handled for this
// last snapshot.
const char* const kGrowingGaps = R"(FROM (SELECT enterprise_id, id, recorded_on, gap,
         lag(gap) OVER w AS prev_gap, lag(recorded_on) OVER w AS prev_on, lead(id) OVER w AS next_id
       FROM demand_snapshots INDEXED BY demand_snapshots_gap WHERE recorded_on <= ? WINDOW w AS (PARTITION BY enterprise_id ORDER BY recorded_on, id)) g
JOIN enterprises e ON e.id = g.enterprise_id
WHERE g.next_id IS NULL AND g.prev_gap IS NOT NULL AND g.gap > g.prev_gap AND NOT EXISTS (SELECT 1 FROM warning_marks m
  WHERE m.section = 'gap_growing' AND m.subject_id = g.enterprise_id AND m.condition = CAST(g.id AS TEXT)))";

} // namespace

Expected<qint64> staleWorkerCount(const Context& c)
{
    const QString cut = staleCut(c, WarningSection::StaleWorkers).toString(Qt::ISODate);
    // Three ranges the index workers_status_contact counts by itself: looking statuses, no status, never contacted.
    const Expected<qint64> all =
        number(c,
               QStringLiteral(
                   "SELECT (SELECT count(*) FROM workers WHERE employment_status_id IN %1 AND last_contact_on <= "
                   "?) + (SELECT count(*) FROM workers WHERE employment_status_id IS NULL AND last_contact_on <= ?) "
                   "+ (SELECT count(*) FROM workers w WHERE last_contact_on IS NULL AND registered_on <= ? AND %2)")
                   .arg(QLatin1String(kLookingIds), QLatin1String(kLooking)),
               {cut, cut, cut});
    if (!all)
        return all;
    const Expected<qint64> hidden = number(
        c,
        QStringLiteral("SELECT count(*) FROM workers w WHERE w.id IN (SELECT subject_id FROM warning_marks WHERE "
                       "section = 'stale_workers' AND handled_on > ?) AND coalesce(w.last_contact_on, "
                       "w.registered_on) <= ? AND %1")
            .arg(QLatin1String(kLooking)),
        {cut, cut});
    if (!hidden)
        return hidden;
    return *all - *hidden;
}

Expected<QVector<WarningRecord>> staleWorkerRecords(const Context& c, int limit)
{
    const QString cut = staleCut(c, WarningSection::StaleWorkers).toString(Qt::ISODate);
    const QString notHandled = QStringLiteral("NOT EXISTS (SELECT 1 FROM warning_marks m WHERE m.section = "
                                              "'stale_workers' AND m.subject_id = w.id AND m.handled_on > ?)");
    QVector<WarningRecord> records;
    for (bool contacted : {false, true}) {
        const QString day = QLatin1String(contacted ? "w.last_contact_on" : "w.registered_on");
        Expected<QSqlQuery> q =
            run(c.db,
                QStringLiteral("SELECT w.id, w.name, %1 FROM workers w INDEXED BY workers_last_contact WHERE %2 AND "
                               "%1 <= ? AND %3 AND %4 ORDER BY %1, w.id LIMIT ?")
                    .arg(day,
                         contacted ? QStringLiteral("w.last_contact_on IS NOT NULL")
                                   : QStringLiteral("w.last_contact_on IS NULL"),
                         QLatin1String(kLooking), notHandled),
                {cut, cut, limit});
        if (!q)
            return failed<QVector<WarningRecord>>(q.message());
        while (q->next())
            records << staleWorker(c, *q, contacted);
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const WarningRecord& a, const WarningRecord& b) { return a.startedOn < b.startedOn; });
    if (records.size() > limit)
        records.resize(limit);
    return records;
}

Expected<qint64> staleEnterpriseCount(const Context& c)
{
    // Each enterprise's last visit and open posts from its summary row (enterprise_demand, SchemaV15.cpp, kept by
    // triggers); seeking every enterprise's snapshots and posts took 90 ms on 100k enterprises.
    const QString cut = staleCut(c, WarningSection::StaleEnterprises).toString(Qt::ISODate);
    const Expected<qint64> all = number(
        c, QStringLiteral("SELECT count(*) FROM enterprise_demand WHERE open_posts > 0 AND last_seen_on <= ?"), {cut});
    if (!all)
        return all;
    const Expected<qint64> hidden =
        number(c,
               QStringLiteral("SELECT count(*) FROM enterprise_demand d WHERE d.enterprise_id IN (SELECT subject_id "
                              "FROM warning_marks WHERE section = 'stale_enterprises' AND handled_on > ?) AND "
                              "d.open_posts > 0 AND d.last_seen_on <= ?"),
               {cut, cut});
    if (!hidden)
        return hidden;
    return *all - *hidden;
}

Expected<QVector<WarningRecord>> staleEnterpriseRecords(const Context& c, int limit)
{
    const QString cut = staleCut(c, WarningSection::StaleEnterprises).toString(Qt::ISODate);
    // In the order of enterprise_demand_stale (last visit, then id): the first `limit` without sorting the 55k.
    Expected<QSqlQuery> q =
        run(c.db,
            QStringLiteral("SELECT d.enterprise_id, e.name, d.last_seen_on, d.open_posts, d.last_snapshot_on FROM "
                           "enterprise_demand d JOIN enterprises e ON e.id = d.enterprise_id WHERE d.open_posts > 0 "
                           "AND d.last_seen_on <= ? AND NOT EXISTS (SELECT 1 FROM warning_marks m WHERE m.section = "
                           "'stale_enterprises' AND m.subject_id = d.enterprise_id AND m.handled_on > ?) ORDER BY "
                           "d.last_seen_on, d.enterprise_id LIMIT ?"),
            {cut, cut, limit});
    if (!q)
        return failed<QVector<WarningRecord>>(q.message());
    QVector<WarningRecord> records;
    while (q->next()) {
        WarningRecord r;
        r.section = WarningSection::StaleEnterprises;
        r.subjectId = q->value(0).toLongLong();
        r.who = q->value(1).toString();
        r.startedOn = dayOf(q->value(2));
        const int posts = q->value(3).toInt();
        r.what =
            (q->value(4).isNull()
                 ? JB_TR("Warnings", "%1 open posts; never visited").arg(posts)
                 : JB_TR("Warnings", "%1 open posts; last visit %2").arg(posts).arg(r.startedOn.toString(Qt::ISODate)))
                .text();
        r.daysOverdue = static_cast<int>(r.startedOn.daysTo(c.today));
        r.opens = WarningOpens::Enterprise;
        r.openId = r.subjectId;
        records << r;
    }
    return records;
}

Expected<qint64> flagCount(const Context& c)
{
    const QString today = c.today.toString(Qt::ISODate);
    return number(c, QStringLiteral("SELECT count(*) %1").arg(QLatin1String(kOpenFlags)), {today, today});
}

Expected<QVector<WarningRecord>> flagRecords(const Context& c, int limit)
{
    const QString today = c.today.toString(Qt::ISODate);
    Expected<QSqlQuery> q = run(c.db,
                                QStringLiteral("SELECT f.id, f.enterprise_id, e.name, f.kind, f.flagged_on, "
                                               "f.amount_yuan, f.people_affected, f.note, (SELECT max(g.id) FROM "
                                               "enterprise_flags g WHERE g.enterprise_id = f.enterprise_id) %1 "
                                               "ORDER BY f.flagged_on, f.id LIMIT ?")
                                    .arg(QLatin1String(kOpenFlags)),
                                {today, today, limit});
    if (!q)
        return failed<QVector<WarningRecord>>(q.message());
    QVector<WarningRecord> records;
    while (q->next()) {
        WarningRecord r;
        r.section = WarningSection::Flags;
        r.subjectId = q->value(0).toLongLong();
        r.condition = q->value(8).toString();
        r.who = q->value(2).toString();
        r.what = flagText(q->value(3).toString(), q->value(5), q->value(6), q->value(7).toString());
        r.startedOn = dayOf(q->value(4));
        r.daysOverdue = static_cast<int>(r.startedOn.daysTo(c.today));
        if (!q->value(5).isNull())
            r.amountYuan = q->value(5).toDouble();
        if (!q->value(6).isNull())
            r.peopleAffected = q->value(6).toInt();
        r.opens = WarningOpens::Enterprise;
        r.openId = q->value(1).toLongLong();
        records << r;
    }
    return records;
}

namespace {

// The growing gaps counted from each enterprise's last two snapshots (enterprise_demand, SchemaV15.cpp): the
// summary holds the last two of all, which are the last two by today when no snapshot is dated after today.
// Whether enterprise_demand's last two snapshots are the last two by today: no snapshot is dated after today.
Expected<bool> summaryIsCurrent(const Context& c)
{
    const Expected<QVariant> latest =
        placementsql::value(c.db, QStringLiteral("SELECT max(recorded_on) FROM demand_snapshots"), {});
    if (!latest)
        return failed<bool>(latest.message());
    return latest->isNull() || latest->toString() <= c.today.toString(Qt::ISODate);
}

Expected<std::optional<qint64>> gapCountFromSummary(const Context& c)
{
    const Expected<bool> current = summaryIsCurrent(c);
    if (!current)
        return failed<std::optional<qint64>>(current.message());
    if (!*current)
        return std::optional<qint64>();
    const Expected<qint64> n =
        number(c,
               QStringLiteral("SELECT count(*) FROM enterprise_demand d WHERE d.last_gap > d.prev_gap AND NOT EXISTS "
                              "(SELECT 1 FROM warning_marks m WHERE m.section = 'gap_growing' AND m.subject_id = "
                              "d.enterprise_id AND m.condition = CAST(d.last_snapshot_id AS TEXT))"),
               {});
    if (!n)
        return failed<std::optional<qint64>>(n.message());
    return std::optional<qint64>(*n);
}

} // namespace

Expected<qint64> gapCount(const Context& c)
{
    const Expected<std::optional<qint64>> summarised = gapCountFromSummary(c);
    if (!summarised)
        return failed<qint64>(summarised.message());
    if (summarised->has_value())
        return **summarised;
    // Snapshots dated after today (a "today" in the past): the same rule as kGrowingGaps, counted by two index
    // seeks per enterprise instead of a window over every snapshot (three times faster on 218k snapshots).
    const QString nth = QStringLiteral("(SELECT s.%1 FROM demand_snapshots s INDEXED BY demand_snapshots_gap WHERE "
                                       "s.enterprise_id = e.id AND s.recorded_on <= ? ORDER BY s.recorded_on DESC, "
                                       "s.id DESC LIMIT 1 OFFSET %2)");
    const QString today = c.today.toString(Qt::ISODate);
    return number(c,
                  QStringLiteral("SELECT count(*) FROM (SELECT e.id AS enterprise_id, %1 AS last_gap, %2 AS prev_gap "
                                 "FROM enterprises e) WHERE last_gap > prev_gap AND NOT EXISTS (SELECT 1 FROM "
                                 "warning_marks m WHERE m.section = 'gap_growing' AND m.subject_id = enterprise_id "
                                 "AND m.condition = CAST((SELECT s.id FROM demand_snapshots s INDEXED BY "
                                 "demand_snapshots_gap WHERE s.enterprise_id = m.subject_id AND s.recorded_on <= ? "
                                 "ORDER BY s.recorded_on DESC, s.id DESC LIMIT 1) AS TEXT))")
                      .arg(nth.arg(QStringLiteral("gap")).arg(0), nth.arg(QStringLiteral("gap")).arg(1)),
                  {today, today, today});
}

Expected<QVector<WarningRecord>> gapRecords(const Context& c, int limit)
{
    // From enterprise_demand when no snapshot is dated after today (gapCountFromSummary's rule): the 1.7k growing
    // rows of its partial index, sorted; else the window over every snapshot by today (2.3 s for 500 records under
    // load on the 1M demo).
    const Expected<bool> summarised = summaryIsCurrent(c);
    if (!summarised)
        return failed<QVector<WarningRecord>>(summarised.message());
    Expected<QSqlQuery> q =
        *summarised
            ? run(c.db,
                  QStringLiteral("SELECT d.enterprise_id, e.name, d.last_snapshot_id, d.last_snapshot_on, d.last_gap, "
                                 "d.prev_snapshot_on, d.prev_gap FROM enterprise_demand d JOIN enterprises e ON e.id = "
                                 "d.enterprise_id WHERE d.last_gap > d.prev_gap AND NOT EXISTS (SELECT 1 FROM "
                                 "warning_marks m WHERE m.section = 'gap_growing' AND m.subject_id = d.enterprise_id "
                                 "AND m.condition = CAST(d.last_snapshot_id AS TEXT)) ORDER BY d.last_gap - "
                                 "d.prev_gap DESC, d.last_snapshot_on, d.enterprise_id LIMIT ?"),
                  {limit})
            : run(c.db,
                  QStringLiteral("SELECT g.enterprise_id, e.name, g.id, g.recorded_on, g.gap, g.prev_on, g.prev_gap %1 "
                                 "ORDER BY g.gap - g.prev_gap DESC, g.recorded_on, g.enterprise_id LIMIT ?")
                      .arg(QLatin1String(kGrowingGaps)),
                  {c.today.toString(Qt::ISODate), limit});
    if (!q)
        return failed<QVector<WarningRecord>>(q.message());
    QVector<WarningRecord> records;
    while (q->next()) {
        WarningRecord r;
        r.section = WarningSection::GapGrowing;
        r.subjectId = q->value(0).toLongLong();
        r.condition = q->value(2).toString();
        r.who = q->value(1).toString();
        r.startedOn = dayOf(q->value(3));
        r.what = JB_TR("Warnings", "Hiring gap grew from %1 (%2) to %3 (%4)")
                     .arg(q->value(6).toInt())
                     .arg(q->value(5).toString())
                     .arg(q->value(4).toInt())
                     .arg(q->value(3).toString())
                     .text();
        r.daysOverdue = static_cast<int>(r.startedOn.daysTo(c.today));
        r.opens = WarningOpens::Enterprise;
        r.openId = r.subjectId;
        records << r;
    }
    return records;
}

} // namespace jb::core::warnings
