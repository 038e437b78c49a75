#pragma once
// KeyGroupChartView: the chosen metric by key group (migrant workers, hardship, …) for the metrics that count
// people; for job fairs, fairs by organiser level instead. One person in several groups counts in each. Clicking a
// bar lists the people (or fairs) behind it.

#include "ui/dashboard/ProgressChartView.h"

#include <QVector>

namespace jb::ui {

class KeyGroupChartView final : public ProgressChartView
{
    Q_OBJECT

public:
    explicit KeyGroupChartView(QWidget* parent = nullptr);

    void showProgress(const core::Progress& progress, const core::MetricInfo& metric) override;

    // The bars as drawn, top-down: each one's name, value and the selection a click lists.
    const QVector<DrillRequest>& bars() const { return m_bars; }
    void activateBar(int topDownIndex);

    // "省级" / "Province" for an organiser level key.
    static QString levelName(const QString& level);

private:
    void showKeyGroups(const core::Progress& progress, const core::MetricInfo& metric);
    void showFairLevels(const core::Progress& progress, const core::MetricInfo& metric);
    void drawBars();

    QVector<DrillRequest> m_bars;
    QStringList m_names; // the axis labels: the group or level alone
};

} // namespace jb::ui
