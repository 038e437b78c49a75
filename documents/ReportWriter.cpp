#include "documents/ReportWriter.h"

#include "documents/ReportCsv.h"
#include "documents/ReportPdf.h"
#include "documents/ReportXlsx.h"

namespace jb::report {

core::Status write(const ReportDocument& document, const QString& path, core::ReportFormat format)
{
    QString error;
    bool written = false;
    switch (format) {
    case core::ReportFormat::Pdf:
        written = ReportPdf::write(document, path, &error);
        break;
    case core::ReportFormat::Xlsx:
        written = ReportXlsx::write(document, path, &error);
        break;
    case core::ReportFormat::Csv:
        written = ReportCsv::write(document, path, &error);
        break;
    }
    // The writers' reasons are already in the installed language (or the system's own words).
    return written ? core::Status() : core::Status::failure(core::Message::verbatim(error));
}

} // namespace jb::report
