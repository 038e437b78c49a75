// The metric definitions. The SQL that counts them lives in storage/SchemaV2.cpp (the maintained daily summary)
// and metrics/Progress.cpp; the words here are what the dashboard, the CLI and the reports show.

#include "core/domain/MetricCatalog.h"

namespace jb::core {

namespace {

QVector<MetricInfo> buildCatalog()
{
    // Table data: one row per metric (key, name, unit, definition, records behind it, by key group).
    return {
        {Metric::EnterprisesVisited, QStringLiteral("enterprises_visited"),
         JB_TR("Metrics", "Enterprises visited for jobs"), JB_TR("Metrics", "enterprises"),
         JB_TR("Metrics", "Distinct enterprises with demand recorded in the period (a demand snapshot from a visit or "
                          "call, or a vacancy posted); each enterprise counts once."),
         RecordKind::Enterprise, false},
        {Metric::JobsCollected, QStringLiteral("jobs_collected"), JB_TR("Metrics", "Jobs collected"),
         JB_TR("Metrics", "jobs"),
         JB_TR("Metrics", "Headcount wanted by the vacancies posted in the period (by posting date)."),
         RecordKind::Vacancy, false},
        {Metric::JobFairs, QStringLiteral("job_fairs"), JB_TR("Metrics", "Job fairs held"), JB_TR("Metrics", "fairs"),
         JB_TR("Metrics", "Fairs held in the period by the organisation and its sub-units (by date), by organiser "
                          "level, against the per-level minimums set as targets."),
         RecordKind::JobFair, false},
        {Metric::StableEmployment, QStringLiteral("stable_employment"), JB_TR("Metrics", "Stable employment"),
         JB_TR("Metrics", "people"),
         JB_TR("Metrics", "Referrals whose labour contract has lasted N months (setting stable_months, default 3) with "
                          "no departure recorded before then; counted on the day the N months are complete."),
         RecordKind::Referral, true},
        {Metric::Intentions, QStringLiteral("intentions"), JB_TR("Metrics", "Employment intentions reached"),
         JB_TR("Metrics", "people"),
         JB_TR("Metrics",
               "Referrals that first reached the intention stage in the period (including those registered at fairs)."),
         RecordKind::Referral, true},
        {Metric::Contracts, QStringLiteral("contracts"), JB_TR("Metrics", "Labour contracts signed"),
         JB_TR("Metrics", "people"), JB_TR("Metrics", "Referrals that first reached the contract stage in the period."),
         RecordKind::Referral, true},
        {Metric::PeopleTrained, QStringLiteral("people_trained"), JB_TR("Metrics", "People trained"),
         // 人次, not 人: a source text has one translation, so this unit has its own English words.
         JB_TR("Metrics", "person-times"),
         JB_TR("Metrics", "Training service records starting in the period (one per person)."), RecordKind::Service,
         true},
        {Metric::EntrepreneurshipProjects, QStringLiteral("entrepreneurship_projects"),
         JB_TR("Metrics", "Entrepreneurship projects"), JB_TR("Metrics", "projects"),
         JB_TR("Metrics", "Entrepreneurship services in the period whose project is a candidate for, or selected as, a "
                          "high-quality project."),
         RecordKind::Service, true},
        {Metric::InsuranceEnrolments, QStringLiteral("insurance_enrolments"),
         JB_TR("Metrics", "Mutual insurance enrolments"), JB_TR("Metrics", "people"),
         JB_TR("Metrics", "Accident-injury mutual insurance enrolments in the period (for workers who signed a "
                          "contract during the concentrated phase)."),
         RecordKind::Service, true},
        {Metric::HardshipServedInPromise, QStringLiteral("hardship_served_in_promise"),
         JB_TR("Metrics", "Hardship cases served within the promise"), JB_TR("Metrics", "people"),
         JB_TR("Metrics", "Hardship cases whose first job recommendation came within the promise days of registering "
                          "(setting promise_days, default 7); counted on the day of that recommendation."),
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
        {QStringLiteral("recommended"), JB_TR("Metrics", "Recommended")},
        {QStringLiteral("interviewed"), JB_TR("Metrics", "Interviewed")},
        {QStringLiteral("intention"), JB_TR("Metrics", "Intention reached")},
        {QStringLiteral("contract"), JB_TR("Metrics", "Contract signed")},
        {QStringLiteral("stable_employment"), JB_TR("Metrics", "Stable employment")},
    };
    return stages;
}

} // namespace jb::core
