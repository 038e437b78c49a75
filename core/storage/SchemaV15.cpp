// Schema version 15: the count summaries (core/storage/CountSummaries.h; issue 14 "Speed"; versions 13 and 14 are
// assigned to other work in progress). Measured on the 1M demo before them (bench/services_list.sh,
// bench/warnings.sh): the services list filtered by the migrant-worker key group 524 / 622 ms (first / middle
// window), the per-kind totals of the year with distinct people 1,329 ms, and early warning's counts 361 ms in all,
// of which the growing gaps 104 and the stale enterprises 90 ms. The summaries are derived only: filling them
// changes no record, so every figure stays as it was (tests/core/test_count_summaries.cpp recounts them).
// One index besides: services by unit, kind and day, so a list filtered by a kind and a sub-unit reads that kind's
// services of the unit's organisations in their day range (by the kind's index alone, each of the kind's 72k
// insurance enrolments of the phase was read from the table to test its unit: 360 ms for an empty list).
#include "core/storage/CountSummaries.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

namespace jb::core::schema {

Status upgradeToVersion15(QSqlDatabase& db)
{
    if (Status s = counts::create(db); !s)
        return s;
    return execStatements(db,
                          {QStringLiteral("CREATE INDEX services_org_type_date ON services(org_id, service_type_id, "
                                          "provided_on)")},
                          QStringLiteral("schema v15"));
}

} // namespace jb::core::schema
