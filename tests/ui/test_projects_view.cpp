// The entrepreneurship projects view (ui/services/ProjectsView, issue 14 item 2): a project is added through its
// dialog with its people by ID number, moved to selected and corrected back, each a named command that undo takes
// back; the candidates are shown against the quota entered in targets, and a missing target is said, never 0.

#include "core/domain/Clock.h"
#include "core/services/Projects.h"
#include "core/storage/Database.h"
#include "core/validation/ResidentId.h"
#include "ui/CatchQt.h"
#include "ui/UiFixture.h"
#include "ui/services/ProjectDialog.h"
#include "ui/services/ProjectsView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QUndoStack>

using namespace jb;

namespace {

struct ProjectsFile
{
    test::UiFixture fx;
    std::unique_ptr<core::Database> db;
    QUndoStack stack;
    QStringList errors;

    ProjectsFile()
    {
        auto opened =
            core::Database::open(fx.createFile(QStringLiteral("projects.jobbridge"), QStringLiteral("340122"), false));
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
    // A registered person; returns the ID number.
    QString worker(const QString& name, int serial)
    {
        const QString first17 = QStringLiteral("34012219900110%1").arg(100 + serial, 3);
        const QString number = first17 + core::residentIdCheckChar(first17);
        value(QStringLiteral("INSERT INTO workers (org_id, name, id_number, birth_date, registered_on, created_at, "
                             "updated_at) VALUES ((SELECT id FROM organisations WHERE is_home = 1), ?, ?, "
                             "'1990-01-10', '2026-01-05', 't', 't')"),
              {name, number});
        return number;
    }
    qint64 year2026()
    {
        return value(QStringLiteral("INSERT INTO periods (kind, name, label, starts_on, ends_on) VALUES ('year', "
                                    "'2026', '2026年', '2026-01-01', '2026-12-31')"))
            .toLongLong();
    }
    qint64 projects() const
    {
        return value(QStringLiteral("SELECT count(*) FROM entrepreneurship_projects")).toLongLong();
    }
    QString stage() const { return value(QStringLiteral("SELECT stage FROM entrepreneurship_projects")).toString(); }
};

} // namespace

TEST_CASE("A project is added with its people by ID number, moved to selected and corrected back; undo takes each "
          "back",
          "[services][ui]")
{
    ProjectsFile f;
    core::PinnedDay day(QDate(2026, 3, 20));
    const QString zhou = f.worker(QStringLiteral("周八"), 1);
    const QString wu = f.worker(QStringLiteral("吴九"), 2);
    f.year2026();

    ui::ProjectsView view(&f.stack);
    QObject::connect(&view, &ui::ProjectsView::errorOccurred, [&f](const QString& m) { f.errors << m; });
    view.resize(1100, 600);
    view.show(); // on screen, the view reads again after an undo anywhere; hidden, when next shown
    view.showFile(*f.db);
    CHECK(view.period().name == QStringLiteral("2026")); // the file's year containing today
    CHECK(view.table()->rowCount() == 0);
    auto* forward = view.findChild<QPushButton*>(QStringLiteral("projectForward"));
    auto* back = view.findChild<QPushButton*>(QStringLiteral("projectBack"));
    CHECK_FALSE(forward->isEnabled());

    view.addProject();
    ui::ProjectDialog* dialog = view.dialog();
    REQUIRE(dialog);
    dialog->nameEdit()->setText(QStringLiteral("店埠电商助农"));
    dialog->industryBox()->setCurrentIndex(dialog->industryBox()->findText(QStringLiteral("Manufacturing")));
    // An unknown ID number is refused in the dialog, which stays open with the reason.
    dialog->peopleEdit()->setPlainText(zhou + QStringLiteral("\n340122199001109999"));
    dialog->accept();
    CHECK(f.projects() == 0);
    CHECK(dialog->errorLabel()->isVisibleTo(dialog));
    CHECK(dialog->errorLabel()->text().contains(QStringLiteral("No worker has the ID number")));
    dialog->peopleEdit()->setPlainText(zhou + QLatin1Char('\n') + wu.toLower());
    dialog->accept();
    CHECK(f.projects() == 1);
    REQUIRE(view.table()->rowCount() == 1);
    CHECK(view.table()->item(0, 0)->text() == QStringLiteral("店埠电商助农"));
    CHECK(view.table()->item(0, 1)->text() == QStringLiteral("Manufacturing"));
    CHECK(view.table()->item(0, 2)->text() == QStringLiteral("周八、吴九"));
    CHECK(view.table()->item(0, 3)->text() == QStringLiteral("Candidate"));
    CHECK(f.stack.undoText() == QStringLiteral("New project 店埠电商助农"));
    CHECK(view.quotaLabel()->text().contains(QStringLiteral("candidates 1")));

    // Moved to selected: a named command; the correction back is one too.
    view.table()->selectRow(0);
    REQUIRE(forward->isEnabled());
    CHECK(forward->text() == QStringLiteral("Move &forward to Selected high-quality project"));
    CHECK_FALSE(back->isEnabled());
    forward->click();
    CHECK(f.stage() == QStringLiteral("selected"));
    CHECK(view.table()->item(0, 3)->text() == QStringLiteral("Selected high-quality project"));
    CHECK(f.stack.undoText() == QStringLiteral("Move project 店埠电商助农 to Selected high-quality project"));
    REQUIRE(back->isEnabled());
    back->click();
    CHECK(f.stage() == QStringLiteral("candidate"));
    CHECK(f.stack.undoText() == QStringLiteral("Correct project 店埠电商助农 back to Candidate"));

    // Undo walks back through each, the view following; redo brings the project back under its id.
    const qint64 id = f.value(QStringLiteral("SELECT id FROM entrepreneurship_projects")).toLongLong();
    f.stack.undo();
    CHECK(f.stage() == QStringLiteral("selected"));
    CHECK(view.table()->item(0, 3)->text() == QStringLiteral("Selected high-quality project"));
    f.stack.undo();
    CHECK(f.stage() == QStringLiteral("candidate"));
    f.stack.undo();
    CHECK(f.projects() == 0);
    CHECK(view.table()->rowCount() == 0);
    f.stack.redo();
    f.stack.redo();
    CHECK(f.value(QStringLiteral("SELECT id FROM entrepreneurship_projects")).toLongLong() == id);
    CHECK(f.stage() == QStringLiteral("selected"));
    CHECK(f.value(QStringLiteral("SELECT count(*) FROM project_people")).toLongLong() == 2);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("A hidden projects view catches up with an undo when shown; on a read-only file nothing changes",
          "[services][ui]")
{
    ProjectsFile f;
    core::PinnedDay day(QDate(2026, 3, 20));
    f.year2026();
    const qint64 home = f.value(QStringLiteral("SELECT id FROM organisations WHERE is_home = 1")).toLongLong();
    REQUIRE(core::addProject(
                f.db->connection(),
                {0, home, QStringLiteral("家庭农场"), 0, core::projectstage::candidate, QDate(2026, 2, 1), {}, {}})
                .hasValue());
    ui::ProjectsView view(nullptr); // as a page builds it: the window's stack comes later
    view.setUndoStack(&f.stack);
    view.show();
    view.showFile(*f.db);
    REQUIRE(view.table()->rowCount() == 1);
    view.table()->selectRow(0);
    REQUIRE(view.moveChosen(1));
    CHECK(view.table()->item(0, 3)->text() == QStringLiteral("Selected high-quality project"));
    REQUIRE(f.stack.count() == 1);

    view.hide();
    f.stack.undo();
    CHECK(f.stage() == QStringLiteral("candidate"));
    CHECK(view.table()->item(0, 3)->text() == QStringLiteral("Selected high-quality project")); // not read while hidden
    view.show();
    CHECK(view.table()->item(0, 3)->text() == QStringLiteral("Candidate"));

    view.setReadOnly(true);
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("projectAdd"))->isEnabled());
    view.table()->selectRow(0);
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("projectForward"))->isEnabled());
    CHECK_FALSE(view.moveChosen(1));
    view.addProject();
    CHECK(view.dialog() == nullptr);
    CHECK(f.stage() == QStringLiteral("candidate"));
}

TEST_CASE("The quota line shows the candidates against the target entered, and says when there is none",
          "[services][ui]")
{
    ProjectsFile f;
    core::PinnedDay day(QDate(2026, 3, 20));
    const qint64 year = f.year2026();
    const qint64 home = f.value(QStringLiteral("SELECT id FROM organisations WHERE is_home = 1")).toLongLong();
    for (const char* name : {"家庭农场", "电商直播工作室", "特色小吃店"})
        REQUIRE(core::addProject(
                    f.db->connection(),
                    {0, home, QString::fromUtf8(name), 0, core::projectstage::candidate, QDate(2026, 2, 1), {}, {}})
                    .hasValue());

    ui::ProjectsView view(&f.stack);
    view.showFile(*f.db);
    // No target entered: said so, never "target 0".
    CHECK(view.quotaLabel()->text() == QStringLiteral("2026年: candidates 3 (selected or supported: 0); no target "
                                                      "entered for this period — enter it on the Targets page"));
    CHECK_FALSE(view.quotaLabel()->text().contains(QStringLiteral("target 0")));
    f.value(QStringLiteral("INSERT INTO targets (org_id, period_id, metric, value) VALUES (?, ?, "
                           "'entrepreneurship_projects', 6)"),
            {home, year});
    view.refresh();
    CHECK(view.quotaLabel()->text() == QStringLiteral("2026年: candidates 3 / target 6 (selected or supported: 0)"));

    // Another period: the projects put forward in it, against its own (missing) target.
    core::Period march{0,
                       core::PeriodKind::Month,
                       QStringLiteral("2026-03"),
                       QStringLiteral("2026年3月"),
                       QDate(2026, 3, 1),
                       QDate(2026, 3, 31)};
    view.setPeriod(march);
    CHECK(view.table()->rowCount() == 0);
    CHECK(view.quotaLabel()->text().startsWith(QStringLiteral("2026年3月: candidates 0")));
    CHECK(view.quotaLabel()->text().contains(QStringLiteral("no target entered")));
}
