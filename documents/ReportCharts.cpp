#include "documents/ReportCharts.h"

#include "documents/ReportPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace jb::report {

namespace {

constexpr double kTitleHeight = 50;
constexpr double kAxisHeight = 34;
constexpr double kLegendHeight = 70;
constexpr double kLabelWidth = 330;
constexpr double kBarSize = 26;

double rowHeight(const ReportChart& chart)
{
    return chart.kind == ReportChart::Kind::Completion ? 52 : 42;
}

QColor statusColour(core::PaceStatus status)
{
    switch (status) {
    case core::PaceStatus::Green:
        return {0x2e, 0x7d, 0x32};
    case core::PaceStatus::Amber:
        return {0xf9, 0xa8, 0x25};
    case core::PaceStatus::Red:
        return {0xc6, 0x28, 0x28};
    case core::PaceStatus::NoTarget:
        break;
    }
    return {0x9e, 0x9e, 0x9e};
}

QString percentText(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

QString valueText(double value)
{
    return std::floor(value) == value ? QString::number(static_cast<qint64>(value)) : QString::number(value, 'f', 1);
}

// A round step for axis ticks so there are about four of them.
double niceStep(double maximum)
{
    const double raw = maximum / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

// Where a chart's parts go: labels on the left, the bars' plot, the values on the right.
struct ChartLayout
{
    bool completion = false;
    double width = 0;
    double labelWidth = 0;
    double barLeft = 0;
    double barWidth = 0;
    double valueWidth = 0;
    double rowHeight = 0;
    double plotTop = kTitleHeight;
    double plotHeight = 0;
    double maximum = 1; // the value at the right end of the plot
    QFont labelFont;

    // The x of value `v` on the plot (clamped to it).
    double xOf(double v) const { return barLeft + barWidth * std::clamp(v / maximum, 0.0, 1.0); }
};

// The scale: completion charts run to at least 120 % (and at most 300 %); value charts to the largest bar or target.
double chartMaximum(const ReportChart& chart, bool completion)
{
    double maximum = completion ? 1.2 : 0;
    for (const ChartBar& bar : chart.bars) {
        if (completion) {
            if (bar.target && *bar.target > 0) {
                maximum = std::max(maximum, bar.actual / *bar.target);
                if (bar.expected)
                    maximum = std::max(maximum, *bar.expected / *bar.target);
            }
        } else {
            maximum = std::max({maximum, bar.actual, bar.target.value_or(0)});
        }
    }
    return completion ? std::min(maximum, 3.0) : std::max(maximum * 1.05, 1.0);
}

ChartLayout layOutChart(const ReportChart& chart, double width)
{
    ChartLayout l;
    l.completion = chart.kind == ReportChart::Kind::Completion;
    l.width = width;
    l.valueWidth = l.completion ? 300 : 160;
    // Labels as wide as the longest needs, up to a third of the chart; longer ones are elided.
    l.labelFont = ReportPainter::font(24);
    const QFontMetricsF labelMetrics(l.labelFont);
    l.labelWidth = kLabelWidth;
    for (const ChartBar& bar : chart.bars)
        l.labelWidth = std::max(l.labelWidth, labelMetrics.horizontalAdvance(bar.label) + 20);
    l.labelWidth = std::min(l.labelWidth, width / 3);
    l.barLeft = l.labelWidth;
    l.barWidth = width - l.labelWidth - l.valueWidth;
    l.rowHeight = rowHeight(chart);
    l.plotHeight = static_cast<double>(chart.bars.size()) * l.rowHeight;
    l.maximum = chartMaximum(chart, l.completion);
    return l;
}

// Grid lines and axis labels; on a completion chart a dashed line at 100 %.
void paintGrid(QPainter& painter, const ChartLayout& l)
{
    const double step = niceStep(l.maximum);
    const double plotBottom = l.plotTop + l.plotHeight;
    painter.setFont(ReportPainter::font(21));
    for (double tick = 0; tick <= l.maximum + 1e-9; tick += step) {
        const double x = l.xOf(tick);
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 2));
        painter.drawLine(QPointF(x, l.plotTop), QPointF(x, plotBottom));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(x - 80, plotBottom + 2, 160, kAxisHeight - 4), Qt::AlignCenter,
                         l.completion ? QString::number(std::lround(tick * 100)) + QLatin1Char('%') : valueText(tick));
    }
    if (l.completion) {
        QPen dashed(QColor(0x33, 0x33, 0x33), 3, Qt::DashLine);
        painter.setPen(dashed);
        painter.drawLine(QPointF(l.xOf(1.0), l.plotTop), QPointF(l.xOf(1.0), plotBottom));
    }
}

// A black tick across the bar at `x` (a target or the pace).
void paintTick(QPainter& painter, double x, double barTop)
{
    painter.setPen(QPen(Qt::black, 5));
    painter.drawLine(QPointF(x, barTop - 8), QPointF(x, barTop + kBarSize + 8));
}

// Draws one bar and returns the text shown right of the plot; leaves the pen in the colour of that text.
QString paintBar(QPainter& painter, const ChartLayout& l, const ReportChart& chart, const ChartBar& bar, double barTop)
{
    if (!l.completion) {
        painter.fillRect(QRectF(l.barLeft, barTop, l.xOf(bar.actual) - l.barLeft, kBarSize), QColor(0x2e, 0x6d, 0xb4));
        if (bar.target)
            paintTick(painter, l.xOf(*bar.target), barTop);
        painter.setPen(Qt::black);
        return valueText(bar.actual) + (bar.target ? QLatin1Char('/') + valueText(*bar.target) : QString());
    }
    if (!bar.target || *bar.target <= 0) {
        painter.setPen(statusColour(core::PaceStatus::NoTarget));
        return valueText(bar.actual) + QStringLiteral("  ") + chart.noTarget;
    }
    const double done = bar.actual / *bar.target;
    painter.fillRect(QRectF(l.barLeft, barTop, l.xOf(done) - l.barLeft, kBarSize), statusColour(bar.status));
    if (bar.expected)
        paintTick(painter, l.xOf(*bar.expected / *bar.target), barTop);
    painter.setPen(Qt::black);
    return percentText(done) + QStringLiteral("  ") + valueText(bar.actual) + QLatin1Char('/') + valueText(*bar.target);
}

} // namespace

double reportChartHeight(const ReportChart& chart)
{
    return kTitleHeight + static_cast<double>(chart.bars.size()) * rowHeight(chart) + kAxisHeight + kLegendHeight;
}

void paintReportChart(QPainter& painter, const ReportChart& chart, const QPointF& origin, double width)
{
    painter.save();
    painter.translate(origin);
    const ChartLayout l = layOutChart(chart, width);

    painter.setPen(Qt::black);
    painter.setFont(ReportPainter::font(28, true));
    painter.drawText(QRectF(0, 0, width, kTitleHeight - 8), Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    paintGrid(painter, l);

    const QFontMetricsF labelMetrics(l.labelFont);
    for (int i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& bar = chart.bars.at(i);
        const double top = l.plotTop + i * l.rowHeight;
        painter.setFont(l.labelFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, top, l.labelWidth - 16, l.rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         labelMetrics.elidedText(bar.label, Qt::ElideRight, l.labelWidth - 16));
        const QString value = paintBar(painter, l, chart, bar, top + (l.rowHeight - kBarSize) / 2);
        painter.setFont(ReportPainter::font(22));
        painter.drawText(QRectF(l.barLeft + l.barWidth + 12, top, l.valueWidth - 12, l.rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, value);
    }
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 3));
    painter.drawLine(QPointF(l.barLeft, l.plotTop), QPointF(l.barLeft, l.plotTop + l.plotHeight));

    painter.setFont(ReportPainter::font(21));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(QRectF(0, l.plotTop + l.plotHeight + kAxisHeight, width, kLegendHeight),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, chart.legend);
    painter.restore();
}

} // namespace jb::report
