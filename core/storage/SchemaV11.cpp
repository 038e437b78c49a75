// Schema version 11: early warning (预警, issue 14 item 4). An officer who has dealt with a warning marks it handled,
// saying why; the mark remembers the condition it was made for (core/warnings/WarningMarks.h), so the warning comes
// back only when that condition returns. Two indexes keep the page's counts within their 200 ms on a million
// workers: workers by status and last contact (the stale workers are a range per status, counted in the index), and
// the open referrals by stage and day (the stale referrals, counted without reading the referrals); and each
// enterprise's snapshots with their gap (the growing gaps, read from the index in order without the table).

#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

namespace jb::core::schema {

Status upgradeToVersion11(QSqlDatabase& db)
{
    return execStatements(db,
                          {
                              QStringLiteral(R"(CREATE TABLE warning_marks (
        id          INTEGER PRIMARY KEY,
        section     TEXT NOT NULL CHECK (section IN ('promise','followups','stale_referrals','stale_workers',
                                                     'stale_enterprises','flags','gap_growing')),
        subject_id  INTEGER NOT NULL,
        condition   TEXT NOT NULL DEFAULT '',
        handled_on  TEXT NOT NULL,
        officer     TEXT NOT NULL DEFAULT '',
        reason      TEXT NOT NULL,
        recorded_at TEXT NOT NULL))"),
                              QStringLiteral("CREATE INDEX warning_marks_subject ON warning_marks(section, subject_id, "
                                             "handled_on)"),
                              QStringLiteral("CREATE INDEX workers_status_contact ON workers(employment_status_id, "
                                             "last_contact_on)"),
                              QStringLiteral("CREATE INDEX demand_snapshots_gap ON demand_snapshots(enterprise_id, "
                                             "recorded_on, gap)"),
                              QStringLiteral("CREATE INDEX referrals_open_stage ON referrals(stage, stage_on) WHERE "
                                             "exit_kind IS NULL"),
                          },
                          QStringLiteral("schema v11"));
}

} // namespace jb::core::schema
