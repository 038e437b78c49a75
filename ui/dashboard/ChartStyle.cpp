#include "ui/dashboard/ChartStyle.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <cmath>

namespace jb::ui {

QColor ChartStyle::statusColour(core::PaceStatus status)
{
    switch (status) {
    case core::PaceStatus::Green:
        return QColor(0x2e, 0x8b, 0x57);
    case core::PaceStatus::Amber:
        return QColor(0xe0, 0x9a, 0x00);
    case core::PaceStatus::Red:
        return QColor(0xc6, 0x28, 0x28);
    case core::PaceStatus::NoTarget:
        return QColor(0x8a, 0x99, 0xa8); // grey: without a target there is no pace to judge
    }
    return actualColour();
}

QColor ChartStyle::actualColour()
{
    return QColor(0x2e, 0x6d, 0xb4);
}

QColor ChartStyle::targetColour()
{
    return QColor(0x22, 0x22, 0x22);
}

QColor ChartStyle::paceColour()
{
    return QColor(0x8e, 0x44, 0xad);
}

QColor ChartStyle::trackColour()
{
    return QColor(0xe6, 0xea, 0xf0);
}

void ChartStyle::prepare(QChart& chart, const QFont& font)
{
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundRoundness(0);
    chart.setMargins(QMargins(2, 2, 2, 2));
    QFont title = font;
    title.setBold(true);
    chart.setTitleFont(title);
    chart.legend()->setFont(font);
}

void ChartStyle::clear(QChart& chart)
{
    chart.removeAllSeries();
    const auto axes = chart.axes();
    for (QAbstractAxis* axis : axes) {
        chart.removeAxis(axis);
        delete axis;
    }
}

void ChartStyle::styleAxis(QAbstractAxis& axis, const QFont& font)
{
    axis.setLabelsFont(font);
    axis.setTitleFont(font);
}

QString ChartStyle::number(double value)
{
    const double rounded = std::round(value);
    if (std::abs(value - rounded) < 0.05)
        return QLocale().toString(static_cast<qint64>(rounded));
    return QLocale().toString(value, 'f', 1);
}

} // namespace jb::ui
