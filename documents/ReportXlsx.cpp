#include "documents/ReportXlsx.h"

#include "core/Message.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <xlsxwriter.h>

namespace jb::report {

namespace {

using Op = ReportFormula::Op;

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

// Excel's column width unit is about one Latin character; a Chinese character takes two.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar ch : text)
        width += ch.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

struct Formats
{
    lxw_format* title = nullptr;
    lxw_format* section = nullptr;
    lxw_format* tableTitle = nullptr;
    lxw_format* header = nullptr;
    lxw_format* note = nullptr;
    lxw_format* cell[2][4] = {}; // [total row][text, integer, decimal, percent]

    explicit Formats(lxw_workbook* book)
    {
        title = workbook_add_format(book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        section = workbook_add_format(book);
        format_set_bold(section);
        format_set_font_size(section, 12);
        tableTitle = workbook_add_format(book);
        format_set_bold(tableTitle);
        header = workbook_add_format(book);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_border(header, LXW_BORDER_THIN);
        format_set_bg_color(header, 0xDCE6F1);
        note = workbook_add_format(book);
        format_set_italic(note);
        format_set_font_color(note, 0x555555);
        const char* numberFormats[4] = {nullptr, "0", "General", "0.0%"};
        for (int total = 0; total < 2; ++total)
            for (int kind = 0; kind < 4; ++kind) {
                lxw_format* f = workbook_add_format(book);
                format_set_border(f, LXW_BORDER_THIN);
                if (numberFormats[kind])
                    format_set_num_format(f, numberFormats[kind]);
                if (total) {
                    format_set_bold(f);
                    format_set_bg_color(f, 0xF2F2F2);
                }
                cell[total][kind] = f;
            }
    }
};

int formatIndex(const ReportCell& cell)
{
    if (cell.formula.op == Op::Ratio)
        return 3;
    switch (cell.kind) {
    case ReportCell::Kind::Empty:
    case ReportCell::Kind::Text:
        return 0;
    case ReportCell::Kind::Integer:
        return 1;
    case ReportCell::Kind::Decimal:
        return 2;
    case ReportCell::Kind::Percent:
        return 3;
    }
    return 0;
}

QString cellName(int row, int column)
{
    return ReportXlsx::columnName(column) + QString::number(row + 1);
}

QString sumOfCells(int row, const QVector<int>& columns)
{
    QStringList names;
    for (int c : columns)
        names << cellName(row, c);
    return names.size() == 1 ? names.constFirst()
                             : QStringLiteral("(") + names.join(QLatin1Char('+')) + QLatin1Char(')');
}

// The spreadsheet formula of a cell at sheet row `row`; `bodyRows` are the sheet rows of the table's body rows.
QString formulaText(const ReportFormula& f, int row, int column, const QVector<int>& bodyRows)
{
    switch (f.op) {
    case Op::None:
        return {};
    case Op::Sum:
        if (bodyRows.isEmpty())
            return {};
        return QStringLiteral("=SUM(%1:%2)")
            .arg(cellName(bodyRows.constFirst(), column), cellName(bodyRows.constLast(), column));
    case Op::Ratio: {
        const int denominatorRow = f.rightRow >= 0 && f.rightRow < bodyRows.size() ? bodyRows.at(f.rightRow) : row;
        const QString denominator = sumOfCells(denominatorRow, f.right);
        return QStringLiteral("=IF(N(%1)>0,%2/%1,\"\")").arg(denominator, sumOfCells(row, f.left));
    }
    case Op::Product:
        return QStringLiteral("=%1*%2").arg(cellName(row, f.left.value(0)), cellName(row, f.right.value(0)));
    case Op::Difference:
        return QStringLiteral("=%1-%2").arg(cellName(row, f.left.value(0)), cellName(row, f.right.value(0)));
    }
    return {};
}

// One section's sheet being written: keeps libxlsxwriter's first error and the widths the columns need.
class SheetWriter final
{
public:
    SheetWriter(lxw_worksheet* sheet, const Formats& formats) : m_ws(sheet), m_formats(formats) {}

    lxw_error error() const { return m_error; }

    void text(int row, int column, const QString& value, lxw_format* format)
    {
        keep(worksheet_write_string(m_ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                    utf8(value).constData(), format));
    }

    // Writes `table` from sheet row `row` on; returns the row after it (and the blank row that follows).
    int table(const ReportTable& table, int row)
    {
        if (!table.title.isEmpty())
            text(row++, 0, table.title, m_formats.tableTitle);
        if (m_firstHeaderRow < 0)
            m_firstHeaderRow = row;
        if (m_widths.size() < table.header.size())
            m_widths.resize(table.header.size());
        for (int c = 0; c < table.header.size(); ++c) {
            text(row, c, table.header.at(c), m_formats.header);
            m_widths[c] = std::max(m_widths.at(c), std::min(displayWidth(table.header.at(c)), 12));
        }
        ++row;

        QVector<int> bodyRows;
        for (int r = 0; r < table.rows.size(); ++r)
            if (table.rows.at(r).role == ReportRow::Role::Body)
                bodyRows << row + r;
        for (const ReportRow& reportRow : table.rows) {
            for (int c = 0; c < reportRow.cells.size(); ++c)
                cell(reportRow, c, row, bodyRows);
            ++row;
        }
        if (!table.note.isEmpty())
            text(row++, 0, table.note, m_formats.note);
        return row + 1;
    }

    // Column widths from the content, the header rows frozen and repeated on every printed page, A4 portrait
    // fitted to the page width, the organisation and month at the top and the page numbers at the bottom.
    void finish(const ReportDocument& doc)
    {
        for (int c = 0; c < m_widths.size(); ++c)
            keep(worksheet_set_column(m_ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                      std::clamp(m_widths.at(c) + 2, 8, 40), nullptr));
        if (m_firstHeaderRow >= 0) {
            worksheet_freeze_panes(m_ws, static_cast<lxw_row_t>(m_firstHeaderRow + 1), 0);
            keep(worksheet_repeat_rows(m_ws, static_cast<lxw_row_t>(m_firstHeaderRow),
                                       static_cast<lxw_row_t>(m_firstHeaderRow)));
        }
        worksheet_set_paper(m_ws, 9); // A4
        worksheet_set_portrait(m_ws);
        worksheet_fit_to_pages(m_ws, 1, 0);
        worksheet_set_margins(m_ws, 0.5, 0.5, 0.75, 0.75);
        QString organisation = doc.organisation;
        QString period = doc.period;
        organisation.replace(QLatin1Char('&'), QStringLiteral("&&"));
        period.replace(QLatin1Char('&'), QStringLiteral("&&"));
        keep(worksheet_set_header(
            m_ws, utf8(QStringLiteral("&L") + organisation + QStringLiteral("&R") + period).left(250).constData()));
        const QString footer = QStringLiteral("&C") + doc.pageNumber.arg(QStringLiteral("&P"), QStringLiteral("&N"));
        keep(worksheet_set_footer(m_ws, utf8(footer).constData()));
    }

private:
    void keep(lxw_error e)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = e;
    }

    // Cell `c` of `reportRow` at sheet row `row`: a formula with its cached value, text, a blank or a number.
    void cell(const ReportRow& reportRow, int c, int row, const QVector<int>& bodyRows)
    {
        const ReportCell& cell = reportRow.cells.at(c);
        lxw_format* format = m_formats.cell[reportRow.role == ReportRow::Role::Total ? 1 : 0][formatIndex(cell)];
        const auto r = static_cast<lxw_row_t>(row);
        const auto col = static_cast<lxw_col_t>(c);
        const QString formula = formulaText(cell.formula, row, c, bodyRows);
        if (!formula.isEmpty()) {
            if (cell.kind == ReportCell::Kind::Empty)
                keep(worksheet_write_formula_str(m_ws, r, col, utf8(formula).constData(), format, ""));
            else
                keep(worksheet_write_formula_num(m_ws, r, col, utf8(formula).constData(), format, cell.value));
        } else if (cell.kind == ReportCell::Kind::Text) {
            keep(worksheet_write_string(m_ws, r, col, utf8(cell.text).constData(), format));
        } else if (cell.kind == ReportCell::Kind::Empty) {
            keep(worksheet_write_blank(m_ws, r, col, format));
        } else {
            // A decimal as the other formats show it (two places at most), so the numbers are identical.
            const double value =
                cell.kind == ReportCell::Kind::Decimal ? std::round(cell.value * 100) / 100 : cell.value;
            keep(worksheet_write_number(m_ws, r, col, value, format));
        }
        if (c < m_widths.size())
            m_widths[c] = std::max(m_widths.at(c), displayWidth(cellText(cell)));
    }

    lxw_worksheet* m_ws;
    const Formats& m_formats;
    lxw_error m_error = LXW_NO_ERROR;
    QVector<int> m_widths;
    int m_firstHeaderRow = -1;
};

// Writes one section's sheet; returns libxlsxwriter's first error.
lxw_error writeSheet(lxw_workbook* book, const Formats& formats, const ReportDocument& doc,
                     const ReportSection& section)
{
    lxw_worksheet* ws = workbook_add_worksheet(book, utf8(section.sheetName.left(31)).constData());
    if (!ws)
        return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
    SheetWriter sheet(ws, formats);
    sheet.text(0, 0, doc.title, formats.title);
    sheet.text(1, 0, doc.organisation, nullptr);
    sheet.text(1, 3, doc.period, nullptr);
    sheet.text(2, 0, doc.madeOn, nullptr);
    sheet.text(2, 3, doc.asOf, nullptr);
    sheet.text(2, 6, doc.status, nullptr);
    sheet.text(4, 0, section.title, formats.section);
    int row = 5;
    for (const ReportTable& table : section.tables)
        row = sheet.table(table, row);
    sheet.finish(doc);
    return sheet.error();
}

bool replaceFile(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    QFile::remove(to);
    return QFile::rename(from, to);
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

} // namespace

QString ReportXlsx::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

bool ReportXlsx::write(const ReportDocument& document, const QString& path, QString* error)
{
    auto fail = [error](const core::Message& message) {
        if (error)
            *error = message.text();
        return false;
    };
    QTemporaryFile temporary(QFileInfo(path).absoluteFilePath() + QStringLiteral(".XXXXXX.tmp"));
    if (!temporary.open())
        return fail(JB_TR("Documents", "Cannot write %1: %2").arg(path).arg(temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    // QTemporaryFile makes the file private to its owner; a report is an ordinary document.
    temporary.setPermissions(QFile::exists(path)
                                 ? QFile::permissions(path)
                                 : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);

    lxw_workbook* book = workbook_new(QFile::encodeName(temporaryPath).constData());
    if (!book)
        return fail(JB_TR("Documents", "Cannot create the workbook %1").arg(path));
    const Formats formats(book);
    lxw_error status = LXW_NO_ERROR;
    for (const ReportSection& section : document.sections) {
        status = writeSheet(book, formats, document, section);
        if (status != LXW_NO_ERROR)
            break;
    }
    const lxw_error closed = workbook_close(book); // frees the workbook whatever happened
    if (status == LXW_NO_ERROR)
        status = closed;
    if (status != LXW_NO_ERROR)
        return fail(JB_TR("Documents", "Writing the workbook failed: %1").arg(QString::fromUtf8(lxw_strerror(status))));
    if (!replaceFile(temporaryPath, path))
        return fail(JB_TR("Documents", "Cannot replace %1").arg(path));
    temporary.setAutoRemove(false);
    return true;
}

} // namespace jb::report
