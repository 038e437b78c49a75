#pragma once
// ChartStyle: the look every dashboard chart shares, in one place: the pace status colours, the widget's own font
// (with Chinese glyphs) on chart titles, axes and legends, no animation (so screenshots are the same every time),
// and numbers written the way the interface language writes them.

#include "core/metrics/Pace.h"

#include <QColor>
#include <QFont>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QAbstractAxis;
QT_END_NAMESPACE

namespace jb::ui {

class ChartStyle final
{
public:
    static QColor statusColour(core::PaceStatus status);
    static QColor actualColour(); // bars of plain actual figures
    static QColor targetColour(); // target lines and markers
    static QColor paceColour();   // the pace expected by today
    static QColor trackColour();  // the empty track behind a bullet

    // Fresh chart settings: no animation, no rounded background, tight margins, `font` everywhere.
    static void prepare(QChart& chart, const QFont& font);
    // Removes every series and axis (axes are owned by the chart and deleted here).
    static void clear(QChart& chart);
    static void styleAxis(QAbstractAxis& axis, const QFont& font);

    // 12,345 (or 12,345.5 for a fractional target), in the current locale.
    static QString number(double value);
};

} // namespace jb::ui
