#pragma once
// ReportCsv: the monthly report as one CSV file for Excel: UTF-8 with a byte-order mark (Chinese Windows Excel
// shows anything else garbled), CRLF between rows, the header lines, then every section's tables one after another,
// each under a title row. Numbers as ReportTables shows them, so they match the PDF and the workbook.

#include "documents/ReportTables.h"

class QIODevice;

namespace jb::report {

class ReportCsv final
{
public:
    // Writes to an open device; false with `error` set when the device fails.
    static bool write(const ReportDocument& document, QIODevice& device, QString* error = nullptr);
    // Writes the file atomically (QSaveFile): a failure leaves any earlier file as it was.
    static bool write(const ReportDocument& document, const QString& path, QString* error = nullptr);
    // The whole file, for tests and the preview.
    static QByteArray toBytes(const ReportDocument& document);
};

} // namespace jb::report
