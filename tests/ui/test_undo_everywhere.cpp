// One undo stack for every change: an import goes on it, so Ctrl+Z right after an import takes the import back,
// not an older edit on another page; undoing shows the page the change was made on first, and the Edit menu and
// the status bar name the change.

#include "core/editing/RecordChange.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/records/RecordFields.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/ImportWizardDriver.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/workers/WorkersPage.h"

#include <QAction>
#include <QStackedWidget>
#include <QStatusBar>

using jb::test::child;
using jb::test::UiFixture;

namespace {

QString pageOnScreen(const jb::ui::MainWindow& window)
{
    return child<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget()->objectName();
}

// Adds one person on the Workers page, as its dialog would.
void addPerson(jb::test::ImportSession& s)
{
    REQUIRE(s.window.showPage(QStringLiteral("workers")));
    auto* page = qobject_cast<jb::ui::WorkersPage*>(s.window.page(QStringLiteral("workers")));
    REQUIRE(page);
    namespace w = jb::core::fields::worker;
    const qint64 home = jb::core::OrganisationRepository(s.window.database()->connection()).home()->id;
    const jb::core::RecordChange add =
        jb::core::changeBetween(jb::core::RecordKind::Worker, 0, {},
                                {{w::name, QStringLiteral("陈一")},
                                 {w::idNumber, jb::test::residentIdFor(QDate(1990, 5, 6), 11)},
                                 {w::gender, QStringLiteral("M")},
                                 {w::birthDate, QStringLiteral("1990-05-06")},
                                 {w::org, home},
                                 {w::registeredOn, QStringLiteral("2026-03-02")}});
    QString refusal;
    const qint64 added = page->applyEdit(add, QStringLiteral("Add person 陈一"), &refusal);
    INFO(refusal.toStdString());
    REQUIRE(added > 0);
}

} // namespace

TEST_CASE("Undo after an import takes the import back on its page; the next undo goes back to the edit's page",
          "[undo][import]")
{
    UiFixture fx;
    jb::test::ImportSession s(fx);
    addPerson(s);
    CHECK(s.workers() == 1);
    REQUIRE(s.window.showPage(QStringLiteral("import")));
    REQUIRE(s.importAll(jb::test::writeSmallList(fx)) > 0);
    CHECK(s.workers() == 5);
    REQUIRE(s.window.showPage(QStringLiteral("dashboard")));

    auto* undo = child<QAction>(&s.window, QStringLiteral("undoAction"));
    auto* redo = child<QAction>(&s.window, QStringLiteral("redoAction"));
    CHECK(undo->text().contains(QStringLiteral("Import of workers.csv")));
    undo->trigger();
    CHECK(pageOnScreen(s.window) == QStringLiteral("import"));
    CHECK(s.workers() == 1); // the import is gone, the person added before it stays
    CHECK(s.window.statusBar()->currentMessage() == QStringLiteral("Undone: Import of workers.csv"));

    // An undone import cannot be redone from the menu (that needs the file again); the person's edit is next.
    CHECK_FALSE(redo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("Add person 陈一")));
    undo->trigger();
    CHECK(pageOnScreen(s.window) == QStringLiteral("workers"));
    CHECK(s.workers() == 0);
    CHECK(s.window.statusBar()->currentMessage() == QStringLiteral("Undone: Add person 陈一"));

    REQUIRE(s.window.showPage(QStringLiteral("dashboard")));
    CHECK(redo->text().contains(QStringLiteral("Add person 陈一")));
    redo->trigger();
    CHECK(pageOnScreen(s.window) == QStringLiteral("workers"));
    CHECK(s.workers() == 1);
    CHECK(s.window.statusBar()->currentMessage() == QStringLiteral("Redone: Add person 陈一"));
}

TEST_CASE("An import undone on the Import page is not undone twice from the Edit menu", "[undo][import]")
{
    UiFixture fx;
    jb::test::ImportSession s(fx);
    const qint64 batchId = s.importAll(jb::test::writeSmallList(fx));
    REQUIRE(batchId > 0);
    s.undoFromPage(batchId);
    CHECK(s.workers() == 0);
    auto* undo = child<QAction>(&s.window, QStringLiteral("undoAction"));
    REQUIRE(undo->isEnabled()); // the stack still holds the import
    undo->trigger();            // … which finds it undone already and leaves the stack
    CHECK(s.workers() == 0);
    CHECK_FALSE(undo->isEnabled());
}
