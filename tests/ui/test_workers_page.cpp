// The Workers page driven as an officer does, offscreen: the model under QAbstractItemModelTester (windows, sorts,
// filters), typing a search and picking a filter and seeing the count, the detail panel and its reveal buttons
// (audited), and the export masked by default.

#include "core/demo/DemoGenerator.h"
#include "core/lists/WorkerListQuery.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/workers/WorkerDetailPanel.h"
#include "ui/workers/WorkerFilterBar.h"
#include "ui/workers/WorkerTableModel.h"
#include "ui/workers/WorkersPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::MainWindow;
using jb::ui::WorkersPage;
using jb::ui::WorkerTableModel;

namespace {

const QDate kToday(2026, 5, 14);
constexpr int kDemoWorkers = 1200;

qint64 scalar(const QString& path, const QString& sql)
{
    auto db = jb::core::Database::open(path);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct DemoWorkers
{
    UiFixture fx;
    QString path;
    std::unique_ptr<MainWindow> window;
    WorkersPage* page = nullptr;

    DemoWorkers()
    {
        path = fx.createFile(QStringLiteral("workers.jobbridge"), QStringLiteral("340122"), false);
        {
            auto db = jb::core::Database::open(path);
            REQUIRE(db);
            jb::core::DemoOptions options;
            options.workers = kDemoWorkers;
            options.enterprises = 60;
            options.today = kToday;
            REQUIRE(jb::core::generateDemo((*db)->connection(), options));
        }
        window = std::make_unique<MainWindow>(fx.settings());
        window->setModalDialogsEnabled(false);
        window->resize(1366, 768);
        window->show();
        page = qobject_cast<WorkersPage*>(window->page(QStringLiteral("workers")));
        REQUIRE(page);
        page->setToday(kToday);
        REQUIRE(window->openFile(path));
        REQUIRE(window->showPage(QStringLiteral("workers")));
    }
};

} // namespace

TEST_CASE("workers: the table model passes the model tester through windows, sorts and filters", "[workers]")
{
    DemoWorkers demo;
    WorkerTableModel* model = demo.page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->total() == kDemoWorkers);
    CHECK(model->rowCount() == kDemoWorkers);
    CHECK(model->columnCount() == static_cast<int>(jb::core::WorkerColumn::Count));
    // Reading a row near the end loads its window only, not everything before it.
    CHECK_FALSE(model->data(model->index(kDemoWorkers - 1, 0)).toString().isEmpty());
    CHECK(model->loadedWindows() <= 3);
    // IDs and phones are masked in every row shown.
    for (int r : {0, 500, kDemoWorkers - 1}) {
        const QString id =
            model->data(model->index(r, static_cast<int>(jb::core::WorkerColumn::ResidentId))).toString();
        CHECK(id.mid(6, 8) == QStringLiteral("********"));
    }
    for (int column = 0; column < model->columnCount(); ++column) {
        model->sort(column, Qt::AscendingOrder);
        model->sort(column, Qt::DescendingOrder);
        CHECK(model->rowCount() == kDemoWorkers);
    }
    // Sorted by name in SQL: the first rows come in order.
    model->sort(static_cast<int>(jb::core::WorkerColumn::Name), Qt::AscendingOrder);
    const QString first = model->data(model->index(0, 0)).toString();
    const QString second = model->data(model->index(1, 0)).toString();
    CHECK(first <= second);
    jb::core::WorkerFilter filter;
    filter.search = first;
    model->setFilter(filter);
    CHECK(model->total() >= 1);
    CHECK(model->data(model->index(0, 0)).toString().contains(first));
}

TEST_CASE("workers: typing a search and picking a filter change the count on screen", "[workers]")
{
    DemoWorkers demo;
    auto* count = child<QLabel>(demo.page, QStringLiteral("workerCount"));
    CHECK(count->text().contains(QLocale().toString(kDemoWorkers)));

    // The surname of the first person listed: typed character by character, searched after the pause.
    const QString name = demo.page->model()->data(demo.page->model()->index(0, 0)).toString();
    const qint64 expected =
        scalar(demo.path, QStringLiteral("SELECT count(*) FROM workers WHERE instr(name, '%1') > 0").arg(name.left(1)));
    QLineEdit* search = demo.page->filterBar()->searchBox();
    search->setFocus();
    // keyClicks() knows ASCII only: an input-method character arrives as a key event carrying its text.
    QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, name.left(1), Qt::NoModifier);
    CHECK(search->text() == name.left(1));
    QTRY_COMPARE(demo.page->model()->total(), expected);
    CHECK(count->text().contains(QLocale().toString(expected)));

    // A key group on top of the search: both apply.
    QComboBox* groups = demo.page->filterBar()->combo(QStringLiteral("keyGroupFilter"));
    REQUIRE(groups);
    REQUIRE(groups->count() > 1);
    groups->setCurrentIndex(1); // the first key group (migrant workers)
    const qint64 both = scalar(demo.path, QStringLiteral("SELECT count(*) FROM workers w JOIN worker_key_groups g ON "
                                                         "g.worker_id = w.id WHERE g.key_group_id = %1 AND "
                                                         "instr(w.name, '%2') > 0")
                                              .arg(groups->currentData().toLongLong())
                                              .arg(name.left(1)));
    CHECK(demo.page->model()->total() == both);
    CHECK(count->text().contains(QLocale().toString(both)));
    search->clear();
    QTRY_VERIFY(demo.page->model()->total() > both);
}

TEST_CASE("workers: the detail panel shows the chosen person, reveals are audited, exports are masked", "[workers]")
{
    DemoWorkers demo;
    QTableView* table = demo.page->table();
    table->selectRow(0);
    const qint64 id = demo.page->model()->workerId(0);
    REQUIRE(id > 0);
    REQUIRE(demo.page->detail()->workerId() == id);
    auto* idLabel = child<QLabel>(demo.page->detail(), QStringLiteral("residentId"));
    CHECK(idLabel->text().contains(QStringLiteral("********")));
    auto* reveal = child<QPushButton>(demo.page->detail(), QStringLiteral("revealResidentId"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK_FALSE(idLabel->text().contains(QLatin1Char('*')));
    CHECK(idLabel->text().size() == 18);
    CHECK(scalar(demo.path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal' AND record_id = %1 "
                                           "AND field = 'id_number'")
                                .arg(id)) == 1);

    const QString csv = demo.fx.file(QStringLiteral("list.csv"));
    CHECK(demo.page->exportTo(csv, false).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.count(QStringLiteral("\r\n")) == kDemoWorkers + 1);
    CHECK_FALSE(text.contains(idLabel->text()));
    const QString xlsx = demo.fx.file(QStringLiteral("list.xlsx"));
    CHECK(demo.page->exportTo(xlsx, true).isEmpty());
    CHECK(QFile::exists(xlsx));
    CHECK(scalar(demo.path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")) == 1);
}
