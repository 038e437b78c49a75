// The main window driven as an officer would: open, refuse, create, copy, remember.

#include "core/domain/DatabaseStats.h"
#include "core/domain/MetricCatalog.h"
#include "core/stats/StatsRepository.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/UiFixture.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <random>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::MainWindow;

namespace {

const QStringList kPageOrder = {
    QStringLiteral("dashboard"),  QStringLiteral("enterprises"), QStringLiteral("workers"),
    QStringLiteral("duplicates"), QStringLiteral("fairs"),       QStringLiteral("referrals"),
    QStringLiteral("services"),   QStringLiteral("warnings"),    QStringLiteral("targets"),
    QStringLiteral("reports"),    QStringLiteral("import"),      QStringLiteral("reference-lists"),
    QStringLiteral("settings"),   QStringLiteral("audit")};
// Every page is built (the 服务 page was the last placeholder).
const QStringList kUnbuilt = {};

jb::core::DatabaseStats statsOf(const QString& path)
{
    auto db = jb::core::Database::open(path);
    REQUIRE(db);
    auto stats = jb::core::StatsRepository((*db)->connection()).collect();
    REQUIRE(stats);
    return *stats;
}

qint64 shownNumber(const QWidget& root, const QString& objectName)
{
    const auto* label = child<QLabel>(&root, objectName);
    bool ok = false;
    const qint64 n = QLocale().toLongLong(label->text(), &ok);
    REQUIRE(ok);
    return n;
}

} // namespace

TEST_CASE("Opening a file puts its home organisation and file name in the title", "[mainwindow]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("feidong.jobbridge"));
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    window.show();
    CHECK(window.windowTitle() == QStringLiteral("JobBridge"));
    CHECK(child<QWidget>(&window, QStringLiteral("start"))->isVisible());

    REQUIRE(window.openFile(path));
    CHECK(window.windowTitle().contains(QStringLiteral("肥东县")));
    CHECK(window.windowTitle().contains(QStringLiteral("feidong.jobbridge")));
    CHECK(window.windowTitle().endsWith(QStringLiteral("JobBridge")));
    CHECK_FALSE(child<QWidget>(&window, QStringLiteral("start"))->isVisible());
    CHECK(child<QWidget>(&window, QStringLiteral("dashboard"))->isVisible());

    window.closeFile();
    CHECK(window.windowTitle() == QStringLiteral("JobBridge"));
    CHECK(child<QWidget>(&window, QStringLiteral("start"))->isVisible());
}

TEST_CASE("Every page exists in order and the unbuilt ones say so with real counts", "[mainwindow]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("pages.jobbridge"));
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    window.show();
    REQUIRE(window.openFile(path));

    QStringList names;
    for (const jb::ui::Page* page : window.pages())
        names << page->objectName();
    CHECK(names == kPageOrder);

    auto* navigation = child<QListWidget>(&window, QStringLiteral("navigation"));
    REQUIRE(navigation->count() == kPageOrder.size());
    auto* stack = child<QStackedWidget>(&window, QStringLiteral("pages"));

    for (int row = 0; row < navigation->count(); ++row) {
        const QString name = kPageOrder.at(row);
        INFO("page " << name.toStdString());
        // Click the navigation entry, as an officer does, and check the page it brings up.
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        CHECK(stack->currentWidget()->objectName() == name);
        const auto* notice = stack->currentWidget()->findChild<QLabel*>(QStringLiteral("notBuiltNotice"));
        if (kUnbuilt.contains(name)) {
            REQUIRE(notice);
            CHECK(notice->text() == QStringLiteral("This page is not built yet"));
            CHECK(notice->isVisible());
        } else {
            CHECK(notice == nullptr);
        }
    }

    const auto* workers = child<QLabel>(window.page(QStringLiteral("workers")), QStringLiteral("workerCount"));
    CHECK(workers->text() == QStringLiteral("%1 people").arg(UiFixture::kWorkers));
    const auto* enterprises =
        child<QLabel>(window.page(QStringLiteral("enterprises")), QStringLiteral("enterpriseCount"));
    CHECK(enterprises->text() == QStringLiteral("%1 enterprises").arg(UiFixture::kEnterprises));
    const auto* fairs = child<QLabel>(window.page(QStringLiteral("fairs")), QStringLiteral("fairCount"));
    CHECK(fairs->text() == QStringLiteral("%1 job fairs").arg(UiFixture::kFairs));
}

TEST_CASE("The dashboard shows the numbers StatsRepository counts", "[mainwindow][dashboard]")
{
    UiFixture fx;
    const bool withSamples = GENERATE(true, false);
    const QString path = fx.createFile(QStringLiteral("dashboard.jobbridge"), QStringLiteral("340122"), withSamples);
    const jb::core::DatabaseStats stats = statsOf(path);
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    window.show();
    REQUIRE(window.openFile(path));
    const QWidget* dashboard = window.page(QStringLiteral("dashboard"));

    for (const char* table : {"enterprises", "vacancies", "workers", "job_fairs", "referrals", "services"}) {
        const QString name = QString::fromLatin1(table);
        INFO("table " << table);
        CHECK(shownNumber(*dashboard, QStringLiteral("count_") + name) == stats.rowsIn(name));
    }
    // The fixture's known counts, so a dashboard that agreed with a broken StatsRepository would still fail.
    CHECK(shownNumber(*dashboard, QStringLiteral("count_workers")) == (withSamples ? UiFixture::kWorkers : 0));
    CHECK(shownNumber(*dashboard, QStringLiteral("count_vacancies")) == (withSamples ? UiFixture::kVacancies : 0));
    CHECK(shownNumber(*dashboard, QStringLiteral("count_job_fairs")) == (withSamples ? UiFixture::kFairs : 0));
    CHECK(child<QLabel>(dashboard, QStringLiteral("homeName"))->text() == QStringLiteral("肥东县"));
    CHECK(child<QLabel>(dashboard, QStringLiteral("homeDetail"))->text().contains(QStringLiteral("340122")));
    // The progress part replaced the note and the workers-per-key-group chart: one bullet per metric, the four
    // charts and the promise tiles (their figures are checked against core in test_dashboard.cpp).
    CHECK(dashboard->findChild<QLabel*>(QStringLiteral("notBuiltNote")) == nullptr);
    for (const jb::core::MetricInfo& info : jb::core::metricCatalog())
        CHECK(dashboard->findChild<QWidget*>(QStringLiteral("bullet_") + info.key) != nullptr);
    for (const char* chart : {"cumulativeChart", "subUnitChart", "keyGroupChart", "funnelChart"})
        CHECK(dashboard->findChild<QChartView*>(QString::fromLatin1(chart)) != nullptr);
    CHECK(dashboard->findChild<QWidget*>(QStringLiteral("promiseOverdue")) != nullptr);
}

TEST_CASE("A file that is not a JobBridge file is refused and left untouched", "[mainwindow][open]")
{
    UiFixture fx;
    const QString good = fx.createFile(QStringLiteral("good.jobbridge"));
    const QString bad = fx.file(QStringLiteral("not-ours.jobbridge"));
    QByteArray bytes(4096, '\0');
    std::mt19937 random(20240223);
    for (char& b : bytes)
        b = static_cast<char>(random() & 0xff);
    jb::test::writeAll(bad, bytes);

    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    REQUIRE(window.openFile(good));
    const QString titleBefore = window.windowTitle();
    QSignalSpy errors(&window, &MainWindow::errorShown);

    CHECK_FALSE(window.openFile(bad));
    REQUIRE(errors.size() == 1);
    const QString message = errors.first().first().toString();
    CHECK(message.contains(QStringLiteral("SQLite")));
    CHECK(jb::test::readAll(bad) == bytes);
    CHECK_FALSE(QFileInfo::exists(bad + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(bad + QStringLiteral("-journal")));
    // The file that was open stays open, and the refused file is not remembered.
    CHECK(window.windowTitle() == titleBefore);
    REQUIRE(window.database());
    CHECK(QFileInfo(window.database()->path()).fileName() == QStringLiteral("good.jobbridge"));
    CHECK_FALSE(fx.settings().recentFiles().contains(QFileInfo(bad).absoluteFilePath()));
}

TEST_CASE("Creating a file opens it and an existing path is refused", "[mainwindow][new]")
{
    UiFixture fx;
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    QSignalSpy errors(&window, &MainWindow::errorShown);
    const QString path = fx.file(QStringLiteral("hefei.jobbridge"));

    REQUIRE(window.createFile(path, QStringLiteral("340100")));
    CHECK(errors.isEmpty());
    CHECK(QFileInfo::exists(path));
    CHECK(window.windowTitle().contains(QStringLiteral("合肥市")));

    window.closeFile();
    CHECK_FALSE(window.createFile(path, QStringLiteral("340122")));
    CHECK(errors.size() == 1);
    CHECK(window.database() == nullptr);
}

TEST_CASE("Save a copy writes a file that opens, and never overwrites", "[mainwindow][copy]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("original.jobbridge"));
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    QSignalSpy errors(&window, &MainWindow::errorShown);
    REQUIRE(window.openFile(path));

    const QString copy = fx.file(QStringLiteral("copy.jobbridge"));
    REQUIRE(window.saveCopyTo(copy));
    CHECK(statsOf(copy).rowsIn(QStringLiteral("workers")) == UiFixture::kWorkers);
    const QByteArray copyBytes = jb::test::readAll(copy);
    CHECK_FALSE(window.saveCopyTo(copy));
    CHECK(errors.size() == 1);
    CHECK(jb::test::readAll(copy) == copyBytes);
}

TEST_CASE("Recent files, the last file and the window layout are remembered", "[mainwindow][settings]")
{
    UiFixture fx;
    const QString first = fx.createFile(QStringLiteral("first.jobbridge"));
    const QString second = fx.createFile(QStringLiteral("second.jobbridge"), QStringLiteral("340181"));
    {
        MainWindow window(fx.settings());
        window.setModalDialogsEnabled(false);
        REQUIRE(window.openFile(first));
        REQUIRE(window.openFile(second));
        window.resize(1000, 640);
        window.show();
        window.close();
    }
    const QStringList recent = fx.settings().recentFiles();
    REQUIRE(recent.size() == 2);
    CHECK(recent.at(0) == QFileInfo(second).absoluteFilePath());
    CHECK(recent.at(1) == QFileInfo(first).absoluteFilePath());

    // A new session with the same settings file (as after a restart) reopens the last file and the layout.
    jb::ui::AppSettings restarted(fx.settingsFile());
    MainWindow window(restarted);
    window.setModalDialogsEnabled(false);
    window.restoreWindow();
    CHECK(window.size() == QSize(1000, 640));
    window.reopenLastFile();
    REQUIRE(window.database());
    CHECK(window.windowTitle().contains(QStringLiteral("巢湖市")));

    for (int i = 0; i < 10; ++i)
        restarted.addRecentFile(fx.file(QStringLiteral("f%1.jobbridge").arg(i)));
    CHECK(restarted.recentFiles().size() == jb::ui::AppSettings::kMaxRecentFiles);
}

TEST_CASE("With no file open the start panel offers New and Open", "[mainwindow][start]")
{
    UiFixture fx;
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    window.show();
    const auto* start = child<QWidget>(&window, QStringLiteral("start"));
    CHECK(start->isVisible());
    CHECK(start->findChild<QPushButton*>(QStringLiteral("startNew")) != nullptr);
    CHECK(start->findChild<QPushButton*>(QStringLiteral("startOpen")) != nullptr);
    CHECK_FALSE(child<QListWidget>(&window, QStringLiteral("navigation"))->isVisible());
}
