#pragma once
// Internal to core/metrics: how the catalogue's metrics are named in the activity summary (storage/SchemaV2.cpp).
// Enterprises visited and job fairs are counted from their records directly (distinct enterprises cannot be
// added up day by day; fairs are few).

#include "core/domain/MetricCatalog.h"

#include <QDate>
#include <QStringList>

namespace jb::core::summarykeys {

inline QString forMetric(Metric metric)
{
    switch (metric) {
    case Metric::JobsCollected:
        return QStringLiteral("jobs_collected");
    case Metric::StableEmployment:
        return QStringLiteral("stable_employment");
    case Metric::Intentions:
        return QStringLiteral("intention");
    case Metric::Contracts:
        return QStringLiteral("contract");
    case Metric::PeopleTrained:
        return QStringLiteral("service_training");
    case Metric::EntrepreneurshipProjects:
        return QStringLiteral("entrepreneurship_projects");
    case Metric::InsuranceEnrolments:
        return QStringLiteral("service_insurance");
    case Metric::HardshipServedInPromise:
        return QStringLiteral("hardship_served_in_promise");
    case Metric::EnterprisesVisited:
    case Metric::JobFairs:
        break;
    }
    return {};
}

// A list of constant keys for an SQL IN (...): never built from user text.
inline QString sqlList(const QStringList& keys)
{
    return QLatin1Char('\'') + keys.join(QLatin1String("', '")) + QLatin1Char('\'');
}

inline QString sqlDate(const QDate& day)
{
    return QLatin1Char('\'') + day.toString(Qt::ISODate) + QLatin1Char('\'');
}

} // namespace jb::core::summarykeys
