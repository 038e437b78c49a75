#pragma once
// The metrics an officer is measured by, defined once. Each has a stored key (used by targets, the CLI and
// reports), its name, unit and definition as messages (shown in the chosen language), and the kind of record that
// stands behind it (what a drill-down lists). docs/metrics.md repeats the definitions for readers of the code.

#include "core/Message.h"
#include "core/records/RecordKind.h"

#include <QString>
#include <QVector>

namespace jb::core {

enum class Metric {
    EnterprisesVisited,
    JobsCollected,
    JobFairs,
    StableEmployment,
    Intentions,
    Contracts,
    PeopleTrained,
    EntrepreneurshipProjects,
    InsuranceEnrolments,
    HardshipServedInPromise,
};

struct MetricInfo
{
    Metric metric;
    QString key;        // "enterprises_visited"
    Message name;       // "Enterprises visited for jobs" (走访企业)
    Message unit;       // "enterprises", "jobs", "fairs", "people" (家, 个, 场, 人)
    Message definition; // what is counted, in words
    RecordKind records; // the records behind the figure
    bool byKeyGroup;    // counts people, so it can be broken down by key group
};

// All metrics in the order reports list them.
const QVector<MetricInfo>& metricCatalog();
const MetricInfo& metricInfo(Metric metric);
// nullptr when `key` names no metric.
const MetricInfo* findMetric(const QString& key);

// Stages of the referral funnel, in order, with their names.
struct FunnelStage
{
    QString key; // "recommended", "interviewed", "intention", "contract", "stable_employment"
    Message name;
};
const QVector<FunnelStage>& funnelStages();

} // namespace jb::core
