#include "core/reports/ReportFormat.h"

#include <QFileInfo>

namespace jb::core {

Expected<ReportFormat> reportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("xlsx"))
        return ReportFormat::Xlsx;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    return Expected<ReportFormat>::failure(JB_TR("Reports", "Choose a file ending in .pdf, .xlsx or .csv."));
}

} // namespace jb::core
