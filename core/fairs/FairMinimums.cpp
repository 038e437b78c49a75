// Fairs held against each organiser's minimum, from the progress figures.

#include "core/fairs/FairMinimums.h"

namespace jb::core {

namespace {

const QString& fairsKey()
{
    static const QString key = metricInfo(Metric::JobFairs).key;
    return key;
}

FairMinimumFigures organisationFigures(const Progress& p)
{
    // By search, not by index: a progress read back from a report's JSON may lack metrics.
    for (const MetricProgress& m : p.metrics)
        if (m.metric == Metric::JobFairs)
            return {m.actual, m.target};
    return {};
}

FairMinimumFigures subUnitFigures(const Progress& p, const QString& orgCode)
{
    for (const SubUnitFigures& s : p.bySubUnit)
        if (s.org.code == orgCode)
            return {s.actual.value(fairsKey()),
                    s.target.contains(fairsKey()) ? std::optional<double>(s.target.value(fairsKey())) : std::nullopt};
    return {};
}

bool anyMinimum(const Progress& p)
{
    if (organisationFigures(p).minimum)
        return true;
    for (const SubUnitFigures& s : p.bySubUnit)
        if (s.target.contains(fairsKey()))
            return true;
    return false;
}

bool saysNothing(const FairMinimumFigures& f)
{
    return f.held == 0 && !f.minimum;
}

} // namespace

std::optional<FairMinimums> fairMinimums(const Progress& period, const Progress* phase)
{
    FairMinimums result;
    result.withPhase = phase && anyMinimum(*phase);
    if (!anyMinimum(period) && !result.withPhase)
        return std::nullopt;
    for (const SubUnitFigures& s : period.bySubUnit) {
        FairMinimumRow row{s.org, false, subUnitFigures(period, s.org.code), {}};
        if (result.withPhase)
            row.phase = subUnitFigures(*phase, s.org.code);
        if (saysNothing(row.period) && saysNothing(row.phase))
            continue;
        result.rows << row;
    }
    FairMinimumRow own{period.org, true, organisationFigures(period), {}};
    if (result.withPhase)
        own.phase = organisationFigures(*phase);
    result.rows << own;
    return result;
}

} // namespace jb::core
