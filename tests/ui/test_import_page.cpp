// The Import page: it lists what the wizard imported (file, list, counts, state), refreshes the other pages'
// counts, undoes an import after a confirmation, and shows core's refusal when later work depends on it.

#include "core/domain/DatabaseStats.h"
#include "core/import/ImportJob.h"
#include "core/stats/StatsRepository.h"
#include "core/storage/Database.h"
#include "ui/ImportWizardDriver.h"
#include "ui/UiFixture.h"
#include "ui/import/ImportBatchModel.h"
#include "ui/import/ImportPage.h"
#include "ui/import/ImportWizard.h"

#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using jb::test::child;
using jb::test::ImportSession;
using jb::test::shown;
using jb::test::UiFixture;
using Col = jb::ui::ImportBatchModel::Column;

TEST_CASE("The Import page lists an import and undoes it after a confirmation", "[import][page]")
{
    UiFixture fx;
    ImportSession s(fx);
    const jb::ui::ImportBatchModel* batches = s.page->batchModel();
    QAbstractItemModelTester tester(s.page->batchModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(batches->rowCount() == 0);
    CHECK(child<QLabel>(s.page, QStringLiteral("noImports"))->isVisible());
    auto* undo = child<QPushButton>(s.page, QStringLiteral("undoImport"));
    CHECK_FALSE(undo->isEnabled());

    const qint64 batchId = s.importAll(jb::test::writeSmallList(fx));
    REQUIRE(batchId > 0);
    REQUIRE(batches->rowCount() == 1);
    CHECK(batches->batchAt(0)->id == batchId);
    CHECK(batches->index(0, Col::FileColumn).data().toString() == QStringLiteral("workers.csv"));
    CHECK(batches->index(0, Col::KindColumn).data().toString() == QStringLiteral("Workers"));
    CHECK(batches->index(0, Col::RowsReadColumn).data().toString() == QStringLiteral("5"));
    CHECK(batches->index(0, Col::InsertedColumn).data().toString() == QStringLiteral("4"));
    CHECK(batches->index(0, Col::RejectedColumn).data().toString() == QStringLiteral("1"));
    CHECK(batches->index(0, Col::WarningsColumn).data().toString() == QStringLiteral("1"));
    CHECK(batches->index(0, Col::StateColumn).data().toString() == QStringLiteral("In force"));
    CHECK_FALSE(batches->index(0, Col::TimeColumn).data().toString().isEmpty());
    CHECK_FALSE(child<QLabel>(s.page, QStringLiteral("noImports"))->isVisible());
    // The other pages count the new records (the window re-read its counts).
    CHECK(shown(s.window.page(QStringLiteral("dashboard")), QStringLiteral("count_workers")) == QStringLiteral("4"));
    CHECK(shown(s.window.page(QStringLiteral("workers")), QStringLiteral("workerCount")).contains(QStringLiteral("4")));

    // "No" declines.
    REQUIRE(s.page->selectBatch(batchId));
    REQUIRE(undo->isEnabled());
    QTest::mouseClick(undo, Qt::LeftButton);
    auto* confirm = child<QMessageBox>(s.page, QStringLiteral("confirmUndo"));
    CHECK(confirm->text().contains(QStringLiteral("workers.csv")));
    QTest::mouseClick(confirm->button(QMessageBox::No), Qt::LeftButton);
    QTest::qWait(0);
    CHECK(s.workers() == 4);
    CHECK(batches->index(0, Col::StateColumn).data().toString() == QStringLiteral("In force"));

    // "Yes" undoes: the workers are gone, the batch stays listed as undone and cannot be undone twice.
    s.undoFromPage(batchId);
    CHECK(s.workers() == 0);
    REQUIRE(batches->rowCount() == 1);
    CHECK(batches->index(0, Col::StateColumn).data().toString().startsWith(QStringLiteral("Undone")));
    CHECK_FALSE(undo->isEnabled());
    CHECK(shown(s.window.page(QStringLiteral("dashboard")), QStringLiteral("count_workers")) == QStringLiteral("0"));
}

TEST_CASE("Importing the list again finds the rows unchanged or updated, and undo follows the order of imports",
          "[import][page][undo]")
{
    UiFixture fx;
    ImportSession s(fx);
    const qint64 first = s.importAll(jb::test::writeSmallList(fx));
    REQUIRE(s.workers() == 4);

    // The same people, 张三 with a new phone: 1 update, 3 unchanged, nothing new.
    const QString second =
        jb::test::writeSmallList(fx, QStringLiteral("workers-march.csv"), QStringLiteral("13900009999"));
    jb::ui::ImportWizard& wizard = s.wizardAtCheck(second);
    const jb::core::ImportSummary check = *wizard.checkSummary();
    CHECK(check.rowsRead == 5);
    CHECK(check.inserted == 0);
    CHECK(check.updated == 1);
    CHECK(check.unchanged == 3);
    CHECK(check.rejected == 1);
    CHECK(shown(&wizard, QStringLiteral("count_updated")) == QStringLiteral("1"));
    CHECK(shown(&wizard, QStringLiteral("caption_updated")) == QStringLiteral("Would be updated"));
    wizard.reject();
    QTest::qWait(0);
    const qint64 later = s.importAll(second);
    REQUIRE(later > first);
    REQUIRE(s.page->batchModel()->rowCount() == 2);
    CHECK(s.page->batchModel()->batchAt(0)->id == later); // newest first

    // Undoing the first import while the later one changed its records is refused with core's message.
    QSignalSpy errors(&s.window, &jb::ui::MainWindow::errorShown);
    s.undoFromPage(first);
    REQUIRE(errors.size() == 1);
    const QString refusal = errors.first().first().toString();
    CHECK(refusal.contains(QString::number(later)));
    CHECK(s.workers() == 4);
    CHECK(s.page->batchModel()->index(1, Col::StateColumn).data().toString() == QStringLiteral("In force"));

    // In order it works: the later import, then the first.
    s.undoFromPage(later);
    s.undoFromPage(first);
    CHECK(errors.size() == 1);
    CHECK(s.workers() == 0);
}

TEST_CASE("An enterprise demand list goes through the same wizard into vacancies", "[import][page]")
{
    UiFixture fx;
    ImportSession s(fx);
    // Chinese Excel's CSV of three vacancies under a title row, with a 序号 column and a quoted comma.
    jb::ui::ImportWizard& wizard = s.openWizard(jb::test::fixturePath(QStringLiteral("csv/gbk_title_serial.csv")));
    QTest::mouseClick(child<QRadioButton>(&wizard, QStringLiteral("kindVacancies")), Qt::LeftButton);
    jb::test::pressNext(wizard);
    jb::test::pressNext(wizard);
    REQUIRE(wizard.currentId() == jb::ui::ImportWizard::MappingPageId);
    REQUIRE(wizard.job());
    CHECK(wizard.job()->mapping().kind() == jb::core::ImportKind::Vacancies);
    CHECK(wizard.job()->mapping().columnOf(QStringLiteral("enterprise_name")) == 1);
    CHECK(wizard.job()->mapping().columnOf(QStringLiteral("title")) == 3);
    jb::test::pressNext(wizard);
    REQUIRE(jb::test::waitUntilIdle(wizard));
    REQUIRE(wizard.checkSummary());
    CHECK(wizard.checkSummary()->rowsRead == 3);
    CHECK(wizard.checkSummary()->inserted == 3);
    CHECK(wizard.checkSummary()->rejected == 0);

    jb::test::pressNext(wizard); // Import
    REQUIRE(jb::test::waitUntilIdle(wizard));
    REQUIRE(wizard.importSummary());
    const auto stats = jb::core::StatsRepository(s.window.database()->connection()).collect();
    REQUIRE(stats);
    CHECK(stats->rowsIn(QStringLiteral("vacancies")) == 3);
    CHECK(stats->rowsIn(QStringLiteral("enterprises")) == 3);
    CHECK(s.workers() == 0);
    REQUIRE(s.page->batchModel()->rowCount() == 1);
    CHECK(s.page->batchModel()->index(0, Col::KindColumn).data().toString() == QStringLiteral("Vacancies"));
}
