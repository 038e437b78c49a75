#include "documents/ListXlsx.h"

#include "core/Message.h"
#include "core/storage/FileCommit.h"
#include "core/storage/PrivateFile.h"

#include <QDate>
#include <QFile>
#include <xlsxwriter.h>

namespace jb::report {

ListXlsxSink::ListXlsxSink(QString path, QVector<int> widths)
    : m_path(std::move(path)), m_temp(m_path + QStringLiteral(".part")), m_widths(std::move(widths))
{
}

ListXlsxSink::~ListXlsxSink()
{
    if (m_book) {
        workbook_close(m_book);
        QFile::remove(m_temp);
    }
}

core::Status ListXlsxSink::begin(const QStringList& header)
{
    // A list names people: the file is created private (0600) and libxlsxwriter, which truncates it, keeps that.
    QFile::remove(m_temp);
    // The message names the file the officer chose, not the temporary one beside it, and says why (a full or
    // read-only disk, a folder that cannot be written to).
    if (core::Status created = core::createPrivateFile(m_temp); !created)
        return core::Status::failure(core::fileWriteProblem(m_path, created.error()));
    m_book = workbook_new(QFile::encodeName(m_temp).constData());
    if (!m_book)
        return core::Status::failure(JB_TR("Documents", "Cannot write %1").arg(m_path));
    m_sheet = workbook_add_worksheet(m_book, nullptr);
    m_header = workbook_add_format(m_book);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xE8EEF6);
    m_date = workbook_add_format(m_book);
    format_set_num_format(m_date, "yyyy-mm-dd");
    for (int c = 0; c < header.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(m_sheet, 0, col, header[c].toUtf8().constData(), m_header);
        worksheet_set_column(m_sheet, col, col, c < m_widths.size() ? m_widths[c] : 12, nullptr);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    return {};
}

core::Status ListXlsxSink::addRow(const QVector<QVariant>& cells)
{
    ++m_row;
    if (m_row > 1048575)
        return core::Status::failure(
            JB_TR("Documents", "More rows than Excel allows: narrow the filter or export CSV"));
    for (int c = 0; c < cells.size(); ++c) {
        const QVariant& v = cells[c];
        const auto col = static_cast<lxw_col_t>(c);
        if (!v.isValid())
            continue;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            worksheet_write_number(m_sheet, m_row, col, v.toDouble(), nullptr);
            break;
        case QMetaType::QDate: {
            const QDate d = v.toDate();
            lxw_datetime dt = {d.year(), d.month(), d.day(), 0, 0, 0};
            worksheet_write_datetime(m_sheet, m_row, col, &dt, m_date);
            break;
        }
        default:
            // Strings stay strings (IDs never become 3.40102E+17; text starting with = is not a formula).
            worksheet_write_string(m_sheet, m_row, col, v.toString().toUtf8().constData(), nullptr);
        }
    }
    return {};
}

core::Status ListXlsxSink::finish()
{
    const lxw_error err = workbook_close(m_book);
    m_book = nullptr;
    if (err != LXW_NO_ERROR) {
        QFile::remove(m_temp);
        return core::Status::failure(core::fileWriteProblem(m_path, QString::fromUtf8(lxw_strerror(err))));
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_temp, m_path)) {
        QFile::remove(m_temp);
        return core::Status::failure(JB_TR("Documents", "Cannot save %1").arg(m_path));
    }
    return {};
}

} // namespace jb::report
