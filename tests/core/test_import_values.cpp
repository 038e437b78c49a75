// Table-driven tests for the value readers of the import (wages, headcounts, ages, yes/no, dates, mobiles) and for
// resolving cell words to reference values and organisations.

#include "core/import/checking/ReferenceLookup.h"
#include "core/import/checking/ValueParsers.h"
#include "core/organisations/OrganisationFile.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/validation/ExcelDate.h"
#include "core/validation/Normalize.h"
#include "core/validation/Phone.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace jb::core;

namespace {

std::string u8(const QString& s)
{
    return s.toStdString();
}

QString q(const char* s)
{
    return QString::fromUtf8(s);
}

constexpr int kNone = -1; // "no value" in the tables below

std::optional<int> opt(int v)
{
    return v == kNone ? std::nullopt : std::optional<int>(v);
}

} // namespace

TEST_CASE("cleanCell normalises like normalizeCell and shares clean input", "[import][values]")
{
    const std::vector<const char*> inputs = {"张三",    "  张三 ", "３０００元",       "a  b",      "a b",
                                             "\u00A0x", "x\u200B", "农民工、困难职工", "tab\there", "全角　空格",
                                             ""};
    for (const char* in : inputs) {
        INFO(in);
        const QString s = q(in);
        CHECK(u8(cleanCell(s)) == u8(normalizeCell(s)));
    }
    const QString clean = q("已经干净的 文字");
    CHECK(cleanCell(clean).isSharedWith(clean));
    const QString dirty = q("需要 清理 ");
    CHECK_FALSE(cleanCell(dirty).isSharedWith(dirty));
}

TEST_CASE("splitMultiValue splits on every separator officers use", "[import][values]")
{
    struct Row
    {
        const char* input;
        std::vector<const char*> parts;
    };
    static const std::vector<Row> rows = {
        {"农民工", {"农民工"}},
        {"农民工、困难职工", {"农民工", "困难职工"}},
        {"农民工，困难职工,残疾人", {"农民工", "困难职工", "残疾人"}},
        {"转岗/待岗职工", {"转岗", "待岗职工"}},
        {"低保；单亲;军属", {"低保", "单亲", "军属"}},
        {" 农民工 、 、困难职工 ", {"农民工", "困难职工"}},
        {"、", {}},
        {"", {}},
    };
    const Row row = GENERATE(from_range(rows));
    INFO(row.input);
    QStringList expected;
    for (const char* p : row.parts)
        expected << q(p);
    CHECK(u8(splitMultiValue(q(row.input)).join(QLatin1Char('|'))) == u8(expected.join(QLatin1Char('|'))));
}

TEST_CASE("parseWage reads monthly wages in the forms enterprises write", "[import][values]")
{
    struct Row
    {
        const char* input;
        bool recognised;
        int min;
        int max;
        bool negotiable = false;
        bool notMonthly = false;
    };
    static const std::vector<Row> rows = {
        {"3000-5000元/月", true, 3000, 5000},
        {"3000-5000", true, 3000, 5000},
        {"3000~5000元", true, 3000, 5000},
        {"３０００－５０００元／月", true, 3000, 5000},
        {"3000 - 5000 元/月", true, 3000, 5000},
        {"3000至5000元", true, 3000, 5000},
        {"3000—5000", true, 3000, 5000},
        {"5000元", true, 5000, 5000},
        {"5000", true, 5000, 5000},
        {"5000左右", true, 5000, 5000},
        {"月薪5000元", true, 5000, 5000},
        {"5k-8k", true, 5000, 8000},
        {"5K-8K", true, 5000, 8000},
        {"5-8k", true, 5000, 8000},
        {"1-1.5万", true, 10000, 15000},
        {"0.8万-1.2万", true, 8000, 12000},
        {"1.2万", true, 12000, 12000},
        {"8千", true, 8000, 8000},
        {"3000-1万", true, 3000, 10000},
        {"3,000-5,000", true, 3000, 5000},
        {"3000元以上", true, 3000, kNone},
        {"3000+", true, 3000, kNone},
        {"底薪3000+提成", true, 3000, kNone},
        {"5000以下", true, kNone, 5000},
        {"5000-3000", true, 3000, 5000},
        {"年薪10万", true, 8333, 8333},
        {"10-12万/年", true, 8333, 10000},
        {"4000-6000元/月，包吃住", true, 4000, 6000},
        {"4000-6000(计件)", true, 4000, 6000},
        {"面议", true, kNone, kNone, true},
        {"薪资面议", true, kNone, kNone, true},
        {"不限", true, kNone, kNone},
        {"", true, kNone, kNone},
        {"200元/天", true, kNone, kNone, false, true},
        {"25元/小时", true, kNone, kNone, false, true},
        {"日薪200", true, kNone, kNone, false, true},
        {"5-8", false, kNone, kNone},
        {"很高", false, kNone, kNone},
        {"3000元每", false, kNone, kNone},
        {"3000-", false, kNone, kNone},
        {"3000abc", false, kNone, kNone},
        {"99999999999", false, kNone, kNone},
    };
    const Row row = GENERATE(from_range(rows));
    INFO(row.input);
    const WageRange r = parseWage(q(row.input));
    CHECK(r.recognised == row.recognised);
    CHECK(r.min == opt(row.min));
    CHECK(r.max == opt(row.max));
    CHECK(r.negotiable == row.negotiable);
    CHECK(r.notMonthly == row.notMonthly);
}

TEST_CASE("Plain figures (\"4500\", \"4500-6500\") read the same on the quick path as with a unit written after them",
          "[import][values]")
{
    // parseWage reads digit-and-dash cells without the full scanner; "元" after the figures sends the same
    // figures through the full one. Both must agree everywhere, the limits (100, 1,000,000) and reversals included.
    const std::vector<qint64> figures = {0, 7, 99, 100, 101, 999, 3000, 4500, 999999, 1000000, 1000001, 9999999};
    for (qint64 a : figures) {
        for (qint64 b : figures) {
            const QStringList cells = {QString::number(a), QString::number(a) + QLatin1Char('-') + QString::number(b),
                                       QStringLiteral("00") + QString::number(a)};
            for (const QString& cell : cells) {
                INFO(cell.toStdString());
                const WageRange quick = parseWage(cell);
                const WageRange full = parseWage(cell + QStringLiteral("元"));
                CHECK(quick.recognised == full.recognised);
                CHECK(quick.min == full.min);
                CHECK(quick.max == full.max);
                CHECK(quick.negotiable == full.negotiable);
                CHECK(quick.notMonthly == full.notMonthly);
            }
        }
    }
}

TEST_CASE("parseHeadcount reads headcounts and accepts 若干 without a number", "[import][values]")
{
    struct Row
    {
        const char* input;
        bool recognised;
        int count;
    };
    static const std::vector<Row> rows = {
        {"20", true, 20},
        {"20人", true, 20},
        {"２０人", true, 20},
        {"约20名", true, 20},
        {"20余人", true, 20},
        {"20多人", true, 20},
        {"招20人", true, 20},
        {"20.0", true, 20},
        {"20-30人", true, 20},
        {"五人", true, 5},
        {"两名", true, 2},
        {"0", true, 0},
        {"若干", true, kNone},
        {"若干名", true, kNone},
        {"不限", true, kNone},
        {"", true, kNone},
        {"20人以上", true, 20},
        {"2.5", false, kNone},
        {"很多", false, kNone},
        {"30-20", false, kNone},
        {"20个岗位", false, kNone},
        {"-5", false, kNone},
        // Multipliers as the forms and the targets page read them (core/validation/Quantity.h).
        {"3千人", true, 3000},
        {"1.5万", true, 15000},
        {"5.5人", false, kNone},
    };
    const Row row = GENERATE(from_range(rows));
    INFO(row.input);
    const HeadcountParse h = parseHeadcount(q(row.input));
    CHECK(h.recognised == row.recognised);
    CHECK(h.count == opt(row.count));
}

TEST_CASE("parseAgeRange reads age requirements", "[import][values]")
{
    struct Row
    {
        const char* input;
        bool recognised;
        int min;
        int max;
    };
    static const std::vector<Row> rows = {
        {"18-45岁", true, 18, 45},         {"18～45周岁", true, 18, 45},
        {"18至45岁", true, 18, 45},        {"18岁-45岁", true, 18, 45},
        {"18-45", true, 18, 45},           {"年龄18-45岁", true, 18, 45},
        {"45岁以下", true, kNone, 45},     {"45周岁以下", true, kNone, 45},
        {"45岁以内", true, kNone, 45},     {"不超过45岁", true, kNone, 45},
        {"≤45岁", true, kNone, 45},        {"18岁以上", true, 18, kNone},
        {"18周岁及以上", true, 18, kNone}, {"年满18周岁", true, 18, kNone},
        {"不限", true, kNone, kNone},      {"年龄不限", true, kNone, kNone},
        {"", true, kNone, kNone},          {"35岁", false, kNone, kNone},
        {"35岁左右", false, kNone, kNone}, {"45-18岁", false, kNone, kNone},
        {"5-45岁", false, kNone, kNone},   {"男18-50岁，女18-45岁", false, kNone, kNone},
        {"青年", false, kNone, kNone},
    };
    const Row row = GENERATE(from_range(rows));
    INFO(row.input);
    const AgeRange a = parseAgeRange(q(row.input));
    CHECK(a.recognised == row.recognised);
    CHECK(a.min == opt(row.min));
    CHECK(a.max == opt(row.max));
}

TEST_CASE("Yes/no, gender, return destination and status words", "[import][values]")
{
    struct YesNo
    {
        const char* input;
        int expected; // 1 yes, 0 no, -1 unrecognised
    };
    static const std::vector<YesNo> yesNo = {
        {"是", 1}, {"√", 1}, {"✓", 1},  {"Y", 1}, {"yes", 1}, {"1", 1},      {"重点企业", 1}, {" 是 ", 1}, {"否", 0},
        {"×", 0},  {"N", 0}, {"no", 0}, {"0", 0}, {"无", 0},  {"非重点", 0}, {"", -1},        {"x", -1},   {"也许", -1},
    };
    for (const YesNo& row : yesNo) {
        INFO(row.input);
        const auto v = parseYesNo(q(row.input));
        CHECK((v ? (*v ? 1 : 0) : -1) == row.expected);
    }

    using G = ResidentIdInfo::Gender;
    CHECK(parseGender(q("男")) == G::Male);
    CHECK(parseGender(q("男性")) == G::Male);
    CHECK(parseGender(q("M")) == G::Male);
    CHECK(parseGender(q("female")) == G::Female);
    CHECK(parseGender(q("女")) == G::Female);
    CHECK_FALSE(parseGender(q("未知")).has_value());
    CHECK_FALSE(parseGender(QString()).has_value());

    struct Dest
    {
        const char* input;
        const char* expected;
    };
    static const std::vector<Dest> dest = {
        {"省内", "in_province"},
        {"本省", "in_province"},
        {"县内务工", "in_province"},
        {"本地", "in_province"},
        {"省外", "out_of_province"},
        {"外省", "out_of_province"},
        {"出省务工", "out_of_province"},
        {"跨省", "out_of_province"},
        {"浙江宁波", ""},
        {"", ""},
    };
    for (const Dest& row : dest) {
        INFO(row.input);
        CHECK(u8(parseReturnDestination(q(row.input))) == row.expected);
    }

    static const std::vector<Dest> status = {
        {"招聘中", "open"},     {"在招", "open"},     {"已招满", "filled"}, {"满员", "filled"}, {"已关闭", "closed"},
        {"停止招聘", "closed"}, {"已结束", "closed"}, {"暂停", ""},         {"", ""},
    };
    for (const Dest& row : status) {
        INFO(row.input);
        CHECK(u8(parseVacancyStatus(q(row.input))) == row.expected);
    }
}

TEST_CASE("parseDateFast agrees with parseExcelDate on every input", "[import][values]")
{
    struct Row
    {
        const char* input;
        bool fast; // expected to be read without parseExcelDate
    };
    static const std::vector<Row> rows = {
        {"2024-02-23", true},
        {"2024/2/23", true},
        {"2024.2.3", true},
        {"2024年2月23日", true},
        {"2024年2月23", true},
        {"20240223", true},
        {"45345", true},
        {"1", true},
        {"59", true},
        {"61", true},
        {"2958465", true},
        {"2024-02-29", true},
        {"60", false},
        {"0", false},
        {"2024", false},
        {"1905", false},
        {"2958466", false},
        {"2023-02-29", false},
        {"2024/2-23", false},
        {"2024-13-01", false},
        {"1899-12-31", false},
        {"18991231", false},
        {"2024-02-23 10:30", false},
        {"45345.5", false},
        {"2024年2月", false},
        {"明天", false},
        {"", false},
        {"2024-2-", false},
        {"024-02-23", false},
        {"2024-002-23", false},
        {"00000000", false},
        {"1234", true},
    };
    const Row row = GENERATE(from_range(rows));
    INFO(row.input);
    const QString cell = q(row.input);
    const std::optional<QDate> fast = parseDateFast(cell);
    CHECK(fast.has_value() == row.fast);
    if (fast) {
        const DateParse slow = parseExcelDate(cell);
        REQUIRE(slow.date.has_value());
        CHECK(*fast == *slow.date);
    }
}

TEST_CASE("isPlainMobile accepts only what checkPhone returns unchanged", "[import][values]")
{
    const std::vector<const char*> inputs = {"13812345678",  "19912345678",   "12812345678", "1381234567",
                                             "138123456789", "138-1234-5678", "1381234567a", "0551-6765432"};
    for (const char* in : inputs) {
        INFO(in);
        const QString s = q(in);
        const PhoneCheck c = checkPhone(s);
        CHECK(isPlainMobile(s) == (c.ok && c.isMobile && c.normalized == s));
    }
}

namespace {

// A county file (肥东县) with a few towns added, as an officer would set it up.
struct LookupFixture
{
    jb::test::ScratchDir dir;
    std::unique_ptr<Database> db;
    QHash<QString, qint64> towns;

    LookupFixture()
    {
        auto created = createOrganisationFile(dir.file(QStringLiteral("lookup.jobbridge")), QStringLiteral("340122"));
        REQUIRE(created.hasValue());
        db = std::move(*created);
        OrganisationRepository orgs(db->connection());
        const auto home = orgs.home();
        REQUIRE(home.hasValue());
        for (const char* name : {"店埠镇", "撮镇镇", "长临河镇", "龙岗开发区", "包公镇"}) {
            const auto unit = orgs.addSubUnit(home->id, q(name), OrgKind::Town);
            REQUIRE(unit.hasValue());
            towns.insert(q(name), unit->id);
        }
    }

    qint64 item(const char* list, const char* code) const
    {
        QSqlQuery query(db->connection());
        query.prepare(QStringLiteral("SELECT id FROM reference_items WHERE list = ? AND code = ?"));
        query.addBindValue(q(list));
        query.addBindValue(q(code));
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("ReferenceLookup resolves names, codes and short forms", "[import][values][lookup]")
{
    LookupFixture f;
    const auto lookup = ReferenceLookup::load(f.db->connection());
    REQUIRE(lookup.hasValue());

    struct Row
    {
        const char* list;
        const char* text;
        const char* code; // nullptr: not recognised
    };
    static const std::vector<Row> rows = {
        {"key_group", "农民工", "migrant_worker"},
        {"key_group", "外出务工", "migrant_worker"},
        {"key_group", "返乡农民工", "migrant_worker"},
        {"key_group", "困难职工", "hardship"},
        {"key_group", "困难职工家属", "hardship"},
        {"key_group", "困难职工及家属", "hardship"},
        {"key_group", "新就业形态", "new_form"},
        {"key_group", "快递员", "new_form"},
        {"key_group", "外卖骑手", "new_form"},
        {"key_group", "网约车司机", "new_form"},
        {"key_group", "转岗", "transferred"},
        {"key_group", "待岗", "transferred"},
        {"key_group", "转岗职工", "transferred"},
        {"key_group", "转岗/待岗职工", "transferred"},
        {"key_group", "残疾", "disabled"},
        {"key_group", "残疾人", "disabled"},
        {"key_group", "migrant_worker", "migrant_worker"},
        {"key_group", "Migrant workers", "migrant_worker"},
        {"key_group", "农民工（返乡）", "migrant_worker"},
        {"key_group", "大学生", nullptr},
        {"hardship_category", "零就业", "zero_employment"},
        {"hardship_category", "零就业家庭", "zero_employment"},
        {"hardship_category", "低保", "dibao_long_unemployed"},
        {"hardship_category", "双下岗", "both_laid_off"},
        {"hardship_category", "单亲", "single_parent"},
        {"hardship_category", "单亲家庭", "single_parent"},
        {"hardship_category", "残疾", "disabled_able"},
        {"hardship_category", "军属", "military_family"},
        {"hardship_category", "因病致贫", nullptr},
        {"industry", "C", "C"},
        {"industry", "c", "C"},
        {"industry", "Ｃ", "C"},
        {"industry", "制造业", "C"},
        {"industry", "制造", "C"},
        {"industry", "C制造业", "C"},
        {"industry", "C-制造业", "C"},
        {"industry", "农林牧渔业", "A"},
        {"industry", "批发和零售业", "F"},
        {"industry", "住宿和餐饮", "H"},
        {"industry", "交通运输", "G"},
        {"industry", "Manufacturing", "C"},
        {"industry", "Z", nullptr},
        {"industry", "服务", nullptr},
        {"education", "初中", "junior"},
        {"education", "高中", "senior"},
        {"education", "中专", "senior"},
        {"education", "技校", "senior"},
        {"education", "大专", "college"},
        {"education", "本科", "bachelor"},
        {"education", "研究生", "postgraduate"},
        {"education", "硕士", "postgraduate"},
        {"education", "博士", "postgraduate"},
        {"education", "小学", "primary"},
        {"education", "高中及以上", "senior"},
        {"education", "大专以上学历", "college"},
        {"education", "初中文化", "junior"},
        {"skill_level", "初级工", "level5"},
        {"skill_level", "五级", "level5"},
        {"skill_level", "中级工", "level4"},
        {"skill_level", "高级工", "level3"},
        {"skill_level", "技师", "level2"},
        {"skill_level", "高级技师", "level1"},
        {"skill_level", "无", "none"},
        {"skill_level", "初级工（五级）", "level5"},
        {"employment_status", "未就业", "unemployed"},
        {"employment_status", "失业", "unemployed"},
        {"employment_status", "灵活就业", "flexible"},
        {"employment_status", "已就业", "employed"},
        {"employment_form", "全职", "full_time"},
        {"employment_form", "劳务派遣", "dispatch"},
        {"employment_form", "临时工", "part_time"},
        {"service_type", "职业介绍", "job_referral"},
        {"service_type", "就业推荐", "job_referral"},
        {"service_type", "岗位推荐", "job_referral"},
        {"service_type", "技能培训", "training"},
        {"service_type", "培训", "training"},
        {"service_type", "创业", "entrepreneurship"},
        {"service_type", "创业扶持", "entrepreneurship"},
        {"service_type", "法律援助", "legal_aid"},
        {"service_type", "资金帮扶", "financial_aid"},
        {"service_type", "困难帮扶", "financial_aid"},
        {"service_type", "心理疏导", "psychological"},
        {"service_type", "心理咨询", "psychological"},
        {"occupation_group", "6", "6"},
        {"occupation_group", "生产制造及有关人员", "6"},
        {"occupation_group", "生产制造", "6"},
        {"occupation_group", "第六大类", "6"},
        {"occupation_group", "专业技术人员", "2"},
        {"occupation_group", "9", nullptr},
        {"no_such_list", "农民工", nullptr},
    };
    for (const Row& row : rows) {
        INFO(row.list << " / " << row.text);
        const auto id = lookup->find(q(row.list), q(row.text));
        if (row.code) {
            REQUIRE(id.has_value());
            CHECK(*id == f.item(row.list, row.code));
        } else {
            CHECK_FALSE(id.has_value());
        }
    }

    QStringList unknown;
    const QVector<qint64> ids = lookup->findAll(
        QStringLiteral("key_group"), {q("农民工"), q("困难职工 残疾人"), q("大学生"), q("外出务工")}, &unknown);
    CHECK(ids == QVector<qint64>{f.item("key_group", "migrant_worker"), f.item("key_group", "hardship"),
                                 f.item("key_group", "disabled")});
    CHECK(u8(unknown.join(QLatin1Char('|'))) == "大学生");
}

TEST_CASE("ReferenceLookup finds organisations by name, short name and code", "[import][values][lookup]")
{
    LookupFixture f;
    const qint64 extra = [&f] {
        OrganisationRepository orgs(f.db->connection());
        // A second 包公 unit makes the short name 包公 ambiguous.
        const auto unit = orgs.addSubUnit(orgs.home()->id, q("包公街道"), OrgKind::Town);
        REQUIRE(unit.hasValue());
        return unit->id;
    }();
    const auto lookup = ReferenceLookup::load(f.db->connection());
    REQUIRE(lookup.hasValue());
    const qint64 home = lookup->homeOrganisation();
    CHECK(home == OrganisationRepository(f.db->connection()).home()->id);

    struct Row
    {
        const char* text;
        qint64 expected; // 0: not found
    };
    const std::vector<Row> rows = {
        {"店埠镇", f.towns.value(q("店埠镇"))},
        {"店埠", f.towns.value(q("店埠镇"))},
        {" 店埠镇 ", f.towns.value(q("店埠镇"))},
        {"店埠镇工会", f.towns.value(q("店埠镇"))},
        {"撮镇", f.towns.value(q("撮镇镇"))},
        {"长临河", f.towns.value(q("长临河镇"))},
        {"龙岗开发区", f.towns.value(q("龙岗开发区"))},
        {"肥东县", home},
        {"肥东", home},
        {"340122", home},
        {"安徽省合肥市肥东县", home},
        {"合肥市肥东县", home},
        {"包公镇", f.towns.value(q("包公镇"))},
        {"包公街道", extra},
        {"包公", 0},
        {"长丰县", 0},
        {"不存在的镇", 0},
        {"", 0},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        const auto id = lookup->organisation(q(row.text));
        CHECK(id.value_or(0) == row.expected);
    }
    const auto byCode = OrganisationRepository(f.db->connection()).all();
    REQUIRE(byCode.hasValue());
    for (const Organisation& o : *byCode)
        if (o.code.contains(QLatin1Char('-'))) {
            INFO(u8(o.code));
            CHECK(lookup->organisation(o.code).value_or(0) == o.id);
        }
}

TEST_CASE("ReferenceLookup tells places in the home province from places outside it", "[import][values][lookup]")
{
    LookupFixture f;
    const auto lookup = ReferenceLookup::load(f.db->connection());
    REQUIRE(lookup.hasValue());
    struct Row
    {
        const char* text;
        int expected; // 1 in, 0 out, -1 unknown
    };
    static const std::vector<Row> rows = {
        {"合肥", 1}, {"安徽芜湖", 1}, {"肥西县", 1}, {"浙江宁波", 0}, {"江苏省苏州市", 0},
        {"上海", 0}, {"广东深圳", 0}, {"苏州", 0},   {"宿州", 1},     {"工地", -1},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        const auto in = lookup->inHomeProvince(q(row.text));
        CHECK((in ? (*in ? 1 : 0) : -1) == row.expected);
    }
}
