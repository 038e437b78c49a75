// The monthly report's table of fairs held against each organiser's minimum, in a city file that received its
// counties' packages: each county's fairs are what the county's own file counts, its minimum is the job_fairs
// target the city set for it, and the city's line is the city's whole figure against its own minimum. (The UI
// tests read English.)

#include "core/demo/DemoGenerator.h"
#include "core/exchange/PackageExport.h"
#include "core/exchange/PackageImport.h"
#include "core/metrics/Progress.h"
#include "core/organisations/OrganisationFile.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/reports/MonthlyReport.h"
#include "core/targets/PeriodRepository.h"
#include "core/targets/TargetRepository.h"
#include "core/test_demo_support.h"
#include "documents/ReportTables.h"

#include <catch2/catch.hpp>

using namespace jb::core;
using namespace jb::core::exchange;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

const QStringList kCounties = {QStringLiteral("340121"), QStringLiteral("340122")};
const QDateTime kExported(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);

// A demo county's year package; `held` gets the fairs its own file counts for the year as of kToday.
QString countyPackage(const ScratchDir& dir, const QString& code, quint64 seed, qint64& held)
{
    auto file = createOrganisationFile(dir.file(code + QStringLiteral(".jobbridge")), code);
    REQUIRE(file.hasValue());
    DemoOptions o;
    o.seed = seed;
    o.workers = 200;
    o.enterprises = 20;
    o.fairs = 8;
    o.today = kToday;
    requireOk(generateDemo((*file)->connection(), o));
    QSqlDatabase db = (*file)->connection();
    const Period year = *PeriodRepository(db).find(QStringLiteral("2026"));
    const auto own = loadProgress(db, OrganisationRepository(db).home()->id, year, kToday);
    requireOk(own);
    held = own->figure(Metric::JobFairs).actual;
    auto p = buildPackage(db, {QStringLiteral("2026"), kToday, false, kExported});
    requireOk(p);
    const QString path = dir.file(suggestedFileName(*p));
    REQUIRE(writePackageFile(*p, path).ok());
    return path;
}

const jb::report::ReportTable* minimumsTable(const jb::report::ReportDocument& doc)
{
    for (const jb::report::ReportSection& s : doc.sections)
        if (s.key == QLatin1String("fairs"))
            for (const jb::report::ReportTable& t : s.tables)
                if (t.title == QStringLiteral("Fairs held against each organiser's minimum"))
                    return &t;
    return nullptr;
}

} // namespace

TEST_CASE("report: a city file shows each county's fairs from its package against the county's minimum",
          "[report][fairs]")
{
    ScratchDir dir;
    QHash<QString, qint64> held;
    QStringList packages;
    quint64 seed = 21;
    for (const QString& code : kCounties)
        packages << countyPackage(dir, code, seed++, held[code]);

    auto city = newFile(dir, QStringLiteral("city.jobbridge"), "340100");
    QSqlDatabase db = city->connection();
    for (const FileImport& r : importPackageFiles(db, packages))
        REQUIRE(r.outcome.has_value());
    OrganisationRepository orgs(db);
    const qint64 cityId = orgs.home()->id;
    const qint64 yearId = PeriodRepository(db).find(QStringLiteral("2026"))->id;
    TargetRepository targets(db);
    requireOk(targets.setTarget(cityId, yearId, QStringLiteral("job_fairs"), 30));
    requireOk(targets.setTarget(orgs.byCode(kCounties.at(0))->id, yearId, QStringLiteral("job_fairs"), 20));

    const auto built = buildMonthlyReport(db, cityId, QStringLiteral("2026-11"), kToday);
    requireOk(built);
    const jb::report::ReportDocument doc = jb::report::buildReportDocument(*built);
    const jb::report::ReportTable* table = minimumsTable(doc);
    REQUIRE(table != nullptr);

    // One row per county that held fairs or has a minimum, then the city's own line.
    QHash<QString, QStringList> rows;
    for (const jb::report::ReportRow& row : table->rows)
        rows.insert(jb::report::cellText(row.cells.at(0)),
                    {jb::report::cellText(row.cells.at(1)), jb::report::cellText(row.cells.at(2)),
                     jb::report::cellText(row.cells.at(3))});
    const QString first = orgs.byCode(kCounties.at(0))->name;
    const QString second = orgs.byCode(kCounties.at(1))->name;
    REQUIRE(rows.contains(first));
    CHECK(rows.value(first).at(0) == QString::number(held.value(kCounties.at(0))));
    CHECK(rows.value(first).at(1) == QStringLiteral("20"));
    CHECK(rows.value(first).at(2) ==
          QStringLiteral("%1%").arg(100.0 * static_cast<double>(held.value(kCounties.at(0))) / 20.0, 0, 'f', 1));
    REQUIRE(rows.contains(second));
    CHECK(rows.value(second).at(0) == QString::number(held.value(kCounties.at(1))));
    CHECK(rows.value(second).at(1).isEmpty()); // no minimum set: no percentage either
    CHECK(rows.value(second).at(2).isEmpty());
    const QString all = built->org.name + QStringLiteral(" (all)");
    REQUIRE(rows.contains(all));
    CHECK(rows.value(all).at(0) == QString::number(held.value(kCounties.at(0)) + held.value(kCounties.at(1))));
    CHECK(rows.value(all).at(1) == QStringLiteral("30"));
}
