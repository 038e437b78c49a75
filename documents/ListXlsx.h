#pragma once
// ListXlsxSink: any list export (workers, enterprises, vacancies) as an Excel workbook: one sheet, frozen bold
// header, numbers as numbers, dates as dates, text as text (IDs never become 3.40102E+17). Written beside the
// target and renamed into place only when complete. Masking and auditing come from core::writeList.

#include "core/lists/ListExport.h"

#include <QVector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace jb::report {

class ListXlsxSink final : public core::ListSink
{
public:
    // `widths`: column widths in characters, from the first column; the rest are 12.
    explicit ListXlsxSink(QString path, QVector<int> widths = {});
    ~ListXlsxSink() override;
    ListXlsxSink(const ListXlsxSink&) = delete;
    ListXlsxSink& operator=(const ListXlsxSink&) = delete;

    core::Status begin(const QStringList& header) override;
    core::Status addRow(const QVector<QVariant>& cells) override;
    core::Status finish() override;

private:
    QString m_path;
    QString m_temp;
    QVector<int> m_widths;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_date = nullptr;
    quint32 m_row = 0;
};

} // namespace jb::report
