// The 推荐就业 page: a referral started from the GUI goes through every stage (interviewed, intention, contract
// with its terms, left with a reason) and back as a correction, each change named on the Edit menu; the dashboard's
// funnel (core's metrics) follows each step and undo restores every figure; the timeline lists the stages; a
// side exit offers only the reasons in use; core's refusal stays in the dialog; a referral is started from the
// worker's page and from an enterprise's post, and opened from their referral tabs.

#include "core/domain/Clock.h"
#include "core/metrics/Progress.h"
#include "core/settings/PlacementSettings.h"
#include "core/storage/Database.h"
#include "core/validation/ResidentId.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/enterprises/EnterpriseDetailPanel.h"
#include "ui/enterprises/EnterprisesPage.h"
#include "ui/fairs/FairPicker.h"
#include "ui/lists/ListExportButton.h"
#include "ui/placement/ReferralActions.h"
#include "ui/placement/ReferralDetailPanel.h"
#include "ui/placement/ReferralOffersDialog.h"
#include "ui/placement/ReferralStepDialog.h"
#include "ui/placement/ReferralTableModel.h"
#include "ui/placement/ReferralsPage.h"
#include "ui/workers/WorkerDetailPanel.h"
#include "ui/workers/WorkersPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <memory>

using jb::test::child;
using Kind = jb::ui::ReferralStepDialog::Kind;

namespace {

struct Referrals
{
    jb::core::PinnedDay day{QDate(2026, 3, 20)};
    jb::test::UiFixture fx;
    QString path = fx.createFile(QStringLiteral("referrals.jobbridge"));
    std::unique_ptr<jb::ui::MainWindow> window;
    jb::ui::ReferralsPage* page = nullptr;
    QStringList errors;

    // `prepareSql` runs on the file before the window opens it.
    explicit Referrals(const QString& prepareSql = {})
    {
        if (!prepareSql.isEmpty()) {
            auto db = jb::core::Database::open(path);
            REQUIRE(db);
            QSqlQuery q((*db)->connection());
            REQUIRE(q.exec(prepareSql));
        }
        window = std::make_unique<jb::ui::MainWindow>(fx.settings());
        window->setModalDialogsEnabled(false);
        window->resize(1366, 768);
        window->show();
        QObject::connect(window.get(), &jb::ui::MainWindow::errorShown, window.get(),
                         [this](const QString& m) { errors << m; });
        page = qobject_cast<jb::ui::ReferralsPage*>(window->page(QStringLiteral("referrals")));
        REQUIRE(page);
        REQUIRE(window->openFile(path));
        REQUIRE(window->showPage(QStringLiteral("referrals")));
    }
    QVariant value(const QString& sql) const
    {
        auto db = jb::core::Database::open(path);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0) : QVariant();
    }
    // The dashboard's funnel, as core's metrics count it.
    QVector<qint64> funnel()
    {
        auto* dashboard = qobject_cast<jb::ui::DashboardPage*>(window->page(QStringLiteral("dashboard")));
        REQUIRE(dashboard);
        REQUIRE(window->showPage(QStringLiteral("dashboard")));
        REQUIRE(dashboard->progress());
        const QVector<qint64> f = dashboard->progress()->funnel;
        REQUIRE(window->showPage(QStringLiteral("referrals")));
        return f;
    }
    jb::ui::ReferralStepDialog* open(Kind kind)
    {
        QPushButton* button = page->detail()->button(kind);
        REQUIRE(button->isEnabled());
        button->click();
        jb::ui::ReferralStepDialog* dialog = page->actions()->stepDialog();
        REQUIRE(dialog);
        REQUIRE(dialog->kind() == kind);
        return dialog;
    }
    void ok(QDialog* dialog) { child<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok)->click(); }
    QString stage(qint64 id)
    {
        return value(QStringLiteral("SELECT stage || coalesce('/' || exit_kind, '') FROM referrals WHERE id = %1")
                         .arg(id))
            .toString();
    }
    QUndoStack* stack() const { return window->undoStack(); }
};

// Undoes the correction, then each change before it: the funnel is as it was before each (`funnels`, one a change).
void undoEachChange(Referrals& r, qint64 id, const QVector<QVector<qint64>>& funnels)
{
    r.stack()->undo(); // the correction
    CHECK(r.stage(id) == QStringLiteral("left"));
    CHECK(r.funnel() == funnels[5]);
    for (int i = 4; i >= 0; --i) {
        r.stack()->undo();
        INFO("after undoing change " << i);
        CHECK(r.funnel() == funnels[i]);
    }
}

} // namespace

TEST_CASE("referrals: every stage from the GUI and back as a correction; the funnel follows and undo restores it",
          "[referrals][dashboard]")
{
    Referrals r;
    QAbstractItemModelTester tester(r.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 worker = r.value(QStringLiteral("SELECT min(id) FROM workers")).toLongLong();
    const qint64 post = r.value(QStringLiteral("SELECT min(id) FROM vacancies WHERE status = 'open'")).toLongLong();
    const QString name = r.value(QStringLiteral("SELECT name FROM workers WHERE id = %1").arg(worker)).toString();
    const QString title = r.value(QStringLiteral("SELECT title FROM vacancies WHERE id = %1").arg(post)).toString();
    QVector<QVector<qint64>> funnels{r.funnel()};

    const qint64 id = r.page->actions()->start(worker, post, name, title);
    REQUIRE(id > 0);
    CHECK(r.stack()->undoText() == jb::ui::ReferralActions::commandText(QStringLiteral("Refer"), name, title));
    CHECK(r.page->detail()->referralId() == id);
    funnels << r.funnel();
    CHECK(funnels[1][0] == funnels[0][0] + 1);

    // Interviewed, then intention reached.
    for (int step = 0; step < 2; ++step) {
        jb::ui::ReferralStepDialog* next = r.open(Kind::Advance);
        auto* stage = child<QComboBox>(next, QStringLiteral("stepStage"));
        stage->setCurrentIndex(stage->count() - 1 - (step == 0 ? stage->count() - 1 : 0));
        r.ok(next);
        funnels << r.funnel();
    }
    CHECK(r.stage(id) == QStringLiteral("intention"));
    CHECK(funnels[2][1] == funnels[1][1] + 1);
    CHECK(funnels[3][2] == funnels[2][2] + 1);

    // The contract with its terms; named on the Edit menu.
    jb::ui::ReferralStepDialog* contract = r.open(Kind::Contract);
    child<QSpinBox>(contract, QStringLiteral("stepWage"))->setValue(5200);
    child<QSpinBox>(contract, QStringLiteral("stepTerm"))->setValue(12);
    r.ok(contract);
    CHECK(r.stack()->undoText() ==
          jb::ui::ReferralActions::commandText(QStringLiteral("Record contract"), name, title));
    CHECK(
        r.value(QStringLiteral("SELECT monthly_wage || '/' || term_months FROM referral_stages WHERE referral_id = %1 "
                               "AND stage = 'contract'")
                    .arg(id))
            .toString() == QStringLiteral("5200/12"));
    if (jb::ui::ReferralOffersDialog* offers = r.page->actions()->offersDialog())
        offers->reject(); // nothing else open for this person; a filled post stays open here
    funnels << r.funnel();
    CHECK(funnels[4][3] == funnels[3][3] + 1);

    // Left, with a reason in use; then corrected back to the intention, the dialog saying what goes.
    jb::ui::ReferralStepDialog* left = r.open(Kind::Leave);
    REQUIRE(child<QComboBox>(left, QStringLiteral("stepReason"))->count() > 0);
    r.ok(left);
    CHECK(r.stage(id) == QStringLiteral("left"));
    funnels << r.funnel();
    jb::ui::ReferralStepDialog* correct = r.open(Kind::Correct);
    auto* back = child<QComboBox>(correct, QStringLiteral("stepStage"));
    back->setCurrentIndex(back->findData(static_cast<int>(jb::core::ReferralStage::Intention)));
    const QString removed = child<QLabel>(correct, QStringLiteral("stepRemoved"))->text();
    CHECK(removed.contains(QStringLiteral("Contract signed")));
    CHECK(removed.contains(QStringLiteral("Left")));
    r.ok(correct);
    CHECK(r.stage(id) == QStringLiteral("intention"));
    const QVector<qint64> corrected = r.funnel();
    CHECK(corrected == funnels[3]); // the contract no longer counts
    QTreeWidget* timeline = r.page->detail()->timeline();
    CHECK(timeline->topLevelItemCount() >= 3); // recommended, interviewed, intention (and the correction)

    // Undo, step by step: every figure as it was before each change, back to the start.
    undoEachChange(r, id, funnels);
    CHECK(r.value(QStringLiteral("SELECT count(*) FROM referrals")).toInt() == 0);
    // And redo brings the referral back under its id.
    r.stack()->redo();
    CHECK(r.stage(id) == QStringLiteral("recommended"));
    CHECK(r.errors.isEmpty());
}

TEST_CASE("referrals: an exit offers the reasons in use only; core's refusal stays in the dialog", "[referrals]")
{
    // A retired reason: not offered.
    Referrals r(QStringLiteral(
        "UPDATE reference_items SET retired = 1 WHERE list = 'referral_decline_reason' AND code = 'distance'"));
    const qint64 worker = r.value(QStringLiteral("SELECT min(id) FROM workers")).toLongLong();
    const qint64 post = r.value(QStringLiteral("SELECT min(id) FROM vacancies WHERE status = 'open'")).toLongLong();
    const qint64 id = r.page->actions()->start(worker, post, QStringLiteral("P"), QStringLiteral("T"));
    REQUIRE(id > 0);
    jb::ui::ReferralStepDialog* exit = r.open(Kind::Exit);
    auto* reasons = child<QComboBox>(exit, QStringLiteral("stepReason"));
    REQUIRE(reasons->count() > 0);
    CHECK(reasons->findData(QStringLiteral("distance")) < 0);
    CHECK(reasons->findData(QStringLiteral("wage")) >= 0);
    // A day before the referral: core refuses, the dialog stays open and says why.
    child<QDateEdit>(exit, QStringLiteral("stepDay"))->setDate(QDate(2026, 3, 1));
    r.ok(exit);
    CHECK(r.page->actions()->stepDialog() == exit);
    CHECK(exit->isVisible());
    CHECK_FALSE(exit->errorLabel()->text().isEmpty());
    CHECK(r.stage(id) == QStringLiteral("recommended"));
    child<QDateEdit>(exit, QStringLiteral("stepDay"))->setDate(QDate(2026, 3, 20));
    reasons->setCurrentIndex(reasons->findData(QStringLiteral("wage")));
    r.ok(exit);
    CHECK(r.stage(id) == QStringLiteral("recommended/declined"));
    CHECK(r.page->detail()->button(Kind::Correct)->isEnabled()); // a correction reopens it
    CHECK_FALSE(r.page->detail()->button(Kind::Advance)->isEnabled());
}

TEST_CASE("referrals: the page's tabs take more views and the list opens one person's referrals", "[referrals]")
{
    Referrals r;
    auto* extra = new QWidget;
    const int index = r.page->addTab(extra, QStringLiteral("&Extra"));
    CHECK(r.page->tabs()->widget(index) == extra);
    const qint64 worker = r.value(QStringLiteral("SELECT min(id) FROM workers")).toLongLong();
    const qint64 post = r.value(QStringLiteral("SELECT min(id) FROM vacancies WHERE status = 'open'")).toLongLong();
    const qint64 id = r.page->actions()->start(worker, post, QStringLiteral("P"), QStringLiteral("T"));
    REQUIRE(id > 0);
    r.page->showWorkerReferrals(worker + 1000, QStringLiteral("nobody"));
    CHECK(r.page->model()->total() == 0);
    r.page->openRecord(jb::core::RecordKind::Referral, id);
    CHECK(r.page->model()->total() == 1);
    CHECK(r.page->detail()->referralId() == id);
    CHECK(r.page->tabs()->currentIndex() == 0);
}

TEST_CASE("referrals: started from the worker's page and from an enterprise's post, opened from their tabs",
          "[referrals][workers][enterprises]")
{
    Referrals r;
    auto* stackOfPages = child<QStackedWidget>(r.window.get(), QStringLiteral("pages"));
    // From the worker: "Refer to a post…" picks among open posts; the referral shows on the Referrals page.
    REQUIRE(r.window->showPage(QStringLiteral("workers")));
    auto* workers = qobject_cast<jb::ui::WorkersPage*>(r.window->page(QStringLiteral("workers")));
    REQUIRE(workers);
    workers->table()->selectRow(0);
    const qint64 worker = workers->detail()->workerId();
    REQUIRE(worker > 0);
    REQUIRE(workers->detail()->referButton()->isEnabled());
    workers->detail()->referButton()->click();
    auto* posts = child<jb::ui::FairPicker>(workers, QStringLiteral("referPostPicker"));
    REQUIRE(posts->matches()->count() > 0);
    posts->matches()->setCurrentRow(0);
    const qint64 post = posts->chosenId();
    posts->accept();
    const qint64 first = r.value(QStringLiteral("SELECT max(id) FROM referrals")).toLongLong();
    CHECK(r.value(QStringLiteral("SELECT worker_id || '/' || vacancy_id FROM referrals WHERE id = %1").arg(first))
              .toString() == QStringLiteral("%1/%2").arg(worker).arg(post));
    CHECK(stackOfPages->currentWidget() == r.page);
    CHECK(r.page->detail()->referralId() == first);
    CHECK(r.stack()->undoText().startsWith(QStringLiteral("Refer ")));

    // From an enterprise's post: "Refer a person…" picks a person.
    REQUIRE(r.window->showPage(QStringLiteral("enterprises")));
    auto* enterprises = qobject_cast<jb::ui::EnterprisesPage*>(r.window->page(QStringLiteral("enterprises")));
    REQUIRE(enterprises);
    const qint64 enterprise =
        r.value(QStringLiteral("SELECT enterprise_id FROM vacancies WHERE id = %1").arg(post)).toLongLong();
    enterprises->openRecord(jb::core::RecordKind::Enterprise, enterprise);
    QTreeWidget* vacancies = enterprises->detail()->vacancies();
    REQUIRE(vacancies->topLevelItemCount() > 0);
    for (int i = 0; i < vacancies->topLevelItemCount(); ++i)
        if (vacancies->topLevelItem(i)->data(0, Qt::UserRole + 1).toLongLong() == post)
            vacancies->setCurrentItem(vacancies->topLevelItem(i));
    child<QPushButton>(enterprises->detail(), QStringLiteral("referPerson"))->click();
    auto* people = child<jb::ui::FairPicker>(enterprises, QStringLiteral("referPersonPicker"));
    REQUIRE(people->matches()->count() >= 2);
    people->matches()->setCurrentRow(people->matches()->item(0)->data(Qt::UserRole).toLongLong() == worker ? 1 : 0);
    people->accept();
    const qint64 second = r.value(QStringLiteral("SELECT max(id) FROM referrals")).toLongLong();
    CHECK(second > first);
    CHECK(r.page->detail()->referralId() == second);

    // The enterprise's referrals tab opens a referral on the Referrals page.
    REQUIRE(r.window->showPage(QStringLiteral("enterprises")));
    enterprises->openRecord(jb::core::RecordKind::Enterprise, enterprise);
    QTreeWidget* made = enterprises->detail()->referrals();
    REQUIRE(made->topLevelItemCount() == 2);
    emit made->itemActivated(made->topLevelItem(0), 0);
    CHECK(stackOfPages->currentWidget() == r.page);
    CHECK(r.page->detail()->referralId() > 0);
    CHECK(r.errors.isEmpty());
}

TEST_CASE("referrals: after a contract the officer closes the other open referrals as hired elsewhere (ticked ones)",
          "[referrals]")
{
    Referrals r;
    const qint64 worker = r.value(QStringLiteral("SELECT min(id) FROM workers")).toLongLong();
    QVector<qint64> posts;
    for (const QString& id : r.value(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM vacancies WHERE "
                                                    "status = 'open' ORDER BY id LIMIT 3)"))
                                 .toString()
                                 .split(QLatin1Char(',')))
        posts << id.toLongLong();
    REQUIRE(posts.size() == 3);
    QVector<qint64> ids;
    for (qint64 post : posts)
        ids << r.page->actions()->start(worker, post, QStringLiteral("P"), QStringLiteral("T"));
    REQUIRE_FALSE(ids.contains(0));
    r.page->showReferral(ids[0]);
    r.ok(r.open(Kind::Advance)); // interviewed
    jb::ui::ReferralStepDialog* intention = r.open(Kind::Advance);
    auto* stage = child<QComboBox>(intention, QStringLiteral("stepStage"));
    stage->setCurrentIndex(stage->findData(static_cast<int>(jb::core::ReferralStage::Intention)));
    r.ok(intention);
    r.ok(r.open(Kind::Contract));
    jb::ui::ReferralOffersDialog* offers = r.page->actions()->offersDialog();
    REQUIRE(offers);
    REQUIRE(offers->others()->count() == 2);
    offers->others()->item(1)->setCheckState(Qt::Unchecked); // a second part-time job stays open
    const qint64 kept = offers->others()->item(1)->data(Qt::UserRole).toLongLong();
    const qint64 closed = offers->others()->item(0)->data(Qt::UserRole).toLongLong();
    offers->accept();
    CHECK(r.stage(closed) == QStringLiteral("recommended/hired_elsewhere"));
    CHECK(r.stage(kept) == QStringLiteral("recommended"));
    CHECK(r.stack()->undoText().startsWith(QStringLiteral("Close as hired elsewhere")));
    r.stack()->undo();
    CHECK(r.stage(closed) == QStringLiteral("recommended"));
    CHECK(r.errors.isEmpty());
}

namespace {

const QString kPhase = QStringLiteral("INSERT INTO periods (kind, name, label, starts_on, ends_on) VALUES ('phase', "
                                      "'2026-concentrated', '2026年集中行动阶段', '2026-01-15', '%1')");

// Refers the first worker to the first open post and records the contract today (20 March 2026); returns the
// worker's name.
QString contractToday(Referrals& r)
{
    const qint64 worker = r.value(QStringLiteral("SELECT min(id) FROM workers")).toLongLong();
    const qint64 post = r.value(QStringLiteral("SELECT min(id) FROM vacancies WHERE status = 'open'")).toLongLong();
    const QString name = r.value(QStringLiteral("SELECT name FROM workers WHERE id = %1").arg(worker)).toString();
    const qint64 id = r.page->actions()->start(worker, post, name, QStringLiteral("T"));
    REQUIRE(id > 0);
    r.ok(r.open(Kind::Advance)); // interviewed
    jb::ui::ReferralStepDialog* intention = r.open(Kind::Advance);
    auto* stage = child<QComboBox>(intention, QStringLiteral("stepStage"));
    stage->setCurrentIndex(stage->findData(static_cast<int>(jb::core::ReferralStage::Intention)));
    r.ok(intention);
    r.ok(r.open(Kind::Contract));
    REQUIRE(r.stage(id) == QStringLiteral("contract"));
    return name;
}

qint64 enrolments(Referrals& r)
{
    return r
        .value(QStringLiteral("SELECT count(*) FROM services s JOIN reference_items t ON t.id = "
                              "s.service_type_id WHERE t.code = 'insurance'"))
        .toLongLong();
}

} // namespace

TEST_CASE("referrals: a contract inside the concentrated phase offers the mutual insurance; OK enrols, undo removes",
          "[referrals][services]")
{
    Referrals r(kPhase.arg(QStringLiteral("2026-04-10")));
    const QString name = contractToday(r);
    jb::ui::ReferralOffersDialog* offers = r.page->actions()->offersDialog();
    REQUIRE(offers);
    QCheckBox* insurance = offers->insuranceBox();
    CHECK(insurance->isVisibleTo(offers));
    CHECK(insurance->isChecked());
    CHECK(insurance->text() ==
          QStringLiteral("&Enrol in the workers' accident-injury mutual insurance (50 yuan: province 25 / city 25)"));
    CHECK(enrolments(r) == 0); // offered, never enrolled before the officer confirms

    offers->accept();
    CHECK(enrolments(r) == 1);
    CHECK(r.value(QStringLiteral("SELECT provided_on || '/' || amount_yuan || '/' || province_share || '/' || "
                                 "city_share FROM services"))
              .toString() == QStringLiteral("2026-03-20/50.0/25.0/25.0"));
    CHECK(r.stack()->undoText() == QStringLiteral("Enrol %1 in the mutual insurance").arg(name));
    r.stack()->undo();
    CHECK(enrolments(r) == 0);
    CHECK(r.stage(r.value(QStringLiteral("SELECT min(id) FROM referrals")).toLongLong()) ==
          QStringLiteral("contract")); // only the enrolment was undone
    r.stack()->redo();
    CHECK(enrolments(r) == 1);
    r.stack()->undo();
    CHECK(r.errors.isEmpty());
}

TEST_CASE("referrals: a contract outside the concentrated phase offers no insurance; unticked, nothing is enrolled",
          "[referrals][services]")
{
    SECTION("outside the phase")
    {
        Referrals r(kPhase.arg(QStringLiteral("2026-03-10"))); // the phase ended before the contract
        contractToday(r);
        if (jb::ui::ReferralOffersDialog* offers = r.page->actions()->offersDialog()) {
            CHECK_FALSE(offers->insuranceBox()->isVisibleTo(offers));
            CHECK_FALSE(offers->enrolInsurance());
            offers->accept();
        }
        CHECK(enrolments(r) == 0);
        CHECK(r.errors.isEmpty());
    }
    SECTION("inside, unticked by the officer")
    {
        Referrals r(kPhase.arg(QStringLiteral("2026-04-10")));
        contractToday(r);
        jb::ui::ReferralOffersDialog* offers = r.page->actions()->offersDialog();
        REQUIRE(offers);
        offers->insuranceBox()->setChecked(false);
        offers->accept();
        CHECK(enrolments(r) == 0);
    }
}

TEST_CASE("referrals: the insurance offer shows the premium and the province / city parts from the settings",
          "[referrals][services]")
{
    jb::test::UiFixture fx;
    auto db = jb::core::Database::open(fx.createFile(QStringLiteral("offer.jobbridge")));
    REQUIRE(db);
    REQUIRE(jb::core::changeSettings((*db)->connection(),
                                     {{QStringLiteral("insurance_premium_yuan"), QStringLiteral("60")},
                                      {QStringLiteral("insurance_province_share"), QStringLiteral("0.4")}})
                .ok());
    jb::core::InsuranceOffer offer;
    offer.offered = true;
    offer.contractOn = QDate(2026, 3, 20);
    offer.premiumYuan = 60;
    jb::ui::ReferralOffersDialog dialog(**db, jb::core::ReferralChange{}, offer);
    CHECK(dialog.insuranceBox()->text().endsWith(QStringLiteral("(60 yuan: province 24 / city 36)")));
    CHECK(dialog.enrolInsurance());
}

TEST_CASE("referrals: the list exports as filtered, masked unless the box is ticked, and only beside its tab",
          "[referrals]")
{
    // The sample people have no ID number: the first one gets one, to be masked.
    Referrals r(QStringLiteral("UPDATE workers SET id_number = '34012219900110100X' WHERE id = (SELECT min(id) FROM "
                               "workers)"));
    const qint64 worker = r.value(QStringLiteral("SELECT min(id) FROM workers")).toLongLong();
    const qint64 other = r.value(QStringLiteral("SELECT max(id) FROM workers")).toLongLong();
    const qint64 post = r.value(QStringLiteral("SELECT min(id) FROM vacancies WHERE status = 'open'")).toLongLong();
    REQUIRE(r.page->actions()->start(worker, post, QStringLiteral("P"), QStringLiteral("T")) > 0);
    REQUIRE(r.page->actions()->start(other, post, QStringLiteral("P"), QStringLiteral("T")) > 0);
    jb::ui::ListExportButton* exporter = r.page->exporter();
    CHECK(exporter->isVisible());
    CHECK(exporter->button()->isEnabled());
    r.page->tabs()->setCurrentIndex(1);
    CHECK_FALSE(exporter->isVisible());
    r.page->tabs()->setCurrentIndex(0);
    CHECK(exporter->isVisible());

    const QString idNumber =
        r.value(QStringLiteral("SELECT id_number FROM workers WHERE id = %1").arg(worker)).toString();
    REQUIRE(idNumber.size() == 18);
    const QString all = r.fx.file(QStringLiteral("referrals.csv"));
    CHECK(exporter->exportTo(all, false).isEmpty());
    QFile file(all);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.split('\n').size() - 2 == 2); // the header, two referrals, the last line's end
    CHECK_FALSE(text.contains(idNumber.toUtf8()));
    CHECK(text.contains(jb::core::maskResidentId(idNumber).toUtf8()));

    r.page->showWorkerReferrals(worker, QStringLiteral("one"));
    REQUIRE(r.page->model()->total() == 1);
    const QString one = r.fx.file(QStringLiteral("one.xlsx"));
    CHECK(exporter->exportTo(one, true).isEmpty());
    CHECK(QFile::exists(one));
    CHECK(r.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked' AND table_name = "
                                 "'referrals' AND note LIKE '%1 rows%'"))
              .toLongLong() == 1);
}
