#pragma once
// The one way the monthly report is written to a file: the Reports page and `jobbridge-cli report` both choose the
// format with core::reportFormatForPath() and write through here, so they write the same files.

#include "core/Expected.h"
#include "core/reports/ReportFormat.h"
#include "documents/ReportTables.h"

namespace jb::report {

// Writes `document` to `path` as `format`; the file is replaced only when all of it was written. A failure's
// message is the reason alone (the file cannot be opened, the disk is full, …): the caller says which file.
core::Status write(const ReportDocument& document, const QString& path, core::ReportFormat format);

} // namespace jb::report
