#pragma once
// ReportCharts: the PDF's two charts drawn with QPainter alone (the CLI links no Qt Charts): per metric the year to
// date's completion of its target against the pace expected by the as-of day, and one metric by sub-unit against
// each unit's target. Units are the report's tenths of a millimetre.

#include "documents/ReportTables.h"

class QPainter;

namespace jb::report {

// The height `chart` needs at `width`.
double reportChartHeight(const ReportChart& chart);
// Draws `chart` with its top-left corner at `origin`, `width` wide.
void paintReportChart(QPainter& painter, const ReportChart& chart, const QPointF& origin, double width);

} // namespace jb::report
