// The dashboard's one-week promise figures (core/metrics/Progress.h, PromiseWorkingDays.h) follow the setting
// promise_day_kind like the officer's promise list: on working days a case of the Spring Festival of 2026 that is
// overdue and served late by calendar days is still due, or served in time.

#include "PlacementTestSupport.h"
#include "core/metrics/DrillDown.h"
#include "core/metrics/Progress.h"
#include "core/placement/Promise.h"
#include "core/placement/ReferralPipeline.h"
#include "core/settings/PlacementSettings.h"

using namespace jb::test::placement;

namespace {

// The records behind a promise tile, as its drill-down lists them: always as many as the tile says.
qint64 recordsBehind(PlacementCounty& c, const char* figure, const QDate& from, const QDate& on)
{
    const Expected<DrillDownQuery> q = DrillDownQuery::create(
        c.db(), DrillDown{QString::fromLatin1(figure), c.home, from, on, std::nullopt, std::nullopt});
    REQUIRE(q.hasValue());
    const Expected<qint64> n = q->count();
    REQUIRE(n.hasValue());
    return *n;
}

} // namespace

TEST_CASE("The dashboard's promise figures count working days when the setting says so", "[placement][promise]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("promise-figures.jobbridge"));
    // Two hardship cases registered on Thursday 12 February 2026: due 19 February by calendar days, 28 February
    // by working days (15–23 February off, Saturday 14 and 28 February worked).
    const qint64 waiting = c.worker(QStringLiteral("陈静"), QStringLiteral("2026-02-12"));
    const qint64 served = c.worker(QStringLiteral("王磊"), QStringLiteral("2026-02-12"), 0, 1);
    c.hardship(waiting);
    c.hardship(served);
    // And one registered on 2 February, served on 6 February: in time either way.
    const qint64 early = c.worker(QStringLiteral("李娜"), QStringLiteral("2026-02-02"), 0, 2);
    c.hardship(early);
    const qint64 post = c.post(c.enterprise(QStringLiteral("合力叉车")), QStringLiteral("叉车司机"), 5);
    REQUIRE(startReferral(c.db(), early, post, QDate(2026, 2, 6)).hasValue());
    REQUIRE(startReferral(c.db(), served, post, QDate(2026, 2, 25)).hasValue());

    const QDate today(2026, 2, 25);
    const Period february{0, PeriodKind::Month, QStringLiteral("2026-02"), {}, QDate(2026, 2, 1), QDate(2026, 2, 28)};
    auto figures = [&] {
        const Expected<Progress> p = loadProgress(c.db(), c.home, february, today);
        REQUIRE(p.hasValue());
        return p->promise;
    };
    auto behind = [&](const char* figure, const QDate& on) { return recordsBehind(c, figure, february.start, on); };
    auto listed = [&](qint64 worker) {
        const Expected<PromiseList> list = promiseList(c.db(), today, QDate(2026, 1, 1));
        REQUIRE(list.hasValue());
        for (const PromiseEntry& e : list->entries)
            if (e.workerId == worker)
                return e.state;
        FAIL("not listed");
        return PromiseState::Due;
    };

    // Calendar days (the default): the waiting case is overdue, the one served on the 25th was late.
    PromiseFigures f = figures();
    CHECK(f.registered == 3);
    CHECK(f.due == 0);
    CHECK(f.overdue == 1);
    CHECK(f.servedInPromise == 1);
    CHECK(f.servedLate == 1);
    CHECK(listed(waiting) == PromiseState::Overdue);
    CHECK(listed(served) == PromiseState::MetLate);
    CHECK(behind("hardship_overdue", today) == 1);
    CHECK(behind("hardship_due", today) == 0);
    CHECK(behind("hardship_served_in_promise", february.end) == 1);

    // Working days: both within the promise, as the promise list says.
    REQUIRE(changeSettings(c.db(), {{QStringLiteral("promise_day_kind"), QStringLiteral("working")}}).ok());
    f = figures();
    CHECK(f.registered == 3);
    CHECK(f.due == 1);
    CHECK(f.overdue == 0);
    CHECK(f.servedInPromise == 2);
    CHECK(f.servedLate == 0);
    CHECK(listed(waiting) == PromiseState::Due);
    CHECK(listed(served) == PromiseState::Met);
    CHECK(behind("hardship_overdue", today) == 0);
    CHECK(behind("hardship_due", today) == 1);
    CHECK(behind("hardship_served_in_promise", february.end) == 2);
    const Expected<Progress> p = loadProgress(c.db(), c.home, february, today);
    CHECK(p->figure(Metric::HardshipServedInPromise).actual == 2); // the metric's bullet follows

    // On 3 March the waiting case is past its working due day too.
    const Expected<Progress> march = loadProgress(
        c.db(), c.home, Period{0, PeriodKind::Month, {}, {}, QDate(2026, 3, 1), QDate(2026, 3, 31)}, QDate(2026, 3, 3));
    REQUIRE(march.hasValue());
    CHECK(march->promise.overdue == 1);
    CHECK(march->promise.due == 0);
    CHECK(behind("hardship_overdue", QDate(2026, 3, 3)) == 1);
    CHECK(behind("hardship_due", QDate(2026, 3, 3)) == 0);
}
