// The monthly report's data and the period lock: the report's figures are the dashboard's; a submitted month
// stays as sent while later edits show as corrections in the next month; unlocking needs a reason and is audited;
// the stored form reads back unchanged.

#include "core/metrics/ProgressJson.h"
#include "core/reports/MonthLock.h"
#include "core/reports/MonthlyReport.h"
#include "core/targets/PeriodRepository.h"
#include "test_demo_support.h"

#include <QJsonDocument>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

qint64 homeId(QSqlDatabase db)
{
    return count(db, QStringLiteral("SELECT id FROM organisations WHERE is_home = 1"));
}

qint64 contracts(const Progress& p)
{
    return p.figure(Metric::Contracts).actual;
}

// One more contract signed on `day` by an existing referral that has none.
void addContract(QSqlDatabase db, const char* day)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO referral_stages (referral_id, stage, occurred_on) SELECT id, "
                                  "'contract', '%1' FROM referrals r WHERE NOT EXISTS (SELECT 1 FROM referral_stages s "
                                  "WHERE s.referral_id = r.id AND s.stage = 'contract') LIMIT 1")
                       .arg(QLatin1String(day))));
    REQUIRE(q.numRowsAffected() == 1);
}

} // namespace

TEST_CASE("The monthly report carries the dashboard's figures for the month, the year and the phase", "[report]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("report.jobbridge"));
    QSqlDatabase db = file->connection();
    REQUIRE(generateDemo(db, smallOptions(3)).hasValue());
    const auto r = buildMonthlyReport(db, homeId(db), QStringLiteral("2026-03"), kToday);
    REQUIRE(r.hasValue());
    CHECK(r->month.name == QStringLiteral("2026-03"));
    CHECK(r->thisMonth.asOf == QDate(2026, 3, 31));
    CHECK(r->yearToDate.period.name == QStringLiteral("2026"));
    CHECK(r->yearToDate.asOf == QDate(2026, 3, 31));
    REQUIRE(r->phase.has_value());
    CHECK(r->phase->period.name == QStringLiteral("2026-concentrated"));
    const Period march = *PeriodRepository(db).find(QStringLiteral("2026-03"));
    CHECK(contracts(r->thisMonth) == contracts(*loadProgress(db, homeId(db), march, kToday)));
    CHECK(contracts(r->yearToDate) >= contracts(r->thisMonth));
    qint64 insuranceRows = 0;
    for (const ReportServiceTotal& s : r->services)
        if (s.code == QLatin1String("insurance"))
            insuranceRows = s.month;
    CHECK(r->insurance.enrolmentsMonth == insuranceRows);
    CHECK(r->insurance.premiumYuan == 50.0);
    CHECK(r->fairs.size() == count(db, QStringLiteral("SELECT count(*) FROM job_fairs WHERE held_on BETWEEN "
                                                      "'2026-03-01' AND '2026-03-31'")));
    CHECK(r->corrections.isEmpty());

    // Stored and read back: the same JSON.
    const QJsonObject json = monthlyReportToJson(*r);
    const auto back = monthlyReportFromJson(json);
    REQUIRE(back.hasValue());
    CHECK(monthlyReportToJson(*back) == json);

    CHECK_FALSE(buildMonthlyReport(db, homeId(db), QStringLiteral("2026"), kToday).hasValue());
    CHECK_FALSE(buildMonthlyReport(db, homeId(db), QStringLiteral("2026-12"), kToday).hasValue());
}

TEST_CASE("A submitted month stays as sent; later edits appear as corrections; unlocking is audited", "[report]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("lock.jobbridge"));
    QSqlDatabase db = file->connection();
    REQUIRE(generateDemo(db, smallOptions(4)).hasValue());
    const qint64 home = homeId(db);
    const qint64 sent = contracts(buildMonthlyReport(db, home, QStringLiteral("2026-03"), kToday)->thisMonth);

    REQUIRE(submitMonth(db, home, QStringLiteral("2026-03"), kToday).ok());
    CHECK_FALSE(submitMonth(db, home, QStringLiteral("2026-03"), kToday).ok()); // already locked
    addContract(db, "2026-03-15");

    const auto locked = buildMonthlyReport(db, home, QStringLiteral("2026-03"), kToday);
    REQUIRE(locked->submittedAt.has_value());
    CHECK(contracts(locked->thisMonth) == sent);
    const auto april = buildMonthlyReport(db, home, QStringLiteral("2026-04"), kToday);
    REQUIRE(april->corrections.size() == 1);
    CHECK(april->corrections.first().monthName == QStringLiteral("2026-03"));
    CHECK(april->corrections.first().metric == QStringLiteral("contracts"));
    CHECK(april->corrections.first().sent == sent);
    CHECK(april->corrections.first().now == sent + 1);
    CHECK_FALSE(april->submittedAt.has_value());

    CHECK_FALSE(unlockMonth(db, home, QStringLiteral("2026-03"), QStringLiteral("  ")).ok());
    REQUIRE(unlockMonth(db, home, QStringLiteral("2026-03"), QStringLiteral("补录3月签约")).ok());
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM audit_log WHERE action = 'unlock' AND note = '补录3月签约'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'submit'")) == 1);
    const auto live = buildMonthlyReport(db, home, QStringLiteral("2026-03"), kToday);
    CHECK_FALSE(live->submittedAt.has_value());
    CHECK(contracts(live->thisMonth) == sent + 1);
    CHECK(buildMonthlyReport(db, home, QStringLiteral("2026-04"), kToday)->corrections.isEmpty());
    CHECK_FALSE(unlockMonth(db, home, QStringLiteral("2026-03"), QStringLiteral("again")).ok());
    CHECK(submitMonth(db, home, QStringLiteral("2026-03"), kToday).ok()); // may be sent anew
}
