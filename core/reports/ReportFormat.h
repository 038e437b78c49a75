#pragma once
// The file formats the monthly report is written in, and which one a file name asks for. The Reports page and
// `jobbridge-cli report` both choose through reportFormatForPath(), so they accept and refuse the same names.

#include "core/Expected.h"

#include <QString>

namespace jb::core {

enum class ReportFormat { Pdf, Xlsx, Csv };

// The format named by the file's suffix (.pdf, .xlsx or .csv, in any case); a refusal that names the three
// endings for any other name.
Expected<ReportFormat> reportFormatForPath(const QString& path);

} // namespace jb::core
