#include "documents/ReportCells.h"

#include <utility>

namespace jb::report::cells {

ReportSection makeSection(const QString& key, const QString& title)
{
    ReportSection section;
    section.key = key;
    section.title = title;
    section.sheetName = title;
    return section;
}

ReportCell formulaCell(ReportFormula::Op op, QVector<int> left, QVector<int> right, int rightRow)
{
    ReportCell cell;
    cell.formula.op = op;
    cell.formula.left = std::move(left);
    cell.formula.right = std::move(right);
    cell.formula.rightRow = rightRow;
    return cell;
}

ReportCell ratio(int numerator, int denominator)
{
    return formulaCell(ReportFormula::Op::Ratio, {numerator}, {denominator});
}

ReportRow totalRow(const QString& caption, int columns, const QVector<int>& summed)
{
    ReportRow row;
    row.role = ReportRow::Role::Total;
    row.cells.fill(ReportCell::empty(), columns);
    row.cells[0] = ReportCell::label(caption);
    for (int c : summed)
        row.cells[c] = formulaCell(ReportFormula::Op::Sum, {}, {});
    return row;
}

QVector<int> range(int from, int to)
{
    QVector<int> columns;
    for (int c = from; c < to; ++c)
        columns << c;
    return columns;
}

} // namespace jb::report::cells
