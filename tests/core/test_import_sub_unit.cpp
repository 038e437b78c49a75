// Which sub-unit an imported person is filed under: the town their 现居住地 or 户籍地 names (PlaceSubUnit.h has the
// rule), else the sub-unit the officer chose for the whole file, else the county. The issue saw four imported
// people filed under the county although their places named towns.

#include "core/ImportTestSupport.h"
#include "core/import/checking/PlaceSubUnit.h"
#include "core/organisations/OrganisationRepository.h"

using namespace jb::core;
using jb::test::ScratchDir;
using namespace jb::test::import;

TEST_CASE("A place names a sub-unit when it contains the sub-unit's whole name; the longest wins", "[import][subunit]")
{
    const QVector<NamedSubUnit> units = {{1, QStringLiteral("店埠镇")},           {2, QStringLiteral("撮镇镇")},
                                         {3, QStringLiteral("店埠镇经济开发区")}, {4, QStringLiteral("长临河镇工会")},
                                         {5, QStringLiteral("桥头集镇")},         {6, QStringLiteral("桥头集乡")}};
    CHECK(subUnitNamedIn(QStringLiteral("店埠镇"), units) == 1);
    CHECK(subUnitNamedIn(QStringLiteral("肥东县店埠镇"), units) == 1);
    CHECK(subUnitNamedIn(QStringLiteral("安徽省合肥市肥东县 店埠镇 王村12号"), units) == 1);
    CHECK(subUnitNamedIn(QStringLiteral("肥东县撮镇镇"), units) == 2);
    CHECK(subUnitNamedIn(QStringLiteral("肥东县店埠镇经济开发区3号"), units) == 3); // the longer name wins
    CHECK(subUnitNamedIn(QStringLiteral("长临河镇"), units) == 4);                  // without the union words
    // A stem alone, the county alone, nothing, or two sub-units named alike: no sub-unit.
    CHECK_FALSE(subUnitNamedIn(QStringLiteral("店埠"), units).has_value());
    CHECK_FALSE(subUnitNamedIn(QStringLiteral("肥东县"), units).has_value());
    CHECK_FALSE(subUnitNamedIn(QString(), units).has_value());
    CHECK_FALSE(subUnitNamedIn(QStringLiteral("桥头集镇桥头集乡"), units).has_value());
    CHECK(subUnitNamedIn(QStringLiteral("店埠镇店埠镇"), units) == 1); // named twice, still one sub-unit
    CHECK_FALSE(subUnitNamedIn(QStringLiteral("镇"), QVector<NamedSubUnit>{NamedSubUnit{7, QStringLiteral("镇")}})
                    .has_value()); // too short
}

TEST_CASE("An import files people under the town their place names, the rest under the file's chosen sub-unit",
          "[import][subunit]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    OrganisationRepository organisations(db->connection());
    const qint64 home = organisations.home()->id;
    const auto dianbu = organisations.addSubUnit(home, QStringLiteral("店埠镇"), OrgKind::Town);
    const auto cuozhen = organisations.addSubUnit(home, QStringLiteral("撮镇镇"), OrgKind::Town);
    const auto park = organisations.addSubUnit(home, QStringLiteral("合肥循环经济示范园"), OrgKind::Park);
    REQUIRE(dianbu.hasValue());
    REQUIRE(cuozhen.hasValue());
    REQUIRE(park.hasValue());

    const QString file = dir.file(QStringLiteral("towns.csv"));
    jb::test::writeAll(file, QStringLiteral("姓名,身份证号,现居住地,户籍地,所属单位\r\n"
                                            "甲,%1,肥东县店埠镇王村,,\r\n"               // lives in 店埠镇
                                            "乙,%2,合肥市,安徽省合肥市肥东县撮镇镇,\r\n" // registered in 撮镇镇
                                            "丙,%3,肥东县,,\r\n"                         // names only the county
                                            "丁,%4,肥东县店埠镇,,撮镇镇\r\n")            // the unit written wins
                                 .arg(residentId(1), residentId(2), residentId(3), residentId(4))
                                 .toUtf8());
    ImportRequest request;
    request.filePath = file;
    request.kind = ImportKind::Workers;
    request.today = QDate(2024, 3, 15);
    request.subUnitId = park->id; // the officer's choice for the rows that name no unit
    ImportJob job(*db, request);
    REQUIRE(job.prepare().ok());
    const auto summary = job.run();
    REQUIRE(summary.hasValue());
    CHECK(summary->inserted == 4);
    const auto orgOf = [&](int n) {
        return scalar(*db, QStringLiteral("SELECT org_id FROM workers WHERE id_number = '%1'").arg(residentId(n)));
    };
    CHECK(orgOf(1) == dianbu->id);
    CHECK(orgOf(2) == cuozhen->id);
    CHECK(orgOf(3) == park->id);
    CHECK(orgOf(4) == cuozhen->id);

    // Without a choice, rows that name nothing go to the county; a sub-unit no longer in the file is refused.
    const QString second = dir.file(QStringLiteral("county.csv"));
    jb::test::writeAll(second,
                       QStringLiteral("姓名,身份证号,现居住地\r\n戊,%1,肥东县\r\n").arg(residentId(5)).toUtf8());
    REQUIRE(importFile(*db, second, ImportKind::Workers).hasValue());
    CHECK(orgOf(5) == home);
    ImportRequest gone;
    gone.filePath = second;
    gone.kind = ImportKind::Workers;
    gone.subUnitId = 999999;
    ImportJob refused(*db, gone);
    REQUIRE(refused.prepare().ok());
    CHECK_FALSE(refused.run().hasValue());
}
