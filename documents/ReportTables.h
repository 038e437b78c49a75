#pragma once
// ReportTables: the monthly report laid out as sections of tables of cells, once, so the PDF, the XLSX workbook and
// the CSV file show the same numbers. A cell carries its value and, where it is a total or a percentage, the
// formula that gives it (from cells of the same table), which the XLSX writer writes as a spreadsheet formula and
// the other formats show as the value. Nothing here counts records: every figure comes from core::MonthlyReport.

#include "core/reports/MonthlyReport.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace jb::report {

// How a cell's value follows from other cells of its table (the XLSX writer turns it into a formula).
struct ReportFormula
{
    enum class Op {
        None,
        Sum,        // the sum of this column over the table's body rows
        Ratio,      // Σ left columns / Σ right columns, blank when the right side is not positive
        Product,    // left column × right column
        Difference, // left column − right column
    };
    Op op = Op::None;
    QVector<int> left;  // column indexes
    QVector<int> right; // column indexes
    int rightRow = -1;  // Ratio only: body row of the right side (-1: this row)
};

struct ReportCell
{
    enum class Kind { Empty, Text, Integer, Decimal, Percent };
    Kind kind = Kind::Empty;
    QString text;     // Text
    double value = 0; // Integer, Decimal, Percent (a fraction: 0.452 shows as 45.2%)
    ReportFormula formula;

    static ReportCell empty() { return {}; }
    static ReportCell label(const QString& text);
    static ReportCell integer(qint64 value);
    static ReportCell decimal(double value);
    static ReportCell percent(double fraction);
    // A whole number when `value` is one, else a decimal; empty when there is none.
    static ReportCell number(const std::optional<double>& value);
};

struct ReportRow
{
    enum class Role { Body, Total };
    QVector<ReportCell> cells;
    Role role = Role::Body;
};

struct ReportTable
{
    QString title; // may be empty
    QStringList header;
    QVector<ReportRow> rows;
    int textColumns = 1; // the first columns hold text (left-aligned), the rest numbers
    QString note;        // a line printed under the table, may be empty
};

// A bar chart of the PDF: one bar per row, against its target (a tick) and, where given, the pace expected by the
// as-of day (a line).
struct ChartBar
{
    QString label;
    double actual = 0;
    std::optional<double> target;
    std::optional<double> expected;
    core::PaceStatus status = core::PaceStatus::NoTarget;
};

struct ReportChart
{
    enum class Kind { Completion, Bars }; // completion %: actual ÷ target per bar; bars: actual values
    Kind kind = Kind::Bars;
    QString title;
    QString legend;
    QString noTarget; // shown for a completion bar without a target
    QVector<ChartBar> bars;
};

struct ReportSection
{
    QString key;       // "summary", "sub_units", "key_groups", "fairs", "referrals", "promise", "services",
                       // "insurance", "corrections"
    QString title;     // heading in the PDF and the CSV
    QString sheetName; // XLSX sheet (≤ 31 characters)
    QVector<ReportTable> tables;
    std::optional<ReportChart> chart; // drawn before the tables in the PDF; not in the CSV or XLSX
};

// The report's words and sections, in the language installed when it was built (core/i18n/Language.h).
struct ReportDocument
{
    QString title;        // "肥东县就业帮扶工作月报"
    QString organisation; // "肥东县 (340122)"
    QString period;       // "2026年3月 (2026-03-01 — 2026-03-31)"
    QString madeOn;       // "制表日期 2026-04-02"
    QString asOf;         // "统计截至 2026-03-31"
    QString status;       // "已报送 2026-04-03 09:12 张三" or "未报送（草稿）"
    QString pageNumber;   // "第 %1 页 / 共 %2 页": %1 the page, %2 the pages (the PDF's and the workbook's footer)
    QVector<ReportSection> sections;
};

ReportDocument buildReportDocument(const core::MonthlyReport& report);

// The text every format shows for a cell: integers as digits, decimals with up to two places, percentages with
// one place and a % sign, empty cells as nothing.
QString cellText(const ReportCell& cell);

} // namespace jb::report
