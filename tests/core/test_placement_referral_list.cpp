// The 推荐就业 page's list and timeline (core/placement/ReferralList.h): every filter selects what it says, every
// column sorts both ways with the same rows read from the front or from the end, ID numbers leave masked, and the
// timeline of a referral gathers its stages with terms, its exit, its checks and its corrections.

#include "PlacementTestSupport.h"
#include "core/placement/FollowUps.h"
#include "core/placement/ReferralList.h"
#include "core/placement/ReferralPipeline.h"

#include <algorithm>

using namespace jb::test::placement;

namespace {

struct Listed
{
    ScratchDir dir;
    PlacementCounty c{dir, QStringLiteral("list.jobbridge")};
    PinnedDay day{QDate(2026, 9, 30)};
    qint64 wang = c.worker(QStringLiteral("王芳"), QStringLiteral("2026-01-01"), c.townA, 1);
    qint64 li = c.worker(QStringLiteral("李强"), QStringLiteral("2026-01-01"), c.townB, 2);
    qint64 zhang = c.worker(QStringLiteral("张三"), QStringLiteral("2026-01-01"), c.townA, 3);
    qint64 plant = c.enterprise(QStringLiteral("皖能电子"), c.townA);
    qint64 depot = c.enterprise(QStringLiteral("合肥物流"), c.townB);
    qint64 fitter = c.post(plant, QStringLiteral("装配工"), 5);
    qint64 driver = c.post(depot, QStringLiteral("叉车司机"), 5);
    qint64 clerk = c.post(depot, QStringLiteral("仓管员"), 5);
    qint64 contract = 0, stale = 0, declined = 0, recent = 0, left = 0;

    Listed()
    {
        setOfficer(QStringLiteral("刘科长"));
        contract = start(wang, fitter, QDate(2026, 1, 5));
        move(contract, ReferralStage::Intention, QDate(2026, 1, 8));
        move(contract, ReferralStage::Contract, QDate(2026, 1, 10), {}, ContractTerms{QDate(2026, 1, 12), 5200, 12});
        REQUIRE(recordRetentionCheck(c.db(), contract, 3, CheckOutcome::StillEmployed, QDate(2026, 4, 15)).hasValue());
        setOfficer(QStringLiteral("陈干事"));
        stale = start(li, driver, QDate(2026, 8, 1)); // no change for more than 14 days by 30 September
        declined = start(zhang, driver, QDate(2026, 9, 1));
        REQUIRE(exitReferral(c.db(), declined, ReferralExit::Declined, QDate(2026, 9, 3), QStringLiteral("wage"))
                    .hasValue());
        recent = start(zhang, clerk, QDate(2026, 9, 25));
        left = start(li, clerk, QDate(2026, 5, 1));
        move(left, ReferralStage::Intention, QDate(2026, 5, 2));
        move(left, ReferralStage::Contract, QDate(2026, 8, 3)); // a follow-up is due on 3 November, not yet
        move(left, ReferralStage::Left, QDate(2026, 9, 20), QStringLiteral("resigned"));
        c.exec(QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) VALUES (?, ?)"),
               {li, c.item("key_group", "migrant_worker")});
    }
    ~Listed() { jb::core::setOfficerName({}); }
    // The officer at work from now on (core/domain/Officer.h).
    void setOfficer(const QString& name) { jb::core::setOfficerName(name); }
    qint64 start(qint64 worker, qint64 post, const QDate& on)
    {
        const Expected<ReferralChange> r = startReferral(c.db(), worker, post, on);
        INFO(r.error().toStdString());
        REQUIRE(r.hasValue());
        return r->referralId;
    }
    void move(qint64 id, ReferralStage to, const QDate& on, const QString& reason = {}, const ContractTerms& t = {})
    {
        const Expected<ReferralChange> r = moveReferral(c.db(), id, to, on, reason, t);
        INFO(r.error().toStdString());
        REQUIRE(r.hasValue());
    }
    QVector<qint64> ids(const ReferralFilter& filter, ReferralSort sort = {}, qint64 offset = 0, int limit = 100)
    {
        Expected<ReferralListQuery> q = ReferralListQuery::create(c.db(), filter, sort);
        REQUIRE(q.hasValue());
        Expected<QVector<ReferralRow>> rows = q->fetch(offset, limit);
        INFO(rows.error().toStdString());
        REQUIRE(rows.hasValue());
        QVector<qint64> out;
        for (const ReferralRow& r : *rows)
            out << r.id;
        std::sort(out.begin(), out.end());
        return out;
    }
};

} // namespace

TEST_CASE("The referral list's filters select what they say", "[placement][referral-list]")
{
    Listed l;
    using V = QVector<qint64>;
    auto sorted = [](V v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    CHECK(l.ids({}).size() == 5);
    ReferralFilter f;
    f.stage = ReferralListStage::Stable; // started 12 January: three months passed with no departure
    CHECK(l.ids(f) == V{l.contract});
    f.stage = ReferralListStage::Contract;
    CHECK(l.ids(f).isEmpty());
    f.stage = ReferralListStage::Open;
    CHECK(l.ids(f) == sorted({l.stale, l.recent}));
    f.stage = ReferralListStage::Recommended;
    CHECK(l.ids(f) == sorted({l.stale, l.recent}));
    f.stage = ReferralListStage::Declined;
    CHECK(l.ids(f) == V{l.declined});
    f.stage = ReferralListStage::Left;
    CHECK(l.ids(f) == V{l.left});

    ReferralFilter g;
    g.enterpriseId = l.depot;
    CHECK(l.ids(g) == sorted({l.stale, l.declined, l.recent, l.left}));
    g = {};
    g.keyGroupId = l.c.item("key_group", "migrant_worker");
    CHECK(l.ids(g) == sorted({l.stale, l.left}));
    g = {};
    g.officer = QStringLiteral("刘科长");
    CHECK(l.ids(g) == V{l.contract});
    g = {};
    g.from = QDate(2026, 9, 1);
    g.to = QDate(2026, 9, 25);
    CHECK(l.ids(g) == sorted({l.declined, l.recent, l.left})); // the declined one's stage day is 1 September
    g = {};
    g.stale = true;
    CHECK(l.ids(g) == V{l.stale});
    g = {};
    g.followUpDue = true; // the 6-month check of the January contract (due 12 July)
    CHECK(l.ids(g) == V{l.contract});
    Expected<QVector<FollowUpDue>> due = followUpsDue(l.c.db(), QDate(2026, 9, 30));
    REQUIRE(due.hasValue());
    REQUIRE(due->size() == 1);
    CHECK(due->first().referralId == l.contract);
}

TEST_CASE("Every column sorts both ways and windows read from the end give the same rows", "[placement][referral-list]")
{
    Listed l;
    for (int c = 0; c < static_cast<int>(ReferralColumn::Count); ++c)
        for (bool descending : {false, true}) {
            const ReferralSort sort{static_cast<ReferralColumn>(c), descending};
            Expected<ReferralListQuery> q = ReferralListQuery::create(l.c.db(), {}, sort);
            REQUIRE(q.hasValue());
            Expected<QVector<ReferralRow>> all = q->fetch(0, 100);
            REQUIRE(all.hasValue());
            REQUIRE(all->size() == 5);
            // Rows 3–4 are past the middle: read from the end in the reverse order and turned round.
            Expected<QVector<ReferralRow>> tail = q->fetch(3, 2);
            REQUIRE(tail.hasValue());
            REQUIRE(tail->size() == 2);
            INFO("column " << c << (descending ? " descending" : " ascending"));
            CHECK(tail->at(0).id == all->at(3).id);
            CHECK(tail->at(1).id == all->at(4).id);
            Expected<QVector<ReferralRow>> head = q->fetch(0, 2);
            REQUIRE(head.hasValue());
            CHECK(head->at(0).id == all->at(0).id);
        }
    Expected<ReferralListQuery> byName = ReferralListQuery::create(l.c.db(), {}, {ReferralColumn::Worker, false});
    REQUIRE(byName.hasValue());
    Expected<QVector<ReferralRow>> rows = byName->fetch(0, 5);
    REQUIRE(rows.hasValue());
    CHECK(rows->first().workerName <= rows->last().workerName);
    for (const ReferralRow& r : *rows)
        CHECK(r.residentId.contains(QStringLiteral("********"))); // masked
}

TEST_CASE("A referral's timeline: stages with terms and officer, checks, the exit and corrections",
          "[placement][referral-list]")
{
    Listed l;
    const Expected<QVector<TimelineEntry>> t = referralTimeline(l.c.db(), l.contract, NameLanguage::Chinese);
    REQUIRE(t.hasValue());
    REQUIRE(t->size() == 4); // recommended, intention, contract, the 3-month check
    CHECK(t->at(0).day == QDate(2026, 1, 5));
    CHECK(t->at(0).officer == QStringLiteral("刘科长"));
    CHECK_FALSE(t->at(0).recordedAt.isEmpty());
    CHECK(t->at(2).detail.contains(QStringLiteral("5200")));
    CHECK(t->at(2).detail.contains(QStringLiteral("2026-01-12")));
    CHECK(t->at(3).kind == TimelineEntry::Kind::Check);

    const Expected<QVector<TimelineEntry>> exit = referralTimeline(l.c.db(), l.declined, NameLanguage::Chinese);
    REQUIRE(exit.hasValue());
    REQUIRE(exit->size() == 2);
    CHECK(exit->last().kind == TimelineEntry::Kind::Exit);
    CHECK(exit->last().detail == QStringLiteral("工资待遇"));
    CHECK(exit->last().officer == QStringLiteral("陈干事"));

    l.move(l.left, ReferralStage::Intention, QDate(2026, 9, 30)); // a correction back from "left"
    const Expected<QVector<TimelineEntry>> corrected = referralTimeline(l.c.db(), l.left, NameLanguage::Chinese);
    REQUIRE(corrected.hasValue());
    CHECK(corrected->size() == 3); // recommended, intention, the correction (the later stages are gone)
    CHECK(corrected->last().kind == TimelineEntry::Kind::Correction);

    const Expected<ReferralRow> row = referralRow(l.c.db(), l.contract, QDate(2026, 9, 30));
    REQUIRE(row.hasValue());
    CHECK(row->stable);
    CHECK(row->postTitle == QStringLiteral("装配工"));
    CHECK_FALSE(referralRow(l.c.db(), 9999).hasValue());
}

TEST_CASE("Walking another table's order and sorting the selection give the same rows in the same order",
          "[placement][referral-list]")
{
    Listed l;
    // Two people of one name: their referrals stay apart (by person) in both ways.
    const qint64 twin = l.c.worker(QStringLiteral("王芳"), QStringLiteral("2026-01-01"), l.c.townB, 4);
    l.start(twin, l.clerk, QDate(2026, 9, 2));
    // A referral whose post was deleted since: sorted by post it comes first (no title), in both ways.
    const qint64 gone = l.c.post(l.plant, QStringLiteral("临时工"), 1);
    l.start(l.zhang, gone, QDate(2026, 9, 3));
    l.c.exec(QStringLiteral("DELETE FROM vacancies WHERE id = ?"), {gone});
    for (ReferralColumn column : {ReferralColumn::Worker, ReferralColumn::ResidentId, ReferralColumn::Enterprise,
                                  ReferralColumn::Post, ReferralColumn::Stage})
        for (bool descending : {false, true})
            for (const ReferralFilter& filter : {ReferralFilter{}, [] {
                                                     ReferralFilter open;
                                                     open.stage = ReferralListStage::Open;
                                                     return open;
                                                 }()}) {
                QVector<QVector<qint64>> orders;
                for (qint64 threshold : {qint64(1000000), qint64(0)}) {
                    ReferralListQuery::setWalkThreshold(threshold);
                    Expected<ReferralListQuery> q = ReferralListQuery::create(l.c.db(), filter, {column, descending});
                    REQUIRE(q.hasValue());
                    QVector<qint64> ids;
                    for (qint64 offset = 0; offset < 8; offset += 2) { // front, middle, end windows
                        Expected<QVector<ReferralRow>> rows = q->fetch(offset, 2);
                        REQUIRE(rows.hasValue());
                        for (const ReferralRow& r : *rows)
                            ids << r.id;
                    }
                    orders << ids;
                }
                ReferralListQuery::setWalkThreshold(20000);
                INFO("column " << static_cast<int>(column) << (descending ? " descending" : " ascending"));
                CHECK(orders[0] == orders[1]);
                CHECK_FALSE(orders[0].isEmpty());
            }
}
