// Early warning (core/warnings): a hand-built county where every section lists exactly the records the test
// predicts, on a fixed day, and where each section's handled marks hide a warning until its condition returns.

#include "PlacementTestSupport.h"
#include "core/placement/FollowUps.h"
#include "core/placement/Promise.h"
#include "core/settings/PlacementSettings.h"
#include "core/storage/Migrations.h"
#include "core/warnings/WarningMarks.h"
#include "core/warnings/Warnings.h"

#include <optional>
#include <thread>

using namespace jb::test::placement;

namespace {

const QDate kDay(2026, 6, 30);

// The county of the tests: people, enterprises, referrals, snapshots and flags chosen so each section has a known
// list on 2026-06-30 (see each line's comment).
struct WarningCounty
{
    explicit WarningCounty(const ScratchDir& dir) : c(dir, QStringLiteral("warnings.jobbridge"))
    {
        const qint64 unemployed = c.item("employment_status", "unemployed");
        const qint64 employed = c.item("employment_status", "employed");
        // The one-week promise: A overdue since 06-27, B due by 07-05, C met on 06-12.
        a = c.worker(QStringLiteral("张一"), QStringLiteral("2026-06-20"));
        b = c.worker(QStringLiteral("王二"), QStringLiteral("2026-06-28"));
        cc = c.worker(QStringLiteral("李三"), QStringLiteral("2026-06-10"));
        for (qint64 person : {a, b, cc})
            c.hardship(person);
        d = c.worker(QStringLiteral("赵四"), QStringLiteral("2025-12-01"));
        // Stale workers (cut 2026-04-01): E unemployed, last contact 03-01; F employed (not looking); G never
        // contacted since 02-01; the others contacted on 06-25 or registered since the cut.
        e = c.worker(QStringLiteral("钱五"), QStringLiteral("2025-11-01"));
        f = c.worker(QStringLiteral("孙六"), QStringLiteral("2025-11-01"));
        g = c.worker(QStringLiteral("周七"), QStringLiteral("2026-02-01"));
        // A, B, C and D are in work (the promise and the contract do not look at the status).
        for (qint64 working : {a, b, cc, d})
            contact(working, QStringLiteral("2026-06-25"), employed);
        contact(e, QStringLiteral("2026-03-01"), unemployed);
        contact(f, QStringLiteral("2026-03-01"), employed);

        // Enterprises: X visited last on 02-10 (gap 3 → 5), Y on 06-01 (gap 10 → 8), Z without open posts, W never
        // visited, entered on 01-05.
        x = c.enterprise(QStringLiteral("合力叉车"));
        y = c.enterprise(QStringLiteral("江淮汽车"));
        z = c.enterprise(QStringLiteral("美的电器"));
        w = c.enterprise(QStringLiteral("新创科技"));
        c.exec(QStringLiteral("UPDATE enterprises SET created_at = '2026-01-05T08:00:00Z' WHERE id = ?"), {w});
        c.post(x, QStringLiteral("叉车司机"));
        postY = c.post(y, QStringLiteral("装配工"), 5);
        c.exec(QStringLiteral("UPDATE vacancies SET status = 'closed' WHERE id = ?"),
               {c.post(z, QStringLiteral("仓管"))});
        c.post(w, QStringLiteral("焊工"));
        snapshot(x, QStringLiteral("2026-01-10"), 3);
        snapshot(x, QStringLiteral("2026-02-10"), 5);
        snapshot(y, QStringLiteral("2026-05-01"), 10);
        snapshot(y, QStringLiteral("2026-06-01"), 8);

        // Flags: Y wage arrears open; Z attrition resolved; X labour risk open.
        flagY = flag(y, "wage_arrears", QStringLiteral("2026-05-01"), 120000, 12);
        c.exec(QStringLiteral("INSERT INTO enterprise_flags (enterprise_id, kind, flagged_on, resolved_on) VALUES (?, "
                              "'attrition', '2026-04-01', '2026-04-20')"),
               {z});
        flagX = flag(x, "labour_risk", QStringLiteral("2026-06-15"));

        PinnedDay day(kDay);
        // C recommended on 06-12: the promise is met, the referral stale since (14 days by 06-26).
        referralC = startReferral(c.db(), cc, postY, QDate(2026, 6, 12))->referralId;
        // D's contract started on 03-01: the 3-month check is due since 06-01.
        referralD = startReferral(c.db(), d, postY, QDate(2026, 2, 25))->referralId;
        REQUIRE(moveReferral(c.db(), referralD, ReferralStage::Intention, QDate(2026, 2, 26)).hasValue());
        REQUIRE(moveReferral(c.db(), referralD, ReferralStage::Contract, QDate(2026, 2, 28), {},
                             {QDate(2026, 3, 1), {}, {}})
                    .hasValue());
    }

    void contact(qint64 worker, const QString& day, qint64 status)
    {
        c.exec(QStringLiteral("UPDATE workers SET last_contact_on = ?, employment_status_id = ? WHERE id = ?"),
               {day, status ? QVariant(status) : QVariant(QMetaType(QMetaType::LongLong)), worker});
    }
    void snapshot(qint64 enterprise, const QString& day, int gap)
    {
        c.exec(QStringLiteral("INSERT INTO demand_snapshots (enterprise_id, recorded_on, planned, gap) VALUES (?, ?, "
                              "?, ?)"),
               {enterprise, day, gap + 10, gap});
    }
    qint64 flag(qint64 enterprise, const char* kind, const QString& day, double amount = -1, int people = -1)
    {
        return c.exec(QStringLiteral("INSERT INTO enterprise_flags (enterprise_id, kind, flagged_on, amount_yuan, "
                                     "people_affected) VALUES (?, ?, ?, ?, ?)"),
                      {enterprise, QString::fromLatin1(kind), day,
                       amount < 0 ? QVariant(QMetaType(QMetaType::Double)) : QVariant(amount),
                       people < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(people)});
    }

    PlacementCounty c;
    qint64 a = 0, b = 0, cc = 0, d = 0, e = 0, f = 0, g = 0;
    qint64 x = 0, y = 0, z = 0, w = 0, postY = 0;
    qint64 flagX = 0, flagY = 0, referralC = 0, referralD = 0;
};

WarningSectionList sectionOn(QSqlDatabase db, WarningSection s, const QDate& day)
{
    Expected<WarningSectionList> list = warningSection(db, s, day, 1000);
    REQUIRE(list.hasValue());
    CHECK(list->count == list->records.size()); // the fast count and the records agree
    return *list;
}

// "who started_on days_overdue" for each record, in order.
QStringList lines(const WarningSectionList& list)
{
    QStringList out;
    for (const WarningRecord& r : list.records)
        out << QStringLiteral("%1 %2 %3").arg(r.who, r.startedOn.toString(Qt::ISODate)).arg(r.daysOverdue);
    return out;
}

QStringList linesOn(QSqlDatabase db, WarningSection s, const QDate& day)
{
    return lines(sectionOn(db, s, day));
}

WarningRecord only(QSqlDatabase db, WarningSection s, const QDate& day, const QString& who)
{
    for (const WarningRecord& r : sectionOn(db, s, day).records)
        if (r.who == who)
            return r;
    FAIL("no warning for " << who.toStdString());
    return {};
}

// Marks `r` handled, saying why it was refused if it was.
void handle(QSqlDatabase db, const WarningRecord& r, const QString& why)
{
    const Expected<qint64> mark = markHandled(db, r, why);
    INFO((mark ? QString() : mark.error()).toStdString());
    REQUIRE(mark.hasValue());
}

} // namespace

TEST_CASE("Early warning lists exactly what the hand-built county predicts, section by section", "[warnings]")
{
    ScratchDir dir;
    WarningCounty county(dir);
    QSqlDatabase db = county.c.db();
    PinnedDay day(kDay);

    CHECK(linesOn(db, WarningSection::Promise, kDay) ==
          QStringList{QStringLiteral("张一 2026-06-20 3"), QStringLiteral("王二 2026-06-28 -5")});
    CHECK(linesOn(db, WarningSection::FollowUps, kDay) == QStringList{QStringLiteral("赵四 2026-06-01 29")});
    CHECK(linesOn(db, WarningSection::StaleReferrals, kDay) == QStringList{QStringLiteral("李三 2026-06-12 18")});
    CHECK(linesOn(db, WarningSection::StaleWorkers, kDay) ==
          QStringList{QStringLiteral("周七 2026-02-01 149"), QStringLiteral("钱五 2026-03-01 121")});
    CHECK(linesOn(db, WarningSection::StaleEnterprises, kDay) ==
          QStringList{QStringLiteral("新创科技 2026-01-05 176"), QStringLiteral("合力叉车 2026-02-10 140")});
    CHECK(linesOn(db, WarningSection::Flags, kDay) ==
          QStringList{QStringLiteral("江淮汽车 2026-05-01 60"), QStringLiteral("合力叉车 2026-06-15 15")});
    CHECK(linesOn(db, WarningSection::GapGrowing, kDay) == QStringList{QStringLiteral("合力叉车 2026-02-10 140")});

    // What each record opens, and the wage arrears' amount and people.
    const WarningRecord arrears = only(db, WarningSection::Flags, kDay, QStringLiteral("江淮汽车"));
    CHECK(arrears.opens == WarningOpens::Enterprise);
    CHECK(arrears.openId == county.y);
    CHECK(arrears.amountYuan == 120000.0);
    CHECK(arrears.peopleAffected == 12);
    CHECK(arrears.what.contains(QStringLiteral("120000")));
    const WarningRecord overdue = only(db, WarningSection::Promise, kDay, QStringLiteral("张一"));
    CHECK(overdue.opens == WarningOpens::Worker);
    CHECK(overdue.openId == county.a);
    CHECK(only(db, WarningSection::FollowUps, kDay, QStringLiteral("赵四")).openId == county.d);
    CHECK(only(db, WarningSection::GapGrowing, kDay, QStringLiteral("合力叉车")).what.contains(QStringLiteral("5")));

    // The counts the dashboard shows are the same, every section built.
    const Expected<QVector<WarningSectionList>> counts = warningCounts(db, kDay);
    REQUIRE(counts.hasValue());
    QStringList summary;
    for (const WarningSectionList& s : *counts) {
        CHECK(s.built);
        CHECK(s.records.isEmpty());
        summary << QStringLiteral("%1=%2").arg(warningSectionKey(s.section)).arg(s.count);
    }
    CHECK(summary.join(QLatin1Char(' ')) == QStringLiteral("promise=2 followups=1 stale_referrals=1 stale_workers=2 "
                                                           "stale_enterprises=2 flags=2 gap_growing=1"));
    // Read on another thread through a connection of its own (the dashboard's way), the counts are the same.
    std::optional<Expected<QVector<WarningSectionList>>> onSide;
    std::thread([&] { onSide = warningCountsOfFile(dir.file(QStringLiteral("warnings.jobbridge")), kDay); }).join();
    REQUIRE(onSide->hasValue());
    REQUIRE((*onSide)->size() == counts->size());
    for (int i = 0; i < counts->size(); ++i)
        CHECK((*onSide)->at(i).count == counts->at(i).count);
    // The placement lists agree with their sections.
    CHECK(followUpsDue(db, kDay)->size() == 1);
    CHECK(staleReferrals(db, kDay)->size() == 1);
}

TEST_CASE("The stale sections follow their settings, checked like the other settings", "[warnings]")
{
    ScratchDir dir;
    WarningCounty county(dir);
    QSqlDatabase db = county.c.db();
    PinnedDay day(kDay);
    CHECK_FALSE(changeSettings(db, {{setting::staleWorkerDays, QStringLiteral("3")}}).ok());
    CHECK_FALSE(changeSettings(db, {{setting::staleEnterpriseDays, QStringLiteral("ninety")}}).ok());
    REQUIRE(changeSettings(db, {{setting::staleWorkerDays, QStringLiteral("130")},
                                {setting::staleEnterpriseDays, QStringLiteral("150")}})
                .ok());
    CHECK(linesOn(db, WarningSection::StaleWorkers, kDay) == QStringList{QStringLiteral("周七 2026-02-01 149")});
    CHECK(linesOn(db, WarningSection::StaleEnterprises, kDay) ==
          QStringList{QStringLiteral("新创科技 2026-01-05 176")});
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'settings' AND field = "
                                   "'stale_worker_days' AND new_value = '130'")) == 1);
}

TEST_CASE("Marking a warning handled needs a reason, is audited, and undo brings the warning back", "[warnings]")
{
    ScratchDir dir;
    WarningCounty county(dir);
    QSqlDatabase db = county.c.db();
    std::optional<PinnedDay> day;
    day.emplace(kDay);
    const QString why = QStringLiteral("已电话联系");

    // A reason is required; the mark is audited with it.
    const WarningRecord promiseB = only(db, WarningSection::Promise, kDay, QStringLiteral("王二"));
    CHECK_FALSE(markHandled(db, promiseB, QStringLiteral("  ")).hasValue());
    const Expected<qint64> markB = markHandled(db, promiseB, why);
    REQUIRE(markB.hasValue());
    CHECK_FALSE(markHandled(db, promiseB, why).hasValue()); // already handled
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'warning_marks' AND note = "
                                   "'已电话联系'")) == 1);
    CHECK(handledMarks(db, WarningSection::Promise, county.b)->at(0).reason == why);
    CHECK(linesOn(db, WarningSection::Promise, kDay) == QStringList{QStringLiteral("张一 2026-06-20 3")});
    // Undo, and handle again.
    REQUIRE(undoHandled(db, *markB).ok());
    CHECK(linesOn(db, WarningSection::Promise, kDay).size() == 2);
    REQUIRE(markHandled(db, promiseB, why).hasValue());
    CHECK(linesOn(db, WarningSection::Promise, kDay).size() == 1);
}

TEST_CASE("A handled warning stays away until its condition returns, per section", "[warnings]")
{
    ScratchDir dir;
    WarningCounty county(dir);
    QSqlDatabase db = county.c.db();
    std::optional<PinnedDay> day;
    day.emplace(kDay);
    const QString why = QStringLiteral("已电话联系");

    // Each section: handle today's record.
    handle(db, only(db, WarningSection::Promise, kDay, QStringLiteral("王二")), why);
    handle(db, only(db, WarningSection::FollowUps, kDay, QStringLiteral("赵四")), why);
    handle(db, only(db, WarningSection::StaleReferrals, kDay, QStringLiteral("李三")), why);
    handle(db, only(db, WarningSection::StaleWorkers, kDay, QStringLiteral("钱五")), why);
    handle(db, only(db, WarningSection::StaleEnterprises, kDay, QStringLiteral("新创科技")), why);
    handle(db, only(db, WarningSection::Flags, kDay, QStringLiteral("合力叉车")), why);
    handle(db, only(db, WarningSection::GapGrowing, kDay, QStringLiteral("合力叉车")), why);
    const auto summaryOn = [&db](const QDate& on) {
        QStringList out;
        const Expected<QVector<WarningSectionList>> counts = warningCounts(db, on);
        REQUIRE(counts.hasValue());
        for (const WarningSectionList& s : *counts)
            out << QString::number(s.count);
        return out.join(QLatin1Char(' '));
    };
    CHECK(summaryOn(kDay) == QStringLiteral("1 0 0 1 1 1 0"));

    // The conditions return. Promise: B is overdue on 07-06. Stale referral: C moves to interviewed today and is
    // stale again 14 days later. Retention: D's 3-month check is recorded and the 6-month one falls due on 09-01.
    REQUIRE(moveReferral(db, county.referralC, ReferralStage::Interviewed, kDay).hasValue());
    REQUIRE(recordRetentionCheck(db, county.referralD, 3, CheckOutcome::StillEmployed, kDay).hasValue());
    CHECK(linesOn(db, WarningSection::Promise, QDate(2026, 7, 5)) == QStringList{QStringLiteral("张一 2026-06-20 8")});
    CHECK(linesOn(db, WarningSection::Promise, QDate(2026, 7, 6)) ==
          QStringList{QStringLiteral("张一 2026-06-20 9"), QStringLiteral("王二 2026-06-28 1")});
    CHECK(linesOn(db, WarningSection::StaleReferrals, QDate(2026, 7, 13)).isEmpty());
    CHECK(linesOn(db, WarningSection::StaleReferrals, QDate(2026, 7, 14)) ==
          QStringList{QStringLiteral("李三 2026-06-30 14")});
    CHECK(linesOn(db, WarningSection::FollowUps, QDate(2026, 8, 31)).isEmpty());
    CHECK(linesOn(db, WarningSection::FollowUps, QDate(2026, 9, 1)) ==
          QStringList{QStringLiteral("赵四 2026-09-01 0")});

    // Stale worker and enterprise: handled on 06-30, back when 90 days pass again without contact (09-28).
    CHECK(linesOn(db, WarningSection::StaleWorkers, QDate(2026, 9, 27)) ==
          QStringList{QStringLiteral("周七 2026-02-01 238")});
    CHECK(linesOn(db, WarningSection::StaleWorkers, QDate(2026, 9, 28)) ==
          QStringList{QStringLiteral("周七 2026-02-01 239"), QStringLiteral("钱五 2026-03-01 211")});
    // (Y, last visited on 06-01, is stale by then too.)
    CHECK(linesOn(db, WarningSection::StaleEnterprises, QDate(2026, 9, 27)) ==
          QStringList{QStringLiteral("合力叉车 2026-02-10 229"), QStringLiteral("江淮汽车 2026-06-01 118")});
    CHECK(linesOn(db, WarningSection::StaleEnterprises, QDate(2026, 9, 28)) ==
          QStringList{QStringLiteral("新创科技 2026-01-05 266"), QStringLiteral("合力叉车 2026-02-10 230"),
                      QStringLiteral("江淮汽车 2026-06-01 119")});
    // A contact after the mark counts from the contact.
    county.contact(county.e, QStringLiteral("2026-07-10"), county.c.item("employment_status", "unemployed"));
    CHECK(linesOn(db, WarningSection::StaleWorkers, QDate(2026, 10, 7)) ==
          QStringList{QStringLiteral("周七 2026-02-01 248")});
    CHECK(linesOn(db, WarningSection::StaleWorkers, QDate(2026, 10, 8)).size() == 2);

    // Flag: a new flag on X brings the handled one back with it. Gap: a newer snapshot whose gap grew again.
    day.reset();
    day.emplace(QDate(2026, 7, 2));
    CHECK(linesOn(db, WarningSection::Flags, QDate(2026, 7, 2)) ==
          QStringList{QStringLiteral("江淮汽车 2026-05-01 62")});
    CHECK(linesOn(db, WarningSection::GapGrowing, QDate(2026, 7, 2)).isEmpty());
    county.flag(county.x, "attrition", QStringLiteral("2026-07-01"));
    county.snapshot(county.x, QStringLiteral("2026-07-02"), 7);
    CHECK(linesOn(db, WarningSection::Flags, QDate(2026, 7, 2)) ==
          QStringList{QStringLiteral("江淮汽车 2026-05-01 62"), QStringLiteral("合力叉车 2026-06-15 17"),
                      QStringLiteral("合力叉车 2026-07-01 1")});
    CHECK(linesOn(db, WarningSection::GapGrowing, QDate(2026, 7, 2)) ==
          QStringList{QStringLiteral("合力叉车 2026-07-02 0")});
    // A snapshot that does not grow the gap leaves nothing to warn about.
    county.snapshot(county.x, QStringLiteral("2026-07-02"), 7);
    CHECK(linesOn(db, WarningSection::GapGrowing, QDate(2026, 7, 2)).isEmpty());
}

TEST_CASE("A file of schema v11 has the handled marks and the indexes of the counts", "[warnings][migration]")
{
    ScratchDir dir;
    WarningCounty county(dir);
    QSqlDatabase db = county.c.db();
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('warning_marks', "
                                   "'workers_status_contact', 'referrals_open_stage')")) == 3);
    CHECK(count(db, QStringLiteral("PRAGMA user_version")) == kCurrentSchemaVersion);
}
