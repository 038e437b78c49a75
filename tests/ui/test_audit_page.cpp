// The 操作日志 page driven as an officer does, offscreen: a file whose log holds edits, a reveal, an undo and an
// unmasked export; the page lists them newest first, filters by kind of action, shows a row whole, offers no way
// to change or remove a row, and exports what it shows, masked. The reason dialog asked before a reveal when the
// file requires one, and the officer's name asked on the first run (the user's, not the file's).

#include "core/domain/Officer.h"
#include "core/editing/RecordChange.h"
#include "core/lists/WorkerDetail.h"
#include "core/lists/WorkerListExport.h"
#include "core/lists/WorkerListQuery.h"
#include "core/records/RecordFields.h"
#include "core/settings/SettingsRepository.h"
#include "core/storage/Database.h"
#include "support/TestSupport.h"
#include "ui/AppSettings.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/audit/OfficerNameDialog.h"
#include "ui/audit/ReasonDialog.h"
#include "ui/workers/WorkerDetailPanel.h"
#include "ui/workers/WorkersPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::AuditPage;
using jb::ui::AuditTableModel;
using jb::ui::MainWindow;

namespace {

qint64 scalar(const QString& path, const QString& sql)
{
    auto db = jb::core::Database::open(path);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The sample file with an officer's morning in its log: a phone changed and undone, an ID shown, a list exported
// unmasked. Returns the first worker's id.
qint64 workOn(const QString& path, const QString& exportPath)
{
    auto file = jb::core::Database::open(path);
    REQUIRE(file);
    const QSqlDatabase db = (*file)->connection();
    const jb::test::NamedOfficer officer(QStringLiteral("王科员"));
    auto list = jb::core::WorkerListQuery::create(db, jb::core::WorkerFilter{});
    REQUIRE(list);
    const qint64 worker = list->fetch(0, 1).value().first().id;
    const auto edit = jb::core::updateOf(db, jb::core::RecordKind::Worker, worker,
                                         {{jb::core::fields::worker::phone, QStringLiteral("13905513721")}});
    REQUIRE(edit);
    REQUIRE(jb::core::applyRecordChange(db, *edit));
    REQUIRE(jb::core::applyRecordChange(db, jb::core::invertedChange(*edit, worker)));
    REQUIRE(jb::core::revealWorkerField(db, worker, jb::core::RevealField::ResidentId));
    REQUIRE(jb::core::WorkerListExport::writeCsv(*list, exportPath, true));
    return worker;
}

struct AuditWindow
{
    UiFixture fx;
    QString path;
    qint64 worker = 0;
    std::unique_ptr<MainWindow> window;
    AuditPage* page = nullptr;

    AuditWindow()
    {
        path = fx.createFile(QStringLiteral("audit.jobbridge"));
        worker = workOn(path, fx.file(QStringLiteral("full.csv")));
        window = std::make_unique<MainWindow>(fx.settings());
        window->setModalDialogsEnabled(false);
        window->resize(1366, 768);
        window->show();
        page = qobject_cast<AuditPage*>(window->page(QStringLiteral("audit")));
        REQUIRE(page);
        REQUIRE(window->openFile(path));
        REQUIRE(window->showPage(QStringLiteral("audit")));
    }
};

QStringList actionsShown(const AuditTableModel& model)
{
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.data(model.index(r, AuditTableModel::Action)).toString();
    return shown;
}

} // namespace

TEST_CASE("audit: the page lists the log newest first, filters by action and shows a row whole", "[audit]")
{
    AuditWindow w;
    AuditTableModel* model = w.page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 total = scalar(w.path, QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(total >= 4); // the change, its undo, the reveal, the export
    CHECK(model->total() == total);
    const QStringList shown = actionsShown(*model);
    CHECK(shown.first() == QStringLiteral("Exported unmasked"));
    CHECK(shown.at(1) == QStringLiteral("Revealed in full"));
    CHECK(shown.at(2) == QStringLiteral("Undone"));
    CHECK(shown.at(3) == QStringLiteral("Changed"));
    // The change of phone shows the phone masked, old and new.
    const int changed = 3;
    CHECK(model->data(model->index(changed, AuditTableModel::Officer)).toString() == QStringLiteral("王科员"));
    CHECK(model->data(model->index(changed, AuditTableModel::NewValue)).toString() == QStringLiteral("139****3721"));

    auto* action = child<QComboBox>(w.page->filterBar(), QStringLiteral("auditAction"));
    action->setCurrentIndex(action->findText(QStringLiteral("Reveal")));
    CHECK(model->total() == 1);
    CHECK(actionsShown(*model) == QStringList{QStringLiteral("Revealed in full")});
    w.page->table()->selectRow(0);
    auto* detail = child<QTextBrowser>(w.page, QStringLiteral("auditDetail"));
    CHECK(detail->toPlainText().contains(QStringLiteral("Revealed in full")));
    CHECK(detail->toPlainText().contains(QStringLiteral("王科员")));
    action->setCurrentIndex(action->findText(QStringLiteral("Undo")));
    CHECK(model->total() == 1);
    action->setCurrentIndex(0);
    CHECK(model->total() == total);

    // The export writes what is shown: no full ID or phone.
    const QString csv = w.fx.file(QStringLiteral("log.csv"));
    CHECK(w.page->exportTo(csv).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("139****3721")));
    CHECK_FALSE(text.contains(QStringLiteral("13905513721")));
}

TEST_CASE("audit: no row can be edited or removed from the page", "[audit]")
{
    AuditWindow w;
    AuditTableModel* model = w.page->model();
    REQUIRE(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            CHECK_FALSE(model->flags(model->index(r, c)).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model->setData(model->index(0, AuditTableModel::Note), QStringLiteral("x")));
    CHECK_FALSE(model->removeRows(0, 1));
    CHECK(w.page->table()->editTriggers() == QAbstractItemView::NoEditTriggers);
    // No action on the page or the table, no context menu: nothing to edit, remove or undo a row with.
    CHECK(w.page->actions().isEmpty());
    CHECK(w.page->table()->actions().isEmpty());
    CHECK(w.page->table()->contextMenuPolicy() == Qt::DefaultContextMenu);
    QStringList buttons;
    for (const QPushButton* b : w.page->findChildren<QPushButton*>())
        buttons << b->objectName();
    CHECK(buttons == QStringList{QStringLiteral("auditExport")});
    // Double-click and Delete do nothing to the log.
    const qint64 before = scalar(w.path, QStringLiteral("SELECT count(*) FROM audit_log"));
    w.page->table()->selectRow(0);
    QTest::keyClick(w.page->table(), Qt::Key_Delete);
    QTest::mouseDClick(w.page->table()->viewport(), Qt::LeftButton, {},
                       w.page->table()->visualRect(model->index(0, 0)).center());
    CHECK(scalar(w.path, QStringLiteral("SELECT count(*) FROM audit_log")) == before);
}

TEST_CASE("audit: a file that requires a reason asks for it before Show, and the page shows it", "[audit]")
{
    AuditWindow w;
    {
        // Through the window's own connection: it holds the file's lock, so a second opener would be read-only.
        REQUIRE(w.window->database());
        QSqlDatabase db = w.window->database()->connection();
        REQUIRE(jb::core::SettingsRepository(db)
                    .setValue(jb::core::setting::reasonRequiredForReveal, QStringLiteral("1"))
                    .ok());
        // The sample people have no phone: give them one to show.
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE workers SET phone = '1381234567' || (id % 10)")));
    }
    REQUIRE(w.window->showPage(QStringLiteral("workers")));
    auto* workers = qobject_cast<jb::ui::WorkersPage*>(w.window->page(QStringLiteral("workers")));
    REQUIRE(workers);
    workers->table()->selectRow(0);
    auto* reveal = child<QPushButton>(workers->detail(), QStringLiteral("revealPhone"));
    const qint64 reveals = scalar(w.path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal'"));

    // Cancelled: nothing shown, nothing logged. OK stays disabled until a reason is typed.
    bool okDisabled = false;
    QTimer::singleShot(0, [&okDisabled] {
        auto* dialog = qobject_cast<jb::ui::ReasonDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        okDisabled = !child<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->reject();
    });
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK(okDisabled);
    CHECK(scalar(w.path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal'")) == reveals);

    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<jb::ui::ReasonDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->reasonEdit()->setText(QStringLiteral("回访推荐岗位"));
        dialog->accept();
    });
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK(scalar(w.path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal' AND "
                                        "note = '回访推荐岗位'")) == 1);
    REQUIRE(w.window->showPage(QStringLiteral("audit")));
    w.page->recordsEdited();
    CHECK(w.page->model()->data(w.page->model()->index(0, AuditTableModel::Note)).toString() ==
          QStringLiteral("回访推荐岗位"));
}

TEST_CASE("audit: the officer's name is asked on the first run and kept as the user's, not the file's", "[audit]")
{
    UiFixture fx;
    CHECK(jb::ui::OfficerNameDialog::needed(fx.settings()));
    jb::ui::OfficerNameDialog dialog;
    // The operating-system user is offered.
    CHECK(dialog.name() == jb::core::systemUserName());
    CHECK_FALSE(dialog.name().isEmpty());
    dialog.nameEdit()->setText(QStringLiteral(" 陈干事 "));
    CHECK(dialog.name() == QStringLiteral("陈干事"));
    jb::ui::OfficerNameDialog::store(fx.settings(), dialog.name());
    CHECK_FALSE(jb::ui::OfficerNameDialog::needed(fx.settings()));
    CHECK(jb::ui::AppSettings(fx.settingsFile()).officerName() == QStringLiteral("陈干事"));
    CHECK(jb::core::currentOfficer() == QStringLiteral("陈干事"));
    jb::core::setOfficerName({});
}
