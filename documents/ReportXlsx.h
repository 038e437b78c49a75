#pragma once
// ReportXlsx: the monthly report as an Excel workbook (libxlsxwriter): a sheet per section, totals and percentages
// as formulas over the sheet's own cells (with their values cached, so a viewer that does not recalculate shows
// the same numbers), frozen header rows, column widths from the content, A4 portrait print setup fitted to the
// page width with page numbers. Written to a temporary file beside the target and renamed over it, so a failure
// never leaves half a workbook.

#include "documents/ReportTables.h"

namespace jb::report {

class ReportXlsx final
{
public:
    static bool write(const ReportDocument& document, const QString& path, QString* error = nullptr);

    // "A", "B", … "Z", "AA": the spreadsheet name of a zero-based column.
    static QString columnName(int column);
};

} // namespace jb::report
