// The 服务 page driven as an officer does, offscreen at 1366×768: one service of every kind recorded through its
// dialog (kind first, then the person and the kind's fields), edited, undone and redone, with the list and the
// per-kind totals following; a refused input showing core's message under the form; the totals of a period equal
// to `jobbridge-cli services --period`; the list exported masked; the worker page's services tab; a read-only file.

#include "core/demo/DemoGenerator.h"
#include "core/records/ServiceKinds.h"
#include "core/services/ServiceQueries.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/editing/RecordForm.h"
#include "ui/services/ServiceActions.h"
#include "ui/services/ServiceDetailPanel.h"
#include "ui/services/ServiceDialog.h"
#include "ui/services/ServiceFilterBar.h"
#include "ui/services/ServiceTableModel.h"
#include "ui/services/ServiceTotalsView.h"
#include "ui/services/ServicesPage.h"
#include "ui/workers/WorkerDetailPanel.h"
#include "ui/workers/WorkersPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::MainWindow;
using jb::ui::ServiceDialog;
using jb::ui::ServicesPage;
namespace s = jb::core::fields::service;
namespace k = jb::core::servicekind;

namespace {

ServiceDialog* opened(QWidget* parent);

struct ServicesWindow
{
    UiFixture fx;
    QString path;
    std::unique_ptr<MainWindow> window;
    ServicesPage* page = nullptr;
    QStringList errors;

    explicit ServicesWindow(bool demo)
    {
        path = fx.createFile(QStringLiteral("services.jobbridge"), QStringLiteral("340122"), !demo);
        if (demo) {
            auto db = jb::core::Database::open(path);
            REQUIRE(db);
            jb::core::DemoOptions options;
            options.workers = 400;
            options.enterprises = 30;
            options.fairs = 5;
            options.today = QDate::currentDate();
            REQUIRE(jb::core::generateDemo((*db)->connection(), options));
        }
        window = std::make_unique<MainWindow>(fx.settings());
        window->setModalDialogsEnabled(false);
        window->resize(1366, 768);
        window->show();
        QObject::connect(window.get(), &MainWindow::errorShown, window.get(),
                         [this](const QString& message) { errors << message; });
        page = qobject_cast<ServicesPage*>(window->page(QStringLiteral("services")));
        REQUIRE(page);
        REQUIRE(window->openFile(path));
        REQUIRE(window->showPage(QStringLiteral("services")));
    }

    QVariant value(const QString& sql) const
    {
        auto db = jb::core::Database::open(path);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }
    qint64 scalar(const QString& sql) const { return value(sql).toLongLong(); }

    // Opens the dialog of `kind` from the 新增服务 menu.
    ServiceDialog* openNew(const QString& kind)
    {
        QMenu* menu = child<QPushButton>(page, QStringLiteral("addService"))->menu();
        REQUIRE(menu);
        emit menu->aboutToShow();
        QAction* chosen = nullptr;
        for (QAction* action : menu->actions())
            if (action->data().toString() == kind)
                chosen = action;
        REQUIRE(chosen);
        chosen->trigger();
        ServiceDialog* dialog = opened(page);
        REQUIRE(dialog->kind() == kind);
        return dialog;
    }
    // The people's count and the services' count of `kind` in the totals tab (counted when it is shown).
    std::pair<qint64, qint64> totalsOf(const QString& kind) const
    {
        page->tabs()->setCurrentIndex(1);
        for (const jb::core::ServiceKindTotal& t : page->totals()->totals())
            if (t.kind == kind)
                return {t.people, t.services};
        FAIL("no totals row for " << kind.toStdString());
        return {};
    }
};

// The dialog just opened on `parent` (one closed before is deleted later, by the event loop).
ServiceDialog* opened(QWidget* parent)
{
    ServiceDialog* shown = nullptr;
    for (ServiceDialog* dialog : parent->findChildren<ServiceDialog*>())
        if (dialog->isVisible())
            shown = dialog;
    REQUIRE(shown);
    return shown;
}

QString pageOnScreen(const MainWindow& window)
{
    return child<QStackedWidget>(&window, QStringLiteral("pages"))->currentWidget()->objectName();
}

void type(QWidget* dialog, const QString& name, const QString& text)
{
    // As typed: RecordForm re-checks on textEdited (QTest::keyClicks cannot type Chinese).
    auto* edit = child<QLineEdit>(dialog, name);
    edit->setText(text);
    emit edit->textEdited(text);
}

void choosePerson(ServiceDialog* dialog, const QString& search)
{
    dialog->personSearch()->setText(search);
    emit dialog->personSearch()->textEdited(search);
    REQUIRE(dialog->personCombo()->currentData().toLongLong() > 0);
    emit dialog->personCombo()->activated(dialog->personCombo()->currentIndex());
}

QPushButton* okOf(QDialog* dialog)
{
    return child<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok);
}

// The kind's own field an officer fills first, and what goes in it.
QString fillKind(ServiceDialog* dialog, const QString& kind)
{
    if (kind == k::training) {
        type(dialog, s::course + QStringLiteral("Edit"), QStringLiteral("电工"));
        type(dialog, s::provider + QStringLiteral("Edit"), QStringLiteral("县职业技能培训学校"));
        return QStringLiteral("电工");
    }
    if (kind == k::legalAid || kind == k::legalConsultation) {
        type(dialog, s::topic + QStringLiteral("Edit"), QStringLiteral("欠薪"));
        return QStringLiteral("欠薪");
    }
    if (kind == k::visit) {
        type(dialog, s::place + QStringLiteral("Edit"), QStringLiteral("村委会"));
        type(dialog, s::amount + QStringLiteral("Edit"), QStringLiteral("200"));
        return QStringLiteral("村委会");
    }
    if (kind == k::entrepreneurship) {
        type(dialog, s::mentor + QStringLiteral("Edit"), QStringLiteral("王老师"));
        return QString();
    }
    if (kind == k::financialAid) {
        type(dialog, s::amount + QStringLiteral("Edit"), QStringLiteral("500"));
        return QStringLiteral("500 yuan");
    }
    if (kind == k::insurance)
        return QStringLiteral("50 yuan");
    type(dialog, s::provider + QStringLiteral("Edit"), QStringLiteral("县总工会"));
    return QString();
}

// Records one service of every kind on `person` through the 新增服务 menu and its dialog, checking the list, the
// totals and the undo stack's name after each; returns how many were added.
qint64 recordEveryKind(ServicesWindow& w, const QString& person)
{
    QUndoStack* undo = w.window->undoStack();
    qint64 added = 0;
    for (const QString& kind : jb::core::serviceKindCodes()) {
        INFO(kind.toStdString());
        ServiceDialog* dialog = w.openNew(kind);
        CHECK_FALSE(okOf(dialog)->isEnabled()); // no person yet
        choosePerson(dialog, person);
        const QString shown = fillKind(dialog, kind);
        REQUIRE(okOf(dialog)->isEnabled());
        okOf(dialog)->click();
        ++added;
        CHECK(w.page->model()->total() == added);
        CHECK(w.totalsOf(kind) == std::pair<qint64, qint64>{1, 1});
        CHECK(undo->undoText() ==
              QStringLiteral("New service %1 %2").arg(ServiceDialog::kindName(*w.window->database(), kind), person));
        // The new service is chosen and its every field shown, in words.
        const qint64 id = w.scalar(QStringLiteral("SELECT max(id) FROM services"));
        CHECK(w.page->detail()->serviceId() == id);
        if (!shown.isEmpty() && !shown.endsWith(QLatin1String(" yuan")))
            CHECK(w.page->model()
                      ->data(w.page->model()->index(0, int(jb::ui::ServiceTableModel::Column::Content)))
                      .toString() == shown);
    }
    return added;
}

} // namespace

TEST_CASE("services: one service of every kind recorded through its dialog, each undone from the Edit menu",
          "[services]")
{
    ServicesWindow w(false);
    QUndoStack* undo = w.window->undoStack();
    const QString person = w.value(QStringLiteral("SELECT name FROM workers ORDER BY id LIMIT 1")).toString();
    const qint64 personId = w.scalar(QStringLiteral("SELECT min(id) FROM workers"));
    QAbstractItemModelTester tester(w.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    qint64 added = recordEveryKind(w, person);
    // A second training of the same person: one person, two services (人次), never added together.
    ServiceDialog* again = w.openNew(k::training);
    choosePerson(again, person);
    fillKind(again, k::training);
    CHECK_FALSE(okOf(again)->isEnabled()); // the same service on the same day: core refuses, naming it
    CHECK(child<QLabel>(again, QStringLiteral("formProblems"))->text().contains(QStringLiteral("already")));
    type(again, s::providedOn + QStringLiteral("Edit"), QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    REQUIRE(okOf(again)->isEnabled());
    okOf(again)->click();
    ++added;
    CHECK(w.totalsOf(k::training) == std::pair<qint64, qint64>{1, 2});
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM services WHERE worker_id = %1").arg(personId)) == added);
    CHECK(w.scalar(QStringLiteral("SELECT amount_yuan FROM services s JOIN reference_items t ON t.id = "
                                  "s.service_type_id WHERE t.code = 'insurance'")) == 50);
    CHECK(w.page->detail()->valueOf(s::org) != QStringLiteral("—")); // the person's unit, by name

    // Undo every addition from the Edit menu: each shows this page first; the list empties.
    auto* undoAction = child<QAction>(w.window.get(), QStringLiteral("undoAction"));
    while (undo->canUndo()) {
        w.window->showPage(QStringLiteral("dashboard"));
        undoAction->trigger();
        CHECK(pageOnScreen(*w.window) == QStringLiteral("services"));
    }
    CHECK(w.page->model()->total() == 0);
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM services")) == 0);
    CHECK(w.errors.isEmpty());
}

TEST_CASE("services: a service edited and deleted on the page, each undone and redone", "[services]")
{
    ServicesWindow w(false);
    QUndoStack* undo = w.window->undoStack();
    const QString person = w.value(QStringLiteral("SELECT name FROM workers ORDER BY id LIMIT 1")).toString();
    const qint64 added = recordEveryKind(w, person);
    // Edit the training: its course changes in the list and the detail; undo and redo follow.
    const qint64 training = w.scalar(QStringLiteral("SELECT min(s.id) FROM services s JOIN reference_items t ON t.id = "
                                                    "s.service_type_id WHERE t.code = 'training'"));
    w.page->tabs()->setCurrentIndex(0);
    w.page->showService(training);
    REQUIRE(w.page->detail()->serviceId() == training);
    w.page->detail()->editButton()->click();
    ServiceDialog* edit = opened(w.page);
    CHECK(child<QLineEdit>(edit, s::course + QStringLiteral("Edit"))->text() == QStringLiteral("电工"));
    type(edit, s::course + QStringLiteral("Edit"), QStringLiteral("焊工"));
    REQUIRE(okOf(edit)->isEnabled());
    okOf(edit)->click();
    CHECK(w.value(QStringLiteral("SELECT course FROM services WHERE id = %1").arg(training)).toString() ==
          QStringLiteral("焊工"));
    CHECK(w.page->detail()->valueOf(s::course) == QStringLiteral("焊工"));
    CHECK(undo->undoText().startsWith(QStringLiteral("Edit service")));
    undo->undo();
    CHECK(w.value(QStringLiteral("SELECT course FROM services WHERE id = %1").arg(training)).toString() ==
          QStringLiteral("电工"));
    CHECK(w.page->detail()->valueOf(s::course) == QStringLiteral("电工"));
    undo->redo();
    CHECK(w.page->detail()->valueOf(s::course) == QStringLiteral("焊工"));

    // Delete the training: gone from the list and the totals; undo brings it back under its id.
    w.page->detail()->removeButton()->click();
    CHECK(w.page->model()->total() == added - 1);
    CHECK(w.totalsOf(k::training) == std::pair<qint64, qint64>{0, 0});
    undo->undo();
    CHECK(w.page->model()->total() == added);
    CHECK(w.totalsOf(k::training) == std::pair<qint64, qint64>{1, 1});
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM services WHERE id = %1").arg(training)) == 1);
    undo->redo();
    CHECK(w.page->model()->total() == added - 1);
    CHECK(w.errors.isEmpty());
}

TEST_CASE("services: a refused input shows core's message under the form and keeps OK disabled", "[services]")
{
    ServicesWindow w(false);
    ServiceDialog* dialog = w.openNew(k::training);
    choosePerson(dialog, w.value(QStringLiteral("SELECT name FROM workers ORDER BY id LIMIT 1")).toString());
    type(dialog, s::hours + QStringLiteral("Edit"), QStringLiteral("5000"));
    QLabel* message = dialog->form()->messageLabel(s::hours);
    REQUIRE(message);
    CHECK(message->isVisibleTo(dialog));
    CHECK_FALSE(message->text().isEmpty());
    auto* problems = child<QLabel>(dialog, QStringLiteral("formProblems"));
    CHECK(problems->isVisibleTo(dialog));
    CHECK(problems->text().contains(message->text()));
    CHECK_FALSE(okOf(dialog)->isEnabled());
    // Every dialog fits the officer's screen.
    CHECK(dialog->height() <= 768);
    CHECK(dialog->width() <= 1366);
    type(dialog, s::hours + QStringLiteral("Edit"), QStringLiteral("40"));
    CHECK_FALSE(message->isVisibleTo(dialog));
    CHECK(okOf(dialog)->isEnabled());
}

TEST_CASE("services: the totals of a period are jobbridge-cli services', people and 人次 apart", "[services]")
{
    ServicesWindow w(true);
    const QString year = QString::number(QDate::currentDate().year());
    REQUIRE(w.page->filterBar()->choosePeriod(year));
    CHECK(w.page->totals()->totals().isEmpty()); // not counted while the list is shown
    w.page->tabs()->setCurrentIndex(1);
    const auto& totals = w.page->totals()->totals();
    REQUIRE_FALSE(totals.isEmpty());

    QProcess cli;
    cli.start(QStringLiteral(JB_CLI_PATH),
              {QStringLiteral("services"), w.path, QStringLiteral("--period"), year, QStringLiteral("--json")});
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QJsonArray kinds = json.value(QStringLiteral("kinds")).toArray();
    REQUIRE(kinds.size() == totals.size());
    qint64 people = 0;
    qint64 services = 0;
    for (int i = 0; i < kinds.size(); ++i) {
        const QJsonObject kind = kinds.at(i).toObject();
        INFO(kind.value(QStringLiteral("kind")).toString().toStdString());
        CHECK(totals.at(i).kind == kind.value(QStringLiteral("kind")).toString());
        CHECK(totals.at(i).people == kind.value(QStringLiteral("people")).toInteger());
        CHECK(totals.at(i).services == kind.value(QStringLiteral("services")).toInteger());
        people += totals.at(i).people;
        services += totals.at(i).services;
    }
    CHECK(services >= people);
    const QJsonObject insurance = json.value(QStringLiteral("insurance")).toObject();
    const jb::core::InsuranceSplit& split = w.page->totals()->insurance();
    CHECK(split.people == insurance.value(QStringLiteral("people")).toInteger());
    CHECK(split.total == insurance.value(QStringLiteral("total")).toDouble());
    CHECK(split.province == insurance.value(QStringLiteral("province")).toDouble());
    CHECK(split.city == insurance.value(QStringLiteral("city")).toDouble());
    CHECK(split.province + split.city == split.total);
    // The table shows the two counts in their own columns.
    auto* table = w.page->totals()->table();
    REQUIRE(table->rowCount() == totals.size());
    CHECK(table->item(0, 1)->text() == QLocale().toString(totals.at(0).people));
    CHECK(table->item(0, 2)->text() == QLocale().toString(totals.at(0).services));

    // The list holds the period's services, as core counts them.
    jb::core::ServiceFilter filter = w.page->filterBar()->filter();
    CHECK(filter.from == QDate(QDate::currentDate().year(), 1, 1));
    auto db = jb::core::Database::open(w.path);
    REQUIRE(db);
    const auto counted = jb::core::countServices((*db)->connection(), filter);
    REQUIRE(counted.hasValue());
    CHECK(w.page->model()->total() == *counted);
    CHECK(w.page->model()->total() == services);
    // A kind narrows the list and the totals to it.
    QComboBox* kind = w.page->filterBar()->kindCombo();
    kind->setCurrentIndex(kind->findData(k::training));
    CHECK(w.page->totals()->totals().size() == 1);
    CHECK(w.page->model()->total() == w.page->totals()->totals().at(0).services);
    CHECK(w.errors.isEmpty());
}

TEST_CASE("services: the list exports masked by default, sorted by date either way", "[services]")
{
    ServicesWindow w(true);
    jb::ui::ServiceTableModel* model = w.page->model();
    REQUIRE(model->total() > 1);
    const QString newest = model->data(model->index(0, int(jb::ui::ServiceTableModel::Column::Date))).toString();
    model->sort(int(jb::ui::ServiceTableModel::Column::Date), Qt::AscendingOrder);
    const QString oldest = model->data(model->index(0, int(jb::ui::ServiceTableModel::Column::Date))).toString();
    CHECK(oldest <= newest);
    CHECK(oldest == w.value(QStringLiteral("SELECT min(provided_on) FROM services")).toString());
    CHECK(model->data(model->index(int(model->total()) - 1, int(jb::ui::ServiceTableModel::Column::Date))).toString() ==
          newest);
    CHECK(model->data(model->index(0, 0)).toString().contains(QStringLiteral("********")));

    const QString csv = w.fx.file(QStringLiteral("services.csv"));
    CHECK(w.page->exportTo(csv, false).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    CHECK(lines.size() - 2 == model->total()); // header and the final line end
    const QString someId = w.value(QStringLiteral("SELECT w.id_number FROM services s JOIN workers w ON w.id = "
                                                  "s.worker_id LIMIT 1"))
                               .toString();
    CHECK_FALSE(lines.join('\n').contains(someId.toUtf8()));
    CHECK(w.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")) == 0);
    const QString xlsx = w.fx.file(QStringLiteral("services.xlsx"));
    CHECK(w.page->exportTo(xlsx, false).isEmpty());
    CHECK(QFile::exists(xlsx));
}

TEST_CASE("services: the worker page's services tab lists, adds and opens the person's services", "[services]")
{
    ServicesWindow w(false);
    auto* workers = qobject_cast<jb::ui::WorkersPage*>(w.window->page(QStringLiteral("workers")));
    REQUIRE(workers);
    REQUIRE(w.window->showPage(QStringLiteral("workers")));
    const qint64 personId = w.scalar(QStringLiteral("SELECT min(id) FROM workers"));
    w.window->openRecord(jb::core::RecordKind::Worker, personId);
    jb::ui::WorkerDetailPanel* detail = child<jb::ui::WorkerDetailPanel>(workers);
    REQUIRE(detail->workerId() == personId);
    CHECK(detail->services()->topLevelItemCount() == 0);

    QMenu* menu = detail->addServiceButton()->menu();
    REQUIRE(menu);
    emit menu->aboutToShow();
    REQUIRE_FALSE(menu->actions().isEmpty());
    menu->actions().constFirst()->trigger(); // training
    ServiceDialog* dialog = opened(workers);
    CHECK(dialog->personSearch() == nullptr); // the person is the one shown
    CHECK(dialog->workerId() == personId);
    type(dialog, s::course + QStringLiteral("Edit"), QStringLiteral("育婴员"));
    REQUIRE(okOf(dialog)->isEnabled());
    okOf(dialog)->click();
    REQUIRE(detail->services()->topLevelItemCount() == 1);
    const qint64 id = w.scalar(QStringLiteral("SELECT max(id) FROM services"));
    CHECK(detail->services()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong() == id);

    // Undo, on the workers page, takes it away again; redo brings it back.
    w.window->undoStack()->undo();
    CHECK(detail->services()->topLevelItemCount() == 0);
    w.window->undoStack()->redo();
    REQUIRE(detail->services()->topLevelItemCount() == 1);

    // Double-click opens the service on the 服务 page.
    detail->services()->setCurrentItem(detail->services()->topLevelItem(0));
    CHECK(detail->editServiceButton()->isEnabled());
    emit detail->services()->itemActivated(detail->services()->topLevelItem(0), 0);
    CHECK(pageOnScreen(*w.window) == QStringLiteral("services"));
    CHECK(w.page->detail()->serviceId() == id);
    CHECK(w.page->detail()->valueOf(s::course) == QStringLiteral("育婴员"));
    CHECK(w.errors.isEmpty());
}

TEST_CASE("services: in the application the totals are counted off the GUI thread, with the same figures", "[services]")
{
    ServicesWindow w(true);
    const QString year = QString::number(QDate::currentDate().year());
    REQUIRE(w.page->filterBar()->choosePeriod(year));
    w.page->tabs()->setCurrentIndex(1);
    const QVector<jb::core::ServiceKindTotal> atOnce = w.page->totals()->totals();
    REQUIRE_FALSE(atOnce.isEmpty());

    w.page->setCountsInBackground(true);
    QComboBox* kind = w.page->filterBar()->kindCombo();
    kind->setCurrentIndex(kind->findData(k::training));
    QTRY_COMPARE(w.page->totals()->totals().size(), 1);
    CHECK(w.page->totals()->totals().at(0).kind == k::training);
    kind->setCurrentIndex(0);
    QTRY_COMPARE(w.page->totals()->totals().size(), atOnce.size());
    for (int i = 0; i < atOnce.size(); ++i) {
        CHECK(w.page->totals()->totals().at(i).people == atOnce.at(i).people);
        CHECK(w.page->totals()->totals().at(i).services == atOnce.at(i).services);
    }
    CHECK(w.errors.isEmpty());
}
