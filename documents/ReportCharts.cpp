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

} // namespace

double reportChartHeight(const ReportChart& chart)
{
    return kTitleHeight + static_cast<double>(chart.bars.size()) * rowHeight(chart) + kAxisHeight + kLegendHeight;
}

void paintReportChart(QPainter& painter, const ReportChart& chart, const QPointF& origin, double width)
{
    painter.save();
    painter.translate(origin);
    const bool completion = chart.kind == ReportChart::Kind::Completion;
    const double valueWidth = completion ? 300 : 160;
    // Labels as wide as the longest needs, up to a third of the chart; longer ones are elided.
    const QFont labelFont = ReportPainter::font(24);
    const QFontMetricsF labelMetrics(labelFont);
    double labelWidth = kLabelWidth;
    for (const ChartBar& bar : chart.bars)
        labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(bar.label) + 20);
    labelWidth = std::min(labelWidth, width / 3);
    const double barLeft = labelWidth;
    const double barWidth = width - labelWidth - valueWidth;
    const double rowH = rowHeight(chart);
    const double plotTop = kTitleHeight;
    const double plotHeight = static_cast<double>(chart.bars.size()) * rowH;

    painter.setPen(Qt::black);
    painter.setFont(ReportPainter::font(28, true));
    painter.drawText(QRectF(0, 0, width, kTitleHeight - 8), Qt::AlignLeft | Qt::AlignVCenter, chart.title);

    // The scale: completion charts run to at least 120 %; value charts to the largest bar or target.
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
    maximum = completion ? std::min(maximum, 3.0) : std::max(maximum * 1.05, 1.0);
    const double step = niceStep(maximum);
    auto xOf = [&](double v) { return barLeft + barWidth * std::clamp(v / maximum, 0.0, 1.0); };

    // Grid and axis labels.
    painter.setFont(ReportPainter::font(21));
    for (double tick = 0; tick <= maximum + 1e-9; tick += step) {
        const double x = xOf(tick);
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 2));
        painter.drawLine(QPointF(x, plotTop), QPointF(x, plotTop + plotHeight));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(x - 80, plotTop + plotHeight + 2, 160, kAxisHeight - 4), Qt::AlignCenter,
                         completion ? QString::number(std::lround(tick * 100)) + QLatin1Char('%') : valueText(tick));
    }
    if (completion) {
        QPen dashed(QColor(0x33, 0x33, 0x33), 3, Qt::DashLine);
        painter.setPen(dashed);
        painter.drawLine(QPointF(xOf(1.0), plotTop), QPointF(xOf(1.0), plotTop + plotHeight));
    }

    for (int i = 0; i < chart.bars.size(); ++i) {
        const ChartBar& bar = chart.bars.at(i);
        const double top = plotTop + i * rowH;
        const double barTop = top + (rowH - kBarSize) / 2;
        painter.setFont(labelFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, top, labelWidth - 16, rowH), Qt::AlignRight | Qt::AlignVCenter,
                         labelMetrics.elidedText(bar.label, Qt::ElideRight, labelWidth - 16));

        QString value;
        if (completion) {
            if (bar.target && *bar.target > 0) {
                const double done = bar.actual / *bar.target;
                painter.fillRect(QRectF(barLeft, barTop, xOf(done) - barLeft, kBarSize), statusColour(bar.status));
                if (bar.expected) {
                    const double x = xOf(*bar.expected / *bar.target);
                    painter.setPen(QPen(Qt::black, 5));
                    painter.drawLine(QPointF(x, barTop - 8), QPointF(x, barTop + kBarSize + 8));
                }
                value = percentText(done) + QStringLiteral("  ") + valueText(bar.actual) + QLatin1Char('/') +
                        valueText(*bar.target);
            } else {
                value = valueText(bar.actual) + QStringLiteral("  ") + chart.noTarget;
                painter.setPen(statusColour(core::PaceStatus::NoTarget));
            }
        } else {
            painter.fillRect(QRectF(barLeft, barTop, xOf(bar.actual) - barLeft, kBarSize), QColor(0x2e, 0x6d, 0xb4));
            if (bar.target) {
                const double x = xOf(*bar.target);
                painter.setPen(QPen(Qt::black, 5));
                painter.drawLine(QPointF(x, barTop - 8), QPointF(x, barTop + kBarSize + 8));
            }
            value = valueText(bar.actual) + (bar.target ? QLatin1Char('/') + valueText(*bar.target) : QString());
        }
        if (!completion || (bar.target && *bar.target > 0))
            painter.setPen(Qt::black);
        painter.setFont(ReportPainter::font(22));
        painter.drawText(QRectF(barLeft + barWidth + 12, top, valueWidth - 12, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                         value);
    }
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 3));
    painter.drawLine(QPointF(barLeft, plotTop), QPointF(barLeft, plotTop + plotHeight));

    painter.setFont(ReportPainter::font(21));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(QRectF(0, plotTop + plotHeight + kAxisHeight, width, kLegendHeight),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, chart.legend);
    painter.restore();
}

} // namespace jb::report
