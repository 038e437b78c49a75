// The dashboard: bullets, charts and drill-downs over the progress core computes, driven as an officer would.

#include "core/demo/DemoGenerator.h"
#include "core/metrics/Progress.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/dashboard/BulletChart.h"
#include "ui/dashboard/ChartExport.h"
#include "ui/dashboard/CumulativeChartView.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/DrillDownDialog.h"
#include "ui/dashboard/FunnelChartView.h"
#include "ui/dashboard/KeyGroupChartView.h"
#include "ui/dashboard/ProgressSelectors.h"
#include "ui/dashboard/PromisePanel.h"
#include "ui/dashboard/RecordWindowModel.h"
#include "ui/dashboard/SubUnitChartView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::DashboardPage;
using jb::ui::DrillDownDialog;
using jb::ui::MainWindow;
using jb::ui::RecordWindowModel;

namespace {

const QDate kToday(2026, 5, 14);

// `rows` synthetic records, three columns; every call to the fetch function is written down.
struct SyntheticSource
{
    qint64 rows = 0;
    QVector<QPair<qint64, int>> calls;

    RecordWindowModel::Fetch fetch()
    {
        return [this](qint64 offset, int limit) {
            calls.append({offset, limit});
            jb::core::RecordWindow window;
            for (qint64 r = offset; r < std::min(rows, offset + limit); ++r)
                window.rows.append({QStringLiteral("人员%1").arg(r), r, QDate(2026, 1, 1).addDays(r % 300)});
            return jb::core::Expected<jb::core::RecordWindow>(window);
        };
    }
};

// A demo county as of kToday, opened in a main window with its dashboard measured on the same day.
struct DemoDashboard
{
    UiFixture fx;
    QString path;
    std::unique_ptr<MainWindow> window;
    DashboardPage* page = nullptr;

    DemoDashboard()
    {
        path = fx.createFile(QStringLiteral("demo.jobbridge"), QStringLiteral("340122"), false);
        {
            auto db = jb::core::Database::open(path);
            REQUIRE(db);
            jb::core::DemoOptions options;
            options.workers = 1500;
            options.enterprises = 120;
            options.today = kToday;
            const auto summary = jb::core::generateDemo((*db)->connection(), options);
            REQUIRE(summary);
        }
        window = std::make_unique<MainWindow>(fx.settings());
        window->setModalDialogsEnabled(false);
        window->resize(1366, 768);
        window->show();
        page = qobject_cast<DashboardPage*>(window->page(QStringLiteral("dashboard")));
        REQUIRE(page);
        page->setToday(kToday);
        REQUIRE(window->openFile(path));
        REQUIRE(page->progress());
    }

    // The progress as core computes it, read on a connection of its own.
    jb::core::Progress expected() const
    {
        auto db = jb::core::Database::open(path);
        REQUIRE(db);
        const jb::core::Period* period = page->selectors()->period();
        REQUIRE(period);
        auto progress = jb::core::loadProgress((*db)->connection(), page->selectors()->orgId(), *period, kToday);
        REQUIRE(progress);
        return *progress;
    }
};

// The drill-down windows a dashboard opens, in order.
struct OpenedDrillDowns
{
    explicit OpenedDrillDowns(DashboardPage* page)
    {
        QObject::connect(page, &DashboardPage::drillDownOpened, page,
                         [this](DrillDownDialog* dialog) { dialogs.append(dialog); });
    }
    DrillDownDialog* last() const
    {
        REQUIRE_FALSE(dialogs.isEmpty());
        REQUIRE(dialogs.last());
        return dialogs.last();
    }
    QList<QPointer<DrillDownDialog>> dialogs;
};

} // namespace

TEST_CASE("dashboard: the record window model reads 200 rows at a time and passes the model tester", "[dashboard]")
{
    SyntheticSource source;
    source.rows = 450;
    RecordWindowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setSource({QStringLiteral("姓名"), QStringLiteral("编号"), QStringLiteral("日期")}, source.rows,
                    source.fetch());
    CHECK(model.rowCount() == 200);
    CHECK(model.columnCount() == 3);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("编号"));
    CHECK(model.data(model.index(7, 0)).toString() == QStringLiteral("人员7"));
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    model.fetchMore({}); // nothing left: no call
    CHECK(model.data(model.index(449, 1)).toLongLong() == 449);
    const QVector<QPair<qint64, int>> expectedCalls = {{0, 200}, {200, 200}, {400, 50}};
    CHECK(source.calls == expectedCalls);

    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("dashboard: a table view over the record window model never reads the whole list", "[dashboard]")
{
    SyntheticSource source;
    source.rows = 1'000'000;
    RecordWindowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, source.rows, source.fetch());
    QTableView view;
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QApplication::processEvents();
    CHECK(model.loadedRows() <= 2 * RecordWindowModel::kWindowRows);
    for (const auto& call : std::as_const(source.calls))
        CHECK(call.second <= RecordWindowModel::kWindowRows);
}

TEST_CASE("dashboard: a failed window stops the record window model and says why", "[dashboard]")
{
    RecordWindowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failures(&model, &RecordWindowModel::fetchFailed);
    int calls = 0;
    model.setSource({QStringLiteral("a")}, 500, [&calls](qint64, int) {
        ++calls;
        return jb::core::Expected<jb::core::RecordWindow>::failure(QStringLiteral("磁盘已满 / disk full"));
    });
    CHECK(model.rowCount() == 0);
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().first().toString().contains(QStringLiteral("disk full")));
    CHECK_FALSE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(calls == 1);
}

TEST_CASE("dashboard: a bullet draws the figures it is given", "[dashboard]")
{
    const jb::core::MetricInfo& info = jb::core::metricInfo(jb::core::Metric::JobFairs);
    jb::ui::BulletChart bullet(info);
    bullet.resize(460, bullet.sizeHint().height());
    jb::core::MetricProgress figure;
    figure.metric = info.metric;
    figure.actual = 12;
    figure.target = 20;
    figure.pace.expected = 7.3;
    figure.pace.status = jb::core::PaceStatus::Green;
    bullet.setProgress(figure);
    CHECK(bullet.figuresText() == QStringLiteral("actual 12 fairs · target 20 · due by now 8"));
    QSignalSpy select(&bullet, &jb::ui::BulletChart::selectRequested);
    QSignalSpy records(&bullet, &jb::ui::BulletChart::recordsRequested);
    // The name selects; the bar also lists the records.
    QTest::mouseClick(&bullet, Qt::LeftButton, {}, QPoint(12, 8));
    CHECK(select.size() == 1);
    CHECK(records.isEmpty());
    QTest::mouseClick(&bullet, Qt::LeftButton, {}, bullet.barRect().center());
    CHECK(select.size() == 2);
    REQUIRE(records.size() == 1);
    CHECK(records.first().first().toString() == info.key);
    // The same from the keyboard: Space selects, Enter lists.
    QTest::keyClick(&bullet, Qt::Key_Space);
    CHECK(select.size() == 3);
    CHECK(records.size() == 1);
    QTest::keyClick(&bullet, Qt::Key_Return);
    CHECK(records.size() == 2);

    figure.target.reset();
    figure.pace = {};
    bullet.setProgress(figure);
    CHECK(bullet.figuresText() == QStringLiteral("actual 12 fairs · no target"));
}

TEST_CASE("dashboard: a chart saved as PNG is a real image of the chart", "[dashboard]")
{
    UiFixture fx;
    jb::ui::FunnelChartView chart;
    chart.resize(480, 300);
    jb::core::Progress progress;
    progress.org.id = 1;
    progress.org.name = QStringLiteral("肥东县");
    progress.period = jb::core::PeriodRepository::yearPeriod(2026);
    progress.asOf = kToday;
    progress.funnel = {100, 60, 30, 20, 10};
    chart.showProgress(progress, jb::core::metricInfo(jb::core::Metric::Contracts));
    chart.show();
    QApplication::processEvents();

    const QString path = fx.file(QStringLiteral("funnel.png"));
    CHECK(jb::ui::ChartExport::savePng(chart, path).isEmpty());
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == chart.size() * chart.devicePixelRatio());
    CHECK_FALSE(jb::ui::ChartExport::savePng(chart, fx.file(QStringLiteral("no/such/folder/x.png"))).isEmpty());
    CHECK(jb::ui::ChartExport::suggestedPath(QStringLiteral("肥东县 2026年 a/b"))
              .endsWith(QStringLiteral("肥东县 2026年 a-b.png")));
}

TEST_CASE("dashboard: funnel stages ask for exactly their referrals", "[dashboard]")
{
    jb::ui::FunnelChartView chart;
    jb::core::Progress progress;
    progress.org.id = 42;
    progress.org.name = QStringLiteral("撮镇镇");
    progress.period = jb::core::PeriodRepository::yearPeriod(2026);
    progress.asOf = kToday;
    progress.funnel = {100, 60, 30, 20, 10};
    chart.showProgress(progress, jb::core::metricInfo(jb::core::Metric::Contracts));
    QSignalSpy requests(&chart, &jb::ui::ProgressChartView::drillRequested);

    // A click on the second bar from the top: Qt numbers bars bottom-up, so it is bar 3 of 0…4.
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart.chart()->series().first());
    REQUIRE(series);
    emit series->barSets().first()->clicked(3);
    REQUIRE(requests.size() == 1);
    const auto request = requests.first().first().value<jb::ui::DrillRequest>();
    CHECK(request.selection.figure == QStringLiteral("interviewed"));
    CHECK(request.selection.orgId == 42);
    CHECK(request.selection.from == QDate(2026, 1, 1));
    CHECK(request.selection.to == kToday);
    CHECK(request.shownValue == 60);
}

TEST_CASE("dashboard: each bullet shows the actual figure loadProgress computes", "[dashboard][demo]")
{
    DemoDashboard d;
    const jb::core::Progress expected = d.expected();
    CHECK(d.page->selectors()->period()->name == QStringLiteral("2026"));
    REQUIRE(expected.metrics.size() == jb::core::metricCatalog().size());
    qint64 nonZero = 0;
    for (const jb::core::MetricProgress& figure : expected.metrics) {
        const QString key = jb::core::metricInfo(figure.metric).key;
        INFO("metric " << key.toStdString());
        const jb::ui::BulletChart* bullet = d.page->bullet(key);
        REQUIRE(bullet);
        REQUIRE(bullet->hasProgress());
        CHECK(bullet->progress().actual == figure.actual);
        CHECK(bullet->progress().target == figure.target);
        CHECK(bullet->figuresText().contains(QLocale().toString(figure.actual)));
        nonZero += figure.actual > 0 ? 1 : 0;
    }
    // A demo county has something in most figures: a dashboard of zeros would pass the loop above.
    CHECK(nonZero >= 6);
}

TEST_CASE("dashboard: a sub-unit bar lists exactly the records it counts", "[dashboard][demo]")
{
    DemoDashboard d;
    OpenedDrillDowns opened(d.page);
    for (const QString& key :
         {QStringLiteral("enterprises_visited"), QStringLiteral("jobs_collected"), QStringLiteral("contracts")}) {
        INFO("metric " << key.toStdString());
        d.page->selectMetric(key);
        auto* chart = child<jb::ui::SubUnitChartView>(d.page, QStringLiteral("subUnitChart"));
        REQUIRE(chart->rows().size() >= 2);
        // The largest sub-unit is on top; click its bar where Qt draws it.
        const auto& top = chart->rows().first();
        CHECK(top.actual >= chart->rows().last().actual);
        REQUIRE(top.actual > 0);
        auto* series = qobject_cast<QHorizontalBarSeries*>(chart->chart()->series().first());
        REQUIRE(series);
        const int barIndex = static_cast<int>(chart->rows().size()) - 1;
        CHECK(series->barSets().first()->at(barIndex) == top.actual);
        QApplication::processEvents(); // chart geometry
        const QPointF middle = chart->chart()->mapToPosition(QPointF(top.actual / 2, barIndex), series);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->mapFromScene(middle));

        DrillDownDialog* dialog = opened.last();
        CHECK(dialog->error().isEmpty());
        CHECK(dialog->request().selection.figure == key);
        CHECK(dialog->request().selection.orgId == top.org.id);
        CHECK(dialog->request().selection.to == kToday);
        CHECK(dialog->figureTotal() == static_cast<qint64>(top.actual));
        if (key != QLatin1String("jobs_collected")) // jobs add up headcount: fewer vacancies than jobs
            CHECK(dialog->count() == static_cast<qint64>(top.actual));
        CHECK(dialog->model()->rowCount() == std::min<qint64>(dialog->count(), RecordWindowModel::kWindowRows));
        CHECK(dialog->windowTitle().contains(top.org.name));
        CHECK_FALSE(dialog->isModal());
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
}

TEST_CASE("dashboard: key groups, promise tiles and bullets drill into their own selection", "[dashboard][demo]")
{
    DemoDashboard d;
    OpenedDrillDowns opened(d.page);
    const jb::core::Progress expected = d.expected();

    d.page->selectMetric(QStringLiteral("contracts"));
    auto* groups = child<jb::ui::KeyGroupChartView>(d.page, QStringLiteral("keyGroupChart"));
    REQUIRE_FALSE(groups->bars().isEmpty());
    for (int i = 0; i < groups->bars().size(); ++i) {
        if (groups->bars().at(i).shownValue <= 0)
            continue;
        groups->activateBar(i);
        DrillDownDialog* dialog = opened.last();
        CHECK(dialog->request().selection.keyGroupId == groups->bars().at(i).selection.keyGroupId);
        CHECK(dialog->count() == static_cast<qint64>(groups->bars().at(i).shownValue));
        break;
    }

    auto* overdue = child<QPushButton>(d.page, QStringLiteral("promiseOverdue"));
    // The tiles are today's state, whatever period is chosen, and say so.
    CHECK(overdue->text().endsWith(QStringLiteral("now &overdue")));
    CHECK(child<QPushButton>(d.page, QStringLiteral("promiseDue"))->text().endsWith(QStringLiteral("now &waiting")));
    QTest::mouseClick(overdue, Qt::LeftButton);
    DrillDownDialog* promise = opened.last();
    CHECK(promise->request().selection.figure == QStringLiteral("hardship_overdue"));
    CHECK(promise->count() == expected.promise.overdue);

    jb::ui::BulletChart* bullet = d.page->bullet(QStringLiteral("stable_employment"));
    QTest::mouseClick(bullet, Qt::LeftButton, {}, bullet->barRect().center());
    CHECK(d.page->selectedMetric() == QStringLiteral("stable_employment"));
    CHECK(d.page->selectors()->metricKey() == QStringLiteral("stable_employment"));
    DrillDownDialog* stable = opened.last();
    CHECK(stable->count() == expected.figure(jb::core::Metric::StableEmployment).actual);

    // Closing the file takes every drill-down window with it (they hold the file's connection).
    const int before = static_cast<int>(d.page->findChildren<DrillDownDialog*>().size());
    CHECK(before >= 2);
    d.window->closeFile();
    QApplication::processEvents();
    CHECK(d.page->findChildren<DrillDownDialog*>().isEmpty());
}

TEST_CASE("dashboard: choosing a sub-unit shows that sub-unit's progress", "[dashboard][demo]")
{
    DemoDashboard d;
    auto* org = child<QComboBox>(d.page, QStringLiteral("progressOrganisation"));
    REQUIRE(org->count() > 2);
    const qint64 homeId = d.page->progress()->org.id;
    org->setCurrentIndex(1);
    REQUIRE(d.page->progress());
    CHECK(d.page->progress()->org.id != homeId);
    CHECK(d.page->progress()->org.id == org->currentData().toLongLong());
    const jb::core::Progress expected = d.expected();
    CHECK(d.page->bullet(QStringLiteral("contracts"))->progress().actual ==
          expected.figure(jb::core::Metric::Contracts).actual);
}
