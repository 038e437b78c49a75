#pragma once
// Building blocks of the monthly report's tables (internal to jb_documents): a section, a cell whose value is a
// formula over other columns (evaluated by ReportTables, written as a formula by the XLSX writer), and a total row.

#include "documents/ReportTables.h"

#include <QString>
#include <QVector>

namespace jb::report::cells {

ReportSection makeSection(const QString& key, const QString& title);
ReportCell formulaCell(ReportFormula::Op op, QVector<int> left, QVector<int> right, int rightRow = -1);
// numerator ÷ denominator of this row, blank when the denominator is not positive.
ReportCell ratio(int numerator, int denominator);
// A total row of `columns` cells: `caption` first, the columns in `summed` as sums of the body rows.
ReportRow totalRow(const QString& caption, int columns, const QVector<int>& summed);
// The column indexes [from, to).
QVector<int> range(int from, int to);

} // namespace jb::report::cells
