#include "ui/dashboard/SubUnitChartView.h"

#include "ui/Localisation.h"
#include "ui/dashboard/ChartStyle.h"
#include "ui/dashboard/HorizontalBars.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace jb::ui {

namespace {

// A scatter marker drawn as a short upright bar: the usual way to mark a target on a bar.
QImage targetMarkerImage(int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.fillRect(QRect(size / 2 - 1, 0, 3, size), ChartStyle::targetColour());
    return image;
}

} // namespace

SubUnitChartView::SubUnitChartView(QWidget* parent) : ProgressChartView(parent)
{
    setObjectName(QStringLiteral("subUnitChart"));
}

void SubUnitChartView::showProgress(const core::Progress& progress, const core::MetricInfo& metric)
{
    m_metricKey = metric.key;
    m_metricName = metric.name.text();
    m_unit = metric.unit.text();
    begin(progress, tr("By sub-unit: %1").arg(m_metricName));

    m_rows.clear();
    for (const core::SubUnitFigures& unit : progress.bySubUnit) {
        Row row;
        row.org = unit.org;
        row.actual = static_cast<double>(unit.actual.value(metric.key, 0));
        if (unit.target.contains(metric.key))
            row.target = unit.target.value(metric.key);
        m_rows.append(row);
    }
    // Largest first; equal figures keep the order core gives (by code), so the chart does not shuffle.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.actual > b.actual; });
    // Tall enough for every sub-unit's name: Qt Charts shortens a category label to "..." unless its slot is the
    // text height plus padding.
    setMinimumHeight(std::max(kMinimumHeight, 120 + static_cast<int>(m_rows.size()) * (fontMetrics().height() + 12)));
    if (m_rows.isEmpty()) {
        chart()->legend()->hide();
        showEmpty(tr("%1 has no sub-units in this file.").arg(progress.org.name));
        return;
    }

    QStringList names;
    QVector<double> values;
    double largestTarget = 0;
    for (const Row& row : std::as_const(m_rows)) {
        names << row.org.name;
        values << row.actual;
        largestTarget = std::max(largestTarget, row.target.value_or(0.0));
    }
    const HorizontalBars bars =
        HorizontalBars::add(*chart(), font(), tr("Actual"), names, values, ChartStyle::actualColour(), largestTarget);
    const int count = static_cast<int>(m_rows.size());
    connect(bars.set, &QBarSet::clicked, this,
            [this, count](int index) { activateRow(HorizontalBars::topDown(index, count)); });
    connect(bars.set, &QBarSet::hovered, this, [this, count](bool inside, int index) {
        if (inside)
            QToolTip::showText(QCursor::pos(), rowToolTip(HorizontalBars::topDown(index, count)), this);
        else
            QToolTip::hideText();
    });
    addTargetMarkers(*chart(), bars.values);
}

void SubUnitChartView::addTargetMarkers(QChart& chart, QAbstractAxis* values)
{
    auto* markers = new QScatterSeries;
    markers->setName(tr("Target"));
    const int count = static_cast<int>(m_rows.size());
    for (int i = 0; i < count; ++i) {
        if (m_rows.at(i).target)
            markers->append(*m_rows.at(i).target, HorizontalBars::barIndex(i, count));
    }
    const qreal size = std::clamp<qreal>(height() * 0.6 / std::max(count, 1), 10, 22);
    markers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    markers->setMarkerSize(size);
    markers->setBrush(targetMarkerImage(static_cast<int>(size)));
    markers->setPen(QColor(Qt::transparent));
    chart.addSeries(markers);
    markers->attachAxis(values);
    // A hidden axis spanning the bars' slots: bar i sits at i on a category axis, from -0.5 to count - 0.5. (Sharing
    // the category axis itself would cost the names their room.)
    auto* barSlots = new QValueAxis;
    barSlots->setRange(-0.5, count - 0.5);
    barSlots->setVisible(false);
    chart.addAxis(barSlots, Qt::AlignRight);
    markers->attachAxis(barSlots);

    chart.legend()->setVisible(markers->count() > 0);
    chart.legend()->setAlignment(Qt::AlignBottom);
    if (markers->count() > 0) {
        // The legend swatch of an image brush would be the whole image: say it in words.
        const auto legendMarkers = chart.legend()->markers(markers);
        for (QLegendMarker* marker : legendMarkers)
            marker->setLabel(tr("Target (black line)"));
    } else {
        chart.legend()->hide();
    }
}

QString SubUnitChartView::rowToolTip(int topDownIndex) const
{
    if (topDownIndex < 0 || topDownIndex >= m_rows.size())
        return {};
    const Row& row = m_rows.at(topDownIndex);
    QString text = tr("%1: actual %2 %3").arg(row.org.name, ChartStyle::number(row.actual), m_unit);
    text += QLatin1Char('\n') + (row.target ? tr("target %1").arg(ChartStyle::number(*row.target)) : tr("no target"));
    return text + QLatin1Char('\n') + tr("Click to list the records.");
}

void SubUnitChartView::activateRow(int topDownIndex)
{
    if (topDownIndex < 0 || topDownIndex >= m_rows.size())
        return;
    const Row& row = m_rows.at(topDownIndex);
    requestDrill(request(m_metricKey, m_metricName, row.org.id, row.org.name, row.actual, m_unit));
}

} // namespace jb::ui
