// The 预警 page and the dashboard's counts: a wage-arrears flag shows on both, a count opens its section, Enter opens
// the enterprise, and marking it handled (undoable from the Edit menu) takes it off until undone.

#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/warnings/HandledDialog.h"
#include "ui/warnings/WarningsPage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::MainWindow;
using jb::ui::WarningsPage;

namespace {

struct WarningsWindow
{
    UiFixture fx;
    QString path;
    std::unique_ptr<MainWindow> window;
    WarningsPage* page = nullptr;
    jb::core::PinnedDay day{QDate(2026, 6, 30)};

    WarningsWindow()
    {
        path = fx.createFile(QStringLiteral("warnings.jobbridge"));
        {
            auto db = jb::core::Database::open(path);
            REQUIRE(db);
            QSqlQuery q((*db)->connection());
            REQUIRE(q.exec(QStringLiteral("INSERT INTO enterprise_flags (enterprise_id, kind, flagged_on, amount_yuan, "
                                          "people_affected) VALUES ((SELECT min(id) FROM enterprises), "
                                          "'wage_arrears', '2026-06-01', 86000, 9)")));
        }
        window = std::make_unique<MainWindow>(fx.settings());
        window->setModalDialogsEnabled(false);
        window->resize(1366, 768);
        window->show();
        page = qobject_cast<WarningsPage*>(window->page(QStringLiteral("warnings")));
        REQUIRE(page);
        REQUIRE(window->openFile(path));
    }
    QString pageOnScreen() const
    {
        return child<QStackedWidget>(window.get(), QStringLiteral("pages"))->currentWidget()->objectName();
    }
    QString enterpriseName() const
    {
        QSqlQuery q(window->database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM enterprises ORDER BY id LIMIT 1")));
        REQUIRE(q.next());
        return q.value(0).toString();
    }
};

QListWidgetItem* itemOf(QListWidget* list, const QString& key)
{
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toString() == key)
            return list->item(row);
    FAIL("no item " << key.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("预警: a dashboard count opens its section; Enter opens the record; handled is undoable", "[warnings]")
{
    WarningsWindow w;
    // The dashboard's panel: every section with its count; the flag is one.
    auto* counts = child<QListWidget>(w.window->page(QStringLiteral("dashboard")), QStringLiteral("warningCounts"));
    REQUIRE(counts->count() == 7);
    QListWidgetItem* flags = itemOf(counts, QStringLiteral("flags"));
    CHECK(flags->text().startsWith(QStringLiteral("1 ")));
    CHECK(flags->text().contains(QStringLiteral("Open enterprise flags")));
    QTest::mouseClick(counts->viewport(), Qt::LeftButton, {}, counts->visualItemRect(flags).center());
    CHECK(w.pageOnScreen() == QStringLiteral("warnings"));

    auto* sections = child<QListWidget>(w.page, QStringLiteral("warningSections"));
    CHECK(sections->currentItem()->data(Qt::UserRole).toString() == QStringLiteral("flags"));
    CHECK(sections->currentItem()->text() == QStringLiteral("Open enterprise flags: 1"));
    auto* records = child<QTableWidget>(w.page, QStringLiteral("warningRecords"));
    REQUIRE(records->rowCount() == 1);
    CHECK(records->item(0, 0)->text() == w.enterpriseName());
    CHECK(records->item(0, 1)->text().contains(QStringLiteral("86000 yuan, 9 people affected")));
    CHECK(records->item(0, 3)->text() == QStringLiteral("2026-06-01"));
    CHECK(records->item(0, 4)->text() == QStringLiteral("29"));

    // 标记已处理: the dialog wants a reason before OK.
    jb::ui::HandledDialog dialog(records->item(0, 1)->text(), records->item(0, 0)->text());
    auto* ok = child<QDialogButtonBox>(&dialog, QString())->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    dialog.setReason(QStringLiteral("Called the owner; wages paid on Friday"));
    CHECK(ok->isEnabled());

    CHECK(child<QPushButton>(w.page, QStringLiteral("markHandled"))->isEnabled());
    CHECK(w.page->markChosenHandled(QStringLiteral("Called the owner; wages paid on Friday")).isEmpty());
    CHECK(records->rowCount() == 0);
    CHECK(sections->currentItem()->text() == QStringLiteral("Open enterprise flags: 0"));
    auto* undo = child<QAction>(w.window.get(), QStringLiteral("undoAction"));
    CHECK(undo->text().contains(QStringLiteral("Mark warning handled")));
    undo->trigger();
    CHECK(w.pageOnScreen() == QStringLiteral("warnings"));
    REQUIRE(records->rowCount() == 1);
    child<QAction>(w.window.get(), QStringLiteral("redoAction"))->trigger();
    CHECK(records->rowCount() == 0);
    undo->trigger();
    REQUIRE(records->rowCount() == 1);

    // Enter on the row opens the enterprise on its page.
    records->setFocus();
    records->selectRow(0);
    QTest::keyClick(records, Qt::Key_Return);
    CHECK(w.pageOnScreen() == QStringLiteral("enterprises"));
}
