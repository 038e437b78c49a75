#pragma once
// The monthly report an organisation sends upward: this month and the year to date against the annual and phase
// targets, by sub-unit and by key group, the fairs held, referrals by stage, the one-week promise, services and
// the insurance cost split, and corrections to months already sent. Built from loadProgress() so its numbers are
// the dashboard's; a month that has been submitted is read back exactly as it was sent.
// Renderers (PDF, XLSX, CSV: ui/report/) only lay this structure out; they compute nothing but sums and
// percentages shown as formulas.

#include "core/Expected.h"
#include "core/metrics/Progress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace jb::core {

struct ReportFair
{
    QString name;
    QDate heldOn;
    QString organiserLevel; // "province", "city", "county", "industry"
    QString mode;           // "online", "offline", "both"
    QString organiser;      // organisation name
    qint64 enterprises = 0;
    qint64 jobsOffered = 0;
    qint64 attendees = 0;
    qint64 intentions = 0;
    qint64 contracts = 0;
};

struct ReportServiceTotal
{
    QString code; // service type code: "training", "insurance", ...
    QString nameZh;
    QString nameEn;
    qint64 month = 0; // services (人次)
    qint64 yearToDate = 0;
    qint64 peopleMonth = 0; // distinct people served (人), never added up across kinds
    qint64 peopleYearToDate = 0;
};

// An entrepreneurship project put forward in the year (core/services/ServiceFigures.h).
struct ReportProject
{
    QString name;
    QString unit;
    QString stage; // "candidate", "selected", "supported"
    QDate putForwardOn;
};

// The projects put forward this year (the organisation's own and those its children reported), against the quota:
// the year's target of entrepreneurship_projects.
struct ReportProjects
{
    qint64 candidates = 0;
    qint64 selected = 0; // selected or supported
    std::optional<double> quota;
    QVector<ReportProject> list; // the organisation's own
};

struct ReportInsurance
{
    double premiumYuan = 50;    // per person (setting insurance_premium_yuan)
    double provinceShare = 0.5; // share of the premium the province pays (setting insurance_province_share)
    qint64 enrolmentsMonth = 0;
    qint64 enrolmentsYearToDate = 0;
    // cost = enrolments × premium; province = cost × share; city = cost − province
};

// A change to a month already sent: the figure as sent and as the records give it now.
struct ReportCorrection
{
    QString monthName; // "2026-03"
    QString metric;    // metric key
    qint64 sent = 0;
    qint64 now = 0;
};

struct MonthlyReport
{
    Organisation org;
    Period month;
    QDate madeOn;                  // the day the report was made (shown in its header)
    Progress thisMonth;            // the month, as of its last day (or today, in the current month)
    Progress yearToDate;           // the year, as of the same day
    std::optional<Progress> phase; // a phase overlapping the month, as of the same day
    QVector<ReportFair> fairs;     // held in the month by the organisation and its sub-units
    QVector<ReportServiceTotal> services;
    ReportInsurance insurance;
    ReportProjects projects;
    QVector<ReportCorrection> corrections; // to earlier submitted months of the same year

    // Set when the month has been submitted (the report is then the one sent).
    std::optional<QDateTime> submittedAt;
    QString submittedBy;
};

// The services section's people per kind and the projects (ReportServices.cpp), for a report being built.
Status addServicePeopleAndProjects(QSqlDatabase db, qint64 orgId, MonthlyReport& report, const QDate& asOf);
QJsonObject projectsToJson(const ReportProjects& projects);
ReportProjects projectsFromJson(const QJsonObject& json);

// Builds the report of `orgId` for the month `monthName` ("2026-03"), as the records give it on `today` — or, if
// the month is submitted and not unlocked, exactly as it was sent.
Expected<MonthlyReport> buildMonthlyReport(QSqlDatabase db, qint64 orgId, const QString& monthName, const QDate& today);

// The report as stored at submission, and back.
QJsonObject monthlyReportToJson(const MonthlyReport& report);
Expected<MonthlyReport> monthlyReportFromJson(const QJsonObject& json);

} // namespace jb::core
