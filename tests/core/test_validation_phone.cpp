// Table-driven tests for mobile and landline numbers as officers type them.

#include "core/validation/Phone.h"
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

} // namespace

TEST_CASE("checkPhone accepts mobiles and landlines in the forms officers type", "[validation][phone]")
{
    struct Row
    {
        const char* input;
        const char* normalized;
        bool mobile;
    };
    static const std::vector<Row> rows = {
        {"13812345678", "13812345678", true},
        {"19912345678", "19912345678", true},
        {"+86 138 1234 5678", "13812345678", true},
        {"+8613812345678", "13812345678", true},
        {"+86-138-1234-5678", "13812345678", true},
        {"0086 13812345678", "13812345678", true},
        {"0086-138-1234-5678", "13812345678", true},
        {"86 13812345678", "13812345678", true},
        {"138-1234-5678", "13812345678", true},
        {"138 1234 5678", "13812345678", true},
        {"１３８１２３４５６７８", "13812345678", true},
        {"＋８６　１３８　１２３４　５６７８", "13812345678", true},
        {"\u00A0138\u200B12345678 ", "13812345678", true},
        {"0551-67654321", "0551-67654321", false},
        {"(0551)6765 4321", "0551-67654321", false},
        {"（０５５１）６７６５４３２１", "0551-67654321", false},
        {"0551 6765 4321", "0551-67654321", false},
        {"055167654321", "0551-67654321", false},
        {"0551-6765432", "0551-6765432", false},
        {"010-62345678", "010-62345678", false},
        {"01062345678", "010-62345678", false},
        {"(021) 5432 1098", "021-54321098", false},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    const PhoneCheck r = checkPhone(QString::fromUtf8(row.input));
    INFO("message: " << u8(r.message.text()));
    CHECK(r.ok);
    CHECK(u8(r.normalized) == row.normalized);
    CHECK(r.isMobile == row.mobile);
    CHECK(r.message.isEmpty());
}

TEST_CASE("checkPhone refuses what it cannot be sure of, saying why", "[validation][phone]")
{
    struct Row
    {
        const char* input;
        const char* mustMention;
    };
    static const std::vector<Row> rows = {
        {"", "为空"},
        {"1381234567", "10"},   // too short
        {"138123456789", "12"}, // too long
        {"12012345678", "3–9"}, // second digit
        {"11012345678", "3–9"},
        {"13812345678转123", "分机"},
        {"138abcd5678", "separators"},
        {"+1 415 555 0100", "mainland"},
        {"0044 20 7946 0000", "mainland"},
        {"0551-123", "7–8"},
        {"0551-123456789", "7–8"},
        {"0551-07654321", "0 或 1"}, // local numbers never start with 0 or 1
        {"010-12345678", "start with 0 or 1"},
        {"05-67654321", "7–8"},          // area code too short
        {"67654321", "neither"},         // no area code
        {"+86 551 67654321", "neither"}, // international landline form is not accepted
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    const PhoneCheck r = checkPhone(QString::fromUtf8(row.input));
    INFO("message: " << u8(r.message.text()));
    CHECK_FALSE(r.ok);
    CHECK(r.normalized.isEmpty());
    CHECK(jb::test::mentions(r.message, row.mustMention));
    CHECK(r.message.text().startsWith(QStringLiteral("电话号码")));
    CHECK(r.message.sourceText().startsWith(QStringLiteral("The phone number")));
}

TEST_CASE("maskPhone", "[validation][phone]")
{
    struct Row
    {
        const char* input;
        const char* masked;
    };
    static const std::vector<Row> rows = {
        {"13812345678", "138****5678"},
        {"+86 138 1234 5678", "138****5678"},
        {"0551-67654321", "0551-******21"},
        {"(0551)6765432", "0551-*****32"},
        {"010-62345678", "010-******78"},
        {"12345", "***45"},
        {"7", "*"},
        {"", ""},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    CHECK(u8(maskPhone(QString::fromUtf8(row.input))) == row.masked);
}
