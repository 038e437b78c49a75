#pragma once
// Progress of one organisation (its whole subtree) over one period: every metric against its target and the pace
// expected by the day asked for, the cumulative course of each metric, the figures per direct sub-unit (each with
// its own targets) and per key group, the referral funnel, the one-week promise and fairs by organiser level.
// The dashboard, `jobbridge-cli metrics` and the monthly report all read this one structure.

#include "core/Expected.h"
#include "core/domain/MetricCatalog.h"
#include "core/domain/Organisation.h"
#include "core/domain/Period.h"
#include "core/metrics/Pace.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace jb::core {

struct MetricProgress
{
    Metric metric = Metric::EnterprisesVisited;
    qint64 actual = 0;
    std::optional<double> target;         // the organisation's own target for the period
    std::optional<double> subUnitTargets; // the sum of its direct sub-units' targets, when any are set
    Pace pace;
};

struct CumulativePoint
{
    QDate day;
    qint64 total = 0; // everything from the period's start up to and including `day`
};

struct SubUnitFigures
{
    Organisation org;
    QHash<QString, qint64> actual; // by metric key (every metric present)
    QHash<QString, double> target; // by metric key (only those set)
};

struct KeyGroupFigures
{
    qint64 keyGroupId = 0;
    QString code;
    QString nameZh;
    QString nameEn;
    QHash<QString, qint64> actual; // by metric key, for the metrics that count people
};

struct PromiseFigures
{
    qint64 registered = 0;      // hardship cases registered in the period
    qint64 servedInPromise = 0; // first recommendation in the period, within the promise days
    qint64 servedLate = 0;      // first recommendation in the period, after the promise days
    qint64 due = 0;             // as of the day asked for: waiting, deadline not yet passed
    qint64 overdue = 0;         // as of the day asked for: waiting, deadline passed
    int promiseDays = 7;
};

struct FairLevelCount
{
    QString level; // "province", "city", "county", "industry"
    qint64 fairs = 0;
};

struct Progress
{
    Organisation org;
    Period period;
    QDate asOf;                      // the day asked for, clamped to the period: records dated later are not counted
    QVector<MetricProgress> metrics; // in metricCatalog() order
    QHash<QString, QVector<CumulativePoint>> cumulative; // by metric key; one point per day with records
    QVector<SubUnitFigures> bySubUnit;                   // direct sub-units, by code
    QVector<KeyGroupFigures> byKeyGroup;                 // by the key groups' sort order
    QVector<qint64> funnel;                              // per funnelStages(), referrals reaching each stage
    PromiseFigures promise;
    QVector<FairLevelCount> fairsByLevel;

    const MetricProgress& figure(Metric metric) const;
};

// Computes the progress of `orgId` and its sub-units over `period` as of `today`.
Expected<Progress> loadProgress(QSqlDatabase db, qint64 orgId, const Period& period, const QDate& today);

} // namespace jb::core
