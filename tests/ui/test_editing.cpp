// Editing as an officer does it, offscreen: the worker dialog checks as the officer types (a wrong ID check
// character shows its message under the field and keeps OK disabled; a valid ID fills in gender and birth date);
// an added person is undone and redone through Edit ▸ Undo/Redo with audit rows for each step; an edited name shows
// in the list after the page re-reads; a refused undo (the record changed meanwhile) is reported and leaves the
// stack consistent; the vacancy dialog refuses wages min > max.

#include "core/editing/RecordChange.h"
#include "core/reference/ReferenceEditor.h"
#include "core/storage/Database.h"
#include "core/validation/ResidentId.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/editing/EditCommands.h"
#include "ui/editing/EnterpriseEditDialog.h"
#include "ui/editing/VacancyEditDialog.h"
#include "ui/editing/WorkerEditDialog.h"
#include "ui/reference/ReferenceListsPage.h"
#include "ui/reference/ReferenceValueModel.h"
#include "ui/workers/WorkerDetailPanel.h"
#include "ui/workers/WorkerTableModel.h"
#include "ui/workers/WorkersPage.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::MainWindow;
using jb::ui::WorkerEditDialog;
using jb::ui::WorkersPage;

namespace {

QString validId(const QString& first17)
{
    return first17 + jb::core::residentIdCheckChar(first17);
}

qint64 count(MainWindow& window, const QString& sql)
{
    QSqlQuery q(window.database()->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QPushButton* okButton(QWidget* dialog)
{
    auto* box = child<QDialogButtonBox>(dialog);
    return box->button(QDialogButtonBox::Ok);
}

// Replaces the text of a line edit the way typing does (textEdited is emitted).
void type(QWidget* dialog, const char* objectName, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, QLatin1String(objectName));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // keyClicks() knows ASCII only: Chinese arrives as one key event carrying its text.
    QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, text, Qt::NoModifier);
}

struct Window
{
    UiFixture fx;
    std::unique_ptr<MainWindow> window;
    WorkersPage* page = nullptr;

    Window()
    {
        const QString path = fx.createFile(QStringLiteral("editing.jobbridge"));
        window = std::make_unique<MainWindow>(fx.settings());
        window->setModalDialogsEnabled(false);
        window->resize(1366, 768);
        window->show();
        REQUIRE(window->openFile(path));
        page = qobject_cast<WorkersPage*>(window->page(QStringLiteral("workers")));
        REQUIRE(page);
        REQUIRE(window->showPage(QStringLiteral("workers")));
    }
    QAction* action(const char* name) const { return child<QAction>(window.get(), QLatin1String(name)); }
};

} // namespace

TEST_CASE("editing: an invalid ID shows its message at the field and OK stays disabled", "[editing]")
{
    Window w;
    WorkerEditDialog dialog(*w.window->database(), 0);
    dialog.show();
    QPushButton* ok = okButton(&dialog);
    CHECK_FALSE(ok->isEnabled()); // name still missing
    auto* message = child<QLabel>(&dialog, QStringLiteral("id_numberMessage"));
    CHECK(message->isHidden());

    type(&dialog, "nameEdit", QStringLiteral("王小伟"));
    QString wrong = validId(QStringLiteral("34012219850302123"));
    wrong[17] = wrong[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    type(&dialog, "idNumberEdit", wrong);
    CHECK(message->isVisible());
    // One language, the interface's (these tests run in English): no "中文 / English" pair any more.
    CHECK(message->text().contains(QStringLiteral("check character")));
    CHECK_FALSE(message->text().contains(QStringLiteral("校验位")));
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("idNumberEdit"))->property("invalid").toBool());
    CHECK_FALSE(ok->isEnabled());

    // The right number: the message goes, gender and birth date follow the ID, OK is enabled.
    type(&dialog, "idNumberEdit", validId(QStringLiteral("34012219850302123")));
    CHECK(message->isHidden());
    auto* gender = child<QComboBox>(&dialog, QStringLiteral("genderCombo"));
    CHECK(gender->currentData().toString() == QStringLiteral("M"));
    CHECK_FALSE(gender->isEnabled());
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("birthDateEdit"))->text() == QStringLiteral("1985-03-02"));
    CHECK(ok->isEnabled());

    // A registration day in the future: refused at the field.
    type(&dialog, "registeredOnEdit", QDate::currentDate().addDays(3).toString(Qt::ISODate));
    auto* registered = child<QLabel>(&dialog, QStringLiteral("registered_onMessage"));
    CHECK(registered->isVisible());
    CHECK(registered->text().contains(QStringLiteral("cannot be after today")));
    CHECK_FALSE(ok->isEnabled());
}

TEST_CASE("editing: an added person is undone and redone from the Edit menu, audited each time", "[editing]")
{
    Window w;
    QUndoStack* stack = w.window->undoStack();
    REQUIRE(stack);
    CHECK(w.page->undoStack() == stack);
    const qint64 before = w.page->model()->total();
    CHECK(before == UiFixture::kWorkers);

    WorkerEditDialog dialog(*w.window->database(), 0);
    type(&dialog, "nameEdit", QStringLiteral("欧阳娜娜"));
    const QString id = validId(QStringLiteral("34012219900101124"));
    type(&dialog, "idNumberEdit", id);
    type(&dialog, "phoneEdit", QStringLiteral("139 0000 1234"));
    REQUIRE(okButton(&dialog)->isEnabled());
    const jb::core::RecordChange change = dialog.change();
    REQUIRE(change.kind == jb::core::RecordChange::Kind::Insert);

    const qint64 added = w.page->applyEdit(change, QStringLiteral("新增劳动者 欧阳娜娜"));
    REQUIRE(added > 0);
    CHECK(stack->count() == 1);
    CHECK(w.page->model()->total() == before + 1);
    CHECK(w.page->currentWorkerId() == added); // the new person is chosen and shown
    CHECK(w.page->detail()->workerId() == added);
    CHECK(count(*w.window, QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = %1 AND id_number = '%2' AND "
                                          "gender = 'F' AND phone = '13900001234'")
                               .arg(added)
                               .arg(id)) == 1);
    const qint64 insertRows = count(*w.window, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'insert' "
                                                              "AND table_name = 'workers' AND record_id = %1")
                                                   .arg(added));
    CHECK(insertRows == change.fields.size());
    CHECK(w.action("undoAction")->isEnabled());
    CHECK(w.action("undoAction")->text().contains(QStringLiteral("欧阳娜娜")));
    CHECK(w.action("undoAction")->shortcuts() == QKeySequence::keyBindings(QKeySequence::Undo));
    CHECK(w.action("redoAction")->shortcuts() == QKeySequence::keyBindings(QKeySequence::Redo));

    w.action("undoAction")->trigger();
    CHECK(count(*w.window, QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = %1").arg(added)) == 0);
    CHECK(w.page->model()->total() == before);
    CHECK(count(*w.window, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'delete' AND record_id = %1 "
                                          "AND field = 'name' AND old_value = '欧阳娜娜'")
                               .arg(added)) == 1);
    CHECK(w.action("redoAction")->isEnabled());

    w.action("redoAction")->trigger();
    CHECK(count(*w.window,
                QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = %1 AND name = '欧阳娜娜'").arg(added)) == 1);
    CHECK(w.page->model()->total() == before + 1);
    CHECK(
        count(*w.window,
              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'insert' AND record_id = %1").arg(added)) ==
        2 * insertRows);

    // Closing the file empties the stack.
    w.window->closeFile();
    CHECK(stack->count() == 0);
}

TEST_CASE("editing: an edited name shows in the list; an undo refused after an outside change is reported", "[editing]")
{
    Window w;
    QTableView* table = w.page->table();
    table->selectRow(0);
    const qint64 worker = w.page->currentWorkerId();
    REQUIRE(worker > 0);

    // The sample people have no ID or phone yet: give this one both (through core, as any edit).
    auto withId = jb::core::updateOf(w.window->database()->connection(), jb::core::RecordKind::Worker, worker,
                                     {{QStringLiteral("id_number"), validId(QStringLiteral("34012219850302123"))},
                                      {QStringLiteral("gender"), QStringLiteral("M")},
                                      {QStringLiteral("birth_date"), QStringLiteral("1985-03-02")},
                                      {QStringLiteral("phone"), QStringLiteral("13812345678")}});
    REQUIRE(withId);
    REQUIRE(jb::core::applyRecordChange(w.window->database()->connection(), withId.value()));
    const qint64 reveals = count(*w.window, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reveal'"));
    WorkerEditDialog dialog(*w.window->database(), worker);
    // The full ID and phone are on screen now: audited as reveals.
    CHECK(count(*w.window, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reveal' AND record_id = %1")
                               .arg(worker)) == reveals + 2);
    CHECK(okButton(&dialog)->isEnabled());
    CHECK(dialog.change().fields.isEmpty()); // nothing edited yet
    type(&dialog, "nameEdit", QStringLiteral("张改名"));
    const jb::core::RecordChange change = dialog.change();
    REQUIRE(change.fields.size() == 1);
    CHECK(change.fields.first().field == QStringLiteral("name"));
    REQUIRE(w.page->applyEdit(change, QStringLiteral("编辑 张改名")) == worker);

    CHECK(w.page->currentWorkerId() == worker);
    const int row = table->currentIndex().row();
    CHECK(
        w.page->model()->data(w.page->model()->index(row, static_cast<int>(jb::core::WorkerColumn::Name))).toString() ==
        QStringLiteral("张改名"));
    CHECK(count(*w.window, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update' AND record_id = %1 "
                                          "AND field = 'name' AND new_value = '张改名'")
                               .arg(worker)) == 1);

    // Someone changes the name outside this stack; undoing my edit must not overwrite theirs.
    auto outside = jb::core::updateOf(w.window->database()->connection(), jb::core::RecordKind::Worker, worker,
                                      {{QStringLiteral("name"), QStringLiteral("李外改")}});
    REQUIRE(outside);
    REQUIRE(jb::core::applyRecordChange(w.window->database()->connection(), outside.value()));
    QSignalSpy errors(w.window.get(), &MainWindow::errorShown);
    QUndoStack* stack = w.window->undoStack();
    REQUIRE(stack->count() == 1);
    w.action("undoAction")->trigger();
    REQUIRE(errors.count() == 1);
    const QString message = errors.first().first().toString();
    CHECK(message.contains(QStringLiteral("无法撤销")));
    CHECK(message.contains(QStringLiteral("now 李外改")));
    CHECK(stack->count() == 0); // the command that cannot be replayed is dropped
    CHECK_FALSE(w.action("undoAction")->isEnabled());
    CHECK_FALSE(w.action("redoAction")->isEnabled());
    CHECK(count(*w.window,
                QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = %1 AND name = '李外改'").arg(worker)) == 1);
    // The page re-read: the list shows the outside change.
    CHECK(w.page->model()->data(w.page->model()->index(table->currentIndex().row(), 0)).toString() ==
          QStringLiteral("李外改"));
}

TEST_CASE("editing: the vacancy dialog refuses wages min above max", "[editing]")
{
    Window w;
    const qint64 enterprise = count(*w.window, QStringLiteral("SELECT MIN(id) FROM enterprises"));
    jb::ui::VacancyEditDialog dialog(*w.window->database(), enterprise, 0);
    type(&dialog, "titleEdit", QStringLiteral("电焊工"));
    type(&dialog, "headcountEdit", QStringLiteral("4"));
    CHECK(okButton(&dialog)->isEnabled());
    type(&dialog, "wageMinEdit", QStringLiteral("8000"));
    type(&dialog, "wageMaxEdit", QStringLiteral("6000"));
    auto* message = child<QLabel>(&dialog, QStringLiteral("wage_maxMessage"));
    CHECK(message->text().contains(QStringLiteral("cannot be below the lower bound (8000)")));
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    type(&dialog, "wageMaxEdit", QStringLiteral("9000"));
    CHECK(okButton(&dialog)->isEnabled());
    const jb::core::RecordChange change = dialog.change();
    CHECK(change.kind == jb::core::RecordChange::Kind::Insert);
    CHECK(jb::core::applyRecordChange(w.window->database()->connection(), change));
}

TEST_CASE("editing: a credit code failing its check is a warning; a malformed one blocks OK", "[editing]")
{
    Window w;
    jb::ui::EnterpriseEditDialog dialog(*w.window->database(), 0, 0);
    type(&dialog, "nameEdit", QStringLiteral("合肥长城机械有限公司"));
    CHECK(okButton(&dialog)->isEnabled());
    auto* message = child<QLabel>(&dialog, QStringLiteral("credit_codeMessage"));
    type(&dialog, "creditCodeEdit", QStringLiteral("91340100MA2N0F0X0A"));
    CHECK_FALSE(message->isHidden());
    CHECK_FALSE(message->text().isEmpty());
    CHECK_FALSE(child<QLineEdit>(&dialog, QStringLiteral("creditCodeEdit"))->property("invalid").toBool());
    CHECK(okButton(&dialog)->isEnabled());
    type(&dialog, "creditCodeEdit", QStringLiteral("ABC"));
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("creditCodeEdit"))->property("invalid").toBool());
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    type(&dialog, "creditCodeEdit", QString());
    const jb::core::RecordChange change = dialog.change();
    REQUIRE(jb::core::applyRecordChange(w.window->database()->connection(), change));
    CHECK(count(*w.window, QStringLiteral("SELECT COUNT(*) FROM enterprises WHERE name = '合肥长城机械有限公司' AND "
                                          "credit_code IS NULL AND is_key_enterprise = 0")) == 1);
}

TEST_CASE("editing: the page on screen re-reads at once, a hidden page just before it is shown", "[editing]")
{
    Window w;
    auto* references = qobject_cast<jb::ui::ReferenceListsPage*>(w.window->page(QStringLiteral("reference-lists")));
    REQUIRE(references);
    auto migrantUses = [&] {
        for (int row = 0; row < references->model()->rowCount(); ++row)
            if (const jb::core::ReferenceValue* v = references->model()->value(row);
                v && v->item.code == QLatin1String("migrant_worker"))
                return v->usedBy;
        FAIL("the key group list has no migrant workers");
        return qint64(-1);
    };
    const qint64 before = migrantUses();
    const qint64 migrant = count(*w.window, QStringLiteral("SELECT id FROM reference_items WHERE list = 'key_group' "
                                                           "AND code = 'migrant_worker'"));
    jb::core::RecordChange add;
    add.kind = jb::core::RecordChange::Kind::Insert;
    add.record = jb::core::RecordKind::Worker;
    add.fields = {{QStringLiteral("name"), {}, QStringLiteral("返乡甲")},
                  {QStringLiteral("org_id"),
                   {},
                   count(*w.window, QStringLiteral("SELECT id FROM organisations WHERE is_home = 1"))},
                  {QStringLiteral("registered_on"), {}, QDate::currentDate().toString(Qt::ISODate)},
                  {QStringLiteral("key_groups"), {}, QVariantList{migrant}}};
    QString error;
    const qint64 rows = w.page->model()->rowCount();
    REQUIRE(jb::ui::applyAndPush(w.window->undoStack(), *w.window->database(), add, QStringLiteral("add"), &error) > 0);
    INFO(error.toStdString());
    CHECK(w.page->model()->rowCount() == rows + 1); // the workers page is on screen: read at once
    CHECK(migrantUses() == before);                 // the reference lists are hidden: not yet
    REQUIRE(w.window->showPage(QStringLiteral("reference-lists")));
    CHECK(migrantUses() == before + 1);
}
