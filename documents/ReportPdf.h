#pragma once
// ReportPdf: the monthly report as a PDF: A4 portrait at 300 dpi, the pages ReportPainter lays out (so it matches
// the on-screen preview), "Noto Sans CJK SC" embedded. Written through QSaveFile, so a failure leaves any earlier
// file as it was. Needs a QGuiApplication (the CLI makes one, offscreen when there is no display).

#include "documents/ReportTables.h"

class QIODevice;

namespace jb::report {

class ReportPdf final
{
public:
    static bool write(const ReportDocument& document, QIODevice& device, QString* error = nullptr);
    static bool write(const ReportDocument& document, const QString& path, QString* error = nullptr);
};

} // namespace jb::report
