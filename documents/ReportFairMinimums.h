#pragma once
// The plan's minimum numbers of job fairs per organiser (e.g. "3831": a county at least 20 a year and 15 in the
// concentrated phase), entered as `job_fairs` targets by organisation and period: each sub-unit's fairs held against
// its minimum, for the year and for the phase overlapping the month, and the organisation's own line. In a city or
// province file the children's fairs come from their packages (core/metrics/ReceivedFigures), as every sub-unit
// figure does. Internal to jb_documents.

#include "core/reports/MonthlyReport.h"
#include "documents/ReportTables.h"

#include <optional>

namespace jb::report::sections {

// None when no minimum is set anywhere: the table would say nothing.
std::optional<ReportTable> fairMinimums(const core::MonthlyReport& r);

} // namespace jb::report::sections
