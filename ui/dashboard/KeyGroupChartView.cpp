#include "ui/dashboard/KeyGroupChartView.h"

#include "ui/Localisation.h"
#include "ui/dashboard/ChartStyle.h"
#include "ui/dashboard/HorizontalBars.h"

#include <QBarSet>
#include <QChart>
#include <QLegend>

namespace jb::ui {

KeyGroupChartView::KeyGroupChartView(QWidget* parent) : ProgressChartView(parent)
{
    setObjectName(QStringLiteral("keyGroupChart"));
}

QString KeyGroupChartView::levelName(const QString& level)
{
    if (level == QLatin1String("province"))
        return tr("Province");
    if (level == QLatin1String("city"))
        return tr("City");
    if (level == QLatin1String("county"))
        return tr("County");
    if (level == QLatin1String("industry"))
        return tr("Industry union");
    return level;
}

void KeyGroupChartView::showProgress(const core::Progress& progress, const core::MetricInfo& metric)
{
    m_bars.clear();
    m_names.clear();
    chart()->legend()->hide();
    if (metric.metric == core::Metric::JobFairs) {
        showFairLevels(progress, metric);
        return;
    }
    showKeyGroups(progress, metric);
}

void KeyGroupChartView::showKeyGroups(const core::Progress& progress, const core::MetricInfo& metric)
{
    const QString name = metric.name.text();
    begin(progress, tr("By key group: %1").arg(name));
    if (!metric.byKeyGroup) {
        showEmpty(tr("This figure counts enterprises or jobs, not people: it has no key-group breakdown."));
        return;
    }
    if (progress.byKeyGroup.isEmpty()) {
        showEmpty(tr("No key groups are defined in this file."));
        return;
    }
    const QString unit = metric.unit.text();
    for (const core::KeyGroupFigures& group : progress.byKeyGroup) {
        const QString groupName = Localisation::pick(group.nameZh, group.nameEn);
        const auto value = static_cast<double>(group.actual.value(metric.key, 0));
        DrillRequest r =
            request(metric.key, tr("%1, %2").arg(name, groupName), progress.org.id, progress.org.name, value, unit);
        r.selection.keyGroupId = group.keyGroupId;
        m_bars.append(r);
        m_names.append(groupName);
    }
    drawBars();
}

void KeyGroupChartView::showFairLevels(const core::Progress& progress, const core::MetricInfo& metric)
{
    const QString name = metric.name.text();
    begin(progress, tr("By organiser level: %1").arg(name));
    if (progress.fairsByLevel.isEmpty()) {
        showEmpty(tr("No fairs were held in this period."));
        return;
    }
    const QString unit = metric.unit.text();
    for (const core::FairLevelCount& level : progress.fairsByLevel) {
        DrillRequest r = request(metric.key, tr("%1, %2").arg(name, levelName(level.level)), progress.org.id,
                                 progress.org.name, static_cast<double>(level.fairs), unit);
        r.selection.fairLevel = level.level;
        m_bars.append(r);
        m_names.append(levelName(level.level));
    }
    drawBars();
}

void KeyGroupChartView::drawBars()
{
    QVector<double> values;
    for (const DrillRequest& bar : std::as_const(m_bars))
        values << bar.shownValue;
    const HorizontalBars bars =
        HorizontalBars::add(*chart(), font(), tr("Actual"), m_names, values, ChartStyle::actualColour());
    const int count = static_cast<int>(m_bars.size());
    connect(bars.set, &QBarSet::clicked, this,
            [this, count](int index) { activateBar(HorizontalBars::topDown(index, count)); });
}

void KeyGroupChartView::activateBar(int topDownIndex)
{
    if (topDownIndex >= 0 && topDownIndex < m_bars.size())
        requestDrill(m_bars.at(topDownIndex));
}

} // namespace jb::ui
