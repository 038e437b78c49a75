#pragma once
// HorizontalBars: the horizontal bar chart three dashboard charts share (by sub-unit, by key group, the funnel):
// categories listed top-down in the order given (Qt draws bar charts bottom-up, so the order is turned round here,
// and click indexes are turned back), the value written beyond each bar, and room left for those labels.

#include <QColor>
#include <QFont>
#include <QStringList>
#include <QVector>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QHorizontalBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace jb::ui {

struct HorizontalBars
{
    QHorizontalBarSeries* series = nullptr;
    QBarSet* set = nullptr;
    QBarCategoryAxis* categories = nullptr;
    QValueAxis* values = nullptr;

    // Adds the bars to `chart`. `axisAtLeast` widens the value axis (for target markers beyond the bars).
    static HorizontalBars add(QChart& chart, const QFont& font, const QString& setName, QStringList topDownNames,
                              const QVector<double>& topDownValues, const QColor& colour, double axisAtLeast = 0);

    // The top-down position of bar `barIndex` (the index QBarSet::clicked reports), and back.
    static int topDown(int barIndex, int count) { return count - 1 - barIndex; }
    static int barIndex(int topDownIndex, int count) { return count - 1 - topDownIndex; }
    // Category names must be unique on a QBarCategoryAxis: repeats get " (2)", " (3)".
    static QStringList unique(QStringList names);
    // An axis maximum leaving room beyond `largest` for the value labels (rounded further by the axis).
    static double axisMax(double largest);
};

} // namespace jb::ui
