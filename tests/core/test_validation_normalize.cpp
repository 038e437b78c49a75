// Table-driven tests for the cell clean-up that runs before every validator.

#include "core/validation/Normalize.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace jb::core;

namespace {

struct Row
{
    const char* input; // UTF-8
    const char* expected;
};

std::string u8(const QString& s)
{
    return s.toStdString();
}

} // namespace

TEST_CASE("toHalfWidth maps full-width ASCII and the ideographic space, nothing else", "[validation][normalize]")
{
    static const std::vector<Row> rows = {
        {"ＡＢＣｘｙｚ", "ABCxyz"},
        {"０１２３４５６７８９", "0123456789"},
        {"１２３，４５６", "123,456"},
        {"！", "!"},  // U+FF01, first of the block
        {"～", "~"},  // U+FF5E, last of the block
        {"｟", "｟"}, // U+FF5F, just past the block: untouched
        {"（０５５１）", "(0551)"},
        {"张　三", "张 三"},      // U+3000
        {"甲、乙。", "甲、乙。"}, // CJK punctuation has no ASCII twin
        {"《劳动法》", "《劳动法》"},
        {"abc 123", "abc 123"},
        {"", ""},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    CHECK(u8(toHalfWidth(QString::fromUtf8(row.input))) == row.expected);
}

TEST_CASE("normalizeCell removes invisible characters and collapses whitespace", "[validation][normalize]")
{
    static const std::vector<Row> rows = {
        {"  张三  ", "张三"},
        {"张　三", "张 三"},
        {"\u3000\u3000", ""},
        {"a\u200Bb", "ab"},
        {"\xEF\xBB\xBF"
         "abc",
         "abc"}, // BOM at the start of the first cell of a file
        {"a\u200C\u200D\u2060b", "ab"},
        {"a\u00A0\u00A0b", "a b"},
        {"a \t\r\n b", "a b"},
        {"\u00A0 x \u00A0", "x"},
        {"１２３，４５６", "123,456"},
        {"合肥市  蜀山区   笔架山街道", "合肥市 蜀山区 笔架山街道"},
        {"", ""},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    CHECK(u8(normalizeCell(QString::fromUtf8(row.input))) == row.expected);
}

TEST_CASE("normalizeCode also removes the spaces inside a code", "[validation][normalize]")
{
    static const std::vector<Row> rows = {
        {"340122 1990 0101 1231", "340122199001011231"},
        {"３４０１２２　１９９０", "3401221990"},
        {" 9135\u00A00100 ", "91350100"},
        {"", ""},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    CHECK(u8(normalizeCode(QString::fromUtf8(row.input))) == row.expected);
}
