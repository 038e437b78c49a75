// What the referral list keeps stored so that its large filters stay fast (SchemaV13.cpp, SchemaV14.cpp): the
// contract's start day on the referral and the referrals per key group. Each stored value equals a recount from the
// records after every kind of change — the pipeline's steps, their undo and redo, a correction, a retention check,
// key groups joined and left, a merge moving a referral, a person deleted — and the stable-employment filter, read
// in two parts, gives the rows and the order one statement over every referral gives.

#include "PlacementTestSupport.h"
#include "core/placement/FollowUps.h"
#include "core/placement/ReferralList.h"
#include "core/placement/ReferralPipeline.h"

#include <algorithm>

using namespace jb::test::placement;

namespace {

struct Stored
{
    ScratchDir dir;
    PlacementCounty c{dir, QStringLiteral("stored.jobbridge")};
    PinnedDay day{QDate(2026, 9, 30)};
    qint64 migrant = c.item("key_group", "migrant_worker");
    qint64 disabled = c.item("key_group", "disabled");
    qint64 wang = c.worker(QStringLiteral("王芳"), QStringLiteral("2026-01-01"), c.townA, 1);
    qint64 li = c.worker(QStringLiteral("李强"), QStringLiteral("2026-01-01"), c.townB, 2);
    qint64 plant = c.enterprise(QStringLiteral("皖能电子"), c.townA);
    qint64 fitter = c.post(plant, QStringLiteral("装配工"), 5);
    qint64 driver = c.post(plant, QStringLiteral("叉车司机"), 5);

    // Referrals whose stored start day differs from the earliest contract start of their stage rows.
    qint64 wrongStarts()
    {
        return count(c.db(), QStringLiteral("SELECT count(*) FROM referrals r WHERE r.contract_on IS NOT (SELECT "
                                            "min(coalesce(s.starts_on, s.occurred_on)) FROM referral_stages s WHERE "
                                            "s.referral_id = r.id AND s.stage = 'contract')"));
    }
    // The stored referrals per key group and the recount from the records, as text to compare.
    QString keyGroupCounts()
    {
        return scalar(c.db(), QStringLiteral("SELECT coalesce(group_concat(key_group_id || ':' || referrals, ';'), "
                                             "'') FROM (SELECT * FROM referral_key_group_counts WHERE referrals <> 0 "
                                             "ORDER BY key_group_id)"))
            .toString();
    }
    QString keyGroupRecount()
    {
        return scalar(c.db(),
                      QStringLiteral("SELECT coalesce(group_concat(g || ':' || n, ';'), '') FROM (SELECT "
                                     "g.key_group_id AS g, count(*) AS n FROM worker_key_groups g JOIN referrals r ON "
                                     "r.worker_id = g.worker_id GROUP BY g.key_group_id ORDER BY g.key_group_id)"))
            .toString();
    }
    void checkStored(const char* after)
    {
        INFO("after " << after);
        CHECK(wrongStarts() == 0);
        CHECK(keyGroupCounts() == keyGroupRecount());
    }
    ReferralChange done(const Expected<ReferralChange>& change)
    {
        INFO(change.error().toStdString());
        REQUIRE(change.hasValue());
        return *change;
    }
    QString startOf(qint64 referral)
    {
        return scalar(c.db(),
                      QStringLiteral("SELECT coalesce(contract_on, '') FROM referrals WHERE id = %1").arg(referral))
            .toString();
    }
};

} // namespace

TEST_CASE("The contract start on the referral equals a recount after do, undo, redo and a correction",
          "[placement][referral-list][stored]")
{
    Stored s;
    const qint64 id = s.done(startReferral(s.c.db(), s.wang, s.fitter, QDate(2026, 1, 5))).referralId;
    s.done(moveReferral(s.c.db(), id, ReferralStage::Intention, QDate(2026, 1, 8)));
    CHECK(s.startOf(id).isEmpty());
    const ReferralChange contract = s.done(moveReferral(s.c.db(), id, ReferralStage::Contract, QDate(2026, 1, 10), {},
                                                        ContractTerms{QDate(2026, 1, 12), 5200, 12}));
    const Expected<ReferralRedo> redo = snapshotAfterChange(s.c.db(), contract.undo);
    REQUIRE(redo.hasValue());
    CHECK(s.startOf(id) == QStringLiteral("2026-01-12"));
    s.checkStored("the contract");

    REQUIRE(undoReferralChange(s.c.db(), contract.undo).ok());
    CHECK(s.startOf(id).isEmpty());
    s.checkStored("its undo");
    REQUIRE(redoReferralChange(s.c.db(), *redo).ok());
    CHECK(s.startOf(id) == QStringLiteral("2026-01-12"));
    s.checkStored("its redo");

    // A contract with no start date starts on the day it was signed.
    const qint64 other = s.done(startReferral(s.c.db(), s.li, s.driver, QDate(2026, 2, 1))).referralId;
    s.done(moveReferral(s.c.db(), other, ReferralStage::Intention, QDate(2026, 2, 2)));
    s.done(moveReferral(s.c.db(), other, ReferralStage::Contract, QDate(2026, 2, 3)));
    CHECK(s.startOf(other) == QStringLiteral("2026-02-03"));
    REQUIRE(recordRetentionCheck(s.c.db(), other, 3, CheckOutcome::StillEmployed, QDate(2026, 5, 4)).hasValue());
    s.checkStored("a retention check");

    const ReferralChange correction = s.done(moveReferral(s.c.db(), id, ReferralStage::Intention, QDate(2026, 9, 1)));
    CHECK(s.startOf(id).isEmpty());
    s.checkStored("a correction back to intention");
    REQUIRE(undoReferralChange(s.c.db(), correction.undo).ok());
    CHECK(s.startOf(id) == QStringLiteral("2026-01-12"));
    s.checkStored("the correction's undo");

    // The stage rows written by hand (an import, a package) and a start date corrected in place.
    s.c.exec(QStringLiteral("UPDATE referral_stages SET starts_on = '2026-01-20' WHERE referral_id = ? AND stage = "
                            "'contract'"),
             {id});
    CHECK(s.startOf(id) == QStringLiteral("2026-01-20"));
    s.c.exec(QStringLiteral("DELETE FROM referral_stages WHERE referral_id = ? AND stage = 'contract'"), {other});
    CHECK(s.startOf(other).isEmpty());
    s.checkStored("stage rows written directly");
}

TEST_CASE("The referrals per key group equal a recount after referrals, key groups, a merge and a deletion",
          "[placement][referral-list][stored]")
{
    Stored s;
    s.c.exec(QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) VALUES (?, ?)"),
             {s.li, s.migrant});
    const ReferralChange first = s.done(startReferral(s.c.db(), s.li, s.fitter, QDate(2026, 9, 1)));
    s.done(startReferral(s.c.db(), s.li, s.driver, QDate(2026, 9, 2)));
    const qint64 wangs = s.done(startReferral(s.c.db(), s.wang, s.driver, QDate(2026, 9, 3))).referralId;
    CHECK(s.keyGroupCounts() == QStringLiteral("%1:2").arg(s.migrant));
    s.checkStored("three referrals");

    ReferralFilter f;
    f.keyGroupId = s.migrant;
    Expected<ReferralListQuery> q = ReferralListQuery::create(s.c.db(), f);
    REQUIRE(q.hasValue());
    CHECK(q->count().value() == 2);
    const Expected<QVector<ReferralRow>> rows = q->fetch(0, 10);
    REQUIRE(rows.hasValue());
    CHECK(rows->size() == 2);

    REQUIRE(undoReferralChange(s.c.db(), first.undo).ok());
    s.checkStored("a referral's undo");
    s.c.exec(QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) VALUES (?, ?)"),
             {s.wang, s.migrant});
    s.c.exec(QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) VALUES (?, ?)"),
             {s.wang, s.disabled});
    s.checkStored("key groups joined");
    s.c.exec(QStringLiteral("UPDATE worker_key_groups SET key_group_id = ? WHERE worker_id = ? AND key_group_id = ?"),
             {s.c.item("key_group", "hardship"), s.wang, s.disabled});
    s.checkStored("a key group changed");
    s.c.exec(QStringLiteral("UPDATE referrals SET worker_id = ? WHERE id = ?"), {s.li, wangs}); // as a merge moves it
    s.checkStored("a referral moved to another person");
    s.c.exec(QStringLiteral("DELETE FROM worker_key_groups WHERE worker_id = ? AND key_group_id = ?"),
             {s.wang, s.migrant});
    s.checkStored("a key group left");
    s.c.exec(QStringLiteral("DELETE FROM workers WHERE id = ?"), {s.li});
    s.checkStored("a person deleted with their referrals and key groups");
    CHECK(count(s.c.db(), QStringLiteral("SELECT count(*) FROM referrals")) == 0);
    CHECK(s.keyGroupCounts().isEmpty());
}

TEST_CASE("The stable-employment filter read in two parts gives the rows and order of every referral filtered",
          "[placement][referral-list][stored]")
{
    Stored s;
    const qint64 chen = s.c.worker(QStringLiteral("陈静"), QStringLiteral("2026-01-01"), s.c.townA, 3);
    QVector<qint64> contracts;
    int n = 0;
    for (qint64 worker : {s.wang, s.li, chen})
        for (qint64 post : {s.fitter, s.driver}) {
            const qint64 id = s.done(startReferral(s.c.db(), worker, post, QDate(2026, 1, 5))).referralId;
            s.done(moveReferral(s.c.db(), id, ReferralStage::Intention, QDate(2026, 1, 6)));
            // Started in January (stable by 30 September) or in August (not yet).
            const QDate signedOn = n % 2 ? QDate(2026, 8, 1 + n) : QDate(2026, 1, 10 + n);
            s.done(moveReferral(s.c.db(), id, ReferralStage::Contract, signedOn));
            contracts << id;
            ++n;
        }
    // Two stored at "stable" (as older files and the demo keep them), one open.
    s.c.exec(QStringLiteral("UPDATE referrals SET stage = 'stable', stage_on = '2026-04-20' WHERE id IN (?, ?)"),
             {contracts[2], contracts[3]});
    s.done(startReferral(s.c.db(), chen, s.c.post(s.plant, QStringLiteral("仓管员"), 1), QDate(2026, 9, 2)));

    ReferralFilter stable;
    stable.stage = ReferralListStage::Stable;
    for (int c = 0; c < static_cast<int>(ReferralColumn::Count); ++c)
        for (bool descending : {false, true})
            for (qint64 threshold : {qint64(1000000), qint64(0)}) {
                ReferralListQuery::setWalkThreshold(threshold);
                const ReferralSort sort{static_cast<ReferralColumn>(c), descending};
                Expected<ReferralListQuery> all = ReferralListQuery::create(s.c.db(), {}, sort);
                Expected<ReferralListQuery> parts = ReferralListQuery::create(s.c.db(), stable, sort);
                REQUIRE(all.hasValue());
                REQUIRE(parts.hasValue());
                QVector<qint64> expected, got;
                const Expected<QVector<ReferralRow>> every = all->fetch(0, 100);
                REQUIRE(every.hasValue());
                for (const ReferralRow& r : *every)
                    if (r.stable)
                        expected << r.id;
                for (qint64 offset = 0; offset < 4; offset += 2) { // the front window and the end's
                    const Expected<QVector<ReferralRow>> window = parts->fetch(offset, 2);
                    REQUIRE(window.hasValue());
                    for (const ReferralRow& r : *window)
                        got << r.id;
                }
                INFO("column " << c << (descending ? " descending" : " ascending") << ", walk from " << threshold);
                CHECK(parts->count().value() == 4); // two by the rule (started in January), two stored
                CHECK(expected.size() == 4);
                CHECK(got == expected);
            }
    ReferralListQuery::setWalkThreshold(20000);
}

TEST_CASE("Stable employment at the month ends counts as SQLite's date arithmetic does",
          "[placement][referral-list][stored]")
{
    Stored s;
    // Started 25 November – 5 December 2025; three months later by SQLite's arithmetic 30 November + 3 months is
    // 2 March (no 30 February), after 1 December's 1 March: the passed starts are not the earliest ones.
    QVector<qint64> ids;
    for (int i = 0; i < 11; ++i) {
        const qint64 worker = s.c.worker(QStringLiteral("工人%1").arg(i), QStringLiteral("2025-11-01"), s.c.townA, i);
        const qint64 id = s.done(startReferral(s.c.db(), worker, s.fitter, QDate(2025, 11, 2))).referralId;
        s.done(moveReferral(s.c.db(), id, ReferralStage::Intention, QDate(2025, 11, 3)));
        s.done(moveReferral(s.c.db(), id, ReferralStage::Contract, QDate(2025, 11, 4), {},
                            ContractTerms{QDate(2025, 11, 25).addDays(i), 4000, 12}));
        ids << id;
    }
    for (const QDate& today : {QDate(2026, 2, 27), QDate(2026, 3, 1), QDate(2026, 3, 2), QDate(2026, 3, 3)}) {
        for (ReferralListStage stage : {ReferralListStage::Stable, ReferralListStage::Contract}) {
            const bool stable = stage == ReferralListStage::Stable;
            QVector<qint64> expected;
            for (qint64 id : ids)
                if (count(s.c.db(), QStringLiteral("SELECT date(contract_on, '+3 months') <= '%1' FROM referrals "
                                                   "WHERE id = %2")
                                        .arg(today.toString(Qt::ISODate))
                                        .arg(id)) == (stable ? 1 : 0))
                    expected << id;
            ReferralFilter f;
            f.stage = stage;
            Expected<ReferralListQuery> q =
                ReferralListQuery::create(s.c.db(), f, {ReferralColumn::StageOn, false}, today);
            REQUIRE(q.hasValue());
            const Expected<QVector<ReferralRow>> rows = q->fetch(0, 100);
            REQUIRE(rows.hasValue());
            QVector<qint64> got;
            for (const ReferralRow& r : *rows) {
                got << r.id;
                CHECK(r.stable == stable);
            }
            std::sort(got.begin(), got.end());
            INFO("today " << today.toString(Qt::ISODate).toStdString() << (stable ? ", stable" : ", contract"));
            CHECK(got == expected);
            CHECK(q->count().value() == expected.size());
        }
    }
}
