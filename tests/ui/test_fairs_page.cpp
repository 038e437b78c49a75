// The 招聘会 page driven as an officer does, offscreen: the list's model under QAbstractItemModelTester with its
// counts equal to core's, a filter and a search changing the count on screen, a fair added through the dialog
// (shown, then removed by undo), a refused input showing core's message under its field, and links made from the
// detail tabs (an enterprise, a person, an intention) shown in their tabs and taken back by undo.

#include "core/demo/DemoGenerator.h"
#include "core/fairs/FairList.h"
#include "core/fairs/FairRecord.h"
#include "core/records/RecordFields.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/FairsFixture.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/editing/RecordForm.h"
#include "ui/fairs/FairActions.h"
#include "ui/fairs/FairDetailPanel.h"
#include "ui/fairs/FairEditDialog.h"
#include "ui/fairs/FairFilterBar.h"
#include "ui/fairs/FairOutcomeDialog.h"
#include "ui/fairs/FairPicker.h"
#include "ui/fairs/FairTableModel.h"
#include "ui/fairs/FairsPage.h"
#include "ui/lists/ListExportButton.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using jb::test::child;
using jb::test::DemoFairs;
using jb::test::UiFixture;
using jb::ui::FairsPage;
using jb::ui::FairTableModel;
using jb::ui::MainWindow;
namespace f = jb::core::fields::fair;

namespace {

QString editorText(jb::ui::FairEditDialog* dialog, const char* name)
{
    return child<QLineEdit>(dialog, QString::fromLatin1(name))->text();
}

void type(jb::ui::FairEditDialog* dialog, const char* name, const QString& text)
{
    // As typed: RecordForm re-checks on textEdited (QTest::keyClicks cannot type Chinese).
    auto* edit = child<QLineEdit>(dialog, QString::fromLatin1(name));
    edit->setText(text);
    emit edit->textEdited(text);
}

} // namespace

TEST_CASE("fairs: the list's model passes the model tester and counts what core counts", "[fairs]")
{
    DemoFairs demo;
    FairTableModel* model = demo.page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 all = demo.scalar(QStringLiteral("SELECT count(*) FROM job_fairs"));
    REQUIRE(all > 0);
    CHECK(model->total() == all);
    CHECK(model->total() == demo.coreCount({}));
    CHECK(model->rowCount() == all);
    CHECK(demo.countText() == QStringLiteral("%1 job fairs").arg(QLocale().toString(all)));
    for (int column = 0; column < model->columnCount(); ++column) {
        model->sort(column, Qt::AscendingOrder);
        model->sort(column, Qt::DescendingOrder);
        CHECK(model->rowCount() == all);
    }
    // Sorted by headcount, largest first: the first row holds the file's largest posts' headcount.
    model->sort(static_cast<int>(FairTableModel::Column::Headcount), Qt::DescendingOrder);
    const qint64 largest = demo.scalar(QStringLiteral(
        "SELECT coalesce(max(n), 0) FROM (SELECT sum(v.headcount) AS n FROM fair_posts p JOIN vacancies v ON v.id = "
        "p.vacancy_id GROUP BY p.fair_id)"));
    CHECK(model->data(model->index(0, static_cast<int>(FairTableModel::Column::Headcount))).toLongLong() == largest);
    // 求人倍率 is headcount ÷ registered with one decimal, blank when no one is registered.
    for (int r = 0; r < model->rowCount(); ++r) {
        auto cell = [&](FairTableModel::Column c) { return model->data(model->index(r, static_cast<int>(c))); };
        const qint64 registered = cell(FairTableModel::Column::Registered).toLongLong();
        const QString ratio = cell(FairTableModel::Column::DemandRatio).toString();
        if (registered == 0)
            CHECK(ratio.isEmpty());
        else
            CHECK(ratio == QLocale().toString(double(cell(FairTableModel::Column::Headcount).toLongLong()) / registered,
                                              'f', 1));
    }
}

TEST_CASE("fairs: a filter and a search change the count on screen", "[fairs]")
{
    DemoFairs demo;
    const qint64 all = demo.page->model()->total();
    QComboBox* form = child<QComboBox>(demo.page, QStringLiteral("fairFormFilter"));
    form->setCurrentIndex(form->findData(static_cast<int>(jb::core::FairForm::Livestream)));
    jb::core::FairFilter livestream;
    livestream.form = jb::core::FairForm::Livestream;
    const qint64 streamed = demo.coreCount(livestream);
    CHECK(streamed > 0);
    CHECK(streamed < all);
    CHECK(demo.page->model()->total() == streamed);
    CHECK(demo.countText() == QStringLiteral("%1 job fairs").arg(QLocale().toString(streamed)));
    form->setCurrentIndex(0);
    CHECK(demo.page->model()->total() == all);

    // A name typed in the search box, after the pause.
    const QString name = demo.page->model()->data(demo.page->model()->index(0, 0)).toString();
    demo.page->filterBar()->searchBox()->setText(name);
    jb::core::FairFilter byName;
    byName.nameContains = name;
    QTRY_COMPARE(demo.page->model()->total(), demo.coreCount(byName));
    CHECK(demo.page->model()->total() < all);
}

TEST_CASE("fairs: a fair added through the dialog is shown, and undo removes it", "[fairs]")
{
    DemoFairs demo;
    QStringList shownErrors;
    QObject::connect(demo.window.get(), &MainWindow::errorShown, demo.window.get(),
                     [&shownErrors](const QString& message) { shownErrors << message; });
    const qint64 before = demo.page->model()->total();
    child<QPushButton>(demo.page, QStringLiteral("addFair"))->click();
    auto* dialog = child<jb::ui::FairEditDialog>(demo.page, QStringLiteral("fairEditDialog"));
    QPushButton* ok = child<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok);
    type(dialog, "fairNameEdit", QStringLiteral("春风行动专场招聘会"));
    auto* kind = child<QComboBox>(dialog, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->count() - 1);
    emit kind->activated(kind->currentIndex());
    REQUIRE(ok->isEnabled());
    ok->click();

    CHECK(demo.page->model()->total() == before + 1);
    CHECK(demo.countText() == QStringLiteral("%1 job fairs").arg(QLocale().toString(before + 1)));
    CHECK(child<QLabel>(demo.page, QStringLiteral("fairDetailHeading"))->text() ==
          QStringLiteral("春风行动专场招聘会"));
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM job_fairs WHERE name = '春风行动专场招聘会'")) == 1);
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'job_fairs' AND action = "
                                     "'insert'")) >= 1);

    demo.window->undoStack()->undo();
    CHECK(demo.page->model()->total() == before);
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM job_fairs WHERE name = '春风行动专场招聘会'")) == 0);
    CHECK(demo.page->detail()->fairId() == 0);
    demo.window->undoStack()->redo();
    CHECK(demo.page->model()->total() == before + 1);
    CHECK(shownErrors.isEmpty());
}

TEST_CASE("fairs: a refused input shows core's message under its field and keeps OK disabled", "[fairs]")
{
    DemoFairs demo;
    child<QPushButton>(demo.page, QStringLiteral("addFair"))->click();
    auto* dialog = child<jb::ui::FairEditDialog>(demo.page, QStringLiteral("fairEditDialog"));
    type(dialog, "fairNameEdit", QStringLiteral("秋季专场"));
    auto* kind = child<QComboBox>(dialog, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->count() - 1);
    emit kind->activated(kind->currentIndex());
    const QDate first = QDate::fromString(editorText(dialog, "firstDayEdit"), Qt::ISODate);
    REQUIRE(first.isValid());
    type(dialog, "lastDayEdit", first.addDays(-2).toString(Qt::ISODate));

    // Core's own words for the same details, field by field.
    auto db = jb::core::Database::open(demo.path);
    REQUIRE(db);
    const QVector<jb::core::FairIssue> issues = jb::core::checkFair((*db)->connection(), dialog->details());
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().field == f::lastDay);
    QLabel* message = dialog->form()->messageLabel(f::lastDay);
    REQUIRE(message);
    CHECK(message->isVisibleTo(dialog));
    CHECK(message->text() == issues.first().message.text());
    CHECK_FALSE(child<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok)->isEnabled());

    // A reported figure that is not a number is named too.
    type(dialog, "lastDayEdit", QString());
    type(dialog, "visitsEdit", QStringLiteral("很多"));
    CHECK(dialog->form()->messageLabel(f::visits)->isVisibleTo(dialog));
    CHECK_FALSE(dialog->form()->messageLabel(f::lastDay)->isVisibleTo(dialog));
    CHECK_FALSE(child<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_CASE("fairs: an enterprise, a person and an intention added from the tabs are shown, and undone", "[fairs]")
{
    DemoFairs demo;
    const qint64 fair = demo.chooseFair();
    jb::ui::FairDetailPanel* detail = demo.page->detail();
    const int enterprises = detail->enterprises()->topLevelItemCount();
    const int people = detail->people()->topLevelItemCount();
    QUndoStack* undo = demo.window->undoStack();

    // An enterprise not at the fair (the demo's fairs may take every enterprise, so one is added to the list
    // first), found by its name as an officer would search for it.
    {
        // Through the window's own connection, the one its edits use (a second writer is not to be relied on).
        QSqlQuery q(demo.window->database()->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) SELECT id, "
                                      "'肥东外来测试机械有限公司', '2026-03-01', '2026-03-01' FROM organisations WHERE "
                                      "is_home = 1")));
    }
    const qint64 outsider =
        demo.scalar(QStringLiteral("SELECT id FROM enterprises WHERE name = '肥东外来测试机械有限公司'"));
    demo.page->actions()->addEnterprise(fair);
    auto* picker = child<jb::ui::FairPicker>(demo.page, QStringLiteral("fairEnterprisePicker"));
    child<QLineEdit>(picker, QStringLiteral("pickerSearch"))->setText(QStringLiteral("肥东外来测试机械有限公司"));
    for (int i = 0; i < picker->matches()->count(); ++i)
        if (picker->matches()->item(i)->data(Qt::UserRole).toLongLong() == outsider)
            picker->matches()->setCurrentRow(i);
    REQUIRE(outsider > 0);
    REQUIRE(picker->chosenId() == outsider);
    picker->accept();
    CHECK(detail->fairId() == fair);
    CHECK(detail->enterprises()->topLevelItemCount() == enterprises + 1);

    // A person not yet recorded there, found by name.
    const qint64 person = demo.scalar(
        QStringLiteral("SELECT min(id) FROM workers WHERE id NOT IN (SELECT worker_id FROM fair_attendees WHERE "
                       "fair_id = %1)")
            .arg(fair));
    QString personName;
    {
        auto db = jb::core::Database::open(demo.path);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM workers WHERE id = %1").arg(person)));
        REQUIRE(q.next());
        personName = q.value(0).toString();
    }
    demo.page->actions()->addPerson(fair);
    auto* personPicker = child<jb::ui::FairPicker>(demo.page, QStringLiteral("fairPersonPicker"));
    personPicker->searchBox()->setText(personName);
    for (int i = 0; i < personPicker->matches()->count(); ++i)
        if (personPicker->matches()->item(i)->data(Qt::UserRole).toLongLong() == person)
            personPicker->matches()->setCurrentRow(i);
    REQUIRE(personPicker->chosenId() == person);
    personPicker->accept();
    CHECK(detail->people()->topLevelItemCount() == people + 1);

    // An intention between them, when the fair has a post.
    const int outcomes = detail->outcomes()->topLevelItemCount();
    demo.page->actions()->addOutcome(fair);
    auto* outcome = child<jb::ui::FairOutcomeDialog>(demo.page, QStringLiteral("fairOutcomeDialog"));
    outcome->personCombo()->setCurrentIndex(outcome->personCombo()->findData(person));
    REQUIRE(outcome->postCombo()->count() > 0);
    outcome->accept();
    CHECK(detail->outcomes()->topLevelItemCount() == outcomes + 1);
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM referrals WHERE fair_id = %1 AND worker_id = %2")
                          .arg(fair)
                          .arg(person)) == 1);

    // Undo takes them back one at a time, newest first.
    undo->undo();
    CHECK(detail->outcomes()->topLevelItemCount() == outcomes);
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM referrals WHERE fair_id = %1 AND worker_id = %2")
                          .arg(fair)
                          .arg(person)) == 0);
    undo->undo();
    CHECK(detail->people()->topLevelItemCount() == people);
    undo->undo();
    CHECK(detail->enterprises()->topLevelItemCount() == enterprises);
}

TEST_CASE("fairs: the list exports as filtered and sorted on screen, with no unmasked box", "[fairs]")
{
    DemoFairs demo;
    jb::ui::ListExportButton* exporter = demo.page->exporter();
    CHECK(exporter->unmaskedCheck() == nullptr);
    CHECK(exporter->button()->isEnabled());
    QComboBox* form = child<QComboBox>(demo.page, QStringLiteral("fairFormFilter"));
    form->setCurrentIndex(form->findData(static_cast<int>(jb::core::FairForm::Offline)));
    FairTableModel* model = demo.page->model();
    model->sort(static_cast<int>(FairTableModel::Column::Headcount), Qt::DescendingOrder);
    const qint64 shown = model->total();
    REQUIRE(shown > 1);

    const QString csv = demo.fx.file(QStringLiteral("fairs.csv"));
    CHECK(exporter->exportTo(csv, false).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    CHECK(lines.size() - 2 == shown);
    // The first row is the first row on screen: the same fair, the same headcount.
    const QStringList first = lines.value(1).split(QLatin1Char(','));
    CHECK(first.value(0) == model->data(model->index(0, static_cast<int>(FairTableModel::Column::Name))).toString());
    CHECK(first.value(10) ==
          model->data(model->index(0, static_cast<int>(FairTableModel::Column::Headcount))).toString());
    const QString xlsx = demo.fx.file(QStringLiteral("fairs.xlsx"));
    CHECK(exporter->exportTo(xlsx, false).isEmpty());
    CHECK(QFile::exists(xlsx));
}
