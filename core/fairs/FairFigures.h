#pragma once
// How one row of fair figures is put together where a single number must stand for each (the monthly report's
// table, an exchange package's fair list, whose format predates fairs as records).

#include <QString>

namespace jb::core {

// SQL columns over `job_fairs f JOIN fair_figures x ON x.fair_id = f.id`, in the order of the report and the
// package: mode (the form in the package's old words: mixed → both, livestream → online), enterprises, jobs (the
// posts' headcount, 用工需求), attendees (the reported visits, 人次), intentions, contracts. Jobs, intentions and
// contracts are the larger of what is on record and the organiser's reported total: the posts and names entered are
// part of what the organiser counted. The dashboard's metrics count only the people on record (docs/metrics.md).
QString fairFigureColumns();

} // namespace jb::core
