#include "documents/ReportTables.h"

#include "core/Message.h"
#include "documents/ReportSections.h"

#include <QLocale>
#include <cmath>

namespace jb::report {

namespace {

using Op = ReportFormula::Op;

bool isNumber(const ReportCell& cell)
{
    return cell.kind == ReportCell::Kind::Integer || cell.kind == ReportCell::Kind::Decimal ||
           cell.kind == ReportCell::Kind::Percent;
}

double valueAt(const ReportRow& row, int column)
{
    return column < row.cells.size() && isNumber(row.cells.at(column)) ? row.cells.at(column).value : 0.0;
}

double sumOf(const ReportRow& row, const QVector<int>& columns)
{
    double total = 0;
    for (int c : columns)
        total += valueAt(row, c);
    return total;
}

// Gives every formula cell the value its formula yields, so the PDF and CSV show what the spreadsheet computes.
void evaluate(ReportTable& table)
{
    QVector<int> bodyRows;
    for (int r = 0; r < table.rows.size(); ++r)
        if (table.rows.at(r).role == ReportRow::Role::Body)
            bodyRows << r;
    for (ReportRow& row : table.rows) {
        for (int c = 0; c < row.cells.size(); ++c) {
            ReportCell& cell = row.cells[c];
            const ReportFormula& f = cell.formula;
            switch (f.op) {
            case Op::None:
                break;
            case Op::Sum: {
                double total = 0;
                bool integral = true;
                for (int r : std::as_const(bodyRows)) {
                    const ReportCell& source = table.rows.at(r).cells.value(c);
                    if (isNumber(source))
                        total += source.value;
                    integral = integral && source.kind != ReportCell::Kind::Decimal;
                }
                cell.kind = integral ? ReportCell::Kind::Integer : ReportCell::Kind::Decimal;
                cell.value = total;
                break;
            }
            case Op::Ratio: {
                const ReportRow& denominatorRow =
                    f.rightRow >= 0 && f.rightRow < bodyRows.size() ? table.rows.at(bodyRows.at(f.rightRow)) : row;
                const double denominator = sumOf(denominatorRow, f.right);
                cell.kind = denominator > 0 ? ReportCell::Kind::Percent : ReportCell::Kind::Empty;
                cell.value = denominator > 0 ? sumOf(row, f.left) / denominator : 0.0;
                break;
            }
            case Op::Product:
                cell.kind = ReportCell::Kind::Decimal;
                cell.value = valueAt(row, f.left.value(0)) * valueAt(row, f.right.value(0));
                break;
            case Op::Difference:
                cell.kind = ReportCell::Kind::Decimal;
                cell.value = valueAt(row, f.left.value(0)) - valueAt(row, f.right.value(0));
                break;
            }
        }
    }
}

} // namespace

ReportCell ReportCell::label(const QString& text)
{
    ReportCell cell;
    cell.kind = text.isEmpty() ? Kind::Empty : Kind::Text;
    cell.text = text;
    return cell;
}

ReportCell ReportCell::integer(qint64 value)
{
    ReportCell cell;
    cell.kind = Kind::Integer;
    cell.value = static_cast<double>(value);
    return cell;
}

ReportCell ReportCell::decimal(double value)
{
    ReportCell cell;
    cell.kind = Kind::Decimal;
    cell.value = value;
    return cell;
}

ReportCell ReportCell::percent(double fraction)
{
    ReportCell cell;
    cell.kind = Kind::Percent;
    cell.value = fraction;
    return cell;
}

ReportCell ReportCell::number(const std::optional<double>& value)
{
    if (!value)
        return empty();
    return std::floor(*value) == *value ? integer(static_cast<qint64>(*value)) : decimal(*value);
}

QString cellText(const ReportCell& cell)
{
    switch (cell.kind) {
    case ReportCell::Kind::Empty:
        return {};
    case ReportCell::Kind::Text:
        return cell.text;
    case ReportCell::Kind::Integer:
        return QString::number(static_cast<qint64>(std::llround(cell.value)));
    case ReportCell::Kind::Decimal: {
        QString text = QString::number(cell.value, 'f', 2);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text == QLatin1String("-0") ? QStringLiteral("0") : text;
    }
    case ReportCell::Kind::Percent:
        return QString::number(cell.value * 100.0, 'f', 1) + QLatin1Char('%');
    }
    return {};
}

ReportDocument buildReportDocument(const core::MonthlyReport& r)
{
    const bool chinese = sections::inChinese();
    ReportDocument doc;
    doc.title = JB_TR("Documents", "Employment assistance monthly report: %1").arg(r.org.name).text();
    doc.organisation = r.org.name + QStringLiteral(" (") + r.org.code + QLatin1Char(')');
    // The month's stored label is Chinese ("2026年3月"); English names the month.
    const QString monthLabel =
        chinese ? r.month.label : QLocale(QLocale::English).toString(r.month.start, QStringLiteral("MMMM yyyy"));
    doc.period = monthLabel + QStringLiteral(" (") + r.month.start.toString(Qt::ISODate) + QStringLiteral(" — ") +
                 r.month.end.toString(Qt::ISODate) + QLatin1Char(')');
    doc.madeOn = JB_TR("Documents", "Made on %1").arg(r.madeOn.toString(Qt::ISODate)).text();
    doc.asOf = JB_TR("Documents", "Counted up to %1").arg(r.thisMonth.asOf.toString(Qt::ISODate)).text();
    if (r.submittedAt) {
        doc.status =
            JB_TR("Documents", "Submitted %1").arg(r.submittedAt->toString(QStringLiteral("yyyy-MM-dd HH:mm"))).text();
        if (!r.submittedBy.isEmpty())
            doc.status += QLatin1Char(' ') + r.submittedBy;
    } else {
        doc.status = JB_TR("Documents", "Not submitted (draft)").text();
    }
    doc.pageNumber = JB_TR("Documents", "Page %1 of %2").text();

    doc.sections << sections::summary(r) << sections::subUnits(r) << sections::keyGroups(r) << sections::fairs(r)
                 << sections::referrals(r) << sections::promise(r) << sections::services(r) << sections::insurance(r)
                 << sections::projects(r);
    if (!r.corrections.isEmpty())
        doc.sections << sections::corrections(r);
    for (ReportSection& section : doc.sections)
        for (ReportTable& table : section.tables)
            evaluate(table);
    return doc;
}

} // namespace jb::report
