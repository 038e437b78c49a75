// Schema version 12: the referral list's indexes (issue 13: the 推荐就业 page's first window, any filter and any
// sort, ≤ 100 ms at 589k referrals; bench/referral_list.sh). Measured before them: counting one stage read every
// referral at that stage from the table to test exit_kind (520 ms for "recommended"), an exit filter read the whole
// table (120 ms for none), and sorting by the stage day, the officer or an enterprise's name sorted every referral
// (300–450 ms), and by post 400–500 ms, by stage 180 ms; one officer's referrals latest first 150 ms. With (stage,
// exit_kind, stage_on) a stage's count and its window by day are read from the index alone; with (stage, exit_kind)
// each stage's referrals are read in id order, so the list sorted by stage merges them and stops at the window; the
// others let the list walk referrals (or enterprises, or posts) already in the column's order and stop at the window.
// Indexes only: no row changes, so every figure stays as it was.

#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

namespace jb::core::schema {

QStringList referralListIndexStatements()
{
    return {
        QStringLiteral("CREATE INDEX referrals_stage_exit ON referrals(stage, exit_kind, stage_on)"),
        QStringLiteral("CREATE INDEX referrals_stage_exit_id ON referrals(stage, exit_kind)"),
        QStringLiteral("CREATE INDEX referrals_exit ON referrals(exit_kind, stage_on) WHERE exit_kind IS NOT NULL"),
        QStringLiteral("CREATE INDEX referrals_stage_on ON referrals(stage_on)"),
        QStringLiteral("CREATE INDEX referrals_officer ON referrals(officer)"),
        QStringLiteral("CREATE INDEX referrals_officer_day ON referrals(officer, stage_on)"),
        QStringLiteral("CREATE INDEX enterprises_name_order ON enterprises(name)"),
        QStringLiteral("CREATE INDEX vacancies_title ON vacancies(title)"),
    };
}

Status upgradeToVersion12(QSqlDatabase& db)
{
    return execStatements(db, referralListIndexStatements(), QStringLiteral("schema v12"));
}

} // namespace jb::core::schema
