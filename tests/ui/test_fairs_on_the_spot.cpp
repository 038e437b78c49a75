// The 招聘会 page's undo and redo through the Edit menu, and the records an officer creates on the spot from its
// tabs: a new fair with an enterprise attached, undone twice and redone twice (the fair keeps its id, so the
// attach is redone too); a new enterprise, a new post of it and a new person registered at the fair, each in the
// lists with the fair as source, named in the Edit menu, undone and redone under the same ids; and a fair recorded
// end to end (enterprise, post, person, intention, contract) moving the dashboard's figures.

#include "core/validation/ResidentId.h"
#include "ui/FairsFixture.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/editing/EnterpriseEditDialog.h"
#include "ui/editing/VacancyEditDialog.h"
#include "ui/editing/WorkerEditDialog.h"
#include "ui/fairs/FairEditDialog.h"
#include "ui/fairs/FairOutcomeDialog.h"
#include "ui/fairs/FairPicker.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <array>

using jb::test::child;
using jb::test::DemoFairs;

namespace {

// As typed: the record forms re-check on textEdited.
void type(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, QString::fromLatin1(name));
    edit->setText(text);
    emit edit->textEdited(text);
}

QPushButton* okOf(QWidget* dialog)
{
    return child<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok);
}

struct EditMenu
{
    QAction* undo;
    QAction* redo;
    explicit EditMenu(DemoFairs& demo)
        : undo(child<QAction>(demo.window.get(), QStringLiteral("undoAction"))),
          redo(child<QAction>(demo.window.get(), QStringLiteral("redoAction")))
    {
    }
};

// The fair on show: its first day as stored.
QString firstDayOf(DemoFairs& demo)
{
    return demo.value(QStringLiteral("SELECT held_on FROM job_fairs WHERE id = %1").arg(demo.page->detail()->fairId()))
        .toString();
}

// A new enterprise through the tab's button: the enterprise dialog with its usual checks, titled for the fair.
qint64 createEnterprise(DemoFairs& demo, const QString& name)
{
    const qint64 fair = demo.page->detail()->fairId();
    child<QPushButton>(demo.page->detail(), QStringLiteral("newFairEnterprise"))->click();
    auto* company = child<jb::ui::EnterpriseEditDialog>(demo.page, QStringLiteral("enterpriseEditDialog"));
    CHECK(company->windowTitle().contains(
        demo.value(QStringLiteral("SELECT name FROM job_fairs WHERE id = %1").arg(fair)).toString()));
    type(company, "nameEdit", name);
    type(company, "creditCodeEdit", QStringLiteral("ABC"));
    CHECK_FALSE(okOf(company)->isEnabled()); // a malformed credit code blocks OK, as in the enterprise list
    type(company, "creditCodeEdit", QString());
    REQUIRE(okOf(company)->isEnabled());
    okOf(company)->click();
    const qint64 id = demo.scalar(QStringLiteral("SELECT id FROM enterprises WHERE name = '%1'").arg(name));
    REQUIRE(id > 0);
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM fair_enterprises WHERE fair_id = %1 AND enterprise_id = %2")
                          .arg(fair)
                          .arg(id)) == 1);
    return id;
}

// A new post of `enterprise`, chosen in the enterprises list, through the post dialog (posted on the fair's first
// day); it joins the demand list with the fair as its source.
qint64 createPost(DemoFairs& demo, qint64 enterprise, const QString& title, bool publicWelfare)
{
    jb::ui::FairDetailPanel* detail = demo.page->detail();
    for (int i = 0; i < detail->enterprises()->topLevelItemCount(); ++i)
        if (detail->enterprises()->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == enterprise)
            detail->enterprises()->setCurrentItem(detail->enterprises()->topLevelItem(i));
    REQUIRE(detail->chosenEnterpriseId() == enterprise);
    child<QPushButton>(detail, QStringLiteral("newFairPost"))->click();
    auto* post = child<jb::ui::VacancyEditDialog>(demo.page, QStringLiteral("vacancyEditDialog"));
    CHECK(child<QLineEdit>(post, QStringLiteral("postedOnEdit"))->text() == firstDayOf(demo));
    type(post, "titleEdit", title);
    type(post, "headcountEdit", QStringLiteral("12"));
    child<QCheckBox>(post, QStringLiteral("publicWelfarePost"))->setChecked(publicWelfare);
    INFO(child<QLabel>(post, QStringLiteral("formProblems"))->text().toStdString());
    REQUIRE(okOf(post)->isEnabled());
    okOf(post)->click();
    const qint64 id = demo.scalar(QStringLiteral("SELECT id FROM vacancies WHERE enterprise_id = %1 AND title = '%2'")
                                      .arg(enterprise)
                                      .arg(title));
    REQUIRE(id > 0);
    CHECK(demo.scalar(QStringLiteral("SELECT source_fair_id FROM vacancies WHERE id = %1").arg(id)) ==
          detail->fairId());
    return id;
}

// A new person registered at the fair (the worker dialog, the fair's first day as registration date).
qint64 createPerson(DemoFairs& demo, const QString& name, const QString& first17)
{
    const qint64 fair = demo.page->detail()->fairId();
    child<QPushButton>(demo.page->detail(), QStringLiteral("newFairPerson"))->click();
    auto* person = child<jb::ui::WorkerEditDialog>(demo.page, QStringLiteral("workerEditDialog"));
    CHECK(child<QLineEdit>(person, QStringLiteral("registeredOnEdit"))->text() == firstDayOf(demo));
    type(person, "nameEdit", name);
    type(person, "idNumberEdit", first17 + jb::core::residentIdCheckChar(first17));
    REQUIRE(okOf(person)->isEnabled());
    okOf(person)->click();
    const qint64 id = demo.scalar(QStringLiteral("SELECT id FROM workers WHERE name = '%1'").arg(name));
    REQUIRE(id > 0);
    CHECK(demo.scalar(QStringLiteral("SELECT source_fair_id FROM workers WHERE id = %1").arg(id)) == fair);
    CHECK(demo.value(QStringLiteral("SELECT registered_on FROM workers WHERE id = %1").arg(id)).toString() ==
          firstDayOf(demo));
    return id;
}

} // namespace

TEST_CASE("fairs: add fair, attach an enterprise, undo twice and redo twice: the fair keeps its id", "[fairs]")
{
    DemoFairs demo;
    QStringList shownErrors;
    QObject::connect(demo.window.get(), &jb::ui::MainWindow::errorShown, demo.window.get(),
                     [&shownErrors](const QString& message) { shownErrors << message; });
    const EditMenu menu(demo);
    const qint64 before = demo.page->model()->total();

    child<QPushButton>(demo.page, QStringLiteral("addFair"))->click();
    auto* dialog = child<jb::ui::FairEditDialog>(demo.page, QStringLiteral("fairEditDialog"));
    type(dialog, "fairNameEdit", QStringLiteral("重做测试招聘会"));
    auto* kind = child<QComboBox>(dialog, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->count() - 1);
    emit kind->activated(kind->currentIndex());
    REQUIRE(okOf(dialog)->isEnabled());
    okOf(dialog)->click();
    const qint64 fair = demo.page->detail()->fairId();
    REQUIRE(fair > 0);
    CHECK(demo.value(QStringLiteral("SELECT name FROM job_fairs WHERE id = %1").arg(fair)).toString() ==
          QStringLiteral("重做测试招聘会"));

    // An enterprise of the list, chosen in the picker the tab's button opens.
    child<QPushButton>(demo.page->detail(), QStringLiteral("addFairEnterprise"))->click();
    auto* picker = child<jb::ui::FairPicker>(demo.page, QStringLiteral("fairEnterprisePicker"));
    REQUIRE(picker->matches()->count() > 0);
    picker->matches()->setCurrentRow(0);
    const qint64 enterprise = picker->chosenId();
    REQUIRE(enterprise > 0);
    picker->accept();
    CHECK(demo.page->detail()->enterprises()->topLevelItemCount() == 1);
    CHECK(menu.undo->text() == QStringLiteral("&Undo Add enterprise to job fair"));

    menu.undo->trigger();
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM fair_enterprises WHERE fair_id = %1").arg(fair)) == 0);
    CHECK(menu.undo->text() == QStringLiteral("&Undo Add job fair"));
    menu.undo->trigger();
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM job_fairs WHERE id = %1").arg(fair)) == 0);
    CHECK(demo.page->model()->total() == before);
    CHECK(menu.redo->text() == QStringLiteral("&Redo Add job fair"));

    menu.redo->trigger();
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM job_fairs WHERE id = %1").arg(fair)) == 1);
    CHECK(menu.redo->text() == QStringLiteral("&Redo Add enterprise to job fair"));
    menu.redo->trigger();
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM fair_enterprises WHERE fair_id = %1 AND enterprise_id = "
                                     "%2")
                          .arg(fair)
                          .arg(enterprise)) == 1);
    CHECK(demo.page->model()->total() == before + 1);
    CHECK(demo.page->detail()->fairId() == fair);
    CHECK(demo.page->detail()->enterprises()->topLevelItemCount() == 1);
    CHECK_FALSE(menu.redo->isEnabled());
    CHECK(demo.window->undoStack()->count() == 2); // nothing went obsolete
    CHECK(shownErrors.isEmpty());
}

TEST_CASE("fairs: an enterprise, its post and a person created on the spot join the lists and the fair, and undo",
          "[fairs]")
{
    DemoFairs demo;
    QStringList shownErrors;
    QObject::connect(demo.window.get(), &jb::ui::MainWindow::errorShown, demo.window.get(),
                     [&shownErrors](const QString& message) { shownErrors << message; });
    const EditMenu menu(demo);
    const qint64 fair = demo.chooseFair();
    jb::ui::FairDetailPanel* detail = demo.page->detail();
    const int enterprises = detail->enterprises()->topLevelItemCount();
    const int people = detail->people()->topLevelItemCount();

    CHECK_FALSE(child<QPushButton>(detail, QStringLiteral("newFairPost"))->isEnabled()); // no enterprise chosen
    const qint64 enterprise = createEnterprise(demo, QStringLiteral("肥东现场新建机械有限公司"));
    CHECK(detail->enterprises()->topLevelItemCount() == enterprises + 1);
    CHECK(menu.undo->text() == QStringLiteral("&Undo New enterprise 肥东现场新建机械有限公司 at job fair"));
    const qint64 vacancy = createPost(demo, enterprise, QStringLiteral("数控车工"), true);
    CHECK(demo.scalar(QStringLiteral("SELECT public_welfare FROM fair_posts WHERE fair_id = %1 AND vacancy_id = %2")
                          .arg(fair)
                          .arg(vacancy)) == 1);
    CHECK(menu.undo->text() == QStringLiteral("&Undo New post 数控车工 at job fair"));
    const qint64 worker = createPerson(demo, QStringLiteral("现场登记"), QStringLiteral("34012219920817232"));
    CHECK(detail->people()->topLevelItemCount() == people + 1);
    CHECK(menu.undo->text() == QStringLiteral("&Undo New person 现场登记 at job fair"));
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'workers' AND record_id = %1 "
                                     "AND action = 'insert'")
                          .arg(worker)) > 0);

    // Undo takes each back, newest first; redo puts them back under the same ids.
    const QString exists = QStringLiteral("SELECT count(*) FROM %1 WHERE id = %2");
    menu.undo->trigger();
    CHECK(demo.scalar(exists.arg(QStringLiteral("workers")).arg(worker)) == 0);
    menu.undo->trigger();
    CHECK(demo.scalar(exists.arg(QStringLiteral("vacancies")).arg(vacancy)) == 0);
    menu.undo->trigger();
    CHECK(demo.scalar(exists.arg(QStringLiteral("enterprises")).arg(enterprise)) == 0);
    CHECK(detail->enterprises()->topLevelItemCount() == enterprises);
    CHECK(detail->people()->topLevelItemCount() == people);
    for (int i = 0; i < 3; ++i)
        menu.redo->trigger();
    CHECK(demo.scalar(exists.arg(QStringLiteral("enterprises")).arg(enterprise)) == 1);
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM fair_posts WHERE fair_id = %1 AND vacancy_id = %2")
                          .arg(fair)
                          .arg(vacancy)) == 1);
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM fair_attendees WHERE fair_id = %1 AND worker_id = %2")
                          .arg(fair)
                          .arg(worker)) == 1);
    CHECK(detail->people()->topLevelItemCount() == people + 1);
    CHECK(shownErrors.isEmpty());
}

TEST_CASE("fairs: an officer records a fair end to end and the dashboard's fairs, intentions and contracts move",
          "[fairs][dashboard]")
{
    DemoFairs demo;
    QStringList shownErrors;
    QObject::connect(demo.window.get(), &jb::ui::MainWindow::errorShown, demo.window.get(),
                     [&shownErrors](const QString& message) { shownErrors << message; });
    auto* dashboard = qobject_cast<jb::ui::DashboardPage*>(demo.window->page(QStringLiteral("dashboard")));
    REQUIRE(dashboard);
    auto figures = [&demo, dashboard] {
        REQUIRE(demo.window->showPage(QStringLiteral("dashboard")));
        REQUIRE(dashboard->progress());
        using M = jb::core::Metric;
        const jb::core::Progress& p = *dashboard->progress();
        return std::array<qint64, 3>{p.figure(M::JobFairs).actual, p.figure(M::Intentions).actual,
                                     p.figure(M::Contracts).actual};
    };
    const std::array<qint64, 3> before = figures();
    REQUIRE(demo.window->showPage(QStringLiteral("fairs")));

    // The fair, held today (the dialog's first day).
    child<QPushButton>(demo.page, QStringLiteral("addFair"))->click();
    auto* dialog = child<jb::ui::FairEditDialog>(demo.page, QStringLiteral("fairEditDialog"));
    type(dialog, "fairNameEdit", QStringLiteral("端到端测试招聘会"));
    auto* kind = child<QComboBox>(dialog, QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->count() - 1);
    emit kind->activated(kind->currentIndex());
    okOf(dialog)->click();
    jb::ui::FairDetailPanel* detail = demo.page->detail();
    const qint64 fair = detail->fairId();
    REQUIRE(fair > 0);
    REQUIRE(detail->status() == jb::core::FairStatus::Held);

    // An enterprise of the list; a new post of it; a new person registered there.
    child<QPushButton>(detail, QStringLiteral("addFairEnterprise"))->click();
    auto* picker = child<jb::ui::FairPicker>(demo.page, QStringLiteral("fairEnterprisePicker"));
    REQUIRE(picker->matches()->count() > 0);
    picker->matches()->setCurrentRow(0);
    const qint64 enterprise = picker->chosenId();
    picker->accept();
    REQUIRE(detail->enterprises()->topLevelItemCount() == 1);
    createPost(demo, enterprise, QStringLiteral("端到端测试电工"), false); // a title no demo enterprise has
    const qint64 worker = createPerson(demo, QStringLiteral("端到端"), QStringLiteral("34012219950203451"));

    // An intention, then the contract signed on site with the same post.
    for (const bool contract : {false, true}) {
        child<QPushButton>(detail, QStringLiteral("addFairOutcome"))->click();
        auto* outcome = child<jb::ui::FairOutcomeDialog>(demo.page, QStringLiteral("fairOutcomeDialog"));
        outcome->personCombo()->setCurrentIndex(outcome->personCombo()->findData(worker));
        REQUIRE(outcome->personCombo()->currentData().toLongLong() == worker);
        REQUIRE(outcome->postCombo()->count() == 1);
        outcome->contractBox()->setChecked(contract);
        outcome->accept();
    }
    CHECK(detail->outcomes()->topLevelItemCount() == 1);
    CHECK(shownErrors.isEmpty());

    const std::array<qint64, 3> after = figures();
    CHECK(after[0] == before[0] + 1); // the fair, held
    CHECK(after[1] == before[1] + 1); // the intention (the contract's intention is the same referral's)
    CHECK(after[2] == before[2] + 1); // the contract
}
