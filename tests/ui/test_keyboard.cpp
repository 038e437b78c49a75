// The keyboard an officer expects: Ctrl+1…9 switch pages, Ctrl+F goes to the page's search, Enter on a list row
// opens the record; and a list keeps its search while the lists are re-read for the same file.

#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/UiFixture.h"
#include "ui/editing/WorkerEditDialog.h"
#include "ui/workers/WorkersPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::MainWindow;

namespace {

struct OpenWindow
{
    UiFixture fx;
    MainWindow window{fx.settings()};

    OpenWindow()
    {
        window.setModalDialogsEnabled(false);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openFile(fx.createFile(QStringLiteral("keys.jobbridge"))));
    }

    QString pageOnScreen() const
    {
        return child<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget()->objectName();
    }

    // Presses Ctrl+<digit> as the officer does, at the widget that has the focus.
    void pressCtrl(Qt::Key key)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, key, Qt::ControlModifier);
    }
};

} // namespace

TEST_CASE("Ctrl+1…9 switch pages in the navigation's order, and the entry's tooltip names the key", "[keyboard]")
{
    OpenWindow w;
    auto* navigation = child<QListWidget>(&w.window, QStringLiteral("navigation"));
    w.pressCtrl(Qt::Key_3);
    CHECK(w.pageOnScreen() == navigation->item(2)->data(Qt::UserRole).toString());
    CHECK(navigation->currentRow() == 2);
    w.pressCtrl(Qt::Key_2);
    CHECK(w.pageOnScreen() == QStringLiteral("enterprises"));
    w.pressCtrl(Qt::Key_1);
    CHECK(w.pageOnScreen() == QStringLiteral("dashboard"));
    CHECK(navigation->item(1)->toolTip() == QStringLiteral("Ctrl+2"));
}

TEST_CASE("Ctrl+F puts the cursor in the page's search; a search survives re-reading the lists", "[keyboard]")
{
    OpenWindow w;
    w.pressCtrl(Qt::Key_3);
    REQUIRE(w.pageOnScreen() == QStringLiteral("workers"));
    auto* page = child<jb::ui::WorkersPage>(&w.window, QStringLiteral("workers"));
    auto* search = qobject_cast<QLineEdit*>(page->searchField());
    REQUIRE(search != nullptr);
    w.pressCtrl(Qt::Key_F);
    CHECK(QApplication::focusWidget() == search);

    // Enter searches at once; one of the two sample people matches.
    QTest::keyClicks(search, QStringLiteral("no such person"));
    QTest::keyClick(search, Qt::Key_Return);
    auto* count = child<QLabel>(page, QStringLiteral("workerCount"));
    CHECK(count->text() == QStringLiteral("0 people"));

    // After an import or a merge the window re-reads every page: the search and its result stay.
    w.window.reload();
    CHECK(search->text() == QStringLiteral("no such person"));
    CHECK(count->text() == QStringLiteral("0 people"));

    // A different file starts unfiltered (the page reads it when shown again).
    REQUIRE(w.window.openFile(w.fx.createFile(QStringLiteral("other.jobbridge"))));
    w.pressCtrl(Qt::Key_3);
    CHECK(search->text().isEmpty());
    CHECK(count->text() == QStringLiteral("%1 people").arg(UiFixture::kWorkers));
}

TEST_CASE("Enter on a worker row opens the person in the editor", "[keyboard]")
{
    OpenWindow w;
    w.pressCtrl(Qt::Key_3);
    auto* page = child<jb::ui::WorkersPage>(&w.window, QStringLiteral("workers"));
    auto* table = child<QTableView>(page, QStringLiteral("workerTable"));
    REQUIRE(table->model()->rowCount() > 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));

    QString opened;
    QTimer::singleShot(0, [&opened] {
        if (auto* dialog = qobject_cast<jb::ui::WorkerEditDialog*>(QApplication::activeModalWidget())) {
            opened = dialog->personName();
            dialog->reject();
        }
    });
    QTest::keyClick(table, Qt::Key_Return);
    CHECK_FALSE(opened.isEmpty());
}
