// Builds the monthly report from loadProgress() for the month, the year and an overlapping phase, plus the fairs,
// services and insurance of the month; or reads a submitted month back as it was sent.

#include "core/reports/MonthlyReport.h"

#include "core/Message.h"
#include "core/fairs/FairFigures.h"
#include "core/metrics/ProgressJson.h"
#include "core/metrics/SummaryKeys.h"
#include "core/reports/MonthLock.h"
#include "core/settings/SettingsRepository.h"
#include "core/storage/SqlError.h"
#include "core/targets/PeriodRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <tuple>

namespace jb::core {

using summarykeys::sqlDate;

namespace {

// Fairs held by the organisation and its sub-units, and those child organisations reported in their packages (a
// fair in two current packages of one child, a month's and the year's, is listed once).
Expected<QVector<ReportFair>> fairsOf(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to)
{
    QSqlQuery q(db);
    const QString where = QStringLiteral("t.ancestor_id = %1 AND f.held_on BETWEEN %2 AND %3")
                              .arg(QString::number(orgId), sqlDate(from), sqlDate(to));
    // Own fairs (held or closed) with their figures counted from links, as a package carries them.
    const QString own = QStringLiteral("f.name, f.held_on, f.organiser_level, o.name, ") + fairFigureColumns();
    const QString received = QStringLiteral("f.name, f.held_on, f.organiser_level, o.name, f.mode, "
                                            "f.enterprises_count, f.jobs_offered, f.attendees, f.intentions, "
                                            "f.contracts");
    if (!q.exec(QStringLiteral("SELECT %1 FROM organisation_tree t CROSS JOIN job_fairs f ON f.org_id = t.org_id "
                               "JOIN organisations o ON o.id = f.org_id JOIN fair_figures x ON x.fair_id = f.id "
                               "WHERE %3 AND f.status <> 'planned' "
                               "UNION SELECT %2 FROM organisation_tree t CROSS JOIN received_fairs f "
                               "ON f.org_id = t.org_id JOIN organisations o ON o.id = f.org_id WHERE %3 "
                               "ORDER BY 2, 1")
                    .arg(own, received, where)))
        return Expected<QVector<ReportFair>>::failure(describeSqlError(q, QStringLiteral("job fairs")));
    QVector<ReportFair> fairs;
    while (q.next())
        fairs << ReportFair{q.value(0).toString(),   QDate::fromString(q.value(1).toString(), Qt::ISODate),
                            q.value(2).toString(),   q.value(4).toString(),
                            q.value(3).toString(),   q.value(5).toLongLong(),
                            q.value(6).toLongLong(), q.value(7).toLongLong(),
                            q.value(8).toLongLong(), q.value(9).toLongLong()};
    return fairs;
}

// Services per type, this month and the year to date, from the activity summary.
Expected<QVector<ReportServiceTotal>> servicesOf(QSqlDatabase db, qint64 orgId, const Period& month,
                                                 const QDate& yearStart, const QDate& asOf)
{
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT t.code, t.name_zh, t.name_en, "
                           "(SELECT coalesce(sum(n), 0) FROM activity_daily a WHERE a.metric = 'service_' || t.code "
                           "AND a.key_group_id = 0 AND a.org_id = %1 AND a.day BETWEEN %2 AND %4), "
                           "(SELECT coalesce(sum(n), 0) FROM activity_daily a WHERE a.metric = 'service_' || t.code "
                           "AND a.key_group_id = 0 AND a.org_id = %1 AND a.day BETWEEN %3 AND %4) "
                           "FROM reference_items t WHERE t.list = 'service_type' AND t.retired = 0 "
                           "ORDER BY t.sort_order, t.code")
                .arg(orgId)
                .arg(sqlDate(month.start), sqlDate(yearStart), sqlDate(asOf))))
        return Expected<QVector<ReportServiceTotal>>::failure(describeSqlError(q, QStringLiteral("services")));
    QVector<ReportServiceTotal> services;
    while (q.next())
        services << ReportServiceTotal{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toLongLong(), q.value(4).toLongLong()};
    return services;
}

// The phase (of the file's periods) that overlaps the month, if any: the one starting latest.
std::optional<Period> phaseOverlapping(QSqlDatabase db, const Period& month)
{
    std::optional<Period> found;
    if (auto all = PeriodRepository(db).all())
        for (const Period& p : *all)
            if (p.kind == PeriodKind::Phase && p.start <= month.end && p.end >= month.start &&
                (!found || p.start > found->start))
                found = p;
    return found;
}

// Corrections: earlier months of the same year submitted and still locked, whose figures the records now change.
Status addCorrections(QSqlDatabase db, MonthlyReport& report)
{
    auto all = submissions(db, report.org.id);
    if (!all)
        return Status::failure(all.message());
    for (const Submission& s : *all) {
        if (s.unlockedAt || s.monthName >= report.month.name || !s.monthName.startsWith(report.month.name.left(5)))
            continue;
        auto stored = submittedReportJson(db, s.id);
        if (!stored)
            return Status::failure(stored.message());
        auto sent = monthlyReportFromJson(QJsonDocument::fromJson(*stored).object());
        if (!sent)
            return Status::failure(sent.message());
        auto now = loadProgress(db, report.org.id, sent->month, sent->thisMonth.asOf);
        if (!now)
            return Status::failure(now.message());
        for (const MetricProgress& m : sent->thisMonth.metrics) {
            const qint64 current = now->figure(m.metric).actual;
            if (current != m.actual)
                report.corrections << ReportCorrection{s.monthName, metricInfo(m.metric).key, m.actual, current};
        }
    }
    std::sort(report.corrections.begin(), report.corrections.end(),
              [](const ReportCorrection& a, const ReportCorrection& b) {
                  return std::tie(a.monthName, a.metric) < std::tie(b.monthName, b.metric);
              });
    return {};
}

// The premium and its split from the settings; training and insurance, which are catalogue metrics, from the
// progress, which also holds what child organisations reported in their packages (a city has no service records
// of its own).
void addInsurance(QSqlDatabase db, MonthlyReport& r)
{
    SettingsRepository settings(db);
    bool ok = false;
    if (const double v = settings.value(QStringLiteral("insurance_premium_yuan")).toDouble(&ok); ok && v >= 0)
        r.insurance.premiumYuan = v;
    if (const double v = settings.value(QStringLiteral("insurance_province_share")).toDouble(&ok);
        ok && v >= 0 && v <= 1)
        r.insurance.provinceShare = v;
    for (ReportServiceTotal& s : r.services) {
        const std::optional<Metric> metric = s.code == QLatin1String("training")    ? Metric::PeopleTrained
                                             : s.code == QLatin1String("insurance") ? Metric::InsuranceEnrolments
                                                                                    : std::optional<Metric>();
        if (metric) {
            s.month = r.thisMonth.figure(*metric).actual;
            s.yearToDate = r.yearToDate.figure(*metric).actual;
        }
    }
    r.insurance.enrolmentsMonth = r.thisMonth.figure(Metric::InsuranceEnrolments).actual;
    r.insurance.enrolmentsYearToDate = r.yearToDate.figure(Metric::InsuranceEnrolments).actual;
}

} // namespace

Expected<MonthlyReport> buildMonthlyReport(QSqlDatabase db, qint64 orgId, const QString& monthName, const QDate& today)
{
    using Result = Expected<MonthlyReport>;
    PeriodRepository periods(db);
    const Expected<Period> month = periods.find(monthName);
    if (!month)
        return Result::failure(month.message());
    if (month->kind != PeriodKind::Month)
        return Result::failure(
            JB_TR("Reports", "A monthly report needs a month such as 2026-03 (\"%1\" is not one).").arg(monthName));
    if (today < month->start)
        return Result::failure(JB_TR("Reports", "%1 has not begun yet.").arg(monthTitle(month->start)));

    // A submitted month is the report as it was sent.
    const auto active = activeSubmission(db, orgId, month->name);
    if (!active)
        return Result::failure(active.message());
    if (*active) {
        const auto stored = submittedReportJson(db, (*active)->id);
        if (!stored)
            return Result::failure(stored.message());
        auto sent = monthlyReportFromJson(QJsonDocument::fromJson(*stored).object());
        if (!sent)
            return sent;
        sent->submittedAt = (*active)->submittedAt;
        sent->submittedBy = (*active)->submittedBy;
        return sent;
    }

    MonthlyReport r;
    r.month = *month;
    r.madeOn = today;
    const QDate asOf = std::min(today, month->end);
    auto thisMonth = loadProgress(db, orgId, *month, asOf);
    if (!thisMonth)
        return Result::failure(thisMonth.message());
    r.thisMonth = std::move(*thisMonth);
    r.org = r.thisMonth.org;
    const Expected<Period> year = periods.find(QString::number(month->start.year()));
    auto yearToDate = loadProgress(db, orgId, *year, asOf);
    if (!yearToDate)
        return Result::failure(yearToDate.message());
    r.yearToDate = std::move(*yearToDate);
    if (const auto phase = phaseOverlapping(db, *month)) {
        auto progress = loadProgress(db, orgId, *phase, asOf);
        if (!progress)
            return Result::failure(progress.message());
        r.phase = std::move(*progress);
    }
    auto fairs = fairsOf(db, orgId, month->start, asOf);
    if (!fairs)
        return Result::failure(fairs.message());
    r.fairs = *fairs;
    auto services = servicesOf(db, orgId, *month, year->start, asOf);
    if (!services)
        return Result::failure(services.message());
    r.services = *services;

    addInsurance(db, r);
    if (Status s = addServicePeopleAndProjects(db, orgId, r, asOf); !s)
        return Result::failure(s.message());
    if (Status s = addCorrections(db, r); !s)
        return Result::failure(s.message());
    return r;
}

QJsonObject monthlyReportToJson(const MonthlyReport& r)
{
    QJsonArray fairs;
    for (const ReportFair& f : r.fairs)
        fairs.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("held_on"), f.heldOn.toString(Qt::ISODate)},
                                 {QStringLiteral("organiser_level"), f.organiserLevel},
                                 {QStringLiteral("mode"), f.mode},
                                 {QStringLiteral("organiser"), f.organiser},
                                 {QStringLiteral("enterprises"), f.enterprises},
                                 {QStringLiteral("jobs_offered"), f.jobsOffered},
                                 {QStringLiteral("attendees"), f.attendees},
                                 {QStringLiteral("intentions"), f.intentions},
                                 {QStringLiteral("contracts"), f.contracts}});
    QJsonArray services;
    for (const ReportServiceTotal& s : r.services)
        services.append(QJsonObject{{QStringLiteral("code"), s.code},
                                    {QStringLiteral("name_zh"), s.nameZh},
                                    {QStringLiteral("name_en"), s.nameEn},
                                    {QStringLiteral("month"), s.month},
                                    {QStringLiteral("year_to_date"), s.yearToDate},
                                    {QStringLiteral("people_month"), s.peopleMonth},
                                    {QStringLiteral("people_year_to_date"), s.peopleYearToDate}});
    QJsonArray corrections;
    for (const ReportCorrection& c : r.corrections)
        corrections.append(QJsonObject{{QStringLiteral("month"), c.monthName},
                                       {QStringLiteral("metric"), c.metric},
                                       {QStringLiteral("sent"), c.sent},
                                       {QStringLiteral("now"), c.now}});
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("jobbridge-monthly-report")},
                     {QStringLiteral("format_version"), 1},
                     {QStringLiteral("made_on"), r.madeOn.toString(Qt::ISODate)},
                     {QStringLiteral("this_month"), progressToJson(r.thisMonth, true)},
                     {QStringLiteral("year_to_date"), progressToJson(r.yearToDate, true)},
                     {QStringLiteral("fairs"), fairs},
                     {QStringLiteral("services"), services},
                     {QStringLiteral("insurance"),
                      QJsonObject{{QStringLiteral("premium_yuan"), r.insurance.premiumYuan},
                                  {QStringLiteral("province_share"), r.insurance.provinceShare},
                                  {QStringLiteral("enrolments_month"), r.insurance.enrolmentsMonth},
                                  {QStringLiteral("enrolments_year_to_date"), r.insurance.enrolmentsYearToDate}}},
                     {QStringLiteral("projects"), projectsToJson(r.projects)},
                     {QStringLiteral("corrections"), corrections}};
    if (r.phase)
        root.insert(QStringLiteral("phase"), progressToJson(*r.phase, true));
    return root;
}

Expected<MonthlyReport> monthlyReportFromJson(const QJsonObject& json)
{
    using Result = Expected<MonthlyReport>;
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("jobbridge-monthly-report") ||
        json.value(QStringLiteral("format_version")).toInt() != 1)
        return Result::failure(JB_TR("Reports", "The stored report's format is not known."));
    MonthlyReport r;
    r.madeOn = QDate::fromString(json.value(QStringLiteral("made_on")).toString(), Qt::ISODate);
    auto thisMonth = progressFromJson(json.value(QStringLiteral("this_month")).toObject());
    auto yearToDate = progressFromJson(json.value(QStringLiteral("year_to_date")).toObject());
    if (!thisMonth)
        return Result::failure(thisMonth.message());
    if (!yearToDate)
        return Result::failure(yearToDate.message());
    r.thisMonth = *thisMonth;
    r.yearToDate = *yearToDate;
    r.org = r.thisMonth.org;
    r.month = r.thisMonth.period;
    if (json.contains(QStringLiteral("phase"))) {
        auto phase = progressFromJson(json.value(QStringLiteral("phase")).toObject());
        if (!phase)
            return Result::failure(phase.message());
        r.phase = *phase;
    }
    for (const QJsonValue& v : json.value(QStringLiteral("fairs")).toArray()) {
        const QJsonObject o = v.toObject();
        r.fairs << ReportFair{o.value(QStringLiteral("name")).toString(),
                              QDate::fromString(o.value(QStringLiteral("held_on")).toString(), Qt::ISODate),
                              o.value(QStringLiteral("organiser_level")).toString(),
                              o.value(QStringLiteral("mode")).toString(),
                              o.value(QStringLiteral("organiser")).toString(),
                              o.value(QStringLiteral("enterprises")).toInteger(),
                              o.value(QStringLiteral("jobs_offered")).toInteger(),
                              o.value(QStringLiteral("attendees")).toInteger(),
                              o.value(QStringLiteral("intentions")).toInteger(),
                              o.value(QStringLiteral("contracts")).toInteger()};
    }
    for (const QJsonValue& v : json.value(QStringLiteral("services")).toArray()) {
        const QJsonObject o = v.toObject();
        r.services << ReportServiceTotal{o.value(QStringLiteral("code")).toString(),
                                         o.value(QStringLiteral("name_zh")).toString(),
                                         o.value(QStringLiteral("name_en")).toString(),
                                         o.value(QStringLiteral("month")).toInteger(),
                                         o.value(QStringLiteral("year_to_date")).toInteger(),
                                         o.value(QStringLiteral("people_month")).toInteger(),
                                         o.value(QStringLiteral("people_year_to_date")).toInteger()};
    }
    r.projects = projectsFromJson(json.value(QStringLiteral("projects")).toObject());
    const QJsonObject ins = json.value(QStringLiteral("insurance")).toObject();
    r.insurance.premiumYuan = ins.value(QStringLiteral("premium_yuan")).toDouble(50);
    r.insurance.provinceShare = ins.value(QStringLiteral("province_share")).toDouble(0.5);
    r.insurance.enrolmentsMonth = ins.value(QStringLiteral("enrolments_month")).toInteger();
    r.insurance.enrolmentsYearToDate = ins.value(QStringLiteral("enrolments_year_to_date")).toInteger();
    for (const QJsonValue& v : json.value(QStringLiteral("corrections")).toArray()) {
        const QJsonObject o = v.toObject();
        r.corrections << ReportCorrection{
            o.value(QStringLiteral("month")).toString(), o.value(QStringLiteral("metric")).toString(),
            o.value(QStringLiteral("sent")).toInteger(), o.value(QStringLiteral("now")).toInteger()};
    }
    return r;
}

} // namespace jb::core
