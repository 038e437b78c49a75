// Cells of the error file are written so that Excel shows them exactly as the officer's list had them.

#include "core/import/checking/ErrorFileWriter.h"

#include <catch2/catch.hpp>

using jb::core::ErrorFileWriter;

TEST_CASE("Error-file cells keep IDs as text, quote what CSV needs and never become formulas", "[import][errors]")
{
    struct Row
    {
        const char* in;
        const char* out;
    };
    const Row rows[] = {
        {"张三", "张三"},
        {"340122199001011234", "\"=\"\"340122199001011234\"\"\""}, // Excel reads ="…" as text
        {"合肥,肥东", "\"合肥,肥东\""},
        {"说\"好\"的", "\"说\"\"好\"\"的\""},
        {"第一行\n第二行", "\"第一行\n第二行\""},
        {"=HYPERLINK(\"http://x\",\"点我\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\""},
        {"+86 138", "'+86 138"},
        {"@SUM(A1)", "'@SUM(A1)"},
        {"-cmd", "'-cmd"},
        {"-5", "-5"},
        {"", ""},
    };
    for (const Row& row : rows) {
        INFO(row.in << " → " << ErrorFileWriter::csvCell(QString::fromUtf8(row.in)).toStdString());
        CHECK(ErrorFileWriter::csvCell(QString::fromUtf8(row.in)) == QString::fromUtf8(row.out));
    }
}
