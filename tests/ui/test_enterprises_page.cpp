// The Enterprises page driven as an officer does, offscreen: the model under QAbstractItemModelTester (windows,
// a sort by every column, filters), typing a search and picking filters and seeing the count, the detail panel
// (vacancies, snapshots with their chart, flags, referrals) and its audited reveal, the edits made from it
// (record a visit, add and resolve a flag, close a vacancy) applied undoably with the list re-read and the
// activity summary still exact, and the exports masked by default.

#include "core/demo/DemoGenerator.h"
#include "core/lists/EnterpriseListQuery.h"
#include "core/storage/ActivitySummary.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/editing/EnterpriseEditDialog.h"
#include "ui/editing/VacancyEditDialog.h"
#include "ui/enterprises/DemandSnapshotDialog.h"
#include "ui/enterprises/EnterpriseDetailPanel.h"
#include "ui/enterprises/EnterpriseFilterBar.h"
#include "ui/enterprises/EnterpriseTableModel.h"
#include "ui/enterprises/EnterprisesPage.h"
#include "ui/enterprises/FlagDialog.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using jb::core::EnterpriseColumn;
using jb::test::child;
using jb::test::UiFixture;
using jb::ui::EnterprisesPage;
using jb::ui::EnterpriseTableModel;
using jb::ui::MainWindow;

namespace {

constexpr int kDemoEnterprises = 240;

struct DemoEnterprises
{
    UiFixture fx;
    QString path;
    std::unique_ptr<MainWindow> window;
    EnterprisesPage* page = nullptr;

    DemoEnterprises()
    {
        path = fx.createFile(QStringLiteral("enterprises.jobbridge"), QStringLiteral("340122"), false);
        {
            auto db = jb::core::Database::open(path);
            REQUIRE(db);
            jb::core::DemoOptions options;
            options.workers = 400;
            options.enterprises = kDemoEnterprises;
            options.today = QDate::currentDate();
            REQUIRE(jb::core::generateDemo((*db)->connection(), options));
        }
        window = std::make_unique<MainWindow>(fx.settings());
        window->setModalDialogsEnabled(false);
        window->resize(1366, 768);
        window->show();
        page = qobject_cast<EnterprisesPage*>(window->page(QStringLiteral("enterprises")));
        REQUIRE(page);
        REQUIRE(window->openFile(path));
        REQUIRE(window->showPage(QStringLiteral("enterprises")));
    }

    qint64 scalar(const QString& sql) const
    {
        auto db = jb::core::Database::open(path);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    QString text(int row, EnterpriseColumn column) const
    {
        return page->model()->data(page->model()->index(row, static_cast<int>(column))).toString();
    }
    // Chooses the row of enterprise `id` (the list searched for its credit code first).
    int choose(qint64 id)
    {
        const int rows = page->model()->rowCount();
        for (int r = 0; r < rows; ++r) {
            if (page->model()->enterpriseId(r) == id) {
                page->table()->selectRow(r);
                REQUIRE(page->detail()->enterpriseId() == id);
                return r;
            }
        }
        FAIL("enterprise not listed");
        return -1;
    }
};

// The summary rows as kept by the triggers and as a full recount gives them.
QStringList summary(QSqlDatabase db, bool recount)
{
    if (recount) {
        REQUIRE(db.transaction());
        REQUIRE(jb::core::summary::rebuild(db).ok());
    }
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT metric || '|' || key_group_id || '|' || org_id || '|' || day || '|' || n "
                                  "FROM activity_daily WHERE n <> 0 ORDER BY 1")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    if (recount)
        REQUIRE(db.rollback());
    return rows;
}

// A wage-arrears flag added to enterprise `id` (list row `row`) shows in the list; resolving it clears it there.
// Two edits on the undo stack.
void addAndResolveFlag(DemoEnterprises& demo, int row, qint64 id)
{
    jb::ui::EnterpriseDetailPanel* detail = demo.page->detail();
    detail->addFlag();
    auto* flag = child<jb::ui::FlagDialog>(detail);
    flag->kindBox()->setCurrentIndex(flag->kindBox()->findData(QStringLiteral("wage_arrears")));
    flag->amountBox()->setValue(86000);
    flag->peopleBox()->setValue(7);
    flag->accept();
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM enterprise_flags WHERE enterprise_id = %1 AND kind = "
                                     "'wage_arrears' AND amount_yuan = 86000 AND people_affected = 7 AND resolved_on "
                                     "IS NULL")
                          .arg(id)) == 1);
    CHECK(demo.text(row, EnterpriseColumn::Flags) == QStringLiteral("Wage arrears"));
    REQUIRE(detail->flags()->topLevelItemCount() == 1);
    detail->flags()->setCurrentItem(detail->flags()->topLevelItem(0));
    detail->resolveFlag();
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM enterprise_flags WHERE enterprise_id = %1 AND "
                                     "resolved_on IS NOT NULL")
                          .arg(id)) == 1);
    CHECK(demo.text(row, EnterpriseColumn::Flags).isEmpty());
}

// Closes the enterprise's first open vacancy (one open vacancy fewer in the list), then reopens it through core
// (open again); reopening an open one is refused with core's message and puts nothing on the undo stack. Two
// edits on the undo stack.
void closeAndReopen(DemoEnterprises& demo, int row)
{
    jb::ui::EnterpriseDetailPanel* detail = demo.page->detail();
    const int open = demo.text(row, EnterpriseColumn::OpenVacancies).toInt();
    QTreeWidget* vacancies = detail->vacancies();
    int closedRow = -1;
    for (int i = 0; i < vacancies->topLevelItemCount() && closedRow < 0; ++i) {
        if (vacancies->topLevelItem(i)->text(4) == QStringLiteral("Open"))
            closedRow = i;
    }
    REQUIRE(closedRow >= 0);
    vacancies->setCurrentItem(vacancies->topLevelItem(closedRow));
    detail->closeVacancy();
    CHECK(demo.text(row, EnterpriseColumn::OpenVacancies).toInt() == open - 1);

    // The panel re-read the enterprise, in the same order.
    REQUIRE(vacancies->topLevelItem(closedRow)->text(4) == QStringLiteral("Closed"));
    vacancies->setCurrentItem(vacancies->topLevelItem(closedRow));
    detail->reopenVacancy();
    CHECK(demo.text(row, EnterpriseColumn::OpenVacancies).toInt() == open);
    QString refused;
    QObject::connect(detail, &jb::ui::EnterpriseDetailPanel::failed, detail,
                     [&refused](const QString& message) { refused = message; });
    vacancies->setCurrentItem(vacancies->topLevelItem(closedRow));
    detail->reopenVacancy();
    CHECK(refused == QStringLiteral("This vacancy is open already."));
}

} // namespace

TEST_CASE("enterprises: the table model passes the model tester through windows, sorts and filters", "[enterprises]")
{
    DemoEnterprises demo;
    EnterpriseTableModel* model = demo.page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->total() == kDemoEnterprises);
    CHECK(model->rowCount() == kDemoEnterprises);
    CHECK(model->columnCount() == static_cast<int>(EnterpriseColumn::Count));
    CHECK_FALSE(model->data(model->index(kDemoEnterprises - 1, 0)).toString().isEmpty());
    CHECK(model->loadedWindows() <= 2); // the first window and the last, nothing in between

    for (int column = 0; column < model->columnCount(); ++column) {
        model->sort(column, Qt::AscendingOrder);
        model->sort(column, Qt::DescendingOrder);
        CHECK(model->rowCount() == kDemoEnterprises);
    }
    // Sorted by gap in SQL, largest first: the first rows agree with the file's largest latest gap.
    model->sort(static_cast<int>(EnterpriseColumn::Gap), Qt::DescendingOrder);
    const qint64 largestGap = demo.scalar(QStringLiteral(
        "SELECT max((SELECT s.gap FROM demand_snapshots s WHERE s.enterprise_id = e.id ORDER BY s.recorded_on DESC, "
        "s.id DESC LIMIT 1)) FROM enterprises e"));
    CHECK(demo.text(0, EnterpriseColumn::Gap).toLongLong() == largestGap);
    CHECK(demo.text(0, EnterpriseColumn::Gap).toLongLong() >= demo.text(1, EnterpriseColumn::Gap).toLongLong());
    model->sort(static_cast<int>(EnterpriseColumn::OpenVacancies), Qt::DescendingOrder);
    CHECK(demo.text(0, EnterpriseColumn::OpenVacancies).toLongLong() ==
          demo.scalar(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM vacancies WHERE status = 'open' "
                                     "GROUP BY enterprise_id)")));

    jb::core::EnterpriseFilter filter;
    filter.withOpenVacancies = true;
    model->setFilter(filter);
    CHECK(model->total() == demo.scalar(QStringLiteral("SELECT count(DISTINCT enterprise_id) FROM vacancies WHERE "
                                                       "status = 'open'")));
}

TEST_CASE("enterprises: typing a search and picking filters change the count on screen", "[enterprises]")
{
    DemoEnterprises demo;
    auto* count = child<QLabel>(demo.page, QStringLiteral("enterpriseCount"));
    CHECK(count->text() == QStringLiteral("%1 enterprises").arg(QLocale().toString(kDemoEnterprises)));

    // The end of one enterprise's credit code, typed in lower case: found by code.
    const QString code = demo.text(5, EnterpriseColumn::CreditCode);
    REQUIRE(code.size() == 18);
    QLineEdit* search = demo.page->filterBar()->searchBox();
    QTest::keyClicks(search, code.right(8).toLower());
    const qint64 expected = demo.scalar(
        QStringLiteral("SELECT count(*) FROM enterprises WHERE instr(credit_code, '%1') > 0").arg(code.right(8)));
    QTRY_COMPARE(demo.page->model()->total(), expected);
    CHECK(demo.text(0, EnterpriseColumn::CreditCode).endsWith(code.right(8)));
    search->clear();
    QTRY_COMPARE(demo.page->model()->total(), qint64(kDemoEnterprises));

    // Flagged (open flags of any kind) and the first sub-unit, together.
    QComboBox* flags = demo.page->filterBar()->combo(QStringLiteral("flagFilter"));
    QComboBox* orgs = demo.page->filterBar()->combo(QStringLiteral("enterpriseOrgFilter"));
    REQUIRE(flags);
    REQUIRE(orgs);
    REQUIRE(orgs->count() > 1);
    flags->setCurrentIndex(1);
    CHECK(demo.page->model()->total() ==
          demo.scalar(
              QStringLiteral("SELECT count(DISTINCT enterprise_id) FROM enterprise_flags WHERE resolved_on IS NULL")));
    orgs->setCurrentIndex(1);
    const qint64 both = demo.scalar(
        QStringLiteral("SELECT count(*) FROM enterprises e WHERE e.org_id IN (SELECT org_id FROM organisation_tree "
                       "WHERE ancestor_id = %1) AND EXISTS (SELECT 1 FROM enterprise_flags f WHERE f.enterprise_id = "
                       "e.id AND f.resolved_on IS NULL)")
            .arg(orgs->currentData().toLongLong()));
    CHECK(demo.page->model()->total() == both);
    CHECK(count->text() == QStringLiteral("%1 enterprises").arg(QLocale().toString(both)));
}

TEST_CASE("enterprises: the detail panel shows vacancies, visits with their chart, flags; the reveal is audited",
          "[enterprises]")
{
    DemoEnterprises demo;
    const qint64 id = demo.scalar(QStringLiteral(
        "SELECT enterprise_id FROM demand_snapshots GROUP BY enterprise_id HAVING count(*) >= 2 ORDER BY 1 LIMIT 1"));
    demo.choose(id);
    jb::ui::EnterpriseDetailPanel* detail = demo.page->detail();
    auto* heading = child<QLabel>(detail, QStringLiteral("enterpriseDetailHeading"));
    CHECK(heading->text() ==
          demo.text(demo.page->table()->currentIndex().row(), EnterpriseColumn::Name).remove(QStringLiteral("★ ")));
    CHECK(detail->vacancies()->topLevelItemCount() ==
          demo.scalar(QStringLiteral("SELECT count(*) FROM vacancies WHERE enterprise_id = %1").arg(id)));
    CHECK(detail->snapshots()->topLevelItemCount() ==
          demo.scalar(QStringLiteral("SELECT count(*) FROM demand_snapshots WHERE enterprise_id = %1").arg(id)));
    CHECK(detail->chart()->chart()->series().size() == 3);
    CHECK_FALSE(detail->chart()->isHidden());

    auto* phone = child<QLabel>(detail, QStringLiteral("contactPhone"));
    CHECK(phone->text().contains(QLatin1Char('*')));
    QTest::mouseClick(child<QPushButton>(detail, QStringLiteral("revealContactPhone")), Qt::LeftButton);
    CHECK_FALSE(phone->text().contains(QLatin1Char('*')));
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal' AND table_name = "
                                     "'enterprises' AND record_id = %1")
                          .arg(id)) == 1);
}

TEST_CASE("enterprises: a visit, a flag and a closed vacancy are saved undoably and the list is re-read",
          "[enterprises]")
{
    DemoEnterprises demo;
    const qint64 id = demo.scalar(QStringLiteral(
        "SELECT e.id FROM enterprises e WHERE EXISTS (SELECT 1 FROM vacancies v WHERE v.enterprise_id = e.id AND "
        "v.status = 'open') AND NOT EXISTS (SELECT 1 FROM enterprise_flags f WHERE f.enterprise_id = e.id) "
        "ORDER BY e.id LIMIT 1"));
    const int row = demo.choose(id);
    jb::ui::EnterpriseDetailPanel* detail = demo.page->detail();
    QUndoStack* undo = demo.window->undoStack();
    REQUIRE(undo);
    const qint64 snapshots = demo.scalar(QStringLiteral("SELECT count(*) FROM demand_snapshots"));

    // Record a visit: the gap follows plan − hired.
    detail->recordVisit();
    auto* visit = child<jb::ui::DemandSnapshotDialog>(detail);
    visit->plannedBox()->setValue(40);
    visit->hiredBox()->setValue(11);
    CHECK(visit->gapBox()->value() == 29);
    visit->accept();
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM demand_snapshots")) == snapshots + 1);
    CHECK(demo.scalar(QStringLiteral("SELECT gap FROM demand_snapshots WHERE enterprise_id = %1 ORDER BY id DESC "
                                     "LIMIT 1")
                          .arg(id)) == 29);
    // The list was re-read: the same enterprise, now with today's visit and its figures.
    REQUIRE(demo.page->model()->enterpriseId(row) == id);
    CHECK(demo.text(row, EnterpriseColumn::LastContact) == QDate::currentDate().toString(Qt::ISODate));
    CHECK(demo.text(row, EnterpriseColumn::Gap) == QStringLiteral("29"));
    CHECK(detail->enterpriseId() == id);

    addAndResolveFlag(demo, row, id);
    const int open = demo.text(row, EnterpriseColumn::OpenVacancies).toInt();
    closeAndReopen(demo, row);

    // The vacancy and enterprise buttons open the shared edit dialogs; cancelled, they change nothing.
    detail->addVacancy();
    auto* vacancy = child<jb::ui::VacancyEditDialog>(detail);
    CHECK(vacancy->isVisible());
    vacancy->reject();
    detail->editEnterprise();
    auto* enterprise = child<jb::ui::EnterpriseEditDialog>(detail);
    enterprise->reject();
    demo.page->addEnterprise();
    auto* added = child<jb::ui::EnterpriseEditDialog>(demo.page, QString(), Qt::FindDirectChildrenOnly);
    added->reject();

    // Every edit is on the undo stack; the triggers' summary equals a full recount after the edits and the undos.
    CHECK(undo->count() == 5);
    // Through the window's own connection, the one its edits use (a second writer is not to be relied on).
    const QSqlDatabase db = demo.window->database()->connection();
    CHECK(summary(db, false) == summary(db, true));
    while (undo->canUndo())
        undo->undo();
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM demand_snapshots")) == snapshots);
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM enterprise_flags WHERE enterprise_id = %1").arg(id)) == 0);
    CHECK(demo.text(row, EnterpriseColumn::OpenVacancies).toInt() == open);
    CHECK(summary(db, false) == summary(db, true));
}

TEST_CASE("enterprises: exports are exactly the filtered rows, masked unless unmasked (audited)", "[enterprises]")
{
    DemoEnterprises demo;
    demo.page->filterBar()->openVacanciesBox()->setChecked(true);
    const qint64 total = demo.page->model()->total();
    REQUIRE(total > 0);
    const QString csv = demo.fx.file(QStringLiteral("enterprises.csv"));
    CHECK(demo.page->exportTo(csv, EnterprisesPage::ExportKind::Enterprises, false).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == total + 1);
    const QString vacancies = demo.fx.file(QStringLiteral("vacancies.xlsx"));
    CHECK(demo.page->exportTo(vacancies, EnterprisesPage::ExportKind::Vacancies, true).isEmpty());
    CHECK(QFile::exists(vacancies));
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked' AND "
                                     "table_name = 'vacancies' AND note LIKE '%open_vacancies%'")) == 1);
    CHECK(demo.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")) == 1);
}
