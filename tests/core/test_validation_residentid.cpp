// Table-driven tests for resident ID checks (GB 11643-1999). Expected check characters come from published examples
// or were computed by hand / by an independent script, never by the code under test.

#include "core/validation/ResidentId.h"
#include "support/MessageChecks.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace jb::core;

namespace {

std::string u8(const QString& s)
{
    return s.toStdString();
}

// Fixed so that "future birth date" rows do not change meaning as time passes.
const QDate kToday(2025, 6, 1);

const char* problemName(IdProblem p)
{
    switch (p) {
    case IdProblem::None:
        return "None";
    case IdProblem::Missing:
        return "Missing";
    case IdProblem::ExcelDamaged:
        return "ExcelDamaged";
    case IdProblem::BadFormat:
        return "BadFormat";
    case IdProblem::BadChecksum:
        return "BadChecksum";
    case IdProblem::BadBirthDate:
        return "BadBirthDate";
    case IdProblem::UnknownAddress:
        return "UnknownAddress";
    }
    return "?";
}

bool hasCjk(QStringView s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

bool hasLatinWord(QStringView s)
{
    int run = 0;
    for (const QChar c : s) {
        run = (c.unicode() < 0x80 && c.isLetter()) ? run + 1 : 0;
        if (run >= 4)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("residentIdCheckChar matches published and hand-computed examples", "[validation][residentid]")
{
    struct Row
    {
        const char* first17;
        char16_t check; // 0 = null QChar expected
    };
    static const std::vector<Row> rows = {
        {"11010519491231002", u'X'}, // the GB 11643 example
        {"44052418800101001", u'4'}, // the other widely published example
        {"34012219900101123", u'1'}, {"34012219900101100", u'4'},
        {"34012219900118000", u'0'}, {"34262119800101123", u'X'},
        {"1101051949123100", 0},   // 16 digits
        {"110105194912310021", 0}, // 18 digits
        {"1101051949123100A", 0},    {"", 0},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("first17: " << row.first17);
    CHECK(residentIdCheckChar(QString::fromUtf8(row.first17)) == QChar(row.check));
}

TEST_CASE("checkResidentId accepts valid numbers and reads birth date, gender and address", "[validation][residentid]")
{
    struct Row
    {
        const char* input;
        const char* number;
        QDate birth;
        ResidentIdInfo::Gender gender;
        bool legacy;
        bool retired;
        const char* addressName;
    };
    using G = ResidentIdInfo::Gender;
    static const std::vector<Row> rows = {
        {"11010519491231002X", "11010519491231002X", QDate(1949, 12, 31), G::Female, false, false, "北京市朝阳区"},
        {"11010519491231002x", "11010519491231002X", QDate(1949, 12, 31), G::Female, false, false, "北京市朝阳区"},
        {"１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X", QDate(1949, 12, 31), G::Female, false, false,
         "北京市朝阳区"},
        {" 110105 19491231 002x\u00A0", "11010519491231002X", QDate(1949, 12, 31), G::Female, false, false,
         "北京市朝阳区"},
        {"'11010519491231002X", "11010519491231002X", QDate(1949, 12, 31), G::Female, false, false, "北京市朝阳区"},
        {"=\"11010519491231002X\"", "11010519491231002X", QDate(1949, 12, 31), G::Female, false, false, "北京市朝阳区"},
        {"340122199001011231", "340122199001011231", QDate(1990, 1, 1), G::Male, false, false, "安徽省合肥市肥东县"},
        {"340122199202290038", "340122199202290038", QDate(1992, 2, 29), G::Male, false, false, "安徽省合肥市肥东县"},
        // A genuine number may end in 000 when the check character happens to be 0: not Excel damage.
        {"340122199001180000", "340122199001180000", QDate(1990, 1, 18), G::Female, false, false, "安徽省合肥市肥东县"},
        // Legacy 15 digits: 19 inserted after the address, check character computed.
        {"340122900101123", "340122199001011231", QDate(1990, 1, 1), G::Male, true, false, "安徽省合肥市肥东县"},
        {"340122 900101 124", "34012219900101124X", QDate(1990, 1, 1), G::Female, true, false, "安徽省合肥市肥东县"},
        // Retired address codes were valid when the ID was issued.
        {"34262119800101123X", "34262119800101123X", QDate(1980, 1, 1), G::Male, false, true, "安徽省巢湖地区肥东县"},
        {"110103198506150046", "110103198506150046", QDate(1985, 6, 15), G::Female, false, true, "北京市崇文区"},
        // Born today is fine.
        {"34012220250601001X", "34012220250601001X", QDate(2025, 6, 1), G::Male, false, false, "安徽省合肥市肥东县"},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    const ResidentIdCheck r = checkResidentId(QString::fromUtf8(row.input), AreaCodes::instance(), kToday);
    INFO("problem: " << problemName(r.problem) << " message: " << u8(r.message.text()));
    REQUIRE(r.ok());
    REQUIRE(r.info.has_value());
    CHECK(u8(r.info->number) == row.number);
    CHECK(r.info->birthDate == row.birth);
    CHECK(r.info->gender == row.gender);
    CHECK(r.info->upgradedFromLegacy == row.legacy);
    CHECK(r.info->addressRetired == row.retired);
    CHECK(u8(r.info->addressCode) == std::string(row.number).substr(0, 6));
    CHECK(u8(r.info->addressName) == row.addressName);
    // Notes only when there is something to tell the officer.
    CHECK(r.message.isEmpty() == (!row.legacy && !row.retired));
}

TEST_CASE("checkResidentId rejects bad numbers with the right problem", "[validation][residentid]")
{
    struct Row
    {
        const char* input;
        IdProblem problem;
        const char* mustMention; // a fragment the message has to contain, "" for none
    };
    static const std::vector<Row> rows = {
        {"", IdProblem::Missing, ""},
        {"  \u3000 ", IdProblem::Missing, ""},
        // Excel's two kinds of damage.
        {"3.40122E+17", IdProblem::ExcelDamaged, "文本"},
        {"3.40122199001011e17", IdProblem::ExcelDamaged, "Text"},
        {"3.40122E17", IdProblem::ExcelDamaged, "文本"},
        {"3.40122199001011E+017", IdProblem::ExcelDamaged, "文本"}, // LibreOffice writes three exponent digits
        {"340122199001011000", IdProblem::ExcelDamaged, "文本"},
        {"110105194912310000", IdProblem::ExcelDamaged, "Text"},
        // Format.
        {"34012219900101123", IdProblem::BadFormat, "17"},
        {"3401221990010112311", IdProblem::BadFormat, "19"},
        {"34012219900101123A", IdProblem::BadFormat, "X"},
        {"34012219900101X231", IdProblem::BadFormat, "X"},
        {"34012290010112A", IdProblem::BadFormat, ""},
        {"34O122199001011231", IdProblem::BadFormat, ""},
        // Check character: the message names the expected one.
        {"340122199001011234", IdProblem::BadChecksum, "应为 1"},
        {"110105194912310021", IdProblem::BadChecksum, "expected X"},
        {"11010519491231002Y", IdProblem::BadFormat, ""},
        // Birth dates (check characters valid, so only the date can be at fault).
        {"340122202302290013", IdProblem::BadBirthDate, "20230229"}, // 29 Feb in a non-leap year
        {"340122199002290025", IdProblem::BadBirthDate, "19900229"},
        {"340122203001010019", IdProblem::BadBirthDate, "2030-01-01"}, // in the future
        {"340122202506020015", IdProblem::BadBirthDate, "2025-06-02"}, // tomorrow
        {"440524188001010014", IdProblem::BadBirthDate, "1900"},       // published example, but born 1880
        {"340122900230123", IdProblem::BadBirthDate, "19900230"},      // legacy number, 30 Feb
        // Address.
        {"349999199001010015", IdProblem::UnknownAddress, "349999"},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    const ResidentIdCheck r = checkResidentId(QString::fromUtf8(row.input), AreaCodes::instance(), kToday);
    INFO("problem: " << problemName(r.problem) << " message: " << u8(r.message.text()));
    CHECK(r.problem == row.problem);
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.info.has_value());
    CHECK(jb::test::mentions(r.message, row.mustMention));

    // In both languages: Chinese in the Chinese interface, English in the English one.
    CHECK(hasCjk(r.message.text()));
    CHECK(hasLatinWord(r.message.sourceText()));
    CHECK_FALSE(hasLatinWord(QStringView(r.message.text()).left(4)));
}

TEST_CASE("checkResidentId explains upgrades and retired codes on success", "[validation][residentid]")
{
    const auto legacy = checkResidentId(QStringLiteral("340122900101123"), AreaCodes::instance(), kToday);
    REQUIRE(legacy.ok());
    CHECK(legacy.message.text().contains(QStringLiteral("340122199001011231")));
    CHECK(legacy.message.sourceText().contains(QStringLiteral("15")));
    CHECK(jb::test::inBothLanguages(legacy.message));

    const auto retired = checkResidentId(QStringLiteral("34262119800101123X"), AreaCodes::instance(), kToday);
    REQUIRE(retired.ok());
    CHECK(retired.message.text().contains(QStringLiteral("1983")));
    CHECK(retired.message.text().contains(QStringLiteral("巢湖地区")));
    CHECK(jb::test::inBothLanguages(retired.message));
}

TEST_CASE("without reference data the address check is skipped, not failed", "[validation][residentid]")
{
    const AreaCodes empty;
    const auto r = checkResidentId(QStringLiteral("349999199001010015"), empty, kToday);
    CHECK(r.ok());
    REQUIRE(r.info.has_value());
    CHECK_FALSE(r.info->addressRetired);
    CHECK(r.info->addressName.isEmpty());
    // The other checks still run.
    CHECK(checkResidentId(QStringLiteral("340122199001011234"), empty, kToday).problem == IdProblem::BadChecksum);
}

TEST_CASE("maskResidentId keeps the first 6 and last 4", "[validation][residentid]")
{
    struct Row
    {
        const char* input;
        const char* masked;
    };
    static const std::vector<Row> rows = {
        {"340122199001011234", "340122********1234"},
        {"11010519491231002X", "110105********002X"},
        {"340122900101123", "340122*****1123"},
        {"1234567890", "1234567890"},
        {"12345", "*****"},
        {"", ""},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    CHECK(u8(maskResidentId(QString::fromUtf8(row.input))) == row.masked);
}
