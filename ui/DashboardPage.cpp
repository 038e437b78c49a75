#include "ui/DashboardPage.h"

#include "core/domain/DatabaseStats.h"
#include "core/validation/AreaCodes.h"
#include "ui/Localisation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace jb::ui {

namespace {

const int kTilesPerRow = 6;

} // namespace

DashboardPage::DashboardPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("dashboard"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 20);
    layout->setSpacing(12);

    m_homeName = makeHeading(QString(), this);
    m_homeName->setObjectName(QStringLiteral("homeName"));
    layout->addWidget(m_homeName);
    m_homeDetail = new QLabel(this);
    m_homeDetail->setObjectName(QStringLiteral("homeDetail"));
    m_homeDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_homeDetail);

    layout->addWidget(makeHeading(tr("Records in this file"), this, 1.15));
    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    addCountTile(QStringLiteral("enterprises"), tr("Enterprises"), grid, 0);
    addCountTile(QStringLiteral("vacancies"), tr("Vacancies"), grid, 1);
    addCountTile(QStringLiteral("workers"), tr("Workers"), grid, 2);
    addCountTile(QStringLiteral("job_fairs"), tr("Job fairs"), grid, 3);
    addCountTile(QStringLiteral("referrals"), tr("Referrals"), grid, 4);
    addCountTile(QStringLiteral("services"), tr("Services"), grid, 5);
    layout->addLayout(grid);

    layout->addWidget(makeHeading(tr("Workers per key group"), this, 1.15));
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_keyGroupChart = new QChartView(chart, this);
    m_keyGroupChart->setObjectName(QStringLiteral("keyGroupChart"));
    m_keyGroupChart->setRenderHint(QPainter::Antialiasing);
    m_keyGroupChart->setMinimumHeight(220);
    layout->addWidget(m_keyGroupChart, 1);
    m_noWorkers = new QLabel(tr("There are no workers in this file yet, so there is nothing to chart."), this);
    m_noWorkers->setObjectName(QStringLiteral("keyGroupEmpty"));
    m_noWorkers->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_noWorkers->hide();
    layout->addWidget(m_noWorkers, 1);

    auto* note = new QLabel(tr("The quota and progress charts (actual figures against the targets and against the "
                               "pace expected by today) are not built yet; they will appear here with the Targets "
                               "page."),
                            this);
    note->setObjectName(QStringLiteral("notBuiltNote"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #6d5a00;"));
    layout->addWidget(note);
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::addCountTile(const QString& table, const QString& caption, QGridLayout* grid, int index)
{
    auto* tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("tile_") + table);
    tile->setStyleSheet(QStringLiteral("#tile_%1 { background: #f3f6fa; border: 1px solid #d5dde8; "
                                       "border-radius: 4px; }")
                            .arg(table));
    auto* tileLayout = new QVBoxLayout(tile);
    tileLayout->setContentsMargins(14, 10, 14, 10);
    auto* number = makeHeading(QString(), tile, 1.8);
    number->setObjectName(QStringLiteral("count_") + table);
    number->setStyleSheet(QStringLiteral("color: #1f4e79;"));
    tileLayout->addWidget(number);
    tileLayout->addWidget(new QLabel(caption, tile));
    grid->addWidget(tile, index / kTilesPerRow, index % kTilesPerRow);
    m_counts.insert(table, number);
}

void DashboardPage::showFile(core::Database& /*database*/, const core::DatabaseStats& stats)
{
    m_homeName->setText(stats.homeName.isEmpty() ? tr("Home organisation not set") : stats.homeName);
    const QString fullName = core::AreaCodes::instance().fullName(stats.homeCode);
    m_homeDetail->setText(tr("Home organisation: %1 (division code %2)")
                              .arg(fullName.isEmpty() ? stats.homeName : fullName, stats.homeCode));
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const qint64 rows = stats.rowsIn(it.key());
        it.value()->setText(rows < 0 ? tr("unknown") : QLocale().toString(rows));
    }
    showKeyGroups(stats);
    const bool noWorkers = stats.rowsIn(QStringLiteral("workers")) == 0;
    m_keyGroupChart->setVisible(!noWorkers);
    m_noWorkers->setVisible(noWorkers);
}

void DashboardPage::showKeyGroups(const core::DatabaseStats& stats)
{
    QChart* chart = m_keyGroupChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }

    auto* set = new QBarSet(tr("Workers"));
    set->setColor(QColor(0x2e, 0x6d, 0xb4));
    set->setLabelColor(Qt::black);
    QStringList categories;
    qint64 most = 0;
    // Horizontal bars are drawn bottom-up: add the groups in reverse so the first group is on top.
    for (auto it = stats.keyGroups.crbegin(); it != stats.keyGroups.crend(); ++it) {
        categories << Localisation::pick(it->nameZh, it->nameEn);
        *set << static_cast<qreal>(it->workers);
        most = std::max(most, it->workers);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(15);
    chart->addSeries(series);

    auto* groups = new QBarCategoryAxis;
    groups->append(categories);
    chart->addAxis(groups, Qt::AlignLeft);
    series->attachAxis(groups);

    auto* counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    // Leave room for the value labels beyond the longest bar; small counts get one tick per whole number.
    if (most < 5) {
        counts->setRange(0, static_cast<qreal>(most + 1));
        counts->setTickCount(static_cast<int>(most) + 2);
    } else {
        counts->setRange(0, static_cast<qreal>(most) * 1.12);
        counts->applyNiceNumbers();
    }
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
}

void DashboardPage::clearFile()
{
    m_homeName->clear();
    m_homeDetail->clear();
    for (QLabel* label : std::as_const(m_counts))
        label->clear();
    m_keyGroupChart->chart()->removeAllSeries();
}

} // namespace jb::ui
