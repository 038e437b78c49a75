#include "ui/dashboard/FunnelChartView.h"

#include "ui/Localisation.h"
#include "ui/dashboard/ChartStyle.h"
#include "ui/dashboard/HorizontalBars.h"

#include <QBarSet>
#include <QChart>
#include <QLocale>

namespace jb::ui {

FunnelChartView::FunnelChartView(QWidget* parent) : ProgressChartView(parent)
{
    setObjectName(QStringLiteral("funnelChart"));
}

void FunnelChartView::showProgress(const core::Progress& progress, const core::MetricInfo& /*metric*/)
{
    begin(progress, tr("Referral funnel"));
    m_stages.clear();
    const QVector<core::FunnelStage>& stages = core::funnelStages();
    const double recommended = progress.funnel.isEmpty() ? 0.0 : static_cast<double>(progress.funnel.first());
    QStringList names;
    QVector<double> values;
    for (int i = 0; i < stages.size(); ++i) {
        const core::FunnelStage& stage = stages.at(i);
        const QString name = stage.name.text();
        const double value = i < progress.funnel.size() ? static_cast<double>(progress.funnel.at(i)) : 0.0;
        m_stages.append(
            request(stage.key, tr("Referrals: %1").arg(name), progress.org.id, progress.org.name, value, tr("people")));
        // The share of those recommended goes into the axis label: bar labels hold only the value.
        if (i > 0 && recommended > 0)
            names << tr("%1 (%2%)").arg(name, QLocale().toString(100.0 * value / recommended, 'f', 0));
        else
            names << name;
        values << value;
    }
    if (recommended <= 0)
        showEmpty(tr("No referrals were recorded in this period."));
    const HorizontalBars bars =
        HorizontalBars::add(*chart(), font(), tr("Referrals"), names, values, QColor(0x3a, 0x8d, 0x9b));
    const int count = static_cast<int>(m_stages.size());
    connect(bars.set, &QBarSet::clicked, this,
            [this, count](int index) { activateStage(HorizontalBars::topDown(index, count)); });
}

void FunnelChartView::activateStage(int index)
{
    if (index >= 0 && index < m_stages.size())
        requestDrill(m_stages.at(index));
}

} // namespace jb::ui
