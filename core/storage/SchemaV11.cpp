// Schema version 11: early warning (预警, issue 14 item 4). An officer who has dealt with a warning marks it handled,
// saying why; the mark remembers the condition it was made for (core/warnings/WarningMarks.h), so the warning comes
// back only when that condition returns. Two indexes keep the page's counts within their 200 ms on a million
// workers: workers by status and last contact (the stale workers are a range per status, counted in the index), and
// the open referrals by stage and day (the stale referrals, counted without reading the referrals); and each
// enterprise's snapshots with their gap (the last two of each read from the index without the table); and the
// contracts' start days (the retention checks due, without reading the two million stage rows).

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
                                             "recorded_on, id, gap)"),
                              QStringLiteral("CREATE INDEX referral_stages_contract ON referral_stages(referral_id, "
                                             "starts_on, occurred_on) WHERE stage = 'contract'"),
                              QStringLiteral("CREATE INDEX referrals_open_stage ON referrals(stage, stage_on) WHERE "
                                             "exit_kind IS NULL"),
                          },
                          QStringLiteral("schema v11"));
}

} // namespace jb::core::schema
