// Table-driven tests for the date forms Chinese Excel produces, including serial numbers in the 1900 system.

#include "core/validation/ExcelDate.h"
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

TEST_CASE("parseExcelDate reads every accepted form", "[validation][exceldate]")
{
    struct Row
    {
        const char* input;
        QDate expected;
    };
    static const std::vector<Row> rows = {
        {"2024/2/23", QDate(2024, 2, 23)},
        {"2024/02/23", QDate(2024, 2, 23)},
        {"2024-02-23", QDate(2024, 2, 23)},
        {"2024-2-3", QDate(2024, 2, 3)},
        {"2024年2月23日", QDate(2024, 2, 23)},
        {"2024年2月23", QDate(2024, 2, 23)},
        {"2024 年 2 月 23 日", QDate(2024, 2, 23)},
        {"2024.2.23", QDate(2024, 2, 23)},
        {"20240223", QDate(2024, 2, 23)},
        {"2024/2/23 10:30", QDate(2024, 2, 23)},
        {"2024-02-23 10:30:00", QDate(2024, 2, 23)},
        {"2024-02-23T10:30:00", QDate(2024, 2, 23)},
        {"2024年2月23日 8:05", QDate(2024, 2, 23)},
        {"２０２４年２月２３日", QDate(2024, 2, 23)},
        {"２０２４／２／２３", QDate(2024, 2, 23)},
        {" 2024-02-23\u00A0", QDate(2024, 2, 23)},
        {"2024-02-29", QDate(2024, 2, 29)},
        {"2000/2/29", QDate(2000, 2, 29)},
        // Excel serials, 1900 date system.
        {"45345", QDate(2024, 2, 23)},
        {"45345.4375", QDate(2024, 2, 23)}, // 10:30
        {"４５３４５", QDate(2024, 2, 23)},
        {"1", QDate(1900, 1, 1)},
        {"59", QDate(1900, 2, 28)},
        {"61", QDate(1900, 3, 1)},
        {"36526", QDate(2000, 1, 1)},
        {"2958465", QDate(9999, 12, 31)},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    const DateParse r = parseExcelDate(QString::fromUtf8(row.input));
    INFO("message: " << u8(r.message.text()));
    REQUIRE(r.date.has_value());
    CHECK(u8(formatDate(*r.date)) == u8(formatDate(row.expected)));
    CHECK(r.message.isEmpty());
    CHECK_FALSE(r.blank);
}

TEST_CASE("parseExcelDate refuses impossible dates and unknown forms, naming the accepted forms",
          "[validation][exceldate]")
{
    struct Row
    {
        const char* input;
        const char* mustMention;
    };
    static const std::vector<Row> rows = {
        {"60", "1900"}, // Excel's fictitious 1900-02-29
        {"0", "not a date"},
        {"2958466", "not a date"},
        {"2023-02-29", "2023-2 has no day 29"},
        {"2023/2/29", "2023年2月没有29日"},
        {"20230229", "29"},
        {"2023年2月29日", "29"},
        {"2024/13/1", "no month 13"},
        {"2024-04-31", "31"},
        {"1899/12/31", "before 1900"},
        {"2024/2-23", "not a recognised date"},
        {"23/2/2024", "not a recognised date"},
        {"2/23/2024", "not a recognised date"},
        {"24/2/23", "not a recognised date"},
        {"2024-02-23 25:00", "25:00"},
        {"-5", "not a recognised date"},
        {"12345678901", "not a recognised date"},
        {"明天", "明天"},
        {"2024", "only a year"},
        {"１９９０", "只有年份"},
    };
    const Row row = GENERATE(from_range(rows));
    INFO("input: " << row.input);
    const DateParse r = parseExcelDate(QString::fromUtf8(row.input));
    INFO("message: " << u8(r.message.text()));
    CHECK_FALSE(r.date.has_value());
    CHECK_FALSE(r.blank);
    CHECK(jb::test::mentions(r.message, row.mustMention));
    // Both languages tell the officer what to write instead.
    CHECK(r.message.text().contains(QStringLiteral("2024年2月23日")));
    CHECK(r.message.text().contains(QStringLiteral("请写成")));
    CHECK(r.message.sourceText().contains(QStringLiteral("write it in one of these forms")));
    CHECK(r.message.sourceText().contains(QStringLiteral("2024年2月23日")));
}

TEST_CASE("parseExcelDate marks a blank cell as blank", "[validation][exceldate]")
{
    const char* input = GENERATE("", "   ", "\u3000", "\u200B");
    const DateParse r = parseExcelDate(QString::fromUtf8(input));
    CHECK(r.blank);
    CHECK_FALSE(r.date.has_value());
    CHECK(r.message.sourceText().startsWith(QStringLiteral("The date is missing")));
    CHECK(r.message.text().startsWith(QStringLiteral("日期为空")));
}

TEST_CASE("formatDate writes ISO dates", "[validation][exceldate]")
{
    CHECK(u8(formatDate(QDate(2024, 2, 3))) == "2024-02-03");
    CHECK(u8(formatDate(QDate(1900, 1, 1))) == "1900-01-01");
    CHECK(u8(formatDate(QDate(9999, 12, 31))) == "9999-12-31");
    CHECK(formatDate(QDate()).isEmpty());
}
