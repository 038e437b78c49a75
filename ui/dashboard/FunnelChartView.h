#pragma once
// FunnelChartView: the referral funnel (recommended → interviewed → intention → contract → stable employment) of
// the organisation over the period, each stage with its share of those recommended. Clicking a stage lists the
// referrals that reached it.

#include "ui/dashboard/ProgressChartView.h"

#include <QVector>

namespace jb::ui {

class FunnelChartView final : public ProgressChartView
{
    Q_OBJECT

public:
    explicit FunnelChartView(QWidget* parent = nullptr);

    // `metric` is ignored: the funnel is the same whichever metric is chosen.
    void showProgress(const core::Progress& progress, const core::MetricInfo& metric) override;

    const QVector<DrillRequest>& stages() const { return m_stages; }
    void activateStage(int index);

private:
    QVector<DrillRequest> m_stages;
};

} // namespace jb::ui
