#include "ui/dashboard/CumulativeChartView.h"

#include "ui/Localisation.h"
#include "ui/dashboard/ChartStyle.h"
#include "ui/dashboard/HorizontalBars.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

namespace jb::ui {

CumulativeChartView::CumulativeChartView(QWidget* parent) : ProgressChartView(parent)
{
    setObjectName(QStringLiteral("cumulativeChart"));
}

qreal CumulativeChartView::toX(const QDate& day)
{
    return static_cast<qreal>(day.startOfDay().toMSecsSinceEpoch());
}

QDate CumulativeChartView::fromX(qreal x)
{
    // Half a day on: a click just left of midnight belongs to the day that follows it.
    const qint64 ms = static_cast<qint64>(x) + 12 * 3600 * 1000;
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

qint64 CumulativeChartView::totalOn(const QDate& day) const
{
    qint64 total = 0;
    for (const core::CumulativePoint& point : m_points) {
        if (point.day > day)
            break;
        total = point.total;
    }
    return total;
}

void CumulativeChartView::showProgress(const core::Progress& progress, const core::MetricInfo& metric)
{
    m_metricKey = metric.key;
    m_metricName = metric.name.text();
    m_unit = metric.unit.text();
    begin(progress, tr("Cumulative: %1").arg(m_metricName));
    m_points = progress.cumulative.value(metric.key);
    std::sort(m_points.begin(), m_points.end(),
              [](const core::CumulativePoint& a, const core::CumulativePoint& b) { return a.day < b.day; });

    const core::Period& period = progress.period;
    auto* actual = new QLineSeries;
    actual->setName(tr("Actual, cumulative"));
    QPen pen(ChartStyle::actualColour());
    pen.setWidth(3);
    actual->setPen(pen);
    // Drawn as steps: the total stays flat until the next day with records.
    qint64 previous = 0;
    actual->append(toX(period.start), 0);
    for (const core::CumulativePoint& point : std::as_const(m_points)) {
        if (point.day < period.start || point.day > progress.asOf)
            continue;
        actual->append(toX(point.day), static_cast<qreal>(previous));
        actual->append(toX(point.day), static_cast<qreal>(point.total));
        previous = point.total;
    }
    actual->append(toX(progress.asOf), static_cast<qreal>(previous));
    chart()->addSeries(actual);
    connect(actual, &QLineSeries::clicked, this, [this](const QPointF& point) { activateDay(fromX(point.x())); });

    QCategoryAxis* days = dayAxis(period);
    chart()->addAxis(days, Qt::AlignBottom);
    actual->attachAxis(days);

    std::optional<double> target;
    for (const core::MetricProgress& figure : progress.metrics) {
        if (figure.metric == metric.metric)
            target = figure.target;
    }
    auto* values = new QValueAxis;
    ChartStyle::styleAxis(*values, font());
    values->setLabelFormat(QStringLiteral("%.0f"));
    const double top = HorizontalBars::axisMax(std::max(target.value_or(0.0), static_cast<double>(previous)));
    values->setRange(0, top);
    if (top <= 4)
        values->setTickCount(static_cast<int>(top) + 1);
    else
        values->applyNiceNumbers();
    chart()->addAxis(values, Qt::AlignLeft);
    actual->attachAxis(values);

    if (target)
        addTargetLines(*target);
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

QCategoryAxis* CumulativeChartView::dayAxis(const core::Period& period) const
{
    // Labels on the first of each month for long periods (every week for a month), not at arbitrary ticks.
    auto* axis = new QCategoryAxis;
    ChartStyle::styleAxis(*axis, font());
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(toX(period.start), toX(period.end));
    const bool monthly = period.days() > 62;
    QDate day = monthly ? QDate(period.start.year(), period.start.month(), 1) : period.start;
    if (day < period.start)
        day = day.addMonths(1);
    while (day <= period.end) {
        const QString label = monthly ? QLocale().monthName(day.month(), QLocale::ShortFormat)
                                      : QLocale().toString(day, QStringLiteral("M-d"));
        axis->append(label, toX(day));
        day = monthly ? day.addMonths(1) : day.addDays(7);
    }
    return axis;
}

void CumulativeChartView::addTargetLines(double target)
{
    const core::Period& period = progress().period;
    auto* targetLine = new QLineSeries;
    targetLine->setName(tr("Target"));
    QPen targetPen(ChartStyle::targetColour());
    targetPen.setWidth(2);
    targetPen.setStyle(Qt::DashLine);
    targetLine->setPen(targetPen);
    targetLine->append(toX(period.start), target);
    targetLine->append(toX(period.end), target);

    auto* paceLine = new QLineSeries;
    paceLine->setName(tr("Pace to the target"));
    QPen pacePen(ChartStyle::paceColour());
    pacePen.setWidth(2);
    pacePen.setStyle(Qt::DotLine);
    paceLine->setPen(pacePen);
    paceLine->append(toX(period.start), target / std::max(period.days(), 1));
    paceLine->append(toX(period.end), target);

    for (QLineSeries* line : {targetLine, paceLine}) {
        chart()->addSeries(line);
        const auto axes = chart()->axes();
        for (QAbstractAxis* axis : axes)
            line->attachAxis(axis);
    }
}

void CumulativeChartView::activateDay(const QDate& day)
{
    const core::Progress& shown = progress();
    if (!day.isValid() || day < shown.period.start)
        return;
    const QDate to = std::min(day, shown.asOf);
    DrillRequest r =
        request(m_metricKey, m_metricName, shown.org.id, shown.org.name, static_cast<double>(totalOn(to)), m_unit);
    r.selection.to = to;
    r.periodLabel = ProgressChartView::periodText(shown.period, to);
    requestDrill(r);
}

} // namespace jb::ui
