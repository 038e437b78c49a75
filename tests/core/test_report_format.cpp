// The report format a file name asks for: the one choice the Reports page and `jobbridge-cli report` share.

#include "core/reports/ReportFormat.h"

#include <catch2/catch.hpp>
#include <cstring>

using jb::core::ReportFormat;
using jb::core::reportFormatForPath;

TEST_CASE("report format: each ending gives its format, in any case and any folder", "[report][format]")
{
    const struct
    {
        const char* path;
        ReportFormat format;
    } cases[] = {
        {"monthly.pdf", ReportFormat::Pdf},
        {"monthly.xlsx", ReportFormat::Xlsx},
        {"monthly.csv", ReportFormat::Csv},
        {"MONTHLY.PDF", ReportFormat::Pdf},
        {"Monthly.Xlsx", ReportFormat::Xlsx},
        {"monthly.CSV", ReportFormat::Csv},
        {"no/such/dir/肥东县-2026年3月-月报.pdf", ReportFormat::Pdf},
        {"report.2026-03.xlsx", ReportFormat::Xlsx},
    };
    for (const auto& c : cases) {
        INFO(c.path);
        const auto format = reportFormatForPath(QString::fromUtf8(c.path));
        REQUIRE(format.hasValue());
        CHECK(*format == c.format);
    }
}

TEST_CASE("report format: any other name is refused with a message naming the three endings", "[report][format]")
{
    for (const char* path : {"monthly.docx", "monthly", "monthly.pdf.bak", "monthly.", ".csv.txt", ""}) {
        INFO(path);
        const auto format = reportFormatForPath(QString::fromUtf8(path));
        REQUIRE_FALSE(format.hasValue());
        CHECK(std::strcmp(format.message().context(), "Reports") == 0);
        CHECK(format.message().sourceText() == QStringLiteral("Choose a file ending in .pdf, .xlsx or .csv."));
        // The core tests run in Chinese: the officer reads the refusal in Chinese.
        CHECK(format.error() == QStringLiteral("请选择以 .pdf、.xlsx 或 .csv 结尾的文件名。"));
    }
}
