#pragma once
// SubUnitChartView: the chosen metric per direct sub-unit (towns, parks, industry unions), largest on top, each
// bar with a black marker at that sub-unit's own target. Clicking a bar lists the sub-unit's records.

#include "ui/dashboard/ProgressChartView.h"

#include <QVector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
QT_END_NAMESPACE

namespace jb::ui {

class SubUnitChartView final : public ProgressChartView
{
    Q_OBJECT

public:
    explicit SubUnitChartView(QWidget* parent = nullptr);

    void showProgress(const core::Progress& progress, const core::MetricInfo& metric) override;

    // The sub-units as drawn, top-down, with the values of their bars (what a click on each lists).
    struct Row
    {
        core::Organisation org;
        double actual = 0;
        std::optional<double> target;
    };
    const QVector<Row>& rows() const { return m_rows; }
    // What a click on the bar of row `topDownIndex` does.
    void activateRow(int topDownIndex);

private:
    void addTargetMarkers(QChart& chart, QAbstractAxis* values);
    QString rowToolTip(int topDownIndex) const;

    QVector<Row> m_rows;
    QString m_metricKey;
    QString m_metricName;
    QString m_unit;
};

} // namespace jb::ui
