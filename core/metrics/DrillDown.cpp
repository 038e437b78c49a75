// The record selections behind the dashboard's figures. Each is written against the records themselves (not the
// activity summary), with the same counting rules as the summary's views, so a test can compare the two.

#include "core/metrics/DrillDown.h"

#include "core/metrics/SummaryKeys.h"
#include "core/storage/ActivitySummary.h"
#include "core/storage/SqlError.h"
#include "core/validation/ResidentId.h"

#include <QSqlQuery>

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

const QString kReferralColumns = QStringLiteral(
    "w.name, w.id_number, (SELECT name FROM enterprises WHERE id = r.enterprise_id), "
    "coalesce((SELECT title FROM vacancies WHERE id = r.vacancy_id), ''), %1, r.stage, "
    "(SELECT name FROM organisations WHERE id = w.org_id)");

} // namespace

Expected<DrillDownQuery> DrillDownQuery::create(QSqlDatabase db, const DrillDown& d)
{
    DrillDownQuery q;
    q.m_db = db;
    q.m_drillDown = d;
    const QString from = sqlDate(d.from), to = sqlDate(d.to);
    const QString& f = d.figure;
    auto referralStage = [&](const QString& stage) {
        q.m_kind = RecordKind::Referral;
        q.m_from = firstStageJoin(stage, from, to) + inSubtree("w.org_id", d.orgId) + keyGroupFilter(d, "w.id");
        q.m_select = kReferralColumns.arg(QStringLiteral("s.occurred_on"));
        q.m_order = QStringLiteral("s.occurred_on, r.id");
        q.m_residentIdColumns = {1};
    };
    if (f == QLatin1String("recommended") || f == QLatin1String("interviewed")) {
        referralStage(f);
    } else if (f == QLatin1String("intention") || f == QLatin1String("intentions")) {
        referralStage(QStringLiteral("intention"));
    } else if (f == QLatin1String("contract") || f == QLatin1String("contracts")) {
        referralStage(QStringLiteral("contract"));
    } else if (f == QLatin1String("stable_employment")) {
        // Contracts whose N months end in the window, with no departure before then. The contract window is
        // widened by a few days for the month-end rule and the exact day checked on each row.
        const QString months = summary::stableMonthsExpression();
        const QString stableDay = summary::stableDayExpression(QStringLiteral("s.occurred_on"), months);
        q.m_kind = RecordKind::Referral;
        q.m_from = firstStageJoin(QStringLiteral("contract"),
                                  QStringLiteral("date(%1, '-' || %2 || ' months', '-4 days')").arg(from, months),
                                  to) +
                   QStringLiteral(" AND %1 BETWEEN %2 AND %3 AND NOT EXISTS (SELECT 1 FROM referral_stages l WHERE "
                                  "l.referral_id = s.referral_id AND l.stage = 'left' AND l.occurred_on >= "
                                  "s.occurred_on AND l.occurred_on < %1)")
                       .arg(stableDay, from, to) +
                   inSubtree("w.org_id", d.orgId) + keyGroupFilter(d, "w.id");
        q.m_select = kReferralColumns.arg(stableDay);
        q.m_order = QStringLiteral("s.occurred_on, r.id");
        q.m_residentIdColumns = {1};
    } else if (f == QLatin1String("jobs_collected")) {
        q.m_kind = RecordKind::Vacancy;
        q.m_from = QStringLiteral("vacancies v JOIN enterprises e ON e.id = v.enterprise_id WHERE v.posted_on "
                                  "BETWEEN %1 AND %2")
                       .arg(from, to) +
                   inSubtree("e.org_id", d.orgId);
        q.m_select = QStringLiteral("e.name, v.title, v.headcount, v.posted_on, v.status, "
                                    "(SELECT name FROM organisations WHERE id = e.org_id)");
        q.m_order = QStringLiteral("v.posted_on, v.id");
        q.m_total = QStringLiteral("v.headcount");
    } else if (f == QLatin1String("enterprises_visited")) {
        q.m_kind = RecordKind::Enterprise;
        q.m_from = QStringLiteral("enterprises e WHERE (EXISTS (SELECT 1 FROM demand_snapshots d WHERE "
                                  "d.enterprise_id = e.id AND d.recorded_on BETWEEN %1 AND %2) OR EXISTS (SELECT 1 "
                                  "FROM vacancies v WHERE v.enterprise_id = e.id AND v.posted_on BETWEEN %1 AND %2))")
                       .arg(from, to) +
                   inSubtree("e.org_id", d.orgId);
        q.m_select = QStringLiteral("e.name, coalesce(e.credit_code, ''), (SELECT name FROM organisations WHERE id = "
                                    "e.org_id), (SELECT count(*) FROM demand_snapshots d WHERE d.enterprise_id = e.id "
                                    "AND d.recorded_on BETWEEN %1 AND %2), (SELECT count(*) FROM vacancies v WHERE "
                                    "v.enterprise_id = e.id AND v.posted_on BETWEEN %1 AND %2)")
                         .arg(from, to);
        q.m_order = QStringLiteral("e.name, e.id");
    } else if (f == QLatin1String("job_fairs")) {
        q.m_kind = RecordKind::JobFair;
        q.m_from = QStringLiteral("job_fairs f WHERE f.held_on BETWEEN %1 AND %2").arg(from, to) +
                   inSubtree("f.org_id", d.orgId);
        if (d.fairLevel)
            q.m_from += QStringLiteral(" AND f.organiser_level = '%1'")
                            .arg(QString(*d.fairLevel).remove(QLatin1Char('\'')));
        q.m_select = QStringLiteral("f.name, f.held_on, f.organiser_level, f.mode, f.enterprises_count, "
                                    "f.jobs_offered, f.attendees, f.intentions, f.contracts");
        q.m_order = QStringLiteral("f.held_on, f.id");
    } else if (f == QLatin1String("people_trained") || f == QLatin1String("insurance_enrolments") ||
               f == QLatin1String("entrepreneurship_projects")) {
        q.m_kind = RecordKind::Service;
        const QString condition =
            f == QLatin1String("entrepreneurship_projects")
                ? QStringLiteral("v.project_status IS NOT NULL")
                : QStringLiteral("t.code = '%1'")
                      .arg(f == QLatin1String("people_trained") ? QStringLiteral("training")
                                                                : QStringLiteral("insurance"));
        // A service with a worker counts only while the worker exists (as in the summary).
        q.m_from = QStringLiteral("services v JOIN reference_items t ON t.id = v.service_type_id LEFT JOIN workers w "
                                  "ON w.id = v.worker_id WHERE %1 AND v.provided_on BETWEEN %2 AND %3 AND "
                                  "(v.worker_id IS NULL OR w.id IS NOT NULL)")
                       .arg(condition, from, to) +
                   inSubtree("v.org_id", d.orgId) + keyGroupFilter(d, "v.worker_id");
        q.m_select = QStringLiteral("t.name_zh, coalesce(w.name, ''), coalesce(w.id_number, ''), v.provided_on, "
                                    "v.subtype, v.project_name, coalesce(v.project_status, ''), "
                                    "(SELECT name FROM organisations WHERE id = v.org_id)");
        q.m_order = QStringLiteral("v.provided_on, v.id");
        q.m_residentIdColumns = {2};
    } else if (f == QLatin1String("hardship_served_in_promise") || f == QLatin1String("hardship_due") ||
               f == QLatin1String("hardship_overdue")) {
        q.m_kind = RecordKind::Worker;
        const QString due = summary::promiseDueExpression(QStringLiteral("w.registered_on"));
        const QString served = summary::firstRecommendationExpression(QStringLiteral("w.id"));
        QString condition;
        if (f == QLatin1String("hardship_served_in_promise"))
            condition = QStringLiteral("%1 BETWEEN %2 AND %3 AND %1 <= %4").arg(served, from, to, due);
        else
            condition = QStringLiteral("%1 IS NULL AND w.registered_on <= %2 AND %3 %4 %2")
                            .arg(served, to, due,
                                 f == QLatin1String("hardship_due") ? QStringLiteral(">=") : QStringLiteral("<"));
        q.m_from = QStringLiteral("workers w WHERE w.id IN (SELECT worker_id FROM worker_hardships) AND ") +
                   condition + inSubtree("w.org_id", d.orgId) + keyGroupFilter(d, "w.id");
        q.m_select = QStringLiteral("w.name, w.id_number, w.registered_on, %1, coalesce(%2, ''), "
                                    "(SELECT name FROM organisations WHERE id = w.org_id)")
                         .arg(due, served);
        q.m_order = QStringLiteral("w.registered_on, w.id");
        q.m_residentIdColumns = {1};
    } else {
        return Expected<DrillDownQuery>::failure(
            QStringLiteral("无法列出“%1”的明细。 / There is no record list for \"%1\".").arg(f));
    }
    return q;
}

QStringList DrillDownQuery::columnsZh() const
{
    switch (m_kind) {
    case RecordKind::Referral:
        return {QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("企业"), QStringLiteral("岗位"),
                QStringLiteral("日期"), QStringLiteral("当前阶段"), QStringLiteral("所属单位")};
    case RecordKind::Vacancy:
        return {QStringLiteral("企业"), QStringLiteral("岗位"), QStringLiteral("招聘人数"), QStringLiteral("发布日期"),
                QStringLiteral("状态"), QStringLiteral("所属单位")};
    case RecordKind::Enterprise:
        return {QStringLiteral("企业"), QStringLiteral("统一社会信用代码"), QStringLiteral("所属单位"),
                QStringLiteral("需求记录"), QStringLiteral("发布岗位")};
    case RecordKind::JobFair:
        return {QStringLiteral("名称"), QStringLiteral("日期"), QStringLiteral("组织层级"), QStringLiteral("形式"),
                QStringLiteral("参会企业"), QStringLiteral("岗位"), QStringLiteral("参会人数"),
                QStringLiteral("达成意向"), QStringLiteral("签约")};
    case RecordKind::Service:
        return {QStringLiteral("服务类型"), QStringLiteral("姓名"), QStringLiteral("身份证号"),
                QStringLiteral("日期"), QStringLiteral("细类"), QStringLiteral("项目"), QStringLiteral("项目状态"),
                QStringLiteral("所属单位")};
    case RecordKind::Worker:
        return {QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("登记日期"),
                QStringLiteral("承诺期限"), QStringLiteral("首次推荐"), QStringLiteral("所属单位")};
    case RecordKind::Organisation:
    case RecordKind::DemandSnapshot:
    case RecordKind::EnterpriseFlag:
    case RecordKind::Period:
    case RecordKind::Target: break; // no figure stands on these
    }
    return {};
}

QStringList DrillDownQuery::columnsEn() const
{
    switch (m_kind) {
    case RecordKind::Referral:
        return {QStringLiteral("Name"), QStringLiteral("ID number"), QStringLiteral("Enterprise"),
                QStringLiteral("Vacancy"), QStringLiteral("Date"), QStringLiteral("Current stage"),
                QStringLiteral("Unit")};
    case RecordKind::Vacancy:
        return {QStringLiteral("Enterprise"), QStringLiteral("Vacancy"), QStringLiteral("Headcount"),
                QStringLiteral("Posted"), QStringLiteral("Status"), QStringLiteral("Unit")};
    case RecordKind::Enterprise:
        return {QStringLiteral("Enterprise"), QStringLiteral("Credit code"), QStringLiteral("Unit"),
                QStringLiteral("Demand records"), QStringLiteral("Vacancies posted")};
    case RecordKind::JobFair:
        return {QStringLiteral("Name"), QStringLiteral("Date"), QStringLiteral("Organiser level"),
                QStringLiteral("Mode"), QStringLiteral("Enterprises"), QStringLiteral("Jobs"),
                QStringLiteral("Attendees"), QStringLiteral("Intentions"), QStringLiteral("Contracts")};
    case RecordKind::Service:
        return {QStringLiteral("Service"), QStringLiteral("Name"), QStringLiteral("ID number"),
                QStringLiteral("Date"), QStringLiteral("Subtype"), QStringLiteral("Project"),
                QStringLiteral("Project status"), QStringLiteral("Unit")};
    case RecordKind::Worker:
        return {QStringLiteral("Name"), QStringLiteral("ID number"), QStringLiteral("Registered"),
                QStringLiteral("Promise due"), QStringLiteral("First recommendation"), QStringLiteral("Unit")};
    case RecordKind::Organisation:
    case RecordKind::DemandSnapshot:
    case RecordKind::EnterpriseFlag:
    case RecordKind::Period:
    case RecordKind::Target: break; // no figure stands on these
    }
    return {};
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
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT %4 OFFSET %5")
                    .arg(m_select, m_from, m_order)
                    .arg(limit)
                    .arg(offset)))
        return Expected<RecordWindow>::failure(describeSqlError(q, QStringLiteral("drill-down")));
    RecordWindow window;
    const int columns = columnsZh().size();
    while (q.next()) {
        QVector<QVariant> row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            QVariant v = q.value(c);
            if (m_residentIdColumns.contains(c) && !v.toString().isEmpty())
                v = maskResidentId(v.toString());
            row << v;
        }
        window.rows << row;
    }
    return window;
}

} // namespace jb::core
