// The months a monthly report can be made for, on a pinned day: this year's months up to the current one and the
// file's earlier months, never one that has not begun; which is suggested first; which are locked; and the refusal
// the CLI prints for any other month. Also the targets table's rows: a retired sub-unit stays while it has targets.

#include "core/domain/Clock.h"
#include "core/reports/MonthLock.h"
#include "core/reports/ReportMonths.h"
#include "core/targets/PeriodRepository.h"
#include "core/targets/TargetRepository.h"
#include "core/targets/TargetTable.h"
#include "test_demo_support.h"

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

QStringList names(const ReportMonths& months)
{
    QStringList out;
    for (const ReportMonth& m : months.months)
        out << m.name;
    return out;
}

QStringList monthsOf(int year, int from, int to)
{
    QStringList out;
    for (int m = from; m <= to; ++m)
        out << QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'));
    return out;
}

} // namespace

TEST_CASE("The report months end at the clock's month and the last complete one is suggested", "[report][months]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("months.jobbridge"));
    QSqlDatabase db = file->connection();
    const qint64 home = OrganisationRepository(db).home()->id;

    SECTION("23 November: January to November, October suggested")
    {
        const PinnedDay today(QDate(2026, 11, 23));
        const Expected<ReportMonths> months = selectableReportMonths(db, home, Clock::today());
        REQUIRE(months.hasValue());
        CHECK(names(*months) == monthsOf(2026, 1, 11));
        CHECK(months->suggested == QStringLiteral("2026-10"));
        CHECK(months->months.constFirst().label == QStringLiteral("2026年1月"));
        CHECK(months->months.at(9).complete);
        CHECK_FALSE(months->months.constLast().complete);
    }
    SECTION("the last day of a month: that month is not complete until the next begins")
    {
        const Expected<ReportMonths> months = selectableReportMonths(db, home, QDate(2026, 3, 31));
        REQUIRE(months.hasValue());
        CHECK(names(*months) == monthsOf(2026, 1, 3));
        CHECK(months->suggested == QStringLiteral("2026-02"));
        const Expected<ReportMonths> next = selectableReportMonths(db, home, QDate(2026, 4, 1));
        REQUIRE(next.hasValue());
        CHECK(next->suggested == QStringLiteral("2026-03"));
    }
    SECTION("New Year's Day: only January, and it is suggested although it has just begun")
    {
        const Expected<ReportMonths> months = selectableReportMonths(db, home, QDate(2027, 1, 1));
        REQUIRE(months.hasValue());
        CHECK(names(*months) == QStringList{QStringLiteral("2027-01")});
        CHECK(months->suggested == QStringLiteral("2027-01"));
    }
    SECTION("the file's earlier years are kept; its months that have not begun are not offered")
    {
        REQUIRE(PeriodRepository(db).ensureYear(2025).ok());
        REQUIRE(PeriodRepository(db).ensureYear(2027).ok());
        const Expected<ReportMonths> months = selectableReportMonths(db, home, QDate(2026, 2, 14));
        REQUIRE(months.hasValue());
        CHECK(names(*months) == monthsOf(2025, 1, 12) + monthsOf(2026, 1, 2));
        CHECK(months->suggested == QStringLiteral("2026-01"));
    }
}

TEST_CASE("A month outside the selectable ones is refused with one message; submitted months are marked",
          "[report][months]")
{
    const PinnedDay today(QDate(2026, 11, 23));
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("refuse.jobbridge"));
    QSqlDatabase db = file->connection();
    const qint64 home = OrganisationRepository(db).home()->id;

    CHECK(checkReportMonth(db, home, QStringLiteral("2026-03"), Clock::today()).ok());
    for (const char* month : {"2026-12", "2027-01", "2019-05", "2026-13", "spring"}) {
        INFO(month);
        const Status refused = checkReportMonth(db, home, QString::fromLatin1(month), Clock::today());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().sourceText() ==
              QStringLiteral("No report can be made for “%1” on 2026-11-23: choose a month of this year up to the "
                             "current one, or an earlier month kept in the file.")
                  .arg(QLatin1String(month)));
        CHECK(refused.error().startsWith(QStringLiteral("2026-11-23 不能出“%1”的月报").arg(QLatin1String(month))));
    }

    REQUIRE(submitMonth(db, home, QStringLiteral("2026-03"), Clock::today()).ok());
    const Expected<ReportMonths> months = selectableReportMonths(db, home, Clock::today());
    REQUIRE(months.hasValue());
    QStringList submitted;
    for (const ReportMonth& m : months->months)
        if (m.submitted)
            submitted << m.name;
    CHECK(submitted == QStringList{QStringLiteral("2026-03")});
    REQUIRE(unlockMonth(db, home, QStringLiteral("2026-03"), QStringLiteral("补录")).ok());
    const Expected<ReportMonths> unlocked = selectableReportMonths(db, home, Clock::today());
    REQUIRE(unlocked.hasValue());
    for (const ReportMonth& m : unlocked->months)
        CHECK_FALSE(m.submitted);
}

TEST_CASE("The targets table keeps a retired sub-unit while it has targets, so its rows add up to the sum",
          "[targets][table]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("table.jobbridge"));
    QSqlDatabase db = file->connection();
    OrganisationRepository orgs(db);
    const Organisation home = orgs.home().value();
    const qint64 kept = orgs.addSubUnit(home.id, QStringLiteral("店埠镇"), OrgKind::Town)->id;
    const qint64 merged = orgs.addSubUnit(home.id, QStringLiteral("撮镇镇"), OrgKind::Town)->id;
    const qint64 gone = orgs.addSubUnit(home.id, QStringLiteral("长临河镇"), OrgKind::Town)->id;
    REQUIRE(PeriodRepository(db).ensureYear(2026).ok());
    const qint64 year = PeriodRepository(db).find(QStringLiteral("2026"))->id;
    const QString metric = QStringLiteral("jobs_collected");
    TargetRepository targets(db);
    REQUIRE(targets.setTarget(home.id, year, metric, 1000).ok());
    REQUIRE(targets.setTarget(kept, year, metric, 600).ok());
    REQUIRE(targets.setTarget(merged, year, metric, 300).ok());
    execBound(db, QStringLiteral("UPDATE organisations SET retired = 1 WHERE id IN (?, ?)"), {merged, gone});

    const Expected<TargetTable> table = loadTargetTable(db, home, year);
    INFO(table.error().toStdString());
    REQUIRE(table.hasValue());
    REQUIRE(table->subUnits.size() == 2); // the retired town without targets is left out
    CHECK(table->subUnits.at(0).org.id == kept);
    CHECK(table->subUnits.at(0).name.text() == QStringLiteral("店埠镇"));
    CHECK(table->subUnits.at(1).org.id == merged);
    CHECK(table->subUnits.at(1).name.sourceText() == QStringLiteral("撮镇镇 (retired)"));
    CHECK(table->subUnits.at(1).name.text() == QStringLiteral("撮镇镇（已撤销）"));
    double rows = 0;
    for (const TargetRow& row : table->subUnits)
        rows += row.targets.value(metric);
    CHECK(table->subUnitSum(metric) == rows);
    CHECK(table->ownTarget(metric) == 1000.0);
    CHECK(table->difference(metric) == -100.0);
    CHECK(table->sumDiffers(metric));
    CHECK_FALSE(table->difference(QStringLiteral("job_fairs")).has_value());

    // Once its targets are cleared the retired town leaves the table.
    REQUIRE(targets.setTarget(merged, year, metric, std::nullopt).ok());
    const Expected<TargetTable> after = loadTargetTable(db, home, year);
    REQUIRE(after.hasValue());
    REQUIRE(after->subUnits.size() == 1);
    CHECK(after->subUnits.at(0).org.id == kept);
}
