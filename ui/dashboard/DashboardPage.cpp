#include "ui/dashboard/DashboardPage.h"

#include "core/domain/Clock.h"
#include "core/domain/DatabaseStats.h"
#include "core/storage/Database.h"
#include "core/validation/AreaCodes.h"
#include "core/warnings/Warnings.h"
#include "ui/Localisation.h"
#include "ui/dashboard/BulletChart.h"
#include "ui/dashboard/CumulativeChartView.h"
#include "ui/dashboard/DrillDownDialog.h"
#include "ui/dashboard/FairMinimumsPanel.h"
#include "ui/dashboard/FunnelChartView.h"
#include "ui/dashboard/KeyGroupChartView.h"
#include "ui/dashboard/ProgressSelectors.h"
#include "ui/dashboard/PromisePanel.h"
#include "ui/dashboard/SubUnitChartView.h"
#include "ui/dashboard/WarningCounter.h"
#include "ui/dashboard/WarningsPanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

const int kBulletColumns = 2;

} // namespace

DashboardPage::DashboardPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("dashboard"));
    // Stable employment is the headline figure of the plan, and it breaks down by key group.
    m_metricKey = core::metricInfo(core::Metric::StableEmployment).key;

    // Everything scrolls as one: at 1366×768 the header, the bullets and the first row of charts are in view.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);

    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("progressMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    layout->addWidget(buildBullets());
    layout->addWidget(buildCharts());
    m_fairMinimums = new FairMinimumsPanel(content);
    layout->addWidget(m_fairMinimums);
    layout->addStretch(1);
    scroll->setWidget(content);

    connect(m_selectors, &ProgressSelectors::selectionChanged, this, &DashboardPage::reloadProgress);
    connect(m_selectors, &ProgressSelectors::metricChanged, this, &DashboardPage::selectMetric);
    m_selectors->setMetricKey(m_metricKey);
}

DashboardPage::~DashboardPage()
{
    closeDrillDowns();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QWidget* DashboardPage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* rows = new QVBoxLayout(header);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);

    auto* top = new QHBoxLayout;
    m_homeName = makeHeading(QString(), header, 1.4);
    m_homeName->setObjectName(QStringLiteral("homeName"));
    m_homeName->setWordWrap(false);
    top->addWidget(m_homeName);
    top->addStretch(1);
    m_selectors = new ProgressSelectors(header);
    m_selectors->setObjectName(QStringLiteral("progressSelectors"));
    top->addWidget(m_selectors);
    rows->addLayout(top);

    auto* second = new QHBoxLayout;
    second->setSpacing(4);
    m_homeDetail = new QLabel(header);
    m_homeDetail->setObjectName(QStringLiteral("homeDetail"));
    m_homeDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_homeDetail->setStyleSheet(QStringLiteral("color: #555;"));
    second->addWidget(m_homeDetail);
    second->addSpacing(16);
    auto* caption = new QLabel(tr("Records in this file:"), header);
    caption->setStyleSheet(QStringLiteral("color: #555;"));
    second->addWidget(caption);
    using K = core::RecordKind;
    addCount(K::Enterprise, QStringLiteral("count_enterprises"), tr("Enterprises"), second);
    addCount(K::Vacancy, QStringLiteral("count_vacancies"), tr("Vacancies"), second);
    addCount(K::Worker, QStringLiteral("count_workers"), tr("Workers"), second);
    addCount(K::JobFair, QStringLiteral("count_job_fairs"), tr("Job fairs"), second);
    addCount(K::Referral, QStringLiteral("count_referrals"), tr("Referrals"), second);
    addCount(K::Service, QStringLiteral("count_services"), tr("Services"), second);
    second->addStretch(1);
    rows->addLayout(second);
    return header;
}

void DashboardPage::addCount(core::RecordKind record, const QString& objectName, const QString& caption,
                             QHBoxLayout* row)
{
    auto* name = new QLabel(caption, row->parentWidget());
    name->setStyleSheet(QStringLiteral("color: #555;"));
    row->addSpacing(6);
    row->addWidget(name);
    auto* number = new QLabel(row->parentWidget());
    number->setObjectName(objectName);
    QFont bold = number->font();
    bold.setBold(true);
    number->setFont(bold);
    number->setStyleSheet(QStringLiteral("color: #1f4e79;"));
    row->addWidget(number);
    m_counts.insert(record, number);
}

QWidget* DashboardPage::buildBullets()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);

    auto* left = new QVBoxLayout;
    left->setSpacing(4);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(5);
    const QVector<core::MetricInfo>& catalog = core::metricCatalog();
    const int rowsPerColumn = (static_cast<int>(catalog.size()) + kBulletColumns - 1) / kBulletColumns;
    for (int i = 0; i < catalog.size(); ++i) {
        auto* bullet = new BulletChart(catalog.at(i), box);
        bullet->setErrorHandler([this](const QString& message) { emit errorOccurred(message); });
        // Down the first column, then the second: the catalogue's order reads top to bottom.
        grid->addWidget(bullet, i % rowsPerColumn, i / rowsPerColumn);
        connect(bullet, &BulletChart::selectRequested, this, &DashboardPage::selectMetric);
        connect(bullet, &BulletChart::recordsRequested, this, &DashboardPage::openMetricRecords);
        m_bullets.insert(catalog.at(i).key, bullet);
    }
    left->addLayout(grid);

    auto* legend = new QLabel(tr("Bar: actual (green on pace, amber slightly behind, red behind); black line: target; "
                                 "purple line: due by today. Click a bar to list its records."),
                              box);
    legend->setObjectName(QStringLiteral("bulletLegend"));
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: #666;"));
    left->addWidget(legend);
    row->addLayout(left, 1);

    m_promise = new PromisePanel(box);
    m_promise->setFixedWidth(230);
    connect(m_promise, &PromisePanel::drillRequested, this, &DashboardPage::openDrillDown);
    connect(m_promise, &PromisePanel::errorOccurred, this, &Page::errorOccurred);
    connect(m_promise, &PromisePanel::promiseListRequested, this, &DashboardPage::promiseListRequested);
    // The promise and early warning's counts side by side, each a narrow column.
    m_warnings = new WarningsPanel(box);
    m_warningCounter = new WarningCounter(
        [this](const WarningCounter::Counts& counts) {
            if (counts) {
                m_warnings->showCounts(*counts);
                return;
            }
            m_warnings->clearCounts();
            emit errorOccurred(counts.error());
        },
        this);
    m_warnings->setFixedWidth(260);
    connect(m_warnings, &WarningsPanel::sectionRequested, this, &DashboardPage::warningSectionRequested);
    row->addWidget(m_promise);
    row->addWidget(m_warnings);
    return box;
}

QWidget* DashboardPage::buildCharts()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setSpacing(10);
    m_charts = {new CumulativeChartView(box), new SubUnitChartView(box), new KeyGroupChartView(box),
                new FunnelChartView(box)};
    // Two columns: the cumulative course, the key groups and the funnel on the left; the sub-units, one line each
    // (a county has twenty or so), down the whole right side.
    grid->addWidget(m_charts.at(0), 0, 0);
    grid->addWidget(m_charts.at(1), 0, 1, 3, 1);
    grid->addWidget(m_charts.at(2), 1, 0);
    grid->addWidget(m_charts.at(3), 2, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    for (int row = 0; row < 3; ++row)
        grid->setRowStretch(row, 1);
    for (ProgressChartView* chart : std::as_const(m_charts)) {
        connect(chart, &ProgressChartView::drillRequested, this, &DashboardPage::openDrillDown);
        connect(chart, &ProgressChartView::errorOccurred, this, &Page::errorOccurred);
    }
    return box;
}

void DashboardPage::showFile(core::Database& database, const core::DatabaseStats& stats)
{
    if (m_database != &database)
        closeDrillDowns();
    m_database = &database;
    showCounts(stats);
    const QString error = m_selectors->load(database, today());
    if (!error.isEmpty())
        emit errorOccurred(error);
    reloadProgress();
    reloadWarnings();
}

void DashboardPage::showCounts(const core::DatabaseStats& stats)
{
    m_homeName->setText(stats.homeName.isEmpty() ? tr("Home organisation not set") : stats.homeName);
    const QString fullName = core::AreaCodes::instance().fullName(stats.homeCode);
    m_homeDetail->setText(tr("Home organisation: %1 (division code %2)")
                              .arg(fullName.isEmpty() ? stats.homeName : fullName, stats.homeCode));
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const qint64 rows = stats.count(it.key());
        it.value()->setText(rows < 0 ? tr("unknown") : QLocale().toString(rows));
    }
}

void DashboardPage::clearFile()
{
    closeDrillDowns();
    m_warningCounter->cancel();
    m_database = nullptr;
    m_progress.reset();
    m_homeName->clear();
    m_homeDetail->clear();
    for (QLabel* label : std::as_const(m_counts))
        label->clear();
    m_selectors->clear();
    m_message->hide();
    for (BulletChart* bullet : std::as_const(m_bullets))
        bullet->clear();
    m_promise->clearProgress();
    m_warnings->clearCounts();
    for (ProgressChartView* chart : std::as_const(m_charts))
        chart->clearProgress();
    m_fairMinimums->clearProgress();
}

void DashboardPage::setToday(const QDate& today)
{
    m_today = today;
    if (m_database) {
        m_selectors->load(*m_database, this->today());
        reloadProgress();
        reloadWarnings();
    }
}

QDate DashboardPage::today() const
{
    return m_today.isValid() ? m_today : core::Clock::today();
}

void DashboardPage::recordsEdited()
{
    if (m_database) {
        reloadProgress();
        reloadWarnings();
    }
}

void DashboardPage::reloadWarnings()
{
    if (m_database)
        m_warningCounter->count(*m_database, today());
}

void DashboardPage::setCountsInBackground(bool inBackground)
{
    m_warningCounter->setInBackground(inBackground);
}

void DashboardPage::reloadProgress()
{
    m_progress.reset();
    const core::Period* period = m_selectors->period();
    if (!m_database || !period || m_selectors->orgId() == 0) {
        showFailure(tr("There is no organisation or period to show."));
        return;
    }
    core::Expected<core::Progress> loaded =
        core::loadProgress(m_database->connection(), m_selectors->orgId(), *period, today());
    if (!loaded) {
        showFailure(tr("The progress figures cannot be read: %1").arg(loaded.error()));
        emit errorOccurred(loaded.error());
        return;
    }
    m_progress = std::move(*loaded);
    m_message->hide();
    for (const core::MetricProgress& figure : std::as_const(m_progress->metrics)) {
        if (BulletChart* b = m_bullets.value(core::metricInfo(figure.metric).key))
            b->setProgress(figure);
    }
    m_promise->showProgress(*m_progress);
    m_charts.last()->showProgress(*m_progress, core::metricInfo(core::Metric::StableEmployment)); // the funnel
    m_fairMinimums->showProgress(*m_progress);
    showMetric();
}

void DashboardPage::showFailure(const QString& message)
{
    m_message->setText(message);
    m_message->show();
    for (BulletChart* bullet : std::as_const(m_bullets))
        bullet->clear();
    m_promise->clearProgress();
    m_warnings->clearCounts();
    for (ProgressChartView* chart : std::as_const(m_charts))
        chart->clearProgress();
    m_fairMinimums->clearProgress();
}

void DashboardPage::selectMetric(const QString& metricKey)
{
    if (!core::findMetric(metricKey))
        return;
    m_metricKey = metricKey;
    m_selectors->setMetricKey(metricKey);
    showMetric();
}

void DashboardPage::showMetric()
{
    for (auto it = m_bullets.cbegin(); it != m_bullets.cend(); ++it)
        it.value()->setSelected(it.key() == m_metricKey);
    const core::MetricInfo* metric = core::findMetric(m_metricKey);
    if (!m_progress || !metric)
        return;
    // The funnel (last) does not follow the metric.
    for (int i = 0; i + 1 < m_charts.size(); ++i)
        m_charts.at(i)->showProgress(*m_progress, *metric);
}

void DashboardPage::openMetricRecords(const QString& metricKey)
{
    const BulletChart* bullet = m_bullets.value(metricKey);
    if (!m_progress || !bullet)
        return;
    DrillRequest r;
    r.selection.figure = metricKey;
    r.selection.orgId = m_progress->org.id;
    r.selection.from = m_progress->period.start;
    r.selection.to = m_progress->asOf;
    r.figureName = bullet->name();
    r.orgName = m_progress->org.name;
    r.periodLabel = ProgressChartView::periodText(m_progress->period, m_progress->asOf);
    r.unit = bullet->info().unit.text();
    r.shownValue = static_cast<double>(bullet->progress().actual);
    openDrillDown(r);
}

DrillDownDialog* DashboardPage::openDrillDown(const DrillRequest& request)
{
    if (!m_database)
        return nullptr;
    auto* dialog = new DrillDownDialog(*m_database, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::recordOpened, this, &Page::recordOpenRequested);
    m_drillDowns.append(dialog);
    dialog->show();
    emit drillDownOpened(dialog);
    return dialog;
}

void DashboardPage::closeDrillDowns()
{
    // Deleted, not only closed: each holds a handle on the file's connection, which must go before the file.
    for (const QPointer<DrillDownDialog>& dialog : std::as_const(m_drillDowns))
        delete dialog.data();
    m_drillDowns.clear();
}

} // namespace jb::ui
