// Assembles Progress from the activity summary (one row per metric, organisation subtree and day) and, for
// enterprises visited and job fairs, from their records. Every query is bounded by the organisation and the
// period, so the cost does not grow with the number of workers in the file.

#include "core/metrics/Progress.h"

#include "core/Message.h"
#include "core/metrics/PromiseWorkingDays.h"
#include "core/metrics/ReceivedFigures.h"
#include "core/metrics/SummaryKeys.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/settings/SettingsRepository.h"
#include "core/storage/SqlError.h"
#include "core/targets/TargetRepository.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <map>

namespace jb::core {

using summarykeys::sqlDate;
using summarykeys::sqlList;

namespace {

const QString kEnterprisesKey = QStringLiteral("enterprises_visited");
const QString kFairsKey = QStringLiteral("job_fairs");

struct Window
{
    qint64 orgId = 0;
    QDate from;
    QDate to; // may be before `from`: nothing counted yet
    QString ids(const QVector<qint64>& list) const
    {
        QStringList parts;
        for (qint64 id : list)
            parts << QString::number(id);
        return parts.join(QLatin1Char(','));
    }
};

class Assembler final
{
public:
    Assembler(QSqlDatabase db, Progress& progress) : m_db(std::move(db)), m_p(progress) {}

    Status run(const QDate& today);

private:
    Status loadChildren();
    Status summaryByDay();
    Status summaryBySubUnit();
    Status summaryByKeyGroup();
    Status promiseState(const QDate& today);
    Status enterprisesVisited();
    Status jobFairs();
    Status received();
    void finishMetrics();
    Expected<QSqlQuery> exec(const QString& sql, const char* doing);
    void addDaily(const QString& metricKey, const QDate& day, qint64 n);

    QSqlDatabase m_db;
    Progress& m_p;
    Window m_w;
    QVector<qint64> m_childIds;
    QHash<qint64, int> m_childOf; // organisation id in a child's subtree → index into bySubUnit
    QHash<QString, qint64> m_totals;
    QHash<QString, qint64> m_receivedPromise;           // due / overdue from child organisations' packages
    std::map<QString, std::map<QDate, qint64>> m_daily; // catalogue metric key → day → events that day
};

Expected<QSqlQuery> Assembler::exec(const QString& sql, const char* doing)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Expected<QSqlQuery>::failure(describeSqlError(q, QLatin1String(doing)));
    return q;
}

void Assembler::addDaily(const QString& metricKey, const QDate& day, qint64 n)
{
    if (n == 0) // the summary keeps a day's row at zero when its records are removed
        return;
    m_totals[metricKey] += n;
    m_daily[metricKey][day] += n;
}

Status Assembler::loadChildren()
{
    const auto children = OrganisationRepository(m_db).children(m_w.orgId);
    if (!children)
        return Status::failure(children.message());
    for (const Organisation& child : *children) {
        m_childIds << child.id;
        SubUnitFigures f;
        f.org = child;
        for (const MetricInfo& info : metricCatalog())
            f.actual.insert(info.key, 0);
        m_p.bySubUnit << f;
    }
    if (m_childIds.isEmpty())
        return {};
    auto q = exec(QStringLiteral("SELECT ancestor_id, org_id FROM organisation_tree WHERE ancestor_id IN (%1)")
                      .arg(m_w.ids(m_childIds)),
                  "organisation tree");
    if (!q)
        return Status::failure(q.message());
    while (q->next())
        m_childOf.insert(q->value(1).toLongLong(), static_cast<int>(m_childIds.indexOf(q->value(0).toLongLong())));
    return {};
}

QStringList summaryKeysOfCatalogue()
{
    QStringList keys;
    for (const MetricInfo& info : metricCatalog())
        if (const QString k = summarykeys::forMetric(info.metric); !k.isEmpty())
            keys << k;
    return keys;
}

// The catalogue key for a summary key ("intention" → "intentions"); funnel and promise keys map to themselves.
QString catalogueKey(const QString& summaryKey)
{
    for (const MetricInfo& info : metricCatalog())
        if (summarykeys::forMetric(info.metric) == summaryKey)
            return info.key;
    return summaryKey;
}

Status Assembler::summaryByDay()
{
    QStringList keys = summaryKeysOfCatalogue();
    keys << QStringLiteral("recommended") << QStringLiteral("interviewed") << QStringLiteral("hardship_registered")
         << QStringLiteral("hardship_served_late");
    auto q = exec(QStringLiteral("SELECT metric, day, n FROM activity_daily WHERE metric IN (%1) AND key_group_id = 0 "
                                 "AND org_id = %2 AND day BETWEEN %3 AND %4")
                      .arg(sqlList(keys), QString::number(m_w.orgId), sqlDate(m_w.from), sqlDate(m_w.to)),
                  "activity summary");
    if (!q)
        return Status::failure(q.message());
    while (q->next()) {
        const QString key = catalogueKey(q->value(0).toString());
        const QDate day = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        const qint64 n = q->value(2).toLongLong();
        if (findMetric(key))
            addDaily(key, day, n);
        else
            m_totals[key] += n;
    }
    return {};
}

Status Assembler::summaryBySubUnit()
{
    if (m_childIds.isEmpty())
        return {};
    auto q = exec(QStringLiteral("SELECT metric, org_id, sum(n) FROM activity_daily WHERE metric IN (%1) AND "
                                 "key_group_id = 0 AND org_id IN (%2) AND day BETWEEN %3 AND %4 GROUP BY 1, 2")
                      .arg(sqlList(summaryKeysOfCatalogue()), m_w.ids(m_childIds), sqlDate(m_w.from), sqlDate(m_w.to)),
                  "activity summary");
    if (!q)
        return Status::failure(q.message());
    while (q->next()) {
        const int child = static_cast<int>(m_childIds.indexOf(q->value(1).toLongLong()));
        if (child >= 0)
            m_p.bySubUnit[child].actual[catalogueKey(q->value(0).toString())] = q->value(2).toLongLong();
    }
    return {};
}

Status Assembler::summaryByKeyGroup()
{
    auto groups = exec(QStringLiteral("SELECT id, code, name_zh, name_en FROM reference_items WHERE list = "
                                      "'key_group' AND retired = 0 ORDER BY sort_order, code"),
                       "key groups");
    if (!groups)
        return Status::failure(groups.message());
    QVector<qint64> ids;
    QStringList keys;
    for (const MetricInfo& info : metricCatalog())
        if (info.byKeyGroup)
            keys << summarykeys::forMetric(info.metric);
    while (groups->next()) {
        KeyGroupFigures f;
        f.keyGroupId = groups->value(0).toLongLong();
        f.code = groups->value(1).toString();
        f.nameZh = groups->value(2).toString();
        f.nameEn = groups->value(3).toString();
        for (const QString& k : std::as_const(keys))
            f.actual.insert(catalogueKey(k), 0);
        ids << f.keyGroupId;
        m_p.byKeyGroup << f;
    }
    if (ids.isEmpty())
        return {};
    auto q = exec(QStringLiteral("SELECT metric, key_group_id, sum(n) FROM activity_daily WHERE metric IN (%1) AND "
                                 "key_group_id IN (%2) AND org_id = %3 AND day BETWEEN %4 AND %5 GROUP BY 1, 2")
                      .arg(sqlList(keys), m_w.ids(ids), QString::number(m_w.orgId), sqlDate(m_w.from), sqlDate(m_w.to)),
                  "activity summary");
    if (!q)
        return Status::failure(q.message());
    while (q->next()) {
        const int g = static_cast<int>(ids.indexOf(q->value(1).toLongLong()));
        m_p.byKeyGroup[g].actual[catalogueKey(q->value(0).toString())] = q->value(2).toLongLong();
    }
    return {};
}

Status Assembler::promiseState(const QDate& today)
{
    PromiseFigures& f = m_p.promise;
    const PlacementSettings settings = readPlacementSettings(m_db);
    f.promiseDays = settings.promiseDays;
    HolidayCalendar calendar;
    if (settings.promiseDayKind == PromiseDayKind::Working) {
        Expected<HolidayCalendar> loaded = HolidayCalendar::load(m_db);
        if (!loaded)
            return Status::failure(loaded.message());
        calendar = *loaded;
    }
    // Waiting cases are stored on their calendar due day; those registered by `today` are due by today + promise
    // days. Those stored before the cutoff are overdue (today itself when due days are calendar days).
    const QDate cutoff = promisedays::overdueCutoff(settings, calendar, today);
    auto q =
        exec(QStringLiteral("SELECT coalesce(sum(CASE WHEN day >= %1 THEN n END), 0), "
                            "coalesce(sum(CASE WHEN day < %1 THEN n END), 0) FROM activity_daily "
                            "WHERE metric = 'hardship_awaiting' AND key_group_id = 0 AND org_id = %2 AND day <= %3")
                 .arg(sqlDate(cutoff), QString::number(m_w.orgId), sqlDate(today.addDays(f.promiseDays))),
             "one-week promise");
    if (!q)
        return Status::failure(q.message());
    if (q->next()) {
        f.due = q->value(0).toLongLong();
        f.overdue = q->value(1).toLongLong();
    }
    // Served late by calendar days but in time by working days: counted in time (the metric's bullet follows).
    const Expected<qint64> moved =
        promisedays::lateButInWorkingDays(m_db, m_w.orgId, m_w.from, m_w.to, settings, calendar);
    if (!moved)
        return Status::failure(moved.message());
    m_totals[QStringLiteral("hardship_served_in_promise")] += *moved;
    m_totals[QStringLiteral("hardship_served_late")] -= *moved;
    f.registered = m_totals.value(QStringLiteral("hardship_registered"));
    f.servedInPromise = m_totals.value(QStringLiteral("hardship_served_in_promise"));
    f.servedLate = m_totals.value(QStringLiteral("hardship_served_late"));
    return {};
}

Status Assembler::enterprisesVisited()
{
    // First day in the period each enterprise had demand recorded: a snapshot or a vacancy posted. From the
    // enterprises' summary (enterprise_demand, schema v15): an enterprise whose first demand ever is in the period
    // was first visited in it that day (an index range); only one with demand before the period and after its start
    // is looked up in its snapshots and posts. Seeking all 100k enterprises took ~950 ms of a 1.1 s dashboard
    // refresh on the 1M demo.
    const QString from = sqlDate(m_w.from), to = sqlDate(m_w.to);
    auto q = exec(QStringLiteral(R"(SELECT d.org_id, d.first_demand_on FROM enterprise_demand d
        WHERE d.first_demand_on BETWEEN %1 AND %2
          AND d.org_id IN (SELECT org_id FROM organisation_tree WHERE ancestor_id = %3)
        UNION ALL
        SELECT org_id, min(coalesce(a, '9999-12-31'), coalesce(b, '9999-12-31')) FROM (
          SELECT d.org_id,
            (SELECT min(recorded_on) FROM demand_snapshots s WHERE s.enterprise_id = d.enterprise_id
               AND s.recorded_on BETWEEN %1 AND %2) AS a,
            (SELECT min(posted_on) FROM vacancies v WHERE v.enterprise_id = d.enterprise_id
               AND v.posted_on BETWEEN %1 AND %2) AS b
          FROM enterprise_demand d WHERE d.first_demand_on < %1 AND d.last_demand_on >= %1
            AND d.org_id IN (SELECT org_id FROM organisation_tree WHERE ancestor_id = %3))
        WHERE a IS NOT NULL OR b IS NOT NULL)")
                      .arg(from, to, QString::number(m_w.orgId)),
                  "enterprises visited");
    if (!q)
        return Status::failure(q.message());
    while (q->next()) {
        addDaily(kEnterprisesKey, QDate::fromString(q->value(1).toString(), Qt::ISODate), 1);
        if (const int child = m_childOf.value(q->value(0).toLongLong(), -1); child >= 0)
            m_p.bySubUnit[child].actual[kEnterprisesKey] += 1;
    }
    return {};
}

Status Assembler::jobFairs()
{
    auto q = exec(QStringLiteral("SELECT f.org_id, f.organiser_level, f.held_on FROM organisation_tree t "
                                 "CROSS JOIN job_fairs f ON f.org_id = t.org_id WHERE t.ancestor_id = %1 "
                                 "AND f.status <> 'planned' AND f.held_on BETWEEN %2 AND %3")
                      .arg(QString::number(m_w.orgId), sqlDate(m_w.from), sqlDate(m_w.to)),
                  "job fairs");
    if (!q)
        return Status::failure(q.message());
    for (const char* level : {"province", "city", "county", "industry"})
        m_p.fairsByLevel << FairLevelCount{QLatin1String(level), 0};
    while (q->next()) {
        addDaily(kFairsKey, QDate::fromString(q->value(2).toString(), Qt::ISODate), 1);
        for (FairLevelCount& l : m_p.fairsByLevel)
            if (l.level == q->value(1).toString())
                ++l.fairs;
        if (const int child = m_childOf.value(q->value(0).toLongLong(), -1); child >= 0)
            m_p.bySubUnit[child].actual[kFairsKey] += 1;
    }
    return {};
}

// Figures child organisations sent in exchange packages (a city's counties): added to the file's own, per child
// and key group. A package has totals, not days: its figures count on the day the period is taken to.
Status Assembler::received()
{
    const auto r = receivedFigures(m_db, m_w.orgId, m_p.period, m_childIds, m_p.asOf);
    if (!r)
        return Status::failure(r.message());
    if (!r->any)
        return {};
    for (auto it = r->totals.begin(); it != r->totals.end(); ++it) {
        if (it.key() == QLatin1String("hardship_due") || it.key() == QLatin1String("hardship_overdue"))
            m_receivedPromise[it.key()] += it.value();
        else if (findMetric(it.key()) && m_w.to >= m_w.from)
            addDaily(it.key(), m_w.to, it.value());
        else
            m_totals[it.key()] += it.value();
    }
    for (auto it = r->byChild.begin(); it != r->byChild.end(); ++it) {
        const int child = static_cast<int>(m_childIds.indexOf(it.key()));
        if (child < 0)
            continue;
        for (auto m = it.value().begin(); m != it.value().end(); ++m)
            if (findMetric(m.key()))
                m_p.bySubUnit[child].actual[m.key()] += m.value();
    }
    for (KeyGroupFigures& g : m_p.byKeyGroup) {
        const QHash<QString, qint64> figures = r->byKeyGroup.value(g.keyGroupId);
        for (auto m = figures.begin(); m != figures.end(); ++m)
            if (g.actual.contains(m.key()))
                g.actual[m.key()] += m.value();
    }
    for (FairLevelCount& f : m_p.fairsByLevel)
        f.fairs += r->fairsByLevel.value(f.level);
    return {};
}

void Assembler::finishMetrics()
{
    const Period& period = m_p.period;
    bool ok = false;
    double amber = SettingsRepository(m_db).value(QStringLiteral("pace_amber_ratio")).toDouble(&ok);
    if (!ok || amber <= 0 || amber > 1)
        amber = 0.9;
    QHash<QString, double> own, children;
    if (period.id != 0) {
        TargetRepository targets(m_db);
        if (auto t = targets.targetsFor(m_w.orgId, period.id))
            own = *t;
        if (auto t = targets.childTargetSums(m_w.orgId, period.id))
            children = *t;
        if (auto t = targets.childTargets(m_w.orgId, period.id))
            for (SubUnitFigures& f : m_p.bySubUnit)
                f.target = t->value(f.org.id);
    }
    for (const MetricInfo& info : metricCatalog()) {
        MetricProgress m;
        m.metric = info.metric;
        m.actual = m_totals.value(info.key);
        if (own.contains(info.key))
            m.target = own.value(info.key);
        if (children.contains(info.key))
            m.subUnitTargets = children.value(info.key);
        m.pace = computePace(static_cast<double>(m.actual), m.target, period, m_p.asOf, amber);
        m_p.metrics << m;

        QVector<CumulativePoint>& series = m_p.cumulative[info.key];
        qint64 running = 0;
        for (const auto& [day, n] : m_daily[info.key]) {
            running += n;
            series << CumulativePoint{day, running};
        }
    }
    const QStringList funnel = {QStringLiteral("recommended"), QStringLiteral("interviewed"),
                                QStringLiteral("intentions"), QStringLiteral("contracts"),
                                QStringLiteral("stable_employment")};
    for (const QString& key : funnel)
        m_p.funnel << m_totals.value(key);
}

Status Assembler::run(const QDate& today)
{
    m_w.orgId = m_p.org.id;
    m_w.from = m_p.period.start;
    m_w.to = m_p.asOf;
    for (auto step :
         {&Assembler::loadChildren, &Assembler::summaryByDay, &Assembler::summaryBySubUnit,
          &Assembler::summaryByKeyGroup, &Assembler::enterprisesVisited, &Assembler::jobFairs, &Assembler::received})
        if (Status s = (this->*step)(); !s)
            return s;
    if (Status s = promiseState(today); !s)
        return s;
    m_p.promise.due += m_receivedPromise.value(QStringLiteral("hardship_due"));
    m_p.promise.overdue += m_receivedPromise.value(QStringLiteral("hardship_overdue"));
    finishMetrics();
    return {};
}

} // namespace

const MetricProgress& Progress::figure(Metric metric) const
{
    return metrics.at(static_cast<int>(metric));
}

Expected<Progress> loadProgress(QSqlDatabase db, qint64 orgId, const Period& period, const QDate& today)
{
    using Result = Expected<Progress>;
    if (!period.start.isValid() || !period.end.isValid() || period.end < period.start)
        return Result::failure(JB_TR("Metrics", "The period's dates are not valid."));
    auto org = OrganisationRepository(db).byId(orgId);
    if (!org)
        return Result::failure(org.message());
    Progress p;
    p.org = *org;
    p.period = period;
    p.asOf = std::min(today, period.end);
    if (Status s = Assembler(db, p).run(today); !s)
        return Result::failure(s.message());
    return p;
}

} // namespace jb::core
