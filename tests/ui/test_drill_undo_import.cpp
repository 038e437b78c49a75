// Issue 17 ("What to build" 1, 6, 9) through the widgets: Enter on a drill-down row opens the record on its page and
// the drill-down exports a masked file; a reference-list edit and a settings change are on the one undo stack, and
// Edit ▸ Undo shows their page, puts the value back and says what it undid; the import wizard files people under
// the town their 现居住地 / 户籍地 names and the rest under the sub-unit chosen for the file; its open dialog starts in
// the last folder used, with an empty file name.

#include "core/metrics/DrillDown.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/reference/ReferenceEditor.h"
#include "core/settings/SettingsRepository.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/ImportWizardDriver.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/DrillDownDialog.h"
#include "ui/dashboard/RecordWindowModel.h"
#include "ui/enterprises/EnterpriseDetailPanel.h"
#include "ui/enterprises/EnterprisesPage.h"
#include "ui/fairs/FairDetailPanel.h"
#include "ui/fairs/FairsPage.h"
#include "ui/import/ImportPage.h"
#include "ui/import/ImportWizard.h"
#include "ui/reference/ReferenceListsPage.h"
#include "ui/reference/ReferenceValueModel.h"
#include "ui/settings/SettingsPage.h"
#include "ui/workers/WorkerDetailPanel.h"
#include "ui/workers/WorkersPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using jb::test::child;
using jb::test::UiFixture;
using namespace jb::ui;

namespace {

QString pageOnScreen(const MainWindow& window)
{
    return child<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget()->objectName();
}

struct SampleWindow
{
    UiFixture fx;
    MainWindow window{fx.settings()};
    qint64 home = 0;

    SampleWindow()
    {
        window.setModalDialogsEnabled(false);
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.openFile(fx.createFile(QStringLiteral("samples.jobbridge"))));
        home = jb::core::OrganisationRepository(window.database()->connection()).home()->id;
    }

    void exec(const QString& sql) const
    {
        QSqlQuery q(window.database()->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }

    DrillDownDialog* drill(const QString& figure, QDate from, QDate to) const
    {
        auto* dashboard = qobject_cast<DashboardPage*>(window.page(QStringLiteral("dashboard")));
        REQUIRE(dashboard);
        DrillRequest request;
        request.selection = {figure, home, from, to, {}, {}};
        request.figureName = figure;
        request.orgName = QStringLiteral("肥东县");
        request.periodLabel = QStringLiteral("2024");
        DrillDownDialog* dialog = dashboard->openDrillDown(request);
        REQUIRE(dialog);
        INFO(dialog->error().toStdString());
        REQUIRE(dialog->count() > 0);
        return dialog;
    }

    // Enter on row `row` of the drill-down's table, as the officer presses it.
    static void pressEnterOn(DrillDownDialog* dialog, int row)
    {
        QTableView* table = dialog->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
    }
};

} // namespace

TEST_CASE("Enter on a drill-down row opens the worker, enterprise or fair on its page with its detail shown",
          "[drilldown][keyboard]")
{
    SampleWindow w;
    // 张三 (worker 1) is in hardship and was never recommended: overdue on 1 June 2024.
    w.exec(QStringLiteral("INSERT INTO worker_hardships (worker_id, category_id) SELECT 1, id FROM reference_items "
                          "WHERE list = 'hardship_category' ORDER BY id LIMIT 1"));
    DrillDownDialog* overdue = w.drill(QStringLiteral("hardship_overdue"), {}, QDate(2024, 6, 1));
    CHECK(overdue->count() == 1);
    SampleWindow::pressEnterOn(overdue, 0);
    CHECK(pageOnScreen(w.window) == QStringLiteral("workers"));
    auto* workers = qobject_cast<WorkersPage*>(w.window.page(QStringLiteral("workers")));
    CHECK(workers->detail()->workerId() == 1);
    CHECK(workers->currentWorkerId() == 1); // chosen in the list, which shows everyone

    // A vacancy opens its enterprise: 缝纫工 (the last posted) is 肥东县宏达服饰厂's, enterprise 3.
    DrillDownDialog* jobs = w.drill(QStringLiteral("jobs_collected"), QDate(2024, 1, 1), QDate(2024, 12, 31));
    REQUIRE(jobs->count() == 4);
    SampleWindow::pressEnterOn(jobs, 3);
    CHECK(pageOnScreen(w.window) == QStringLiteral("enterprises"));
    auto* enterprises = qobject_cast<EnterprisesPage*>(w.window.page(QStringLiteral("enterprises")));
    CHECK(enterprises->detail()->enterpriseId() == 3);

    // A fair opens on the fairs page.
    w.exec(QStringLiteral("UPDATE job_fairs SET status = 'held'"));
    DrillDownDialog* fairs = w.drill(QStringLiteral("job_fairs"), QDate(2024, 1, 1), QDate(2024, 12, 31));
    const qint64 fairId = fairs->model()->recordId(0);
    CHECK(fairId > 0);
    SampleWindow::pressEnterOn(fairs, 0);
    CHECK(pageOnScreen(w.window) == QStringLiteral("fairs"));
    auto* fairsPage = qobject_cast<FairsPage*>(w.window.page(QStringLiteral("fairs")));
    CHECK(fairsPage->detail()->fairId() == fairId);
}

TEST_CASE("A drill-down exports its records masked by default; unmasked is audited", "[drilldown][export]")
{
    SampleWindow w;
    w.exec(QStringLiteral("UPDATE workers SET id_number = '%1' WHERE id = 1")
               .arg(jb::test::residentIdFor(QDate(1990, 1, 1), 11)));
    w.exec(QStringLiteral("INSERT INTO worker_hardships (worker_id, category_id) SELECT 1, id FROM reference_items "
                          "WHERE list = 'hardship_category' ORDER BY id LIMIT 1"));
    DrillDownDialog* dialog = w.drill(QStringLiteral("hardship_overdue"), {}, QDate(2024, 6, 1));
    CHECK_FALSE(dialog->unmaskedCheck()->isChecked());
    CHECK(child<QPushButton>(dialog, QStringLiteral("drillExportCsv"))->isEnabled());
    CHECK(child<QPushButton>(dialog, QStringLiteral("drillExportXlsx"))->isEnabled());

    const QString csv = w.fx.file(QStringLiteral("overdue.csv"));
    CHECK(dialog->exportTo(csv, dialog->unmaskedCheck()->isChecked()).isEmpty());
    const QString text = QString::fromUtf8(jb::test::readAll(csv));
    CHECK(text.contains(QStringLiteral("张三")));
    CHECK(text.contains(QStringLiteral("********")));
    CHECK_FALSE(text.contains(jb::test::residentIdFor(QDate(1990, 1, 1), 11)));
    CHECK(child<QLabel>(dialog, QStringLiteral("drillExported"))->text().contains(QStringLiteral("overdue.csv")));
    const QString xlsx = w.fx.file(QStringLiteral("overdue.xlsx"));
    CHECK(dialog->exportTo(xlsx, false).isEmpty());
    CHECK(QFileInfo(xlsx).size() > 0);
    const auto audited = [&w] {
        QSqlQuery q(w.window.database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    CHECK(audited() == 0);

    const QString full = w.fx.file(QStringLiteral("full.csv"));
    CHECK(dialog->exportTo(full, true).isEmpty());
    CHECK(QString::fromUtf8(jb::test::readAll(full)).contains(jb::test::residentIdFor(QDate(1990, 1, 1), 11)));
    CHECK(audited() == 1);
}

TEST_CASE("A reference-list edit is undone from the Edit menu on its page, named, and can be redone",
          "[undo][reference]")
{
    SampleWindow w;
    REQUIRE(w.window.showPage(QStringLiteral("reference-lists")));
    auto* page = qobject_cast<ReferenceListsPage*>(w.window.page(QStringLiteral("reference-lists")));
    REQUIRE(page);
    const int keyGroups = page->listBox()->findData(QStringLiteral("key_group"));
    REQUIRE(keyGroups >= 0);
    page->listBox()->setCurrentIndex(keyGroups);
    const int before = page->model()->rowCount();
    CHECK(page->addValue(QStringLiteral("返乡创业人员"), {}).isEmpty());
    CHECK(page->model()->rowCount() == before + 1);

    auto* undo = child<QAction>(&w.window, QStringLiteral("undoAction"));
    auto* redo = child<QAction>(&w.window, QStringLiteral("redoAction"));
    REQUIRE(w.window.showPage(QStringLiteral("dashboard")));
    CHECK(undo->text().contains(QStringLiteral("Add “返乡创业人员”")));
    page->listBox()->setCurrentIndex(keyGroups == 0 ? 1 : 0); // another list on screen meanwhile
    undo->trigger();
    CHECK(pageOnScreen(w.window) == QStringLiteral("reference-lists"));
    CHECK(page->listBox()->currentData().toString() == QStringLiteral("key_group"));
    CHECK(page->model()->rowCount() == before);
    CHECK(w.window.statusBar()->currentMessage() == QStringLiteral("Undone: Add “返乡创业人员”"));
    redo->trigger();
    CHECK(page->model()->rowCount() == before + 1);

    // A rename comes back with its old names; a delete comes back with its id.
    const int row = page->model()->rowCount() - 1;
    page->table()->selectRow(row);
    const jb::core::ReferenceItem added = page->model()->value(row)->item;
    CHECK(added.nameZh == QStringLiteral("返乡创业人员"));
    CHECK(page->renameCurrent(QStringLiteral("返乡入乡创业人员"), QStringLiteral("Returnees")).isEmpty());
    CHECK(undo->text().contains(QStringLiteral("Rename “返乡创业人员” to “返乡入乡创业人员”")));
    undo->trigger();
    jb::core::ReferenceEditor editor(w.window.database()->connection());
    CHECK(editor.item(added.id)->nameZh == QStringLiteral("返乡创业人员"));
    CHECK(editor.item(added.id)->nameEn == added.nameEn);

    page->table()->selectRow(page->model()->rowOfItem(added.id));
    CHECK(page->deleteCurrent().isEmpty());
    CHECK_FALSE(editor.item(added.id).hasValue());
    undo->trigger();
    REQUIRE(editor.item(added.id).hasValue());
    CHECK(editor.item(added.id)->code == added.code);
    CHECK(page->model()->rowOfItem(added.id) >= 0);
}

TEST_CASE("A settings change is undone from the Edit menu on the settings page, named", "[undo][settings]")
{
    SampleWindow w;
    REQUIRE(w.window.showPage(QStringLiteral("settings")));
    auto* page = w.window.page(QStringLiteral("settings"));
    auto* promise = child<QSpinBox>(page, QStringLiteral("promiseDays"));
    REQUIRE(promise->value() == 7);
    promise->setValue(10);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("applyFileSettings")), Qt::LeftButton);
    const auto stored = [&w] {
        return jb::core::SettingsRepository(w.window.database()->connection())
            .intValue(jb::core::setting::promiseDays, 0);
    };
    CHECK(stored() == 10);

    REQUIRE(w.window.showPage(QStringLiteral("workers")));
    auto* undo = child<QAction>(&w.window, QStringLiteral("undoAction"));
    CHECK(undo->text().contains(QStringLiteral("Change the settings")));
    undo->trigger();
    CHECK(pageOnScreen(w.window) == QStringLiteral("settings"));
    CHECK(stored() == 7);
    CHECK(promise->value() == 7);
    CHECK(w.window.statusBar()->currentMessage() == QStringLiteral("Undone: Change the settings"));
    child<QAction>(&w.window, QStringLiteral("redoAction"))->trigger();
    CHECK(stored() == 10);
    CHECK(promise->value() == 10);
}

TEST_CASE("The import wizard files people under the town their place names, the rest under the chosen sub-unit",
          "[import][subunit]")
{
    UiFixture fx;
    jb::test::ImportSession s(fx);
    jb::core::OrganisationRepository organisations(s.window.database()->connection());
    const qint64 home = organisations.home()->id;
    const auto dianbu = organisations.addSubUnit(home, QStringLiteral("店埠镇"), jb::core::OrgKind::Town);
    const auto cuozhen = organisations.addSubUnit(home, QStringLiteral("撮镇镇"), jb::core::OrgKind::Town);
    REQUIRE(dianbu.hasValue());
    REQUIRE(cuozhen.hasValue());
    const QString csv = fx.file(QStringLiteral("towns.csv"));
    jb::test::writeGbk(csv, {QStringLiteral("姓名,身份证号,现居住地,户籍地"),
                             QStringLiteral("甲,%1,肥东县店埠镇王村,").arg(jb::test::residentIdFor({1990, 1, 1}, 11)),
                             QStringLiteral("乙,%1,合肥市,肥东县撮镇镇").arg(jb::test::residentIdFor({1991, 2, 2}, 21)),
                             QStringLiteral("丙,%1,肥东县,").arg(jb::test::residentIdFor({1992, 3, 3}, 31)),
                             QStringLiteral("丁,%1,,").arg(jb::test::residentIdFor({1993, 4, 4}, 41))});

    ImportWizard& wizard = s.wizardAtCheck(csv);
    auto* subUnit = child<QComboBox>(&wizard, QStringLiteral("importSubUnit"));
    CHECK(subUnit->currentData().toLongLong() == home); // the file's own organisation by default
    const int dianbuIndex = subUnit->findData(dianbu->id);
    REQUIRE(dianbuIndex > 0);
    subUnit->setCurrentIndex(dianbuIndex); // the rest of the file is from 店埠镇
    jb::test::pressNext(wizard);
    REQUIRE(jb::test::waitUntilIdle(wizard));
    REQUIRE(QTest::qWaitFor([&wizard] { return wizard.currentId() == ImportWizard::ResultPageId; }, 10000));
    REQUIRE(wizard.importSummary());
    CHECK(wizard.importSummary()->inserted == 4);

    QSqlQuery q(s.window.database()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name, org_id FROM workers ORDER BY name")));
    QHash<QString, qint64> orgOf;
    while (q.next())
        orgOf.insert(q.value(0).toString(), q.value(1).toLongLong());
    CHECK(orgOf.value(QStringLiteral("甲")) == dianbu->id);
    CHECK(orgOf.value(QStringLiteral("乙")) == cuozhen->id);
    CHECK(orgOf.value(QStringLiteral("丙")) == dianbu->id); // names only the county: the file's sub-unit
    CHECK(orgOf.value(QStringLiteral("丁")) == dianbu->id);
}

TEST_CASE("The import's open dialog starts in the last folder used, with an empty file name", "[import]")
{
    UiFixture fx;
    const QString lists = fx.file(QStringLiteral("lists"));
    const QString other = fx.file(QStringLiteral("other"));
    REQUIRE(QDir().mkpath(lists));
    REQUIRE(QDir().mkpath(other));
    fx.settings().setLastImportFolder(lists);
    jb::test::ImportSession s(fx);
    QTest::mouseClick(child<QPushButton>(s.page, QStringLiteral("importList")), Qt::LeftButton);
    ImportWizard* wizard = s.page->wizard();
    REQUIRE(wizard);
    QTest::mouseClick(child<QPushButton>(wizard, QStringLiteral("browseFile")), Qt::LeftButton);
    auto* dialog = child<QFileDialog>(wizard, QStringLiteral("chooseFileDialog"));
    CHECK(QDir(dialog->directory()).canonicalPath() == QDir(lists).canonicalPath());
    CHECK(child<QLineEdit>(dialog, QStringLiteral("fileNameEdit"))->text().isEmpty());

    // A file chosen in another folder: that folder is remembered for next time.
    const QString csv = jb::test::writeSmallList(fx, QStringLiteral("other/workers.csv"));
    dialog->selectFile(csv);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, which takes the file selected
    CHECK(child<QLineEdit>(wizard, QStringLiteral("filePath"))->text() == csv);
    CHECK(QDir(fx.settings().lastImportFolder()).canonicalPath() == QDir(other).canonicalPath());
}
