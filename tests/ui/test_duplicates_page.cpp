// The Possible duplicates and Reference lists pages driven as an officer does, offscreen: both table models under
// QAbstractItemModelTester, a worker merge through the merge dialog (radio choice, counts shown, Merge clicked, the
// list read again), an enterprise merge refused in the dialog, and a refused delete of a reference value showing
// core's message on the page.

#include "core/demo/DemoGenerator.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/duplicates/DuplicateTableModel.h"
#include "ui/duplicates/DuplicatesPage.h"
#include "ui/duplicates/MergeDialog.h"
#include "ui/reference/ReferenceListsPage.h"
#include "ui/reference/ReferenceValueModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::DuplicatesPage;
using jb::ui::DuplicateTableModel;
using jb::ui::MainWindow;
using jb::ui::MergeDialog;

namespace {

qint64 scalar(QSqlDatabase db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    const bool ok = q.exec();
    INFO(sql.toStdString() + " " + q.lastError().text().toStdString());
    REQUIRE(ok);
    if (!q.next())
        return q.lastInsertId().toLongLong();
    return q.value(0).toLongLong();
}

struct DemoWithDuplicates
{
    UiFixture fx;
    QString path;
    std::unique_ptr<MainWindow> window;
    QSqlDatabase db;
    qint64 original = 0; // a worker with referrals
    qint64 copy = 0;     // the same person entered again, with another phone and one referral
    qint64 enterprise = 0;
    qint64 enterpriseCopy = 0;

    DemoWithDuplicates()
    {
        path = fx.createFile(QStringLiteral("duplicates.jobbridge"), QStringLiteral("340122"), false);
        {
            auto file = jb::core::Database::open(path);
            REQUIRE(file);
            jb::core::DemoOptions options;
            options.workers = 600;
            options.enterprises = 40;
            options.today = QDate(2026, 5, 14);
            QSqlDatabase c = (*file)->connection();
            REQUIRE(jb::core::generateDemo(c, options));
            original = scalar(
                c,
                QStringLiteral(
                    "SELECT min(w.id) FROM workers w WHERE EXISTS (SELECT 1 FROM referrals r WHERE r.worker_id = w.id) "
                    "AND NOT EXISTS (SELECT 1 FROM workers o WHERE o.id <> w.id AND o.name = w.name AND "
                    "o.birth_date = w.birth_date)"));
            copy = scalar(c,
                          QStringLiteral("INSERT INTO workers (org_id, name, gender, birth_date, phone, "
                                         "registered_on, created_at, updated_at) SELECT org_id, name, gender, "
                                         "birth_date, '13900000009', registered_on, created_at, updated_at FROM "
                                         "workers WHERE id = ?"),
                          {original});
            scalar(c,
                   QStringLiteral("INSERT INTO referrals (worker_id, enterprise_id, stage, stage_on, created_at) "
                                  "SELECT ?, min(id), 'recommended', '2026-03-01', '2026-03-01T00:00:00Z' FROM "
                                  "enterprises"),
                   {copy});
            enterprise =
                scalar(c, QStringLiteral("SELECT min(e.id) FROM enterprises e WHERE credit_code IS NOT NULL "
                                         "AND EXISTS (SELECT 1 FROM vacancies v WHERE v.enterprise_id = e.id)"));
            enterpriseCopy = scalar(c,
                                    QStringLiteral("INSERT INTO enterprises (org_id, name, credit_code, created_at, "
                                                   "updated_at) SELECT org_id, name, credit_code, created_at, "
                                                   "updated_at FROM enterprises WHERE id = ?"),
                                    {enterprise});
            // A vacancy titled like one of the original's: the merge must be refused.
            scalar(c,
                   QStringLiteral("INSERT INTO vacancies (enterprise_id, title, posted_on, created_at, updated_at) "
                                  "SELECT ?, title, posted_on, created_at, updated_at FROM vacancies WHERE "
                                  "enterprise_id = ? ORDER BY id LIMIT 1"),
                   {enterpriseCopy, enterprise});
        }
        window = std::make_unique<MainWindow>(fx.settings());
        window->setModalDialogsEnabled(false);
        window->resize(1366, 768);
        window->show();
        REQUIRE(window->openFile(path));
        db = window->database()->connection();
    }

    DuplicatesPage* duplicates()
    {
        REQUIRE(window->showPage(QStringLiteral("duplicates")));
        auto* page = qobject_cast<DuplicatesPage*>(window->page(QStringLiteral("duplicates")));
        REQUIRE(page);
        return page;
    }

    // The row of `id` in the page's list, or -1.
    static int rowOf(DuplicatesPage* page, qint64 id)
    {
        DuplicateTableModel* m = page->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->data(m->index(r, 0), DuplicateTableModel::kIdRole).toLongLong() == id)
                return r;
        return -1;
    }
};

} // namespace

TEST_CASE("duplicates: the list finds the planted worker and passes the model tester", "[duplicates]")
{
    DemoWithDuplicates demo;
    DuplicatesPage* page = demo.duplicates();
    DuplicateTableModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Shown → the default rule (same name and birth date) has run.
    REQUIRE(model->groupCount() >= 1);
    const int row = DemoWithDuplicates::rowOf(page, demo.original);
    REQUIRE(row >= 0);
    CHECK(model->data(model->index(row + 1, 0), DuplicateTableModel::kIdRole).toLongLong() == demo.copy);
    // The copy's phone is masked in the list.
    CHECK(model->data(model->index(row + 1, DuplicateTableModel::Phone)).toString() == QStringLiteral("139****0009"));
    CHECK(model->data(model->index(row, DuplicateTableModel::Group)).toString().contains(QStringLiteral(" · ")));

    // Every rule of both lists runs and reads without failing the tester.
    for (int kind = 0; kind < page->kindBox()->count(); ++kind) {
        page->kindBox()->setCurrentIndex(kind);
        for (int rule = 0; rule < page->ruleBox()->count(); ++rule) {
            page->ruleBox()->setCurrentIndex(rule);
            page->findDuplicates();
            for (int r = 0; r < model->rowCount(); ++r)
                CHECK(model->data(model->index(r, DuplicateTableModel::Name)).isValid());
        }
    }
    page->kindBox()->setCurrentIndex(1);
    page->ruleBox()->setCurrentIndex(0); // same credit code
    page->findDuplicates();
    CHECK(DemoWithDuplicates::rowOf(page, demo.enterpriseCopy) >= 0);
}

TEST_CASE("duplicates: two workers are merged through the dialog and the list is read again", "[duplicates]")
{
    DemoWithDuplicates demo;
    DuplicatesPage* page = demo.duplicates();
    const qint64 groups = page->model()->groupCount();
    const qint64 referrals = scalar(demo.db, QStringLiteral("SELECT count(*) FROM referrals WHERE worker_id IN (?, ?)"),
                                    {demo.original, demo.copy});
    page->table()->selectRow(DemoWithDuplicates::rowOf(page, demo.original));
    MergeDialog* dialog = page->mergeCurrentGroup();
    REQUIRE(dialog);
    CHECK(dialog->survivorId() == demo.original);
    CHECK(dialog->loserId() == demo.copy);
    auto* moves = child<QLabel>(dialog, QStringLiteral("mergeMoves"));
    CHECK(moves->text().contains(QLatin1Char('1')));
    CHECK(dialog->preview().referrals == 1);
    auto* takePhone = child<QRadioButton>(dialog, QStringLiteral("take_phone_loser"));
    CHECK(takePhone->text() == QStringLiteral("139****0009"));
    takePhone->click();
    CHECK(takePhone->isChecked());
    auto* buttons = child<QDialogButtonBox>(dialog);
    QPushButton* merge = buttons->button(QDialogButtonBox::Ok);
    REQUIRE(merge->isEnabled());
    QTest::mouseClick(merge, Qt::LeftButton);

    CHECK(scalar(demo.db, QStringLiteral("SELECT count(*) FROM workers WHERE id = ?"), {demo.copy}) == 0);
    CHECK(scalar(demo.db, QStringLiteral("SELECT count(*) FROM referrals WHERE worker_id = ?"), {demo.original}) ==
          referrals);
    CHECK(scalar(demo.db, QStringLiteral("SELECT count(*) FROM workers WHERE id = ? AND phone = '13900000009'"),
                 {demo.original}) == 1);
    CHECK(scalar(demo.db,
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge' AND record_id = ? AND "
                                "field = 'merged_into'"),
                 {demo.copy}) == 1);
    // Read again: the group is gone.
    CHECK(page->model()->groupCount() == groups - 1);
    CHECK(DemoWithDuplicates::rowOf(page, demo.copy) == -1);

    // Edit ▸ Undo brings the merged record back with its referral, and the list shows the pair again; Redo merges
    // again.
    auto* stack = child<QUndoStack>(demo.window.get(), QStringLiteral("undoStack"));
    REQUIRE(stack->canUndo());
    stack->undo();
    CHECK(scalar(demo.db, QStringLiteral("SELECT count(*) FROM referrals WHERE worker_id = ?"), {demo.copy}) == 1);
    CHECK(scalar(demo.db, QStringLiteral("SELECT count(*) FROM workers WHERE id = ? AND phone = '13900000009'"),
                 {demo.copy}) == 1);
    CHECK(page->model()->groupCount() == groups);
    CHECK(DemoWithDuplicates::rowOf(page, demo.copy) >= 0);
    stack->redo();
    CHECK(scalar(demo.db, QStringLiteral("SELECT count(*) FROM workers WHERE id = ?"), {demo.copy}) == 0);
    CHECK(page->model()->groupCount() == groups - 1);
}

TEST_CASE("duplicates: an enterprise merge that would clash is refused in the dialog", "[duplicates]")
{
    DemoWithDuplicates demo;
    DuplicatesPage* page = demo.duplicates();
    page->kindBox()->setCurrentIndex(1);
    page->ruleBox()->setCurrentIndex(0);
    page->findDuplicates();
    page->table()->selectRow(DemoWithDuplicates::rowOf(page, demo.enterprise));
    MergeDialog* dialog = page->mergeCurrentGroup();
    REQUIRE(dialog);
    CHECK(dialog->refusal().contains(QStringLiteral("rename or delete")));
    auto* buttons = child<QDialogButtonBox>(dialog);
    CHECK_FALSE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->reject();
    CHECK(scalar(demo.db, QStringLiteral("SELECT count(*) FROM enterprises WHERE id = ?"), {demo.enterpriseCopy}) == 1);
}

TEST_CASE("reference lists: counts, a refused delete shows where the value is used, add and delete",
          "[duplicates][reference]")
{
    DemoWithDuplicates demo;
    REQUIRE(demo.window->showPage(QStringLiteral("reference-lists")));
    auto* page = qobject_cast<jb::ui::ReferenceListsPage*>(demo.window->page(QStringLiteral("reference-lists")));
    REQUIRE(page);
    jb::ui::ReferenceValueModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->listBox()->setCurrentIndex(page->listBox()->findData(QStringLiteral("key_group")));
    const qint64 newForm = scalar(demo.db, QStringLiteral("SELECT id FROM reference_items WHERE list = 'key_group' AND "
                                                          "code = 'new_form'"));
    const qint64 members =
        scalar(demo.db, QStringLiteral("SELECT count(*) FROM worker_key_groups WHERE key_group_id = ?"), {newForm});
    REQUIRE(members > 0);
    const int row = model->rowOfItem(newForm);
    REQUIRE(row >= 0);
    CHECK(model->data(model->index(row, jb::ui::ReferenceValueModel::UsedBy)).toString() ==
          QLocale().toString(members));

    page->table()->selectRow(row);
    auto* remove = child<QPushButton>(page, QStringLiteral("deleteReference"));
    REQUIRE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    const QString n = QLocale(QLocale::English).toString(members);
    // The UI tests run in English; the Chinese wording is checked by the core tests.
    CHECK(page->message()->text() ==
          QStringLiteral("%1 workers are in this key group; it cannot be deleted, only retired").arg(n));
    CHECK(model->rowOfItem(newForm) == row);

    // The built-in migrant-worker group: delete and retire are not offered.
    page->table()->selectRow(model->rowOfItem(
        scalar(demo.db,
               QStringLiteral("SELECT id FROM reference_items WHERE list = 'key_group' AND code = 'migrant_worker'"))));
    CHECK_FALSE(remove->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, QStringLiteral("retireReference"))->isEnabled());

    const int before = model->rowCount();
    CHECK(page->addValue(QStringLiteral("退役军人"), QStringLiteral("Veterans")).isEmpty());
    CHECK(model->rowCount() == before + 1);
    CHECK(page->table()->currentIndex().row() == before);
    CHECK(page->toggleRetiredCurrent().isEmpty());
    CHECK(model->data(model->index(before, jb::ui::ReferenceValueModel::Status)).toString() != QString());
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(model->rowCount() == before);
    CHECK(scalar(demo.db, QStringLiteral("SELECT count(*) FROM reference_items WHERE name_zh = '退役军人'")) == 0);
}
