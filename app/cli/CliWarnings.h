#pragma once
// The CLI's early warning (issue 14 item 4), through core/warnings as the 预警 page uses it:
//   warnings DB [--today D] [--limit N] [--json]
//       `sections`, in the page's order, each {key, name, built, count, records}: key is promise, followups,
//       stale_referrals, stale_workers, stale_enterprises, flags or gap_growing; count is every warning of the
//       section (handled ones left out); records are the first N (default 200), the most overdue first, each
//       {what, who, enterprise, started_on, days_overdue, subject_id, opens: {kind: worker|enterprise, id}} and,
//       for wage arrears, amount_yuan and people_affected.

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runWarnings(const QStringList& args, CliOutput& io);

} // namespace jb::cli
