// The referral pipeline (core/placement/ReferralPipeline.h): every stage forward by the transition table, a
// correction backwards, side exits with reasons from reference data, a contract's offers (the person's other open
// referrals, the post's headcount), and undo: each change done and undone leaves every figure as it was.

#include "PlacementTestSupport.h"
#include "core/placement/ReferralPipeline.h"

using namespace jb::test::placement;

namespace {

struct Pipeline
{
    ScratchDir dir;
    PlacementCounty c{dir, QStringLiteral("pipeline.jobbridge")};
    PinnedDay day{QDate(2026, 3, 20)};
    qint64 worker = c.worker(QStringLiteral("王芳"), QStringLiteral("2026-02-01"), c.townA);
    qint64 enterprise = c.enterprise(QStringLiteral("皖能电子"), c.townA);
    qint64 post = c.post(enterprise, QStringLiteral("装配工"), 1);
    qint64 other = c.post(enterprise, QStringLiteral("质检员"), 3);

    qint64 started(qint64 vacancy, const QDate& on)
    {
        const Expected<ReferralChange> r = startReferral(c.db(), worker, vacancy, on);
        REQUIRE(r.hasValue());
        return r->referralId;
    }
    ReferralChange moved(qint64 id, ReferralStage to, const QDate& on, const QString& reason = {},
                         const ContractTerms& terms = {})
    {
        Expected<ReferralChange> r = moveReferral(c.db(), id, to, on, reason, terms);
        INFO(r.error().toStdString());
        REQUIRE(r.hasValue());
        return *r;
    }
    QString stageOf(qint64 id)
    {
        return scalar(c.db(),
                      QStringLiteral("SELECT stage || coalesce('/' || exit_kind, '') FROM referrals WHERE id = %1")
                          .arg(id))
            .toString();
    }
};

} // namespace

TEST_CASE("A referral goes through every stage and the funnel follows each step", "[placement][pipeline]")
{
    Pipeline p;
    const qint64 id = p.started(p.post, QDate(2026, 3, 1));
    CHECK(p.c.figure("recommended") == 1);
    p.moved(id, ReferralStage::Interviewed, QDate(2026, 3, 3));
    p.moved(id, ReferralStage::Intention, QDate(2026, 3, 5));
    CHECK(p.c.figure("interviewed") == 1);
    CHECK(p.c.figure("intention") == 1);
    CHECK(p.c.figure("contract") == 0);

    const qint64 second = p.started(p.other, QDate(2026, 3, 4));
    const ReferralChange contract =
        p.moved(id, ReferralStage::Contract, QDate(2026, 3, 6), {}, ContractTerms{QDate(2026, 3, 9), 5200, 12});
    CHECK(p.c.figure("contract") == 1);
    CHECK(contract.otherOpenReferrals == QVector<qint64>{second});
    CHECK(contract.hired == 1);
    CHECK(contract.headcount == 1);
    CHECK(contract.postFilled);
    CHECK(count(p.c.db(), QStringLiteral("SELECT count(*) FROM referral_stages WHERE stage = 'contract' AND starts_on "
                                         "= '2026-03-09' AND monthly_wage = 5200 AND term_months = 12 AND "
                                         "recorded_at IS NOT NULL")) == 1);
    // Stable employment is derived: three months after the contract starts, never stored.
    CHECK(count(p.c.db(), QStringLiteral("SELECT count(*) FROM activity_daily WHERE metric = 'stable_employment' AND "
                                         "day = '2026-06-09' AND key_group_id = 0 AND org_id = %1")
                              .arg(p.c.home)) == 1);
    CHECK(count(p.c.db(), QStringLiteral("SELECT count(*) FROM referral_stages WHERE stage = 'stable'")) == 0);

    {
        PinnedDay later(QDate(2026, 5, 2));
        p.moved(id, ReferralStage::Left, QDate(2026, 5, 1), QStringLiteral("resigned"));
    }
    CHECK(p.c.figure("left") == 1);
    CHECK(p.c.figure("stable_employment") == 0); // left before the three months were complete
    CHECK(p.stageOf(id) == QStringLiteral("left"));
    CHECK(count(p.c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'referrals' AND "
                                         "record_id = %1")
                              .arg(id)) == 5);
    CHECK(p.c.summary() == p.c.recounted());
}

TEST_CASE("The transition table refuses skips, days out of order and a departure without a reason",
          "[placement][pipeline]")
{
    Pipeline p;
    const qint64 id = p.started(p.post, QDate(2026, 3, 1));
    CHECK_FALSE(moveReferral(p.c.db(), id, ReferralStage::Contract, QDate(2026, 3, 2)).hasValue());
    CHECK_FALSE(moveReferral(p.c.db(), id, ReferralStage::Left, QDate(2026, 3, 2)).hasValue());
    CHECK_FALSE(moveReferral(p.c.db(), id, ReferralStage::Interviewed, QDate(2026, 2, 27)).hasValue());
    CHECK_FALSE(moveReferral(p.c.db(), id, ReferralStage::Interviewed, QDate(2026, 3, 21)).hasValue()); // after today
    CHECK_FALSE(moveReferral(p.c.db(), id, ReferralStage::Recommended, QDate(2026, 3, 2)).hasValue());  // already
    CHECK_FALSE(startReferral(p.c.db(), p.worker, p.post, QDate(2026, 3, 2)).hasValue()); // one open referral a post
    p.moved(id, ReferralStage::Intention, QDate(2026, 3, 2)); // an intention may follow the recommendation directly
    p.moved(id, ReferralStage::Contract, QDate(2026, 3, 3));
    const Expected<ReferralChange> noReason = moveReferral(p.c.db(), id, ReferralStage::Left, QDate(2026, 3, 10));
    REQUIRE_FALSE(noReason.hasValue());
    CHECK(noReason.error().contains(QStringLiteral("原因")));
    CHECK(p.stageOf(id) == QStringLiteral("contract"));
}

TEST_CASE("A correction backwards is audited and every figure follows it; undo restores them",
          "[placement][pipeline][undo]")
{
    Pipeline p;
    const qint64 id = p.started(p.post, QDate(2026, 1, 5));
    p.moved(id, ReferralStage::Intention, QDate(2026, 1, 6));
    p.moved(id, ReferralStage::Contract, QDate(2026, 1, 8));
    CHECK(p.c.figure("contract") == 1);
    CHECK(p.c.figure("stable_employment") == 1);
    const QString withContract = p.c.summary();

    const ReferralChange corrected = p.moved(id, ReferralStage::Intention, QDate(2026, 3, 20));
    CHECK(corrected.correction);
    CHECK(p.stageOf(id) == QStringLiteral("intention"));
    CHECK(p.c.figure("contract") == 0);
    CHECK(p.c.figure("stable_employment") == 0);
    CHECK(p.c.figure("intention") == 1);
    CHECK(scalar(p.c.db(), QStringLiteral("SELECT stage_on FROM referrals WHERE id = %1").arg(id)).toString() ==
          QStringLiteral("2026-01-06")); // the intention keeps its own day
    CHECK(count(p.c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'correct' AND record_id = %1 "
                                         "AND old_value = 'contract' AND new_value = 'intention'")
                              .arg(id)) == 1);
    CHECK(p.c.summary() == p.c.recounted());

    REQUIRE(undoReferralChange(p.c.db(), corrected.undo).ok());
    CHECK(p.stageOf(id) == QStringLiteral("contract"));
    CHECK(p.c.summary() == withContract);
}

TEST_CASE("Each change done and undone leaves the figures as they were", "[placement][pipeline][undo]")
{
    Pipeline p;
    const QString empty = p.c.summary();
    const Expected<ReferralChange> start = startReferral(p.c.db(), p.worker, p.post, QDate(2026, 3, 1));
    REQUIRE(start.hasValue());
    CHECK(p.c.summary() != empty);
    REQUIRE(undoReferralChange(p.c.db(), start->undo).ok());
    CHECK(p.c.summary() == empty);
    CHECK(count(p.c.db(), QStringLiteral("SELECT count(*) FROM referrals")) == 0);

    const qint64 id = p.started(p.post, QDate(2026, 3, 1));
    const QString recommended = p.c.summary();
    for (ReferralStage to : {ReferralStage::Interviewed, ReferralStage::Intention, ReferralStage::Contract}) {
        const QString before = p.c.summary();
        const ReferralChange change = p.moved(id, to, QDate(2026, 3, 10));
        CHECK(p.c.summary() != before);
        REQUIRE(undoReferralChange(p.c.db(), change.undo).ok());
        CHECK(p.c.summary() == before);
        p.moved(id, to, QDate(2026, 3, 10)); // and on to the next stage
    }
    CHECK(p.c.figure("contract") == 1);
    CHECK(p.c.summary() == p.c.recounted());
    CHECK(recommended != p.c.summary());
}

TEST_CASE("Side exits need a reason in use; a contract offers to close the other open referrals",
          "[placement][pipeline]")
{
    Pipeline p;
    const qint64 first = p.started(p.post, QDate(2026, 3, 1));
    const qint64 second = p.started(p.other, QDate(2026, 3, 1));
    CHECK_FALSE(exitReferral(p.c.db(), second, ReferralExit::Declined, QDate(2026, 3, 2), {}).hasValue());
    CHECK_FALSE(
        exitReferral(p.c.db(), second, ReferralExit::Declined, QDate(2026, 3, 2), QStringLiteral("salary")).hasValue());
    execBound(p.c.db(), QStringLiteral("UPDATE reference_items SET retired = 1 WHERE list = "
                                       "'referral_decline_reason' AND code = 'distance'"));
    CHECK_FALSE(exitReferral(p.c.db(), second, ReferralExit::Declined, QDate(2026, 3, 2), QStringLiteral("distance"))
                    .hasValue()); // retired reasons are not offered
    const Expected<ReferralChange> declined =
        exitReferral(p.c.db(), second, ReferralExit::Declined, QDate(2026, 3, 2), QStringLiteral("wage"));
    REQUIRE(declined.hasValue());
    CHECK(p.stageOf(second) == QStringLiteral("recommended/declined"));
    CHECK_FALSE(moveReferral(p.c.db(), second, ReferralStage::Interviewed, QDate(2026, 3, 3)).hasValue());
    // Correcting an exited referral back to its stage reopens it; undo ends it again.
    const ReferralChange reopened = p.moved(second, ReferralStage::Recommended, QDate(2026, 3, 3));
    CHECK(p.stageOf(second) == QStringLiteral("recommended"));
    REQUIRE(undoReferralChange(p.c.db(), reopened.undo).ok());
    CHECK(p.stageOf(second) == QStringLiteral("recommended/declined"));
    REQUIRE(undoReferralChange(p.c.db(), declined->undo).ok());

    p.moved(first, ReferralStage::Intention, QDate(2026, 3, 4));
    const ReferralChange contract = p.moved(first, ReferralStage::Contract, QDate(2026, 3, 5));
    REQUIRE(contract.otherOpenReferrals == QVector<qint64>{second});
    const QString before = p.c.summary();
    const Expected<ReferralChange> closed =
        closeAsHiredElsewhere(p.c.db(), contract.otherOpenReferrals, QDate(2026, 3, 5));
    REQUIRE(closed.hasValue());
    CHECK(p.stageOf(second) == QStringLiteral("recommended/hired_elsewhere"));
    CHECK(p.c.summary() == before); // an exit moves no figure
    CHECK_FALSE(exitReferral(p.c.db(), first, ReferralExit::Withdrawn, QDate(2026, 3, 6), QStringLiteral("other"))
                    .hasValue()); // a contract ends by leaving
    REQUIRE(undoReferralChange(p.c.db(), closed->undo).ok());
    CHECK(p.stageOf(second) == QStringLiteral("recommended"));
}
