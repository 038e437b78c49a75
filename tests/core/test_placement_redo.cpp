// Redo of referral changes (core/placement/ReferralUndo.h), as the 推荐就业 page's Edit ▸ Redo uses it: a change
// photographed right after it was applied can be put back after its undo, under the same referral id, so the later
// changes that name that referral still apply; the rows and the dashboard's figures come back exactly.

#include "PlacementTestSupport.h"
#include "core/placement/FollowUps.h"
#include "core/placement/ReferralPipeline.h"

using namespace jb::test::placement;

namespace {

struct Redo
{
    ScratchDir dir;
    PlacementCounty c{dir, QStringLiteral("redo.jobbridge")};
    PinnedDay day{QDate(2026, 3, 20)};
    qint64 worker = c.worker(QStringLiteral("张三"), QStringLiteral("2026-02-01"), c.townA);
    qint64 enterprise = c.enterprise(QStringLiteral("合肥叉车厂"), c.townA);
    qint64 post = c.post(enterprise, QStringLiteral("叉车司机"), 1);
    qint64 other = c.post(enterprise, QStringLiteral("仓管员"), 2);

    // An applied change with what redoes it (photographed right after it, as ReferralCommand does).
    struct Done
    {
        ReferralChange change;
        ReferralRedo redo;
    };
    Done done(const Expected<ReferralChange>& change)
    {
        INFO(change.error().toStdString());
        REQUIRE(change.hasValue());
        Expected<ReferralRedo> redo = snapshotAfterChange(c.db(), change->undo);
        REQUIRE(redo.hasValue());
        return {*change, *redo};
    }
    // Every row of the referrals, their stages and checks (ids included), to compare states.
    QString rows()
    {
        return scalar(c.db(),
                      QStringLiteral(
                          "SELECT (SELECT coalesce(group_concat(x, ';'), '') FROM (SELECT id || '|' || worker_id || "
                          "'|' || coalesce(vacancy_id, '') || '|' || enterprise_id || '|' || stage || '|' || "
                          "stage_on || '|' || coalesce(exit_kind, '') || '|' || coalesce(exit_reason, '') || '|' || "
                          "officer || '|' || created_at AS x FROM referrals ORDER BY id)) || '#' || (SELECT "
                          "coalesce(group_concat(x, ';'), '') FROM (SELECT id || '|' || referral_id || '|' || stage "
                          "|| '|' || occurred_on || '|' || coalesce(recorded_at, '') || '|' || coalesce(starts_on, "
                          "'') || '|' || coalesce(monthly_wage, '') AS x FROM referral_stages ORDER BY id)) || '#' || "
                          "(SELECT coalesce(group_concat(x, ';'), '') FROM (SELECT id || '|' || referral_id || '|' || "
                          "months || '|' || outcome AS x FROM retention_checks ORDER BY id))"))
            .toString();
    }
    QString state() { return rows() + QStringLiteral("@") + c.summary(); }
};

} // namespace

TEST_CASE("Start, move, undo twice, redo twice: the same rows under the same id and the same figures",
          "[placement][undo][redo]")
{
    Redo r;
    const QString empty = r.state();
    const Redo::Done start = r.done(startReferral(r.c.db(), r.worker, r.post, QDate(2026, 3, 1)));
    const qint64 id = start.change.referralId;
    const QString started = r.state();
    const Redo::Done move = r.done(moveReferral(r.c.db(), id, ReferralStage::Interviewed, QDate(2026, 3, 3)));
    const QString moved = r.state();
    CHECK(r.c.figure("recommended") == 1);
    CHECK(r.c.figure("interviewed") == 1);

    REQUIRE(undoReferralChange(r.c.db(), move.change.undo).ok());
    CHECK(r.state() == started);
    REQUIRE(undoReferralChange(r.c.db(), start.change.undo).ok());
    CHECK(r.state() == empty);
    CHECK(r.c.figure("recommended") == 0);

    REQUIRE(redoReferralChange(r.c.db(), start.redo).ok());
    CHECK(r.state() == started); // the referral is back under its id, worker and post
    REQUIRE(redoReferralChange(r.c.db(), move.redo).ok());
    CHECK(r.state() == moved);
    CHECK(r.c.figure("interviewed") == 1);
    CHECK(r.c.summary() == r.c.recounted());
    CHECK(count(r.c.db(),
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'redo' AND record_id = %1").arg(id)) ==
          2);

    // And the cycle repeats: undo after a redo still takes the change back.
    REQUIRE(undoReferralChange(r.c.db(), move.change.undo).ok());
    REQUIRE(undoReferralChange(r.c.db(), start.change.undo).ok());
    CHECK(r.state() == empty);
}

TEST_CASE("A contract, the others closed as hired elsewhere, a retention check and a correction redo exactly",
          "[placement][undo][redo]")
{
    Redo r;
    const qint64 id = r.done(startReferral(r.c.db(), r.worker, r.post, QDate(2026, 1, 5))).change.referralId;
    const qint64 second = r.done(startReferral(r.c.db(), r.worker, r.other, QDate(2026, 1, 5))).change.referralId;
    r.done(moveReferral(r.c.db(), id, ReferralStage::Intention, QDate(2026, 1, 6)));

    QVector<Redo::Done> steps;
    QStringList states{r.state()};
    steps << r.done(moveReferral(r.c.db(), id, ReferralStage::Contract, QDate(2026, 1, 8), {},
                                 ContractTerms{QDate(2026, 1, 10), 5200, 12}));
    states << r.state();
    REQUIRE(steps.last().change.otherOpenReferrals == QVector<qint64>{second});
    steps << r.done(closeAsHiredElsewhere(r.c.db(), steps.last().change.otherOpenReferrals, QDate(2026, 1, 8)));
    states << r.state();
    steps << r.done(recordRetentionCheck(r.c.db(), id, 3, CheckOutcome::StillEmployed, QDate(2026, 3, 12)));
    states << r.state();
    steps << r.done(moveReferral(r.c.db(), id, ReferralStage::Intention, QDate(2026, 3, 20)));
    states << r.state();
    CHECK(r.c.figure("contract") == 0);

    for (int i = steps.size() - 1; i >= 0; --i) {
        REQUIRE(undoReferralChange(r.c.db(), steps[i].change.undo).ok());
        CHECK(r.state() == states[i]);
    }
    for (int i = 0; i < steps.size(); ++i) {
        REQUIRE(redoReferralChange(r.c.db(), steps[i].redo).ok());
        CHECK(r.state() == states[i + 1]);
    }
    CHECK(r.c.summary() == r.c.recounted());
}

TEST_CASE("Redo with nothing photographed is refused", "[placement][undo][redo]")
{
    Redo r;
    const Status st = redoReferralChange(r.c.db(), ReferralRedo{});
    REQUIRE_FALSE(st.ok());
    CHECK_FALSE(st.error().isEmpty());
}
