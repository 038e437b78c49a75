// Tests for the GB/T 2260 division table built into core: lookups, history, the tree and loading errors.

#include "core/validation/AreaCodes.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace jb::core;

namespace {

std::string u8(const QString& s)
{
    return s.toStdString();
}

QString q(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("the built-in table loads from the compiled-in resources", "[validation][areacodes]")
{
    const AreaCodes& codes = AreaCodes::instance();
    INFO("load error: " << u8(codes.loadError()));
    REQUIRE_FALSE(codes.isEmpty());
    CHECK(codes.loadError().isEmpty());
    CHECK(&codes == &AreaCodes::instance());
}

TEST_CASE("current divisions carry level, names and years", "[validation][areacodes]")
{
    struct Row
    {
        const char* code;
        const char* name;
        AreaCodes::Level level;
        const char* province;
        const char* prefecture;
        int firstYear;
    };
    static const std::vector<Row> rows = {
        {"340122", "肥东县", AreaCodes::Level::County, "安徽省", "合肥市", 1983},
        {"340100", "合肥市", AreaCodes::Level::Prefecture, "安徽省", "合肥市", 1981},
        {"340000", "安徽省", AreaCodes::Level::Province, "安徽省", "", 1981},
        {"110105", "朝阳区", AreaCodes::Level::County, "北京市", "", 1981},
        {"429004", "仙桃市", AreaCodes::Level::County, "湖北省", "", 1994},
        {"441900", "东莞市", AreaCodes::Level::Prefecture, "广东省", "东莞市", 1988},
        {"340103", "庐阳区", AreaCodes::Level::County, "安徽省", "合肥市", 2002},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("code: " << row.code);
    const auto d = AreaCodes::instance().current(q(row.code));
    REQUIRE(d.has_value());
    CHECK(u8(d->code) == row.code);
    CHECK(u8(d->name) == row.name);
    CHECK(d->level == row.level);
    CHECK(d->inForce);
    CHECK(d->firstYear == row.firstYear);
    CHECK(d->lastYear == 0);
    CHECK(u8(d->provinceName) == row.province);
    CHECK(u8(d->prefectureName) == row.prefecture);
}

TEST_CASE("retired and changed codes are known for addresses but not current", "[validation][areacodes]")
{
    struct Row
    {
        const char* code;
        bool current;
        bool known;
        const char* anyName; // expected anyByCode name, "" if none
        bool anyInForce;
        int anyLastYear;
    };
    static const std::vector<Row> rows = {
        {"340122", true, true, "肥东县", true, 0},
        {"342621", false, true, "肥东县", false, 1983}, // 巢湖地区肥东县, retired 1983
        {"110103", false, true, "崇文区", false, 2010},
        {"340103", true, true, "庐阳区", true, 0}, // in force; also 中市区 1983–2002: in-force row wins
        {"500101", true, true, "万州区", true, 0}, // 万县区 1997–1998 under the same code
        {"349999", false, false, "", false, 0},
        {"000000", false, false, "", false, 0},
        {"", false, false, "", false, 0},
        {"34012", false, false, "", false, 0},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("code: " << row.code);
    const AreaCodes& codes = AreaCodes::instance();
    CHECK(codes.current(q(row.code)).has_value() == row.current);
    CHECK(codes.isKnownAddressCode(q(row.code)) == row.known);
    const auto any = codes.anyByCode(q(row.code));
    REQUIRE(any.has_value() == (row.anyName[0] != '\0'));
    if (any) {
        CHECK(u8(any->name) == row.anyName);
        CHECK(any->inForce == row.anyInForce);
        CHECK(any->lastYear == row.anyLastYear);
    }
}

TEST_CASE("history lists every use of a code, oldest first", "[validation][areacodes]")
{
    const auto rows = AreaCodes::instance().history(QStringLiteral("340103"));
    REQUIRE(rows.size() == 2);
    CHECK(u8(rows.at(0).name) == "中市区");
    CHECK(rows.at(0).firstYear == 1983);
    CHECK(rows.at(0).lastYear == 2002);
    CHECK_FALSE(rows.at(0).inForce);
    CHECK(u8(rows.at(1).name) == "庐阳区");
    CHECK(rows.at(1).inForce);

    const auto retired = AreaCodes::instance().history(QStringLiteral("342621"));
    REQUIRE(retired.size() == 1);
    CHECK(u8(retired.at(0).prefectureName) == "巢湖地区");
    CHECK(retired.at(0).firstYear == 1981);
}

TEST_CASE("parentCode follows prefectures, municipalities and province-administered cities", "[validation][areacodes]")
{
    struct Row
    {
        const char* code;
        const char* parent;
    };
    static const std::vector<Row> rows = {
        {"340122", "340100"}, {"340100", "340000"}, {"340000", ""}, {"429004", "420000"}, // 仙桃市, 省直辖县级行政区
        {"419001", "410000"},                                                             // 济源市
        {"110105", "110000"},                                       // 北京市朝阳区: no 110100 in the 2024 list
        {"500101", "500000"}, {"441900", "440000"}, {"342621", ""}, // retired: not in the current tree
        {"349999", ""},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("code: " << row.code);
    CHECK(u8(AreaCodes::instance().parentCode(q(row.code))) == row.parent);
}

TEST_CASE("children and provinces form the current tree", "[validation][areacodes]")
{
    const AreaCodes& codes = AreaCodes::instance();

    const auto provinces = codes.provinces();
    CHECK(provinces.size() == 34);
    REQUIRE_FALSE(provinces.isEmpty());
    CHECK(u8(provinces.first().code) == "110000");
    CHECK(u8(provinces.first().name) == "北京市");

    // Anhui: 16 prefecture-level cities and 104 county-level divisions (resources/reference/SOURCE.md).
    const auto cities = codes.children(QStringLiteral("340000"));
    CHECK(cities.size() == 16);
    int counties = 0;
    for (const auto& city : cities) {
        CHECK(city.level == AreaCodes::Level::Prefecture);
        counties += static_cast<int>(codes.children(city.code).size());
    }
    CHECK(counties == 104);

    const auto hefei = codes.children(QStringLiteral("340100"));
    std::vector<std::string> names;
    for (const auto& d : hefei)
        names.push_back(u8(d.name));
    CHECK(names == std::vector<std::string>{"瑶海区", "庐阳区", "蜀山区", "包河区", "长丰县", "肥东县", "肥西县",
                                            "庐江县", "巢湖市"});

    const auto hubei = codes.children(QStringLiteral("420000"));
    bool hasXiantao = false;
    for (const auto& d : hubei)
        hasXiantao = hasXiantao || d.code == QStringLiteral("429004");
    CHECK(hasXiantao);
    CHECK(codes.children(QStringLiteral("340122")).isEmpty());
    CHECK(codes.children(QStringLiteral("342621")).isEmpty());
}

TEST_CASE("fullName joins province, prefecture and division in the names of their time", "[validation][areacodes]")
{
    struct Row
    {
        const char* code;
        const char* fullName;
    };
    static const std::vector<Row> rows = {
        {"340122", "安徽省合肥市肥东县"},
        {"342621", "安徽省巢湖地区肥东县"},
        {"340100", "安徽省合肥市"},
        {"340000", "安徽省"},
        {"110105", "北京市朝阳区"},
        {"110103", "北京市崇文区"},
        {"429004", "湖北省仙桃市"},
        {"441900", "广东省东莞市"},
        {"349999", ""},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("code: " << row.code);
    CHECK(u8(AreaCodes::instance().fullName(q(row.code))) == row.fullName);
}

TEST_CASE("loading from data builds the tree without history and reports malformed input", "[validation][areacodes]")
{
    const QByteArray divisions =
        QByteArrayLiteral("\xEF\xBB\xBF") + QByteArray("340000 安徽省\r\n340100 合肥市\n340122 肥东县\n\n");
    const QByteArray header =
        QByteArray("\xEF\xBB\xBF代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码\n");

    SECTION("names come from the tree when history is empty")
    {
        const auto codes = AreaCodes::fromData(divisions, header);
        REQUIRE(codes);
        CHECK(u8(codes->fullName(QStringLiteral("340122"))) == "安徽省合肥市肥东县");
        CHECK(u8(codes->parentCode(QStringLiteral("340122"))) == "340100");
        CHECK_FALSE(codes->isKnownAddressCode(QStringLiteral("342621")));
    }
    SECTION("history rows add retired codes")
    {
        const QByteArray history = header + QByteArray("342621,安徽省,巢湖地区,肥东县,县级,弃用,1981,1983,340122\n");
        const auto codes = AreaCodes::fromData(divisions, history);
        REQUIRE(codes);
        CHECK(codes->isKnownAddressCode(QStringLiteral("342621")));
        CHECK_FALSE(codes->current(QStringLiteral("342621")).has_value());
    }
    SECTION("a malformed division line names its line")
    {
        const auto codes = AreaCodes::fromData(QByteArray("340000 安徽省\n34010 合肥市\n"), header);
        REQUIRE_FALSE(codes);
        CHECK(codes.error().contains(QStringLiteral("第 2 行")));
        CHECK(codes.message().sourceText().contains(QStringLiteral("line 2")));
    }
    SECTION("an unknown level in history is refused")
    {
        const QByteArray history = header + QByteArray("342621,安徽省,巢湖地区,肥东县,乡级,弃用,1981,1983,\n");
        const auto codes = AreaCodes::fromData(divisions, history);
        REQUIRE_FALSE(codes);
        CHECK(codes.message().sourceText().contains(QStringLiteral("line 2")));
    }
    SECTION("an empty division list is refused")
    {
        CHECK_FALSE(AreaCodes::fromData(QByteArray("\n\n"), header));
    }
    SECTION("a missing file is reported")
    {
        const auto codes = AreaCodes::fromFiles(QStringLiteral("/nonexistent/divisions.txt"),
                                                QStringLiteral("/nonexistent/history.csv"));
        REQUIRE_FALSE(codes);
        CHECK(codes.error().contains(QStringLiteral("/nonexistent/divisions.txt")));
    }
    SECTION("an empty table answers nothing")
    {
        const AreaCodes empty;
        CHECK(empty.isEmpty());
        CHECK_FALSE(empty.current(QStringLiteral("340122")).has_value());
        CHECK(empty.provinces().isEmpty());
    }
}
