// The record selections behind the dashboard's figures. Each is written against the records themselves (not the
// activity summary), with the same counting rules as the summary's views, so a test can compare the two.

#include "core/metrics/DrillDown.h"

#include "core/metrics/PromiseWorkingDays.h"
#include "core/metrics/SummaryKeys.h"
#include "core/placement/HolidayCalendar.h"
#include "core/records/RecordFields.h"
#include "core/settings/PlacementSettings.h"
#include "core/storage/ActivitySummary.h"
#include "core/storage/SqlError.h"
#include "core/validation/ResidentId.h"

#include <QSqlQuery>
#include <algorithm>
#include <initializer_list>
#include <tuple>

namespace jb::core {

using summarykeys::sqlDate;

namespace {

// Referrals whose first day at `stage` is in the window (ties broken by the stage row's id).
QString firstStageJoin(const QString& stage, const QString& from, const QString& to)
{
    return QStringLiteral(R"(referral_stages s JOIN referrals r ON r.id = s.referral_id
        JOIN workers w ON w.id = r.worker_id
        WHERE s.stage = '%1' AND s.occurred_on BETWEEN %2 AND %3
          AND NOT EXISTS (SELECT 1 FROM referral_stages e WHERE e.referral_id = s.referral_id AND e.stage = s.stage
                          AND (e.occurred_on < s.occurred_on OR (e.occurred_on = s.occurred_on AND e.id < s.id))))")
        .arg(stage, from, to);
}

QString keyGroupFilter(const DrillDown& d, const char* workerColumn)
{
    if (!d.keyGroupId)
        return {};
    return QStringLiteral(" AND EXISTS (SELECT 1 FROM worker_key_groups g WHERE g.worker_id = %1 AND "
                          "g.key_group_id = %2)")
        .arg(QLatin1String(workerColumn))
        .arg(*d.keyGroupId);
}

QString inSubtree(const char* orgColumn, qint64 orgId)
{
    return QStringLiteral(" AND %1 IN (SELECT org_id FROM organisation_tree WHERE ancestor_id = %2)")
        .arg(QLatin1String(orgColumn))
        .arg(orgId);
}

const QString kReferralColumns =
    QStringLiteral("w.name, w.id_number, (SELECT name FROM enterprises WHERE id = r.enterprise_id), "
                   "coalesce((SELECT title FROM vacancies WHERE id = r.vacancy_id), ''), %1, r.stage, "
                   "(SELECT name FROM organisations WHERE id = w.org_id)");

// What create() fills in: the records behind one figure and how they are shown.
struct Selection
{
    RecordKind kind = RecordKind::Worker;
    QString from;
    QString select;
    QString order;
    QString total;
    QVector<int> residentIdColumns;
};

// How the promise tiles count when due days are working days (setting promise_day_kind): waiting cases stored on a
// calendar due day before `overdueFrom` are overdue, and `alsoInTime` were served late by calendar days but in time
// by working days. With calendar days, overdueFrom is the day the state is taken on and alsoInTime is empty.
struct PromiseCounting
{
    QDate overdueFrom;
    QVector<qint64> alsoInTime;
};

Expected<PromiseCounting> promiseCounting(QSqlDatabase db, const DrillDown& d)
{
    const PlacementSettings settings = readPlacementSettings(db);
    HolidayCalendar calendar;
    if (settings.promiseDayKind == PromiseDayKind::Working) {
        Expected<HolidayCalendar> loaded = HolidayCalendar::load(db);
        if (!loaded)
            return Expected<PromiseCounting>::failure(loaded.message());
        calendar = *loaded;
    }
    PromiseCounting counting{promisedays::overdueCutoff(settings, calendar, d.to), {}};
    if (d.figure == QLatin1String("hardship_served_in_promise")) {
        Expected<QVector<qint64>> workers =
            promisedays::inTimeOnlyByWorkingDays(db, d.orgId, d.from, d.to, settings, calendar);
        if (!workers)
            return Expected<PromiseCounting>::failure(workers.message());
        counting.alsoInTime = *workers;
    }
    return counting;
}

QString idList(const QVector<qint64>& ids)
{
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(QLatin1Char(','));
}

// Referrals reaching `stage` first in the window.
Selection referralStage(const DrillDown& d, const QString& stage, const QString& from, const QString& to)
{
    return {RecordKind::Referral,
            firstStageJoin(stage, from, to) + inSubtree("w.org_id", d.orgId) + keyGroupFilter(d, "w.id"),
            kReferralColumns.arg(QStringLiteral("s.occurred_on")),
            QStringLiteral("s.occurred_on, r.id"),
            QString(),
            {1}};
}

// Contracts whose N months end in the window, with no departure before then, counted from the day the work starts
// when the contract records one (as the summary_stable_employment view counts, schema v8), else the day it was
// signed. The contract window is widened by a few days for the month-end rule, and by a year for a start recorded
// later than the signing; the exact day is checked on each row.
Selection stableEmployment(const DrillDown& d, const QString& from, const QString& to)
{
    const QString months = summary::stableMonthsExpression();
    const QString startDay = QStringLiteral("coalesce(s.starts_on, s.occurred_on)");
    const QString stableDay = summary::stableDayExpression(startDay, months);
    const QString contracts =
        firstStageJoin(QStringLiteral("contract"),
                       QStringLiteral("date(%1, '-' || %2 || ' months', '-1 year', '-4 days')").arg(from, months), to);
    const QString stillEmployed =
        QStringLiteral(" AND %1 BETWEEN %2 AND %3 AND NOT EXISTS (SELECT 1 FROM referral_stages l WHERE "
                       "l.referral_id = s.referral_id AND l.stage = 'left' AND l.occurred_on >= "
                       "%4 AND l.occurred_on < %1)")
            .arg(stableDay, from, to, startDay);
    return {RecordKind::Referral,
            contracts + stillEmployed + inSubtree("w.org_id", d.orgId) + keyGroupFilter(d, "w.id"),
            kReferralColumns.arg(stableDay),
            QStringLiteral("s.occurred_on, r.id"),
            QString(),
            {1}};
}

Selection jobsCollected(const DrillDown& d, const QString& from, const QString& to)
{
    return {RecordKind::Vacancy,
            QStringLiteral("vacancies v JOIN enterprises e ON e.id = v.enterprise_id WHERE v.posted_on "
                           "BETWEEN %1 AND %2")
                    .arg(from, to) +
                inSubtree("e.org_id", d.orgId),
            QStringLiteral("e.name, v.title, v.headcount, v.posted_on, v.status, "
                           "(SELECT name FROM organisations WHERE id = e.org_id)"),
            QStringLiteral("v.posted_on, v.id"),
            QStringLiteral("v.headcount"),
            {}};
}

Selection enterprisesVisited(const DrillDown& d, const QString& from, const QString& to)
{
    return {RecordKind::Enterprise,
            QStringLiteral("enterprises e WHERE (EXISTS (SELECT 1 FROM demand_snapshots d WHERE "
                           "d.enterprise_id = e.id AND d.recorded_on BETWEEN %1 AND %2) OR EXISTS (SELECT 1 "
                           "FROM vacancies v WHERE v.enterprise_id = e.id AND v.posted_on BETWEEN %1 AND %2))")
                    .arg(from, to) +
                inSubtree("e.org_id", d.orgId),
            QStringLiteral("e.name, coalesce(e.credit_code, ''), (SELECT name FROM organisations WHERE id = "
                           "e.org_id), (SELECT count(*) FROM demand_snapshots d WHERE d.enterprise_id = e.id "
                           "AND d.recorded_on BETWEEN %1 AND %2), (SELECT count(*) FROM vacancies v WHERE "
                           "v.enterprise_id = e.id AND v.posted_on BETWEEN %1 AND %2)")
                .arg(from, to),
            QStringLiteral("e.name, e.id"),
            QString(),
            {}};
}

Selection jobFairs(const DrillDown& d, const QString& from, const QString& to)
{
    QString where =
        QStringLiteral("job_fairs f JOIN fair_figures x ON x.fair_id = f.id WHERE f.status <> 'planned' AND "
                       "f.held_on BETWEEN %1 AND %2")
            .arg(from, to) +
        inSubtree("f.org_id", d.orgId);
    if (d.fairLevel)
        where += QStringLiteral(" AND f.organiser_level = '%1'").arg(QString(*d.fairLevel).remove(QLatin1Char('\'')));
    return {RecordKind::JobFair,
            where,
            QStringLiteral("f.name, f.held_on, f.organiser_level, f.form, x.enterprises, x.headcount, x.visits, "
                           "x.intentions, x.contracts"),
            QStringLiteral("f.held_on, f.id"),
            QString(),
            {}};
}

// people_trained, insurance_enrolments or entrepreneurship_projects.
Selection services(const DrillDown& d, const QString& f, const QString& from, const QString& to, NameLanguage names)
{
    const QString condition =
        f == QLatin1String("entrepreneurship_projects")
            ? QStringLiteral("v.project_status IS NOT NULL")
            : QStringLiteral("t.code = '%1'")
                  .arg(f == QLatin1String("people_trained") ? QStringLiteral("training") : QStringLiteral("insurance"));
    // A service with a worker counts only while the worker exists (as in the summary).
    return {RecordKind::Service,
            QStringLiteral("services v JOIN reference_items t ON t.id = v.service_type_id LEFT JOIN workers w "
                           "ON w.id = v.worker_id WHERE %1 AND v.provided_on BETWEEN %2 AND %3 AND "
                           "(v.worker_id IS NULL OR w.id IS NOT NULL)")
                    .arg(condition, from, to) +
                inSubtree("v.org_id", d.orgId) + keyGroupFilter(d, "v.worker_id"),
            QStringLiteral("t.%1, coalesce(w.name, ''), coalesce(w.id_number, ''), v.provided_on, "
                           "v.subtype, v.project_name, coalesce(v.project_status, ''), "
                           "(SELECT name FROM organisations WHERE id = v.org_id)")
                .arg(names == NameLanguage::Chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en")),
            QStringLiteral("v.provided_on, v.id"),
            QString(),
            {2}};
}

// hardship_served_in_promise, hardship_due or hardship_overdue, counted as the tiles count (`promise`).
Selection hardship(const DrillDown& d, const QString& f, const QString& from, const QString& to,
                   const PromiseCounting& promise)
{
    const QString due = summary::promiseDueExpression(QStringLiteral("w.registered_on"));
    const QString served = summary::firstRecommendationExpression(QStringLiteral("w.id"));
    QString condition;
    if (f == QLatin1String("hardship_served_in_promise")) {
        condition = QStringLiteral("%1 BETWEEN %2 AND %3 AND %1 <= %4").arg(served, from, to, due);
        if (!promise.alsoInTime.isEmpty())
            condition = QStringLiteral("(%1 OR w.id IN (%2))").arg(condition, idList(promise.alsoInTime));
    } else {
        condition =
            QStringLiteral("%1 IS NULL AND w.registered_on <= %2 AND %3 %4 %5")
                .arg(served, to, due, f == QLatin1String("hardship_due") ? QStringLiteral(">=") : QStringLiteral("<"),
                     sqlDate(promise.overdueFrom));
    }
    return {RecordKind::Worker,
            QStringLiteral("workers w WHERE w.id IN (SELECT worker_id FROM worker_hardships) AND ") + condition +
                inSubtree("w.org_id", d.orgId) + keyGroupFilter(d, "w.id"),
            QStringLiteral("w.name, w.id_number, w.registered_on, %1, coalesce(%2, ''), "
                           "(SELECT name FROM organisations WHERE id = w.org_id)")
                .arg(due, served),
            QStringLiteral("w.registered_on, w.id"),
            QString(),
            {1}};
}

std::optional<Selection> selectionFor(const DrillDown& d, NameLanguage names, const PromiseCounting& promise)
{
    const QString from = sqlDate(d.from), to = sqlDate(d.to);
    const QString& f = d.figure;
    const auto is = [&f](std::initializer_list<const char*> figures) {
        return std::any_of(figures.begin(), figures.end(), [&f](const char* n) { return f == QLatin1String(n); });
    };
    if (is({"recommended", "interviewed"}))
        return referralStage(d, f, from, to);
    if (is({"intention", "intentions"}))
        return referralStage(d, QStringLiteral("intention"), from, to);
    if (is({"contract", "contracts"}))
        return referralStage(d, QStringLiteral("contract"), from, to);
    if (is({"stable_employment"}))
        return stableEmployment(d, from, to);
    if (is({"jobs_collected"}))
        return jobsCollected(d, from, to);
    if (is({"enterprises_visited"}))
        return enterprisesVisited(d, from, to);
    if (is({"job_fairs"}))
        return jobFairs(d, from, to);
    if (is({"people_trained", "insurance_enrolments", "entrepreneurship_projects"}))
        return services(d, f, from, to, names);
    if (is({"hardship_served_in_promise", "hardship_due", "hardship_overdue"}))
        return hardship(d, f, from, to, promise);
    return std::nullopt;
}

// Column titles per kind of record, in the order the selections above list their columns (table data).
QVector<Message> columnTitles(RecordKind kind)
{
    const Message name = JB_TR("Metrics", "Name"), id = JB_TR("Metrics", "ID number"),
                  enterprise = JB_TR("Metrics", "Enterprise"), vacancy = JB_TR("Metrics", "Vacancy"),
                  date = JB_TR("Metrics", "Date"), unit = JB_TR("Metrics", "Unit");
    switch (kind) {
    case RecordKind::Referral:
        return {name, id, enterprise, vacancy, date, JB_TR("Metrics", "Current stage"), unit};
    case RecordKind::Vacancy:
        return {
            enterprise, vacancy, JB_TR("Metrics", "Headcount"), JB_TR("Metrics", "Posted"), JB_TR("Metrics", "Status"),
            unit};
    case RecordKind::Enterprise:
        return {enterprise, JB_TR("Metrics", "Credit code"), unit, JB_TR("Metrics", "Demand records"),
                JB_TR("Metrics", "Vacancies posted")};
    case RecordKind::JobFair:
        return {JB_TR("Metrics", "Fair name"),       date,
                JB_TR("Metrics", "Organiser level"), JB_TR("Metrics", "Form"),
                JB_TR("Metrics", "Enterprises"),     JB_TR("Metrics", "Jobs"),
                JB_TR("Metrics", "Visits"),          JB_TR("Metrics", "Intentions"),
                JB_TR("Metrics", "Contracts")};
    case RecordKind::Service:
        return {JB_TR("Metrics", "Service"),
                name,
                id,
                date,
                JB_TR("Metrics", "Subtype"),
                JB_TR("Metrics", "Project"),
                JB_TR("Metrics", "Project status"),
                unit};
    case RecordKind::Worker:
        return {name,
                id,
                JB_TR("Metrics", "Registered"),
                JB_TR("Metrics", "Promise due"),
                JB_TR("Metrics", "First recommendation"),
                unit};
    case RecordKind::Organisation:
    case RecordKind::DemandSnapshot:
    case RecordKind::EnterpriseFlag:
    case RecordKind::Period:
    case RecordKind::Target:
        break; // no figure stands on these
    }
    return {};
}

// Columns that hold codes, by index: each code's name in the installed language, so no code is shown raw.
QHash<int, QHash<QString, QString>> codeNamesFor(RecordKind kind)
{
    QHash<int, QHash<QString, QString>> byColumn;
    if (kind == RecordKind::Vacancy) {
        // jobsCollected: the status is the fifth column.
        if (const RecordField* status = recordField(RecordKind::Vacancy, fields::vacancy::status))
            for (const FieldChoice& choice : status->choices)
                byColumn[4].insert(choice.code, choice.label.text());
    } else if (kind == RecordKind::Referral) {
        // kReferralColumns: the stage is the sixth column.
        QHash<QString, QString>& stages = byColumn[5];
        for (const FunnelStage& stage : funnelStages())
            stages.insert(stage.key == QLatin1String("stable_employment") ? QStringLiteral("stable") : stage.key,
                          stage.name.text());
        stages.insert(QStringLiteral("left"), JB_TR("Metrics", "Left the job").text());
    } else if (kind == RecordKind::JobFair) {
        // jobFairs: the organiser's level is the third column, the form the fourth.
        byColumn[2] = {{QStringLiteral("province"), JB_TR("Metrics", "Province").text()},
                       {QStringLiteral("city"), JB_TR("Metrics", "City").text()},
                       {QStringLiteral("county"), JB_TR("Metrics", "County").text()},
                       {QStringLiteral("industry"), JB_TR("Metrics", "Industry union").text()}};
        if (const RecordField* form = recordField(RecordKind::JobFair, fields::fair::form))
            for (const FieldChoice& choice : form->choices)
                byColumn[3].insert(choice.code, choice.label.text());
    }
    return byColumn;
}

// The record a row opens, by the kind of record listed: a referral or a service opens its worker (a service may have
// none: 0), a vacancy its enterprise, the others themselves. The aliases are the selections' above.
std::pair<RecordKind, QString> openedRecord(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Referral:
    case RecordKind::Worker:
        return {RecordKind::Worker, QStringLiteral("w.id")};
    case RecordKind::Service:
        return {RecordKind::Worker, QStringLiteral("coalesce(w.id, 0)")};
    case RecordKind::Vacancy:
    case RecordKind::Enterprise:
        return {RecordKind::Enterprise, QStringLiteral("e.id")};
    case RecordKind::JobFair:
        return {RecordKind::JobFair, QStringLiteral("f.id")};
    case RecordKind::Organisation:
    case RecordKind::DemandSnapshot:
    case RecordKind::EnterpriseFlag:
    case RecordKind::Period:
    case RecordKind::Target:
        break; // no figure stands on these
    }
    return {kind, QStringLiteral("0")};
}

} // namespace

Expected<DrillDownQuery> DrillDownQuery::create(QSqlDatabase db, const DrillDown& drillDown, NameLanguage names)
{
    PromiseCounting promise{drillDown.to, {}};
    if (drillDown.figure.startsWith(QLatin1String("hardship_"))) {
        Expected<PromiseCounting> counted = promiseCounting(db, drillDown);
        if (!counted)
            return Expected<DrillDownQuery>::failure(counted.message());
        promise = *counted;
    }
    const std::optional<Selection> selection = selectionFor(drillDown, names, promise);
    if (!selection)
        return Expected<DrillDownQuery>::failure(
            JB_TR("Metrics", "There is no record list for \"%1\".").arg(drillDown.figure));
    DrillDownQuery q;
    q.m_db = db;
    q.m_drillDown = drillDown;
    q.m_kind = selection->kind;
    std::tie(q.m_openKind, q.m_openId) = openedRecord(q.m_kind);
    q.m_from = selection->from;
    q.m_select = selection->select;
    q.m_order = selection->order;
    q.m_total = selection->total;
    q.m_residentIdColumns = selection->residentIdColumns;
    q.m_codeNames = codeNamesFor(q.m_kind);
    q.m_columns = static_cast<int>(columnTitles(q.m_kind).size());
    return q;
}

QStringList DrillDownQuery::columns() const
{
    QStringList titles;
    for (const Message& title : columnTitles(m_kind))
        titles << title.text();
    return titles;
}

Expected<qint64> DrillDownQuery::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + m_from) || !q.next())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("drill-down")));
    return q.value(0).toLongLong();
}

Expected<qint64> DrillDownQuery::figureTotal() const
{
    if (m_total.isEmpty())
        return count();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(%1), 0) FROM ").arg(m_total) + m_from) || !q.next())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("drill-down")));
    return q.value(0).toLongLong();
}

Expected<RecordWindow> DrillDownQuery::fetch(qint64 offset, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %4 LIMIT %5 OFFSET %6")
                    .arg(m_select, m_openId, m_from, m_order)
                    .arg(limit)
                    .arg(offset)))
        return Expected<RecordWindow>::failure(describeSqlError(q, QStringLiteral("drill-down")));
    RecordWindow window;
    while (q.next()) {
        window.rows << rowOf(q, false);
        window.recordIds << q.value(m_columns).toLongLong();
    }
    return window;
}

Status DrillDownQuery::forEach(bool unmasked, const std::function<bool(const QVector<QVariant>&)>& put) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(m_select, m_from, m_order)))
        return Status::failure(describeSqlError(q, QStringLiteral("drill-down")));
    while (q.next())
        if (!put(rowOf(q, unmasked)))
            break;
    return {};
}

QVector<QVariant> DrillDownQuery::rowOf(const QSqlQuery& q, bool unmasked) const
{
    QVector<QVariant> row;
    row.reserve(m_columns);
    for (int c = 0; c < m_columns; ++c) {
        QVariant v = q.value(c);
        if (m_residentIdColumns.contains(c)) {
            if (!unmasked && !v.toString().isEmpty())
                v = maskResidentId(v.toString());
        } else if (const auto names = m_codeNames.constFind(c); names != m_codeNames.cend()) {
            v = names->value(v.toString(), v.toString());
        }
        row << v;
    }
    return row;
}

QString DrillDownQuery::tableName() const
{
    switch (m_kind) {
    case RecordKind::Referral:
        return QStringLiteral("referrals");
    case RecordKind::Vacancy:
        return QStringLiteral("vacancies");
    case RecordKind::Enterprise:
        return QStringLiteral("enterprises");
    case RecordKind::JobFair:
        return QStringLiteral("job_fairs");
    case RecordKind::Service:
        return QStringLiteral("services");
    default:
        return QStringLiteral("workers");
    }
}

} // namespace jb::core
