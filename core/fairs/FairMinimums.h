#pragma once
// The plan's minimum numbers of job fairs per organiser (e.g. "3831": a county at least 20 a year and 15 in the
// concentrated phase), entered as `job_fairs` targets by organisation and period: for each direct sub-unit, the
// fairs it held against its minimum, and the organisation's own line (its own minimum, not the sum of its
// sub-units'). The figures are those of loadProgress (core/metrics/Progress.h): in a city or province file the
// children's fairs come from their received packages (core/metrics/ReceivedFigures.h), as every sub-unit figure
// does. The dashboard and the monthly report (documents/ReportFairMinimums) both show these rows.

#include "core/domain/Organisation.h"
#include "core/metrics/Progress.h"

#include <QVector>
#include <optional>

namespace jb::core {

struct FairMinimumFigures
{
    qint64 held = 0;
    std::optional<double> minimum; // none: no job_fairs target set for the unit and period
};

struct FairMinimumRow
{
    Organisation org;
    bool whole = false; // the organisation's own line (last)
    FairMinimumFigures period;
    FairMinimumFigures phase; // only with FairMinimums::withPhase
};

struct FairMinimums
{
    QVector<FairMinimumRow> rows; // the sub-units in the progress's order, then the organisation's own line
    bool withPhase = false;
};

// The rows for `period` and, when given and a minimum is set in it, for `phase` (the monthly report: the year to
// date and the phase overlapping the month). A sub-unit that neither held fairs nor has a minimum (a town under a
// county) is left out. None when no minimum is set anywhere: the table would say nothing.
std::optional<FairMinimums> fairMinimums(const Progress& period, const Progress* phase = nullptr);

} // namespace jb::core
