#include "ui/dashboard/ProgressChartView.h"

#include "ui/Localisation.h"
#include "ui/dashboard/ChartExport.h"
#include "ui/dashboard/ChartStyle.h"

#include <QChart>

namespace jb::ui {

ProgressChartView::ProgressChartView(QWidget* parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(kMinimumHeight);
    ChartStyle::prepare(*chart(), font());
    chart()->legend()->hide();
    ChartExport::installMenu(
        *this, [this] { return caption(); }, [this](const QString& message) { emit errorOccurred(message); });
}

QString ProgressChartView::caption() const
{
    if (m_progress.org.id == 0)
        return m_title;
    return m_progress.org.name + QLatin1Char(' ') +
           Localisation::pick(m_progress.period.label, m_progress.period.name) + QLatin1Char(' ') + m_title;
}

QString ProgressChartView::periodText(const core::Period& period, const QDate& asOf)
{
    return tr("%1 (to %2)").arg(Localisation::pick(period.label, period.name), asOf.toString(Qt::ISODate));
}

void ProgressChartView::clearProgress()
{
    m_progress = core::Progress();
    m_title.clear();
    ChartStyle::clear(*chart());
    chart()->setTitle(QString());
}

void ProgressChartView::begin(const core::Progress& progress, const QString& title)
{
    m_progress = progress;
    m_title = title;
    ChartStyle::clear(*chart());
    ChartStyle::prepare(*chart(), font());
    chart()->setTitle(title);
}

DrillRequest ProgressChartView::request(const QString& figure, const QString& figureName, qint64 orgId,
                                        const QString& orgName, double shownValue, const QString& unit) const
{
    DrillRequest r;
    r.selection.figure = figure;
    r.selection.orgId = orgId;
    r.selection.from = m_progress.period.start;
    r.selection.to = m_progress.asOf;
    r.figureName = figureName;
    r.orgName = orgName;
    r.periodLabel = periodText(m_progress.period, m_progress.asOf);
    r.unit = unit;
    r.shownValue = shownValue;
    return r;
}

void ProgressChartView::showEmpty(const QString& why)
{
    chart()->setTitle(m_title + QStringLiteral("<br><span style='font-weight:normal; color:#666'>") +
                      why.toHtmlEscaped() + QStringLiteral("</span>"));
}

} // namespace jb::ui
