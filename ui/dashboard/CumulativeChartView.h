#pragma once
// CumulativeChartView: the chosen metric added up day by day from the start of the period, against the target
// (a flat line) and the pace (a line from nothing on the first day to the target on the last). Clicking the actual
// line lists the records counted up to the day clicked.

#include "ui/dashboard/ProgressChartView.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
QT_END_NAMESPACE

namespace jb::ui {

class CumulativeChartView final : public ProgressChartView
{
    Q_OBJECT

public:
    explicit CumulativeChartView(QWidget* parent = nullptr);

    void showProgress(const core::Progress& progress, const core::MetricInfo& metric) override;

    // The cumulative figure on `day` (0 before the first record) and what a click on that day lists.
    qint64 totalOn(const QDate& day) const;
    void activateDay(const QDate& day);

    static qreal toX(const QDate& day);
    static QDate fromX(qreal x);

private:
    QCategoryAxis* dayAxis(const core::Period& period) const;
    void addTargetLines(double target);

    QVector<core::CumulativePoint> m_points;
    QString m_metricKey;
    QString m_metricName;
    QString m_unit;
};

} // namespace jb::ui
