// The metric definitions. The SQL that counts them lives in storage/SchemaV2.cpp (the maintained daily summary)
// and metrics/Progress.cpp; the words here are what the dashboard, the CLI and the reports show.

#include "core/domain/MetricCatalog.h"

namespace jb::core {

namespace {

QVector<MetricInfo> buildCatalog()
{
    auto s = [](const char* text) { return QString::fromUtf8(text); };
    return {
        {Metric::EnterprisesVisited, s("enterprises_visited"), s("走访企业"), s("Enterprises visited for jobs"),
         s("家"), s("enterprises"),
         s("统计期内有用工需求记录（走访或电话登记的需求快照，或新发布的岗位）的企业，每家只计一次。"),
         s("Distinct enterprises with demand recorded in the period (a demand snapshot from a visit or call, or a "
           "vacancy posted); each enterprise counts once."),
         RecordKind::Enterprise, false},
        {Metric::JobsCollected, s("jobs_collected"), s("收集岗位"), s("Jobs collected"), s("个"), s("jobs"),
         s("统计期内发布的岗位的招聘人数之和（按发布日期）。"),
         s("Headcount wanted by the vacancies posted in the period (by posting date)."), RecordKind::Vacancy,
         false},
        {Metric::JobFairs, s("job_fairs"), s("举办招聘会"), s("Job fairs held"), s("场"), s("fairs"),
         s("统计期内本单位及下级单位举办的招聘会场次（按举办日期），按组织层级分列，对照各层级的最低场次目标。"),
         s("Fairs held in the period by the organisation and its sub-units (by date), by organiser level, against "
           "the per-level minimums set as targets."),
         RecordKind::JobFair, false},
        {Metric::StableEmployment, s("stable_employment"), s("稳定就业"), s("Stable employment"), s("人"),
         s("people"),
         s("签订劳动合同满N个月（设置项“稳定就业月数”，默认3个月）且此前未登记离职的推荐，计入满N个月当天。"),
         s("Referrals whose labour contract has lasted N months (setting stable_months, default 3) with no "
           "departure recorded before then; counted on the day the N months are complete."),
         RecordKind::Referral, true},
        {Metric::Intentions, s("intentions"), s("达成就业意向"), s("Employment intentions reached"), s("人"),
         s("people"), s("统计期内首次达到“达成意向”阶段的推荐（含在招聘会上登记到人的推荐）。"),
         s("Referrals that first reached the intention stage in the period (including those registered at fairs)."),
         RecordKind::Referral, true},
        {Metric::Contracts, s("contracts"), s("签订劳动合同"), s("Labour contracts signed"), s("人"), s("people"),
         s("统计期内首次达到“签订合同”阶段的推荐。"),
         s("Referrals that first reached the contract stage in the period."), RecordKind::Referral, true},
        {Metric::PeopleTrained, s("people_trained"), s("技能培训"), s("People trained"), s("人次"), s("people"),
         s("统计期内开始的技能培训服务记录（一人一条）。"),
         s("Training service records starting in the period (one per person)."), RecordKind::Service, true},
        {Metric::EntrepreneurshipProjects, s("entrepreneurship_projects"), s("创业项目"),
         s("Entrepreneurship projects"), s("个"), s("projects"),
         s("统计期内登记的创业服务中列为候选或入选优质项目的数量。"),
         s("Entrepreneurship services in the period whose project is a candidate for, or selected as, a "
           "high-quality project."),
         RecordKind::Service, true},
        {Metric::InsuranceEnrolments, s("insurance_enrolments"), s("互助保障参保"), s("Mutual insurance enrolments"),
         s("人"), s("people"), s("统计期内办理的职工意外伤害互助保障（签订劳动合同的集中行动期就业人员）。"),
         s("Accident-injury mutual insurance enrolments in the period (for workers who signed a contract during the "
           "concentrated phase)."),
         RecordKind::Service, true},
        {Metric::HardshipServedInPromise, s("hardship_served_in_promise"), s("一周承诺兑现"),
         s("Hardship cases served within the promise"), s("人"), s("people"),
         s("困难群体登记后在承诺天数（设置项“承诺天数”，默认7天）内获得首次岗位推荐的人数，计入首次推荐当天。"),
         s("Hardship cases whose first job recommendation came within the promise days of registering (setting "
           "promise_days, default 7); counted on the day of that recommendation."),
         RecordKind::Worker, true},
    };
}

} // namespace

const QVector<MetricInfo>& metricCatalog()
{
    static const QVector<MetricInfo> catalog = buildCatalog();
    return catalog;
}

const MetricInfo& metricInfo(Metric metric)
{
    return metricCatalog().at(static_cast<int>(metric));
}

const MetricInfo* findMetric(const QString& key)
{
    for (const MetricInfo& info : metricCatalog())
        if (info.key == key)
            return &info;
    return nullptr;
}

const QVector<FunnelStage>& funnelStages()
{
    static const QVector<FunnelStage> stages = {
        {QStringLiteral("recommended"), QStringLiteral("推荐"), QStringLiteral("Recommended")},
        {QStringLiteral("interviewed"), QStringLiteral("面试"), QStringLiteral("Interviewed")},
        {QStringLiteral("intention"), QStringLiteral("达成意向"), QStringLiteral("Intention reached")},
        {QStringLiteral("contract"), QStringLiteral("签订合同"), QStringLiteral("Contract signed")},
        {QStringLiteral("stable_employment"), QStringLiteral("稳定就业"), QStringLiteral("Stable employment")},
    };
    return stages;
}

} // namespace jb::core
