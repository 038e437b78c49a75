// The one-week promise (core/placement/Promise.h, HolidayCalendar.h): calendar and working days, the Spring Festival
// of 2026 with its make-up Saturdays, a Friday start, a month-end start, beyond the calendar's last year, the states
// and days left, recognition dates, offers per person and "unwilling for now".

#include "PlacementTestSupport.h"
#include "core/placement/Promise.h"
#include "core/placement/ReferralPipeline.h"

using namespace jb::test::placement;

namespace {

HolidayCalendar shipped(QSqlDatabase db)
{
    Expected<HolidayCalendar> c = HolidayCalendar::load(db);
    REQUIRE(c.hasValue());
    return *c;
}

PlacementSettings days(PromiseDayKind kind)
{
    PlacementSettings s;
    s.promiseDayKind = kind;
    return s;
}

} // namespace

TEST_CASE("Due days in calendar and working mode, on the shipped holiday calendar", "[placement][promise]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("calendar.jobbridge"));
    const HolidayCalendar cal = shipped(c.db());
    CHECK(cal.lastKnownYear() == 2026);
    const PlacementSettings calendar = days(PromiseDayKind::Calendar), working = days(PromiseDayKind::Working);

    // Spring Festival 2026: 15–23 Feb off, Saturdays 14 and 28 Feb worked. Registered Thursday 12 Feb.
    CHECK(cal.isWorkingDay(QDate(2026, 2, 14)));
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 2, 16)));
    CHECK(promiseDue(calendar, cal, QDate(2026, 2, 12)).day == QDate(2026, 2, 19));
    CHECK(promiseDue(working, cal, QDate(2026, 2, 12)).day == QDate(2026, 2, 28));
    CHECK_FALSE(promiseDue(working, cal, QDate(2026, 2, 12)).beyondCalendar);
    // A Friday start: the weekend does not count.
    CHECK(promiseDue(calendar, cal, QDate(2026, 3, 6)).day == QDate(2026, 3, 13));
    CHECK(promiseDue(working, cal, QDate(2026, 3, 6)).day == QDate(2026, 3, 17));
    // Month ends: into February, and into the National Day week of 2025 (1–8 Oct off, Saturday 11 Oct worked).
    CHECK(promiseDue(calendar, cal, QDate(2026, 1, 31)).day == QDate(2026, 2, 7));
    CHECK(promiseDue(working, cal, QDate(2026, 1, 31)).day == QDate(2026, 2, 10));
    CHECK(promiseDue(calendar, cal, QDate(2025, 9, 30)).day == QDate(2025, 10, 7));
    CHECK(promiseDue(working, cal, QDate(2025, 9, 30)).day == QDate(2025, 10, 16));
    // Past the last known year only weekdays count, and the answer says so.
    const DueDay beyond = promiseDue(working, cal, QDate(2026, 12, 28));
    CHECK(beyond.day == QDate(2027, 1, 6));
    CHECK(beyond.beyondCalendar);
}

TEST_CASE("The officer adds and corrects holiday days; the working-day clock follows", "[placement][promise]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("holidays.jobbridge"));
    const PlacementSettings working = days(PromiseDayKind::Working);
    REQUIRE(setHoliday(c.db(), QDate(2026, 3, 9), QStringLiteral("调整"), true).ok());
    CHECK(promiseDue(working, shipped(c.db()), QDate(2026, 3, 6)).day == QDate(2026, 3, 18));
    REQUIRE(setHoliday(c.db(), QDate(2026, 3, 14), QStringLiteral("调休"), false).ok()); // a Saturday worked
    CHECK(promiseDue(working, shipped(c.db()), QDate(2026, 3, 6)).day == QDate(2026, 3, 17));
    REQUIRE(setHoliday(c.db(), QDate(2027, 1, 1), QStringLiteral("元旦"), true).ok()); // next winter's notice
    CHECK(shipped(c.db()).lastKnownYear() == 2027);
    CHECK_FALSE(promiseDue(working, shipped(c.db()), QDate(2026, 12, 28)).beyondCalendar);
    CHECK(promiseDue(working, shipped(c.db()), QDate(2026, 12, 28)).day == QDate(2027, 1, 7));
    REQUIRE(removeHoliday(c.db(), QDate(2026, 3, 9)).ok());
    CHECK_FALSE(setHoliday(c.db(), QDate(2026, 3, 9), QString(), true).ok());
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'holidays'")) == 4);
}

TEST_CASE("The promise list: states and days left, in calendar and working mode", "[placement][promise]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("promise.jobbridge"));
    PinnedDay day(QDate(2026, 3, 20));
    const qint64 w = c.worker(QStringLiteral("赵敏"), QStringLiteral("2026-02-12"));
    c.hardship(w);
    c.worker(QStringLiteral("不在名单"), QStringLiteral("2026-02-12")); // no hardship category: no promise
    auto entry = [&](const QDate& today) {
        const Expected<PromiseList> list = promiseList(c.db(), today, QDate(2026, 1, 1));
        REQUIRE(list.hasValue());
        REQUIRE(list->entries.size() == 1);
        return list->entries.at(0);
    };
    PromiseEntry e = entry(QDate(2026, 2, 18));
    CHECK(e.due == QDate(2026, 2, 19));
    CHECK(e.state == PromiseState::Due);
    CHECK(e.daysLeft == 1);
    e = entry(QDate(2026, 2, 21));
    CHECK(e.state == PromiseState::Overdue);
    CHECK(e.daysLeft == -2);

    REQUIRE(changeSettings(c.db(), {{setting::promiseDayKind, QStringLiteral("working")}}).ok());
    e = entry(QDate(2026, 2, 21));
    CHECK(e.due == QDate(2026, 2, 28));
    CHECK(e.state == PromiseState::Due);
    CHECK(e.daysLeft == 7);

    const qint64 v = c.post(c.enterprise(QStringLiteral("合力叉车")), QStringLiteral("叉车司机"));
    REQUIRE(startReferral(c.db(), w, v, QDate(2026, 2, 26)).hasValue());
    e = entry(QDate(2026, 3, 20));
    CHECK(e.state == PromiseState::Met);
    CHECK(e.servedOn == QDate(2026, 2, 26));
    CHECK(e.daysLeft == 2);
    CHECK(promiseStateKey(e.state) == QStringLiteral("met"));
    REQUIRE(changeSettings(c.db(), {{setting::promiseDayKind, QStringLiteral("calendar")}}).ok());
    e = entry(QDate(2026, 3, 20));
    CHECK(e.state == PromiseState::MetLate);
    CHECK(e.daysLeft == -7);
    CHECK(promiseStateKey(e.state) == QStringLiteral("met_late"));
    // By default the list shows the clocks of the last 30 days: this one started 36 days before.
    CHECK(promiseList(c.db(), QDate(2026, 3, 20))->entries.isEmpty());
    CHECK(promiseList(c.db(), QDate(2026, 3, 14))->entries.size() == 1);
    // The recognition of the hardship, recorded later than the registration, starts the clock.
    REQUIRE(setHardshipRecognised(c.db(), w, QStringLiteral("zero_employment"), QDate(2026, 2, 20)).ok());
    e = entry(QDate(2026, 3, 20));
    CHECK(e.start == QDate(2026, 2, 20));
    CHECK(e.state == PromiseState::Met);
    CHECK_FALSE(setHardshipRecognised(c.db(), w, QStringLiteral("single_parent"), QDate(2026, 2, 20)).ok());
}

TEST_CASE("Offers per person count against the settings; unwilling for now after the declines stops the clock",
          "[placement][promise]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("offers.jobbridge"));
    PinnedDay day(QDate(2026, 3, 20));
    const qint64 w = c.worker(QStringLiteral("钱进"), QStringLiteral("2026-03-01"));
    c.hardship(w);
    c.hardship(w, "single_parent");
    const qint64 e = c.enterprise(QStringLiteral("皖能电子"));
    QVector<qint64> referrals;
    for (int i = 0; i < 9; ++i)
        referrals << startReferral(c.db(), w, c.post(e, QStringLiteral("岗位%1").arg(i)), QDate(2026, 3, 2 + i / 3))
                         ->referralId;
    Expected<PromiseList> list = promiseList(c.db(), QDate(2026, 3, 20));
    REQUIRE(list->entries.size() == 1);
    CHECK(list->entries.at(0).contacts == 3);
    CHECK(list->entries.at(0).posts == 9);
    CHECK(list->entries.at(0).offersMet);
    REQUIRE(changeSettings(c.db(), {{setting::offerContacts, QStringLiteral("4")}}).ok());
    CHECK_FALSE(promiseList(c.db(), QDate(2026, 3, 20))->entries.at(0).offersMet);

    // A second hardship worker who declines: the clock stops at "unwilling for now" after three declines.
    const qint64 u = c.worker(QStringLiteral("孙丽"), QStringLiteral("2026-03-10"));
    c.hardship(u);
    CHECK_FALSE(recordUnwilling(c.db(), u, QDate(2026, 3, 12)).ok());
    for (int i = 0; i < 3; ++i) {
        const qint64 r =
            startReferral(c.db(), u, c.post(e, QStringLiteral("普工%1").arg(i)), QDate(2026, 3, 11))->referralId;
        REQUIRE(
            exitReferral(c.db(), r, ReferralExit::Declined, QDate(2026, 3, 11), QStringLiteral("distance")).hasValue());
    }
    REQUIRE(recordUnwilling(c.db(), u, QDate(2026, 3, 12), QStringLiteral("本人暂不愿就业")).ok());
    CHECK_FALSE(recordUnwilling(c.db(), u, QDate(2026, 3, 12)).ok()); // once
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'promise_unwilling'")) == 1);
    list = promiseList(c.db(), QDate(2026, 3, 20));
    REQUIRE(list->entries.size() == 2);
    CHECK(list->entries.at(1).workerId == u);
    CHECK(list->entries.at(1).state == PromiseState::Met); // the declined posts were recommendations in time
    CHECK_FALSE(list->entries.at(1).mayRecordUnwilling);   // recorded already: not offered again
    REQUIRE(undoUnwilling(c.db(), u).ok());
    CHECK(promiseList(c.db(), QDate(2026, 3, 20))->entries.at(1).mayRecordUnwilling);

    // A hardship worker not yet recommended anything: unwilling stops the clock, undo starts it again.
    const qint64 x = c.worker(QStringLiteral("周安"), QStringLiteral("2026-03-01"));
    c.hardship(x);
    PromiseEntry pending;
    pending.due = QDate(2026, 3, 8);
    settlePromise(pending, QDate(2026, 3, 20), QDate(2026, 3, 5));
    CHECK(pending.state == PromiseState::Unwilling);
    CHECK(pending.daysLeft == 3);
    settlePromise(pending, QDate(2026, 3, 20), QDate());
    CHECK(pending.state == PromiseState::Overdue);
    CHECK(pending.daysLeft == -12);
}
