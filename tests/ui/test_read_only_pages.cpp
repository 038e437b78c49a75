// Read-only means every editing action is disabled: a file another window has open shows every page's add, edit,
// delete, import, merge and undo buttons disabled, Edit ▸ Undo/Redo too, and a double-click on a row opens no
// editor. A file still being checked (the program's background check) is read-only the same way until the quick
// check is sound.

#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/UiFixture.h"
#include "ui/enterprises/EnterpriseDetailPanel.h"
#include "ui/enterprises/EnterprisesPage.h"
#include "ui/fairs/FairDetailPanel.h"
#include "ui/fairs/FairsPage.h"
#include "ui/safety/FileSafetyDialogs.h"
#include "ui/workers/WorkersPage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::MainWindow;

namespace {

// Every button of the window that writes to the file, by object name (the pages' and their side panels').
const QStringList kWritingButtons = {
    QStringLiteral("addWorker"),         QStringLiteral("editWorker"),      QStringLiteral("addEnterprise"),
    QStringLiteral("editEnterprise"),    QStringLiteral("addVacancy"),      QStringLiteral("editVacancy"),
    QStringLiteral("closeVacancy"),      QStringLiteral("reopenVacancy"),   QStringLiteral("recordVisit"),
    QStringLiteral("correctVisit"),      QStringLiteral("addFlag"),         QStringLiteral("editFlag"),
    QStringLiteral("resolveFlag"),       QStringLiteral("addFair"),         QStringLiteral("editFair"),
    QStringLiteral("markHeld"),          QStringLiteral("markClosed"),      QStringLiteral("addFairEnterprise"),
    QStringLiteral("addFairPost"),       QStringLiteral("addFairPerson"),   QStringLiteral("addFairOutcome"),
    QStringLiteral("importList"),        QStringLiteral("undoImport"),      QStringLiteral("addReference"),
    QStringLiteral("renameReference"),   QStringLiteral("retireReference"), QStringLiteral("deleteReference"),
    QStringLiteral("mergeDuplicates"),   QStringLiteral("submitMonth"),     QStringLiteral("unlockMonth"),
    QStringLiteral("addPhase"),          QStringLiteral("ensureYear"),      QStringLiteral("split"),
    QStringLiteral("applyFileSettings"), QStringLiteral("markHandled"),
};
// The services ledger's: the 服务 page's, and the worker panel's services tab.
const QStringList kServiceButtons = {
    QStringLiteral("addService"),       QStringLiteral("editService"),       QStringLiteral("removeService"),
    QStringLiteral("addWorkerService"), QStringLiteral("editWorkerService"), QStringLiteral("removeWorkerService"),
};
// The referral actions: the 推荐就业 page's, and starting one from the worker's and the enterprise's panels.
const QStringList kReferralButtons = {
    QStringLiteral("referWorker"),      QStringLiteral("referPerson"),  QStringLiteral("referralNext"),
    QStringLiteral("referralContract"), QStringLiteral("referralExit"), QStringLiteral("referralLeave"),
    QStringLiteral("referralCorrect"),
};

// The writing buttons that are enabled (each must exist: a renamed button would pass unnoticed otherwise). Every
// page is shown first, as the officer would see it: a page reads the file when first shown.
QStringList enabledWritingButtons(MainWindow& window)
{
    for (const jb::ui::Page* page : window.pages())
        window.showPage(page->objectName());
    QStringList enabled;
    for (const QString& name : kWritingButtons + kReferralButtons + kServiceButtons) {
        auto* button = window.findChild<QPushButton*>(name);
        INFO(name.toStdString());
        REQUIRE(button != nullptr);
        if (button->isEnabled())
            enabled << name;
    }
    return enabled;
}

// Chooses the first row of each list, so that the edit buttons would be enabled on a writable file.
void chooseFirstRows(MainWindow& window)
{
    for (const char* name : {"workers", "enterprises", "fairs", "referrals"}) {
        window.showPage(QString::fromLatin1(name));
        for (QTableView* table : window.page(QString::fromLatin1(name))->findChildren<QTableView*>())
            if (table->model() && table->model()->rowCount() > 0)
                table->setCurrentIndex(table->model()->index(0, 0));
    }
}

// Emits a double-click (activated) on the first row of `table`; true when it opened a dialog (closed again).
bool doubleClickOpensDialog(MainWindow& window, QTableView* table)
{
    bool modal = false;
    // A modal editor (exec) would block: a timer finds and closes it.
    QTimer::singleShot(0, &window, [&modal] {
        if (QWidget* shown = QApplication::activeModalWidget()) {
            modal = true;
            shown->close();
        }
    });
    const int before = static_cast<int>(window.findChildren<QDialog*>().size());
    const QModelIndex first = table->model()->index(0, 0);
    emit table->activated(first);
    emit table->doubleClicked(first);
    QApplication::processEvents();
    return modal || window.findChildren<QDialog*>().size() > before;
}

} // namespace

TEST_CASE("A file another window writes: every page's writing action is disabled and no editor opens",
          "[ui][safety][readonly]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("shared.jobbridge"));
    MainWindow first(fx.settings());
    first.setModalDialogsEnabled(false);
    first.setAutomaticBackupsEnabled(false);
    REQUIRE(first.openFile(path));
    chooseFirstRows(first);
    // On the writer, the same buttons are there and the ones a fresh file allows are enabled.
    const QStringList writerEnabled = enabledWritingButtons(first);
    for (const char* name : {"addWorker", "editWorker", "addEnterprise", "editEnterprise", "addFair", "importList",
                             "addReference", "addPhase", "ensureYear", "addService", "addWorkerService"})
        CHECK(writerEnabled.contains(QString::fromLatin1(name)));

    MainWindow second(fx.settings());
    second.setModalDialogsEnabled(false);
    second.setAutomaticBackupsEnabled(false);
    second.show();
    REQUIRE(second.openFile(path));
    REQUIRE(second.database()->isReadOnly());
    chooseFirstRows(second);
    CHECK(enabledWritingButtons(second).isEmpty());
    CHECK_FALSE(child<QAction>(&second, QStringLiteral("undoAction"))->isEnabled());
    CHECK_FALSE(child<QAction>(&second, QStringLiteral("redoAction"))->isEnabled());
    for (jb::ui::Page* page : second.pages())
        CHECK(page->isReadOnly());
    // The targets table takes no typing.
    auto* targets = child<QTableView>(&second, QStringLiteral("targetTable"));
    if (targets->model()->rowCount() > 0)
        CHECK_FALSE(targets->model()->flags(targets->model()->index(0, 0)) & Qt::ItemIsEditable);

    // A double-click on a person, an enterprise or a fair opens no editor.
    for (const char* name : {"workers", "enterprises", "fairs"}) {
        INFO(name);
        second.showPage(QString::fromLatin1(name));
        QTableView* table = second.page(QString::fromLatin1(name))->findChild<QTableView*>();
        REQUIRE(table != nullptr);
        REQUIRE(table->model()->rowCount() > 0);
        CHECK_FALSE(doubleClickOpensDialog(second, table));
    }
    // The enterprise panel's own double-clicks and actions do nothing either.
    auto* enterprises = qobject_cast<jb::ui::EnterprisesPage*>(second.page(QStringLiteral("enterprises")));
    REQUIRE(enterprises != nullptr);
    const int dialogs = static_cast<int>(second.findChildren<QDialog*>().size());
    enterprises->detail()->editEnterprise();
    enterprises->detail()->addVacancy();
    enterprises->detail()->recordVisit();
    CHECK(second.findChildren<QDialog*>().size() == dialogs);

    // When the writer closes, opening the file again here makes every page writable again.
    first.closeFile();
    REQUIRE(second.openFile(path));
    CHECK_FALSE(second.database()->isReadOnly());
    chooseFirstRows(second);
    CHECK(enabledWritingButtons(second).contains(QStringLiteral("editWorker")));
    for (jb::ui::Page* page : second.pages())
        CHECK_FALSE(page->isReadOnly());
}

TEST_CASE("While the file is checked in the background it is read-only, then writable when the check is sound",
          "[ui][safety][readonly]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("county.jobbridge"));
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    window.setChecksInBackground(true);
    window.show();
    REQUIRE(window.openFile(path));
    // The check's report comes through the event loop: until then the file is read-only and says why.
    REQUIRE(window.isCheckingFile());
    CHECK(window.database()->isReadOnly());
    auto* banner = child<jb::ui::ReadOnlyBanner>(&window, QStringLiteral("readOnlyBanner"));
    CHECK(banner->isVisible());
    CHECK(banner->property("checking").toBool());
    CHECK(banner->text().contains(QStringLiteral("Checking the file")));
    chooseFirstRows(window);
    CHECK(enabledWritingButtons(window).isEmpty());

    window.waitForFileChecks();
    CHECK_FALSE(window.isCheckingFile());
    CHECK_FALSE(window.database()->isReadOnly());
    CHECK(banner->isHidden());
    chooseFirstRows(window);
    const QStringList enabled = enabledWritingButtons(window);
    CHECK(enabled.contains(QStringLiteral("addWorker")));
    CHECK(enabled.contains(QStringLiteral("editWorker")));
    CHECK(enabled.contains(QStringLiteral("importList")));
    CHECK(enabled.contains(QStringLiteral("referWorker"))); // a person may be referred to a post again
    // The day's backup was taken behind, on its own connection.
    CHECK(jb::core::Backups(fx.settings().backupsFolder()).list(path).size() == 1);
}
