// Schema version 13: the contract's start day on the referral (issue 13: the referral list's first window, any
// filter, ≤ 100 ms at 589k referrals; bench/referral_list.sh). The list's "contract signed" (not yet stable),
// "stable employment" and "follow-up due" filters read each contract's start day; through referral_stages that was
// one probe per contract referral into the two million stage rows (132, 653 and 326 ms). `referrals.contract_on`
// holds the earliest start day (the start date, else the day the contract was signed) of the referral's contract
// rows, NULL when it has none — the same day the old EXISTS over referral_stages read: the pipeline writes at most
// one contract row per referral (a correction deletes it, an undo puts the rows back). Triggers on referral_stages
// keep it right whoever writes the stage rows (the pipeline, its undo and redo, corrections, imports, package
// imports, fairs); the upgrade fills it for existing files; the index lets the list count and walk a stage's
// referrals by day testing the start day in the index, without reading the referrals. The id comes before the start
// day in it: a stage's entries stay in (day, id) order, the list's order, so SQLite still stops at the window's end
// ("open", a list of three stages, took 100 ms instead of 15 with the start day before the id).

#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

namespace jb::core::schema {

namespace {

// The referral's earliest contract start, recounted from its stage rows (`who` names the referral's id).
QString contractOnRecount(const QString& who)
{
    return QStringLiteral("UPDATE referrals SET contract_on = (SELECT min(coalesce(s.starts_on, s.occurred_on)) FROM "
                          "referral_stages s WHERE s.referral_id = referrals.id AND s.stage = 'contract') WHERE id "
                          "IN (%1);")
        .arg(who);
}

} // namespace

QStringList contractOnTriggerStatements()
{
    return {
        QStringLiteral("CREATE TRIGGER referral_contract_on_insert AFTER INSERT ON referral_stages WHEN NEW.stage = "
                       "'contract' BEGIN ") +
            contractOnRecount(QStringLiteral("NEW.referral_id")) + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER referral_contract_on_delete AFTER DELETE ON referral_stages WHEN OLD.stage = "
                       "'contract' BEGIN ") +
            contractOnRecount(QStringLiteral("OLD.referral_id")) + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER referral_contract_on_update AFTER UPDATE OF referral_id, stage, occurred_on, "
                       "starts_on ON referral_stages WHEN OLD.stage = 'contract' OR NEW.stage = 'contract' BEGIN ") +
            contractOnRecount(QStringLiteral("OLD.referral_id, NEW.referral_id")) + QStringLiteral(" END"),
    };
}

QStringList dropContractOnTriggerStatements()
{
    return {
        QStringLiteral("DROP TRIGGER IF EXISTS referral_contract_on_insert"),
        QStringLiteral("DROP TRIGGER IF EXISTS referral_contract_on_delete"),
        QStringLiteral("DROP TRIGGER IF EXISTS referral_contract_on_update"),
    };
}

QString contractOnFillStatement()
{
    return contractOnRecount(QStringLiteral("SELECT referral_id FROM referral_stages WHERE stage = 'contract'"))
        .chopped(1);
}

Status upgradeToVersion13(QSqlDatabase& db)
{
    QStringList statements{
        QStringLiteral("ALTER TABLE referrals ADD COLUMN contract_on TEXT"), contractOnFillStatement(),
        QStringLiteral("CREATE INDEX referrals_contract_day ON referrals(stage, exit_kind, "
                       "stage_on, id, contract_on)"),
        // One officer's referrals at some stages counted in the index, without reading 98k rows.
        QStringLiteral("CREATE INDEX referrals_officer_stage ON referrals(officer, stage, exit_kind)")};
    statements << contractOnTriggerStatements();
    return execStatements(db, statements, QStringLiteral("schema v13"));
}

} // namespace jb::core::schema
