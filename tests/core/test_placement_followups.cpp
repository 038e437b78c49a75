// Retention checks at the follow-up months after a contract starts, and stale referrals (core/placement/FollowUps.h).

#include "PlacementTestSupport.h"
#include "core/placement/FollowUps.h"
#include "core/settings/PlacementSettings.h"

using namespace jb::test::placement;

TEST_CASE("Retention checks fall due at 3 and 6 months; a check that reaches no one stays due",
          "[placement][followups]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("followups.jobbridge"));
    PinnedDay day(QDate(2026, 7, 10));
    const qint64 w = c.worker(QStringLiteral("李强"), QStringLiteral("2025-12-01"));
    const qint64 v = c.post(c.enterprise(QStringLiteral("合力叉车")), QStringLiteral("叉车司机"));
    const qint64 id = startReferral(c.db(), w, v, QDate(2026, 1, 2))->referralId;
    REQUIRE(moveReferral(c.db(), id, ReferralStage::Intention, QDate(2026, 1, 3)).hasValue());
    REQUIRE(moveReferral(c.db(), id, ReferralStage::Contract, QDate(2026, 1, 4), {}, {QDate(2026, 1, 5), {}, {}})
                .hasValue());

    CHECK(followUpsDue(c.db(), QDate(2026, 4, 4))->isEmpty());
    Expected<QVector<FollowUpDue>> due = followUpsDue(c.db(), QDate(2026, 4, 5));
    REQUIRE(due->size() == 1);
    CHECK(due->at(0).months == 3);
    CHECK(due->at(0).dueOn == QDate(2026, 4, 5));
    CHECK(due->at(0).workerName == QStringLiteral("李强"));

    REQUIRE(recordRetentionCheck(c.db(), id, 3, CheckOutcome::NotReached, QDate(2026, 4, 6)).hasValue());
    due = followUpsDue(c.db(), QDate(2026, 4, 7));
    REQUIRE(due->size() == 1);
    CHECK(due->at(0).attempts == 1);
    const Expected<ReferralChange> employed =
        recordRetentionCheck(c.db(), id, 3, CheckOutcome::StillEmployed, QDate(2026, 4, 8));
    REQUIRE(employed.hasValue());
    CHECK(followUpsDue(c.db(), QDate(2026, 4, 8))->isEmpty());
    REQUIRE(undoReferralChange(c.db(), employed->undo).ok());
    CHECK(followUpsDue(c.db(), QDate(2026, 4, 8))->size() == 1);
    REQUIRE(recordRetentionCheck(c.db(), id, 3, CheckOutcome::StillEmployed, QDate(2026, 4, 8)).hasValue());

    due = followUpsDue(c.db(), QDate(2026, 7, 5));
    REQUIRE(due->size() == 1);
    CHECK(due->at(0).months == 6);
    CHECK(c.figure("stable_employment") == 1);
    CHECK_FALSE(recordRetentionCheck(c.db(), id, 6, CheckOutcome::Left, QDate(2026, 7, 6)).hasValue()); // no reason
    const Expected<ReferralChange> left =
        recordRetentionCheck(c.db(), id, 6, CheckOutcome::Left, QDate(2026, 7, 6), QStringLiteral("resigned"));
    REQUIRE(left.hasValue());
    CHECK(c.figure("left") == 1);
    CHECK(c.figure("stable_employment") == 1); // left after the three months were complete
    CHECK(followUpsDue(c.db(), QDate(2026, 7, 10))->isEmpty());
    const QString afterLeft = c.summary();
    REQUIRE(undoReferralChange(c.db(), left->undo).ok());
    CHECK(c.figure("left") == 0);
    CHECK(c.summary() != afterLeft);
    CHECK(c.summary() == c.recounted());

    // Another setting: a single check at 12 months.
    REQUIRE(changeSettings(c.db(), {{setting::followUpMonths, QStringLiteral("12")}}).ok());
    CHECK(followUpsDue(c.db(), QDate(2026, 7, 10))->isEmpty());
    CHECK(followUpsDue(c.db(), QDate(2027, 1, 5))->size() == 1);
}

TEST_CASE("A referral with no change for the stale days at its stage is stale", "[placement][followups]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("stale.jobbridge"));
    PinnedDay day(QDate(2026, 3, 20));
    const qint64 w = c.worker(QStringLiteral("张伟"), QStringLiteral("2026-02-01"));
    const qint64 e = c.enterprise(QStringLiteral("江淮汽车"));
    const qint64 a = startReferral(c.db(), w, c.post(e, QStringLiteral("装配工")), QDate(2026, 3, 1))->referralId;
    const qint64 b = startReferral(c.db(), w, c.post(e, QStringLiteral("焊工")), QDate(2026, 3, 10))->referralId;
    Expected<QVector<StaleReferral>> stale = staleReferrals(c.db(), QDate(2026, 3, 20));
    REQUIRE(stale->size() == 1);
    CHECK(stale->at(0).referralId == a);
    CHECK(stale->at(0).daysAtStage == 19);
    REQUIRE(moveReferral(c.db(), a, ReferralStage::Interviewed, QDate(2026, 3, 18)).hasValue());
    CHECK(staleReferrals(c.db(), QDate(2026, 3, 20))->isEmpty());
    CHECK(staleReferrals(c.db(), QDate(2026, 3, 24))->size() == 1); // b: 14 days at its stage
    REQUIRE(changeSettings(c.db(), {{setting::staleDays, QStringLiteral("30")}}).ok());
    CHECK(staleReferrals(c.db(), QDate(2026, 3, 24))->isEmpty());
    REQUIRE(
        exitReferral(c.db(), b, ReferralExit::Withdrawn, QDate(2026, 3, 20), QStringLiteral("unreachable")).hasValue());
    CHECK(staleReferrals(c.db(), QDate(2026, 6, 1))->size() == 1); // an ended referral is never stale
}
