#include "ui/dashboard/HorizontalBars.h"

#include "ui/dashboard/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace jb::ui {

HorizontalBars HorizontalBars::add(QChart& chart, const QFont& font, const QString& setName, QStringList topDownNames,
                                   const QVector<double>& topDownValues, const QColor& colour, double axisAtLeast)
{
    HorizontalBars bars;
    bars.set = new QBarSet(setName);
    bars.set->setColor(colour);
    bars.set->setBorderColor(colour);
    bars.set->setLabelColor(QColor(0x22, 0x22, 0x22));
    bars.set->setLabelFont(font);
    QStringList bottomUp;
    double largest = axisAtLeast;
    const QStringList names = unique(std::move(topDownNames));
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        bottomUp << names.at(i);
        const double value = i < topDownValues.size() ? topDownValues.at(i) : 0.0;
        *bars.set << value;
        largest = std::max(largest, value);
    }
    bars.series = new QHorizontalBarSeries;
    bars.series->append(bars.set);
    bars.series->setBarWidth(0.7);
    bars.series->setLabelsVisible(true);
    bars.series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars.series->setLabelsPrecision(15);
    chart.addSeries(bars.series);

    bars.categories = new QBarCategoryAxis;
    bars.categories->append(bottomUp);
    ChartStyle::styleAxis(*bars.categories, font);
    bars.categories->setGridLineVisible(false);
    chart.addAxis(bars.categories, Qt::AlignLeft);
    bars.series->attachAxis(bars.categories);

    bars.values = new QValueAxis;
    ChartStyle::styleAxis(*bars.values, font);
    bars.values->setLabelFormat(QStringLiteral("%.0f"));
    const double top = axisMax(largest);
    bars.values->setRange(0, top);
    if (top <= 4)
        bars.values->setTickCount(static_cast<int>(top) + 1); // one tick per whole number
    else
        bars.values->applyNiceNumbers();
    chart.addAxis(bars.values, Qt::AlignBottom);
    bars.series->attachAxis(bars.values);
    return bars;
}

QStringList HorizontalBars::unique(QStringList names)
{
    QHash<QString, int> seen;
    for (QString& name : names) {
        const int n = ++seen[name];
        if (n > 1)
            name += QStringLiteral(" (%1)").arg(n);
    }
    return names;
}

double HorizontalBars::axisMax(double largest)
{
    return largest < 4 ? std::floor(largest) + 1 : largest * 1.15;
}

} // namespace jb::ui
