// The placement views (ui/placement): the match view explains a score criterion by criterion and one click refers
// (undo takes the referral back and the candidate returns); the promise list shows issue 13's Spring Festival case
// with its due day in both day kinds and exports the section shown; a retention check is recorded from the follow-ups
// view and undone.

#include "core/domain/Clock.h"
#include "core/placement/Matching.h"
#include "core/placement/ReferralPipeline.h"
#include "core/settings/PlacementSettings.h"
#include "core/storage/Database.h"
#include "core/validation/ResidentId.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/lists/ListExportButton.h"
#include "ui/placement/FollowUpsView.h"
#include "ui/placement/MatchView.h"
#include "ui/placement/PlacementCommand.h"
#include "ui/placement/PlacementStyle.h"
#include "ui/placement/PromiseListModel.h"
#include "ui/placement/PromiseListView.h"
#include "ui/placement/RetentionCheckDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace jb;

namespace {

// A file of the county with no samples: the records each case needs go in with plain SQL.
struct PlacementFile
{
    test::UiFixture fx;
    std::unique_ptr<core::Database> db;
    QUndoStack stack;
    QStringList errors;
    int serial = 0;

    PlacementFile()
    {
        auto opened = core::Database::open(
            fx.createFile(QStringLiteral("placement-views.jobbridge"), QStringLiteral("340122"), false));
        REQUIRE(opened);
        db = std::move(*opened);
    }
    QVariant value(const QString& sql, const QVariantList& binds = {}) const
    {
        QSqlQuery q(db->connection());
        INFO(sql.toStdString());
        REQUIRE(q.prepare(sql));
        for (const QVariant& b : binds)
            q.addBindValue(b);
        REQUIRE(q.exec());
        return q.next() ? q.value(0) : q.lastInsertId();
    }
    qint64 item(const char* list, const char* code) const
    {
        return value(QStringLiteral("SELECT id FROM reference_items WHERE list = ? AND code = ?"),
                     {QLatin1String(list), QLatin1String(code)})
            .toLongLong();
    }
    qint64 worker(const QString& name, const QString& registered)
    {
        return value(
                   QStringLiteral("INSERT INTO workers (org_id, name, id_number, birth_date, registered_on, "
                                  "created_at, updated_at) VALUES ((SELECT id FROM organisations WHERE is_home = 1), "
                                  "?, ?, '1990-01-10', ?, 't', 't')"),
                   {name, QStringLiteral("34012219900110%1").arg(100 + serial++, 4, 10, QLatin1Char('0')), registered})
            .toLongLong();
    }
    qint64 post(const QString& enterprise, const QString& title, const QString& more)
    {
        const qint64 e = value(QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) VALUES "
                                              "((SELECT id FROM organisations WHERE is_home = 1), ?, 't', 't')"),
                               {enterprise})
                             .toLongLong();
        const qint64 v = value(QStringLiteral("INSERT INTO vacancies (enterprise_id, title, headcount, posted_on, "
                                              "created_at, updated_at) VALUES (?, ?, 2, '2026-01-02', 't', 't')"),
                               {e, title})
                             .toLongLong();
        if (!more.isEmpty())
            value(QStringLiteral("UPDATE vacancies SET %1 WHERE id = ?").arg(more), {v});
        return v;
    }
    qint64 referrals() const { return value(QStringLiteral("SELECT count(*) FROM referrals")).toLongLong(); }
};

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

int criterionRow(const QTableWidget* table, const char* name)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String(name))
            return row;
    FAIL("no criterion row " << name);
    return -1;
}

// The forklift post chosen for 刘洋: every criterion a row, with both values side by side and the verdict in words.
void checkForkliftCriteria(const QTableWidget* criteria)
{
    CHECK(criteria->rowCount() == 8);
    const int trade = criterionRow(criteria, "trade");
    CHECK(cell(criteria, trade, 1) == QStringLiteral("Match"));
    CHECK(cell(criteria, trade, 2) == QStringLiteral("叉车工"));
    CHECK(cell(criteria, trade, 3) == QStringLiteral("叉车司机"));
    const int place = criterionRow(criteria, "place");
    CHECK(cell(criteria, place, 1) == QStringLiteral("Match"));
    CHECK(cell(criteria, place, 3) == QStringLiteral("肥东县店埠镇经开区"));
    CHECK(cell(criteria, criterionRow(criteria, "wage"), 3) == QStringLiteral("5000–6000"));
}

} // namespace

TEST_CASE("The match view explains the score criterion by criterion; one click refers and undo takes it back",
          "[placement][ui]")
{
    PlacementFile f;
    core::PinnedDay day(QDate(2026, 3, 20));
    const qint64 liu = f.worker(QStringLiteral("刘洋"), QStringLiteral("2026-03-01"));
    f.value(QStringLiteral("UPDATE workers SET desired_trade = '叉车工', desired_place = '店埠镇', expected_wage_min "
                           "= 5000 WHERE id = ?"),
            {liu});
    const qint64 forklift =
        f.post(QStringLiteral("合力叉车"), QStringLiteral("叉车司机"),
               QStringLiteral("wage_min = 5000, wage_max = 6000, work_location = '肥东县店埠镇经开区'"));
    const qint64 cook = f.post(QStringLiteral("蜀山酒店"), QStringLiteral("厨师"),
                               QStringLiteral("wage_min = 4000, wage_max = 4500, work_location = '合肥市蜀山区'"));

    ui::MatchView view;
    view.resize(1100, 620);
    view.show(); // a view reads again after an undo only while it is on screen
    view.setUndoStack(&f.stack);
    QObject::connect(&view, &ui::MatchView::errorOccurred, [&f](const QString& m) { f.errors << m; });
    view.showFile(*f.db);
    // The worker is found by name and shown with the ID number masked; choosing the match ranks the posts.
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("matchSearch"));
    auto* subjects = view.findChild<QListWidget*>(QStringLiteral("matchSubjects"));
    search->setText(QStringLiteral("刘洋"));
    emit search->returnPressed();
    REQUIRE(subjects->count() == 1);
    CHECK(subjects->item(0)->text().startsWith(QStringLiteral("刘洋")));
    CHECK_FALSE(subjects->item(0)->text().contains(QStringLiteral("340122199001100100")));
    subjects->setCurrentRow(0);
    emit subjects->itemActivated(subjects->item(0));
    REQUIRE(view.candidates().size() == 2);
    CHECK(view.candidates().at(0).vacancyId == forklift);
    CHECK(view.candidates().at(1).vacancyId == cook);

    auto* list = view.findChild<QTableWidget*>(QStringLiteral("matchCandidates"));
    auto* criteria = view.findChild<QTableWidget*>(QStringLiteral("matchCriteria"));
    auto* total = view.findChild<QLabel*>(QStringLiteral("matchTotal"));
    REQUIRE(list);
    REQUIRE(criteria);
    CHECK(list->rowCount() == 2);
    CHECK(cell(list, 0, 2) == QStringLiteral("叉车司机"));
    CHECK(cell(list, 0, 1).toInt() > cell(list, 1, 1).toInt());
    checkForkliftCriteria(criteria);
    CHECK(total->text() == QStringLiteral("Total: %1 of 100").arg(view.candidates().at(0).score));
    // The verdicts differ in colour as well as in words.
    list->selectRow(1);
    CHECK(cell(criteria, criterionRow(criteria, "trade"), 1) == QStringLiteral("Mismatch"));
    CHECK(criteria->item(criterionRow(criteria, "trade"), 1)->foreground().color() !=
          criteria->item(criterionRow(criteria, "place"), 1)->foreground().color());

    // One click on 推荐 for the best post: a referral, named on the undo stack; the post leaves the list.
    list->selectRow(0);
    auto* refer = view.findChild<QPushButton*>(QStringLiteral("matchRefer"));
    REQUIRE(refer->isEnabled());
    CHECK(refer->text().contains(QLatin1Char('&')));
    refer->click();
    CHECK(f.referrals() == 1);
    CHECK(f.value(QStringLiteral("SELECT vacancy_id FROM referrals")).toLongLong() == forklift);
    CHECK(f.stack.count() == 1);
    CHECK(f.stack.undoText().contains(QStringLiteral("刘洋")));
    REQUIRE(view.candidates().size() == 1);
    CHECK(view.candidates().at(0).vacancyId == cook);

    f.stack.undo();
    CHECK(f.referrals() == 0);
    REQUIRE(view.candidates().size() == 2);
    CHECK(view.candidates().at(0).vacancyId == forklift);
    f.stack.redo();
    CHECK(f.referrals() == 1);
    CHECK(view.candidates().size() == 1);
    CHECK(f.errors.isEmpty());

    // A read-only file: nothing refers.
    view.setReadOnly(true);
    CHECK_FALSE(refer->isEnabled());
    CHECK(view.referChosen() == 0);
}

TEST_CASE("The promise list shows the Spring Festival case due on 19 February by calendar and 28 February by "
          "working days",
          "[placement][ui][promise]")
{
    PlacementFile f;
    core::PinnedDay day(QDate(2026, 2, 20));
    const qint64 chen = f.worker(QStringLiteral("陈静"), QStringLiteral("2026-02-12")); // a Thursday
    f.value(QStringLiteral("INSERT INTO worker_hardships (worker_id, category_id) VALUES (?, ?)"),
            {chen, f.item("hardship_category", "zero_employment")});

    ui::PromiseListView view;
    view.resize(1100, 600);
    view.show();
    view.setUndoStack(&f.stack);
    view.showFile(*f.db);
    auto dueShown = [&view] {
        const QAbstractItemModel* model = view.table()->model();
        REQUIRE(model->rowCount() == 1);
        return model->index(0, ui::PromiseListModel::Due).data().toString();
    };
    auto daysShown = [&view] { return view.table()->model()->index(0, ui::PromiseListModel::Days).data().toString(); };

    // Calendar days (the default): due Thursday 19 February; on the 20th a day late.
    REQUIRE(view.list().entries.size() == 1);
    CHECK(view.list().entries.at(0).due == QDate(2026, 2, 19));
    CHECK(dueShown() == QStringLiteral("2026-02-19"));
    CHECK(view.list().entries.at(0).state == core::PromiseState::Overdue);
    CHECK(daysShown() == QStringLiteral("1 day late"));
    view.showSection(ui::PromiseListView::Section::Overdue);
    CHECK(view.shownEntries().size() == 1);
    view.showSection(ui::PromiseListView::Section::DueSoon);
    CHECK(view.shownEntries().isEmpty());
    view.showSection(ui::PromiseListView::Section::All);
    CHECK(view.findChild<QComboBox*>(QStringLiteral("promiseSection"))->itemText(3) == QStringLiteral("Overdue (1)"));

    // Working days: 15–23 February off, Saturday 28 February worked: the 7th working day is the 28th.
    REQUIRE(
        core::changeSettings(f.db->connection(), {{QStringLiteral("promise_day_kind"), QStringLiteral("working")}}));
    view.refresh();
    CHECK(view.list().dayKind == core::PromiseDayKind::Working);
    CHECK(view.list().entries.at(0).due == QDate(2026, 2, 28));
    CHECK(dueShown() == QStringLiteral("2026-02-28"));
    CHECK(daysShown() == QStringLiteral("8 days left"));
    CHECK(view.findChild<QLabel*>(QStringLiteral("promiseHeading"))->text().contains(QStringLiteral("working day")));
    CHECK(view.findChild<QLabel*>(QStringLiteral("promiseCalendarNote"))->isHidden()); // 2026 is in the calendar

    // "Unwilling for now" only when core allows it (no declines here), and 推荐岗位 asks for the match view.
    view.table()->selectRow(0);
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("promiseUnwilling"))->isEnabled());
    qint64 asked = 0;
    QObject::connect(&view, &ui::PromiseListView::matchRequested, [&asked](qint64 id) { asked = id; });
    view.findChild<QPushButton*>(QStringLiteral("promiseMatch"))->click();
    CHECK(asked == chen);

    // Three posts declined for personal reasons: 记录暂不愿就业 is offered, stops the clock, and undo restarts it.
    const auto db = f.db->connection();
    const QString reason = f.value(QStringLiteral("SELECT code FROM reference_items WHERE list = ? AND retired = 0"),
                                   {core::exitReasonList(core::ReferralExit::Declined)})
                               .toString();
    for (const char* title : {"普工", "仓管员", "保洁员"}) {
        const auto r = core::startReferral(
            db, chen, f.post(QStringLiteral("企业") + QLatin1String(title), QString::fromUtf8(title), {}),
            QDate(2026, 2, 13));
        REQUIRE(r);
        REQUIRE(core::exitReferral(db, r->referralId, core::ReferralExit::Declined, QDate(2026, 2, 14), reason));
    }
    view.refresh();
    view.table()->selectRow(0);
    auto* unwilling = view.findChild<QPushButton*>(QStringLiteral("promiseUnwilling"));
    CHECK(view.list().entries.at(0).state == core::PromiseState::Met); // recommended on the 13th
    REQUIRE(unwilling->isEnabled());
    REQUIRE(view.recordUnwillingChosen(QStringLiteral("家中需照顾老人，年后再找")));
    CHECK(f.value(QStringLiteral("SELECT note FROM promise_unwilling WHERE worker_id = ?"), {chen}).toString() ==
          QStringLiteral("家中需照顾老人，年后再找"));
    CHECK(f.stack.undoText().contains(QStringLiteral("陈静")));
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("promiseUnwilling"))->isEnabled());
    f.stack.undo();
    CHECK(f.value(QStringLiteral("SELECT count(*) FROM promise_unwilling")).toInt() == 0);
}

TEST_CASE("The promise list exports the section shown, masked unless asked", "[placement][ui][promise]")
{
    PlacementFile f;
    core::PinnedDay day(QDate(2026, 2, 20));
    for (const char* name : {"陈静", "周涛"}) {
        const qint64 w = f.worker(QString::fromUtf8(name), QStringLiteral("2026-02-12"));
        f.value(QStringLiteral("INSERT INTO worker_hardships (worker_id, category_id) VALUES (?, ?)"),
                {w, f.item("hardship_category", "zero_employment")});
    }
    const QString chenId = f.value(QStringLiteral("SELECT id_number FROM workers WHERE name = '陈静'")).toString();
    const qint64 zhou = f.value(QStringLiteral("SELECT id FROM workers WHERE name = '周涛'")).toLongLong();
    REQUIRE(core::startReferral(f.db->connection(), zhou,
                                f.post(QStringLiteral("合力叉车"), QStringLiteral("普工"), {}), QDate(2026, 2, 16)));

    ui::PromiseListView view;
    QPushButton* button = view.findChild<QPushButton*>(QStringLiteral("exportPromise"));
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled()); // no file
    view.showFile(*f.db);
    CHECK(button->isEnabled());
    view.showSection(ui::PromiseListView::Section::Overdue);
    REQUIRE(view.shownEntries().size() == 1);

    const QString path = f.fx.file(QStringLiteral("promise.csv"));
    CHECK(view.exporter()->exportTo(path, false).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("陈静,") + core::maskResidentId(chenId)));
    CHECK_FALSE(text.contains(chenId));
    CHECK_FALSE(text.contains(QStringLiteral("周涛"))); // met: not in the section shown
    CHECK(f.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")).toInt() == 0);

    CHECK(
        view.exporter()->exportTo(f.fx.file(QStringLiteral("full.xlsx")), true, QStringLiteral("电话联系")).isEmpty());
    CHECK(f.value(QStringLiteral("SELECT note FROM audit_log WHERE action = 'export_unmasked' AND table_name = "
                                 "'workers'"))
              .toString()
              .contains(QStringLiteral("section=overdue")));
    view.setReadOnly(true);
    CHECK_FALSE(view.exporter()->unmaskedCheck()->isEnabled()); // a read-only file cannot take the audit entry
    view.showSection(ui::PromiseListView::Section::Unwilling);
    CHECK_FALSE(button->isEnabled()); // nothing to export
}

TEST_CASE("A trade synonym added from the match view is one undoable command", "[placement][ui]")
{
    PlacementFile f;
    const auto db = f.db->connection();
    QStringList failures;
    const QString refused = ui::PlacementCommand::apply(
        &f.stack, QStringLiteral("Add trade synonym 铲车司机 = 叉车工"),
        [db] { return core::addTradeSynonym(db, QStringLiteral("铲车司机"), QStringLiteral("叉车工")); },
        [db] { return core::removeTradeSynonym(db, QStringLiteral("铲车司机"), QStringLiteral("叉车工")); },
        [&failures](const QString& m) { failures << m; });
    CHECK(refused.isEmpty());
    const QString count = QStringLiteral("SELECT count(*) FROM trade_synonyms WHERE term = '铲车司机'");
    CHECK(f.value(count).toInt() == 1);
    f.stack.undo();
    CHECK(f.value(count).toInt() == 0);
    f.stack.redo();
    CHECK(f.value(count).toInt() == 1);
    CHECK(failures.isEmpty());
    // Refused (already there): nothing pushed.
    CHECK_FALSE(ui::PlacementCommand::apply(
                    &f.stack, QStringLiteral("again"),
                    [db] { return core::addTradeSynonym(db, QStringLiteral("铲车司机"), QStringLiteral("叉车工")); },
                    [] { return core::Status(); }, {})
                    .isEmpty());
    CHECK(f.stack.count() == 1);
}

TEST_CASE("A retention check is recorded from the follow-ups view and undone", "[placement][ui][followups]")
{
    PlacementFile f;
    core::PinnedDay day(QDate(2026, 6, 20));
    const qint64 wang = f.worker(QStringLiteral("王磊"), QStringLiteral("2026-02-01"));
    const qint64 post = f.post(QStringLiteral("合力叉车"), QStringLiteral("叉车司机"), {});
    const QSqlDatabase db = f.db->connection();
    const auto started = core::startReferral(db, wang, post, QDate(2026, 2, 20));
    REQUIRE(started);
    const qint64 id = started->referralId;
    REQUIRE(core::moveReferral(db, id, core::ReferralStage::Interviewed, QDate(2026, 2, 24)));
    REQUIRE(core::moveReferral(db, id, core::ReferralStage::Intention, QDate(2026, 2, 26)));
    core::ContractTerms terms;
    terms.startsOn = QDate(2026, 3, 1);
    REQUIRE(core::moveReferral(db, id, core::ReferralStage::Contract, QDate(2026, 2, 27), {}, terms));

    ui::FollowUpsView view;
    view.show();
    view.setUndoStack(&f.stack);
    view.showFile(*f.db);
    REQUIRE(view.checks().size() == 1);
    CHECK(view.checks().at(0).months == 3);
    CHECK(cell(view.checksTable(), 0, 0) == QStringLiteral("王磊"));
    CHECK(cell(view.checksTable(), 0, 5) == QStringLiteral("2026-06-01"));
    CHECK(cell(view.checksTable(), 0, 6) == QStringLiteral("19")); // days since it fell due

    // The dialog: "left" needs a reason before OK.
    ui::RetentionCheckDialog dialog(*f.db, view.checks().at(0));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK(ok->isEnabled());
    dialog.choose(core::CheckOutcome::Left);
    CHECK_FALSE(ok->isEnabled());
    REQUIRE(dialog.reasons()->count() > 1);
    dialog.reasons()->setCurrentIndex(1);
    CHECK(ok->isEnabled());
    CHECK_FALSE(dialog.reasonCode().isEmpty());

    view.checksTable()->selectRow(0);
    REQUIRE(view.recordCheck(core::CheckOutcome::StillEmployed, QDate(2026, 6, 18)));
    CHECK(view.checks().isEmpty());
    CHECK(f.stack.count() == 1);
    CHECK(f.value(QStringLiteral("SELECT count(*) FROM retention_checks")).toInt() == 1);
    f.stack.undo();
    CHECK(view.checks().size() == 1);
    CHECK(f.value(QStringLiteral("SELECT count(*) FROM retention_checks")).toInt() == 0);

    // Hidden (another tab or page on screen), the view does not read on every change, but does when shown again.
    view.hide();
    f.stack.redo();
    CHECK(view.checks().size() == 1);
    view.show();
    CHECK(view.checks().isEmpty());
}

TEST_CASE("The dashboard's promise panel links to the promise list through the window", "[placement][ui][promise]")
{
    test::UiFixture fx;
    ui::MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    window.setAutomaticBackupsEnabled(false);
    window.setChecksInBackground(false);
    window.show();
    REQUIRE(window.openFile(fx.createFile(QStringLiteral("promise-link.jobbridge"))));
    QSignalSpy shown(&window, &ui::MainWindow::promiseListShown);
    auto* link = window.findChild<QPushButton*>(QStringLiteral("promiseList"));
    REQUIRE(link);
    CHECK(link->text().contains(QLatin1Char('&')));
    link->click();
    CHECK(shown.count() == 1);
    CHECK(window.findChild<QWidget*>(QStringLiteral("referrals"))->isVisible());
}

TEST_CASE("Days left or late read as English with one day in the singular", "[placement][ui][promise]")
{
    CHECK(ui::PlacementStyle::daysText(1, true) == QStringLiteral("1 day left"));
    CHECK(ui::PlacementStyle::daysText(2, true) == QStringLiteral("2 days left"));
    CHECK(ui::PlacementStyle::daysText(1, false) == QStringLiteral("1 day early"));
    CHECK(ui::PlacementStyle::daysText(-1, true) == QStringLiteral("1 day late"));
    CHECK(ui::PlacementStyle::daysText(-3, false) == QStringLiteral("3 days late"));
    CHECK(ui::PlacementStyle::daysText(0, true) == QStringLiteral("due today"));
}
