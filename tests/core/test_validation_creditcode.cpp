// Table-driven tests for unified social credit codes (GB 32100-2015). Check characters were computed by an
// independent script or come from published codes, never from the code under test.

#include "core/validation/CreditCode.h"
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

const char* statusName(CreditCodeCheck::Status s)
{
    switch (s) {
    case CreditCodeCheck::Status::Valid:
        return "Valid";
    case CreditCodeCheck::Status::ChecksumWarning:
        return "ChecksumWarning";
    case CreditCodeCheck::Status::Invalid:
        return "Invalid";
    case CreditCodeCheck::Status::Missing:
        return "Missing";
    }
    return "?";
}

} // namespace

TEST_CASE("creditCodeCheckChar", "[validation][creditcode]")
{
    struct Row
    {
        const char* first17;
        char16_t check; // 0 = null QChar expected
    };
    static const std::vector<Row> rows = {
        {"91350100M000100Y4", u'3'}, // published example 91350100M000100Y43
        {"91340100MA2NA2KX5", u'T'}, {"91110000100000000", u'R'},
        {"9134010071T000000", u'0'}, // sum divisible by 31: 31 → 0
        {"91340100MA2C00001", u'Y'}, // largest value, 30
        {"9135010OM000100Y4", 0},    // O is not in the alphabet
        {"91350100M000100y4", 0},    // lower case is normalised by checkCreditCode, not here
        {"91350100M000100Y", 0},     {"", 0},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("first17: " << row.first17);
    CHECK(creditCodeCheckChar(QString::fromUtf8(row.first17)) == QChar(row.check));
}

TEST_CASE("checkCreditCode", "[validation][creditcode]")
{
    using S = CreditCodeCheck::Status;
    struct Row
    {
        const char* input;
        S status;
        const char* normalized;
        const char* mustMention;
    };
    static const std::vector<Row> rows = {
        {"91350100M000100Y43", S::Valid, "91350100M000100Y43", ""},
        {"91350100m000100y43", S::Valid, "91350100M000100Y43", ""},
        {"９１３５０１００Ｍ０００１００Ｙ４３", S::Valid, "91350100M000100Y43", ""},
        {" 9135 0100 M000 100Y 43\u00A0", S::Valid, "91350100M000100Y43", ""},
        {"91340100MA2NA2KX5T", S::Valid, "91340100MA2NA2KX5T", ""},
        {"9134010071T0000000", S::Valid, "9134010071T0000000", ""},
        {"91340100MA2C00001Y", S::Valid, "91340100MA2C00001Y", ""},
        // Wrong check character: a warning naming the expected one.
        {"91350100M000100Y44", S::ChecksumWarning, "91350100M000100Y44", "应为 3"},
        {"91340100MA2NA2KX5U", S::ChecksumWarning, "91340100MA2NA2KX5U", "gives T"},
        // Letters left out of the alphabet, wrong length, stray punctuation.
        {"91350100M000100I43", S::Invalid, "91350100M000100I43", "I"},
        {"91350100O000100Y43", S::Invalid, "91350100O000100Y43", "O"},
        {"91350100S000100Y43", S::Invalid, "91350100S000100Y43", "S"},
        {"91350100V000100Y43", S::Invalid, "91350100V000100Y43", "V"},
        {"91350100Z000100Y43", S::Invalid, "91350100Z000100Y43", "Z"},
        {"91350100M000100Y4", S::Invalid, "91350100M000100Y4", "17"},
        {"91350100M000100Y433", S::Invalid, "91350100M000100Y433", "19"},
        {"91350100-M000100Y43", S::Invalid, "91350100-M000100Y43", "-"},
        {"9135%20100", S::Invalid, "9135%20100", "“9135%20100”有 10 位"}, // a % in input must not eat arguments
        {"", S::Missing, "", ""},
        {" \u3000", S::Missing, "", ""},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    const CreditCodeCheck r = checkCreditCode(QString::fromUtf8(row.input));
    INFO("status: " << statusName(r.status) << " message: " << u8(r.message.text()));
    CHECK(r.status == row.status);
    CHECK(u8(r.normalized) == row.normalized);
    CHECK(r.acceptable() == (row.status == S::Valid || row.status == S::ChecksumWarning));
    if (row.status == S::Valid) {
        CHECK(r.message.isEmpty());
    } else {
        CHECK(jb::test::mentions(r.message, row.mustMention));
        CHECK(jb::test::inBothLanguages(r.message));
        CHECK(r.message.text().startsWith(QStringLiteral("统一社会信用代码")));
    }
}
