// The Targets page driven as an officer would: type a target, paste a block from Excel, have a bad block refused,
// split a county's target to its towns, add a phase and a year. Every write is checked through core on a separate
// connection, as the next session would read it.

#include "core/domain/MetricCatalog.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "core/targets/TargetRepository.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/targets/AddPhaseDialog.h"
#include "ui/targets/TargetSplitDialog.h"
#include "ui/targets/TargetTableModel.h"
#include "ui/targets/TargetsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::MainWindow;
using jb::ui::TargetsPage;
using jb::ui::TargetTableModel;

namespace {

const QString kVisits = QStringLiteral("enterprises_visited");
const QString kJobs = QStringLiteral("jobs_collected");

int column(const QString& metric)
{
    const auto& catalog = jb::core::metricCatalog();
    for (int i = 0; i < catalog.size(); ++i)
        if (catalog.at(i).key == metric)
            return i;
    FAIL("no metric " << metric.toStdString());
    return -1;
}

// 肥东县 with two towns; two of the three sample enterprises moved to 店埠镇 and one to 撮镇镇, so a split by
// enterprises is 2 : 1. The 2026 periods exist and the county's own 2026 target for visits is 290.
struct TargetsSetup
{
    UiFixture fx;
    QString path;
    qint64 home = 0;
    qint64 dianbu = 0;
    qint64 cuozhen = 0;
    qint64 year = 0;
    MainWindow window{fx.settings()};
    TargetsPage* page = nullptr;
    QTableView* table = nullptr;
    TargetTableModel* model = nullptr;

    TargetsSetup()
    {
        path = fx.createFile(QStringLiteral("targets.jobbridge"));
        {
            auto db = jb::core::Database::open(path);
            REQUIRE(db);
            const QSqlDatabase c = (*db)->connection();
            jb::core::OrganisationRepository orgs(c);
            home = orgs.home()->id;
            dianbu = orgs.addSubUnit(home, QStringLiteral("店埠镇"), jb::core::OrgKind::Town)->id;
            cuozhen = orgs.addSubUnit(home, QStringLiteral("撮镇镇"), jb::core::OrgKind::Town)->id;
            QSqlQuery q(c);
            REQUIRE(q.exec(QStringLiteral("UPDATE enterprises SET org_id = %1 WHERE id IN (1, 2)").arg(dianbu)));
            REQUIRE(q.exec(QStringLiteral("UPDATE enterprises SET org_id = %1 WHERE id = 3").arg(cuozhen)));
            jb::core::PeriodRepository periods(c);
            REQUIRE(periods.ensureYear(2026));
            year = periods.find(QStringLiteral("2026"))->id;
            REQUIRE(jb::core::TargetRepository(c).setTarget(home, year, kVisits, 290.0));
        }
        window.setModalDialogsEnabled(false);
        window.show();
        REQUIRE(window.openFile(path));
        REQUIRE(window.showPage(QStringLiteral("targets")));
        page = qobject_cast<TargetsPage*>(window.page(QStringLiteral("targets")));
        REQUIRE(page);
        auto* period = child<QComboBox>(page, QStringLiteral("period"));
        period->setCurrentIndex(period->findData(year));
        table = child<QTableView>(page, QStringLiteral("targetTable"));
        model = page->model();
        REQUIRE(table->model() == model);
    }

    QString cell(int row, const QString& metric) const
    {
        return model->data(model->index(row, column(metric))).toString();
    }
    QString message() const { return child<QLabel>(page, QStringLiteral("targetMessage"))->text(); }

    // What the file holds, read through a fresh connection.
    QHash<QString, double> stored(qint64 org) const
    {
        auto db = jb::core::Database::open(path);
        REQUIRE(db);
        return *jb::core::TargetRepository((*db)->connection()).targetsFor(org, year);
    }
    qint64 auditRows() const
    {
        auto db = jb::core::Database::open(path);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'targets'")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    void type(int row, const QString& metric, const QString& text)
    {
        const QModelIndex index = model->index(row, column(metric));
        table->setCurrentIndex(index);
        table->edit(index);
        // Editors closed earlier linger (hidden) until deleted later; the open one is the visible one.
        QLineEdit* editor = nullptr;
        for (QLineEdit* candidate : table->findChildren<QLineEdit*>())
            if (candidate->isVisible())
                editor = candidate;
        REQUIRE(editor);
        editor->selectAll();
        // QTest types ASCII only; Chinese arrives as an input method would deliver it, in one piece.
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii)
            QTest::keyClicks(editor, text);
        else
            editor->insert(text);
        if (text.isEmpty())
            editor->del();
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits the typed text through a queued call.
        QCoreApplication::processEvents();
    }
};

} // namespace

TEST_CASE("The Targets page lays out the county, the check rows and the towns", "[targets][page]")
{
    TargetsSetup s;
    QAbstractItemModelTester tester(s.model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(s.model->rowCount() == 5); // own, sum, difference, two towns
    CHECK(s.model->columnCount() == jb::core::metricCatalog().size());
    CHECK(s.model->headerData(0, Qt::Vertical).toString().contains(QStringLiteral("肥东县")));
    CHECK(s.model->headerData(1, Qt::Vertical).toString() == QStringLiteral("Sum of sub-units"));
    CHECK(s.model->headerData(2, Qt::Vertical).toString() == QStringLiteral("Difference"));
    CHECK(s.model->headerData(3, Qt::Vertical).toString() == QStringLiteral("店埠镇"));
    CHECK(s.model->headerData(4, Qt::Vertical).toString() == QStringLiteral("撮镇镇"));
    CHECK(s.model->headerData(column(kJobs), Qt::Horizontal).toString() == QStringLiteral("Jobs collected"));
    CHECK(s.cell(0, kVisits) == QStringLiteral("290"));
    CHECK(s.cell(1, kVisits).isEmpty()); // nothing split yet
    CHECK(s.model->flags(s.model->index(0, 0)) & Qt::ItemIsEditable);
    CHECK_FALSE(s.model->flags(s.model->index(1, 0)) & Qt::ItemIsEditable);
    CHECK_FALSE(s.model->flags(s.model->index(2, 0)) & Qt::ItemIsEditable);
    CHECK(s.model->flags(s.model->index(3, 0)) & Qt::ItemIsEditable);
}

TEST_CASE("Typing a target writes it, moves the sum and flags the difference", "[targets][page]")
{
    TargetsSetup s;
    QAbstractItemModelTester tester(s.model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QSignalSpy changed(s.page, &TargetsPage::targetsChanged);
    s.type(3, kVisits, QStringLiteral("150"));
    CHECK(changed.count() == 1);
    CHECK(s.cell(3, kVisits) == QStringLiteral("150"));
    CHECK(s.cell(1, kVisits) == QStringLiteral("150"));
    CHECK(s.cell(2, kVisits) == QStringLiteral("-140"));
    CHECK(s.model->sumDiffers(kVisits));
    CHECK(s.model->data(s.model->index(2, column(kVisits)), Qt::BackgroundRole).isValid());
    CHECK(s.stored(s.dianbu).value(kVisits) == 150);

    s.type(0, kJobs, QStringLiteral("1.5万"));
    CHECK(s.cell(0, kJobs) == QStringLiteral("15,000"));
    CHECK(s.stored(s.home).value(kJobs) == 15000);
    const qint64 audited = s.auditRows();
    CHECK(audited == 3); // the setup's 290, then 150 and 15,000

    // A value that is not a target is refused where it was typed, and nothing changes.
    s.type(3, kVisits, QStringLiteral("一百五"));
    CHECK(s.message().contains(QStringLiteral("is not a target value")));
    CHECK(changed.count() == 2); // the 15,000 above, not this refusal
    CHECK(s.cell(3, kVisits) == QStringLiteral("150"));
    CHECK(s.stored(s.dianbu).value(kVisits) == 150);
    CHECK(s.auditRows() == audited);

    // An empty cell removes the target.
    s.type(3, kVisits, QString());
    CHECK(s.cell(3, kVisits).isEmpty());
    CHECK_FALSE(s.stored(s.dianbu).contains(kVisits));
    CHECK(s.cell(1, kVisits).isEmpty());
}

TEST_CASE("A block pasted from Excel lands whole, and a bad block not at all", "[targets][page]")
{
    TargetsSetup s;
    QAbstractItemModelTester tester(s.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QApplication::setActiveWindow(&s.window);
    s.table->setFocus();

    // From the county's own row: the block's second and third rows go to the towns, over the check rows.
    s.table->setCurrentIndex(s.model->index(0, column(kVisits)));
    QApplication::clipboard()->setText(QStringLiteral("290\t7,700\r\n190\t5000\r\n100\t2700\r\n"));
    QTest::keySequence(s.table, QKeySequence::Paste);
    CHECK(s.cell(3, kVisits) == QStringLiteral("190"));
    CHECK(s.cell(4, kJobs) == QStringLiteral("2,700"));
    CHECK(s.cell(1, kJobs) == QStringLiteral("7,700"));
    CHECK(s.cell(2, kVisits) == QStringLiteral("0"));
    CHECK_FALSE(s.model->sumDiffers(kVisits));
    CHECK_FALSE(s.model->data(s.model->index(2, column(kVisits)), Qt::ForegroundRole).isValid());
    CHECK(s.stored(s.cuozhen).value(kJobs) == 2700);
    const qint64 audited = s.auditRows();
    CHECK(audited == 6); // 290 unchanged; 7,700 and the four town values are new

    // The second row's second cell is not a number: nothing of the block is written.
    s.table->setCurrentIndex(s.model->index(3, column(kVisits)));
    QApplication::clipboard()->setText(QStringLiteral("200\t6000\n120\tabc\n"));
    CHECK_FALSE(s.page->pasteClipboard());
    CHECK(s.message().contains(QStringLiteral("Row 2, column 2"))); // core's message, in the tests' English
    CHECK(s.message().contains(QStringLiteral("撮镇镇")));
    CHECK(s.cell(3, kVisits) == QStringLiteral("190"));
    CHECK(s.stored(s.dianbu).value(kVisits) == 190);
    CHECK(s.auditRows() == audited);

    // Too many rows for the towns below the cell, and a paste onto a computed row, are refused too.
    s.table->setCurrentIndex(s.model->index(4, 0));
    QApplication::clipboard()->setText(QStringLiteral("1\n2\n"));
    CHECK_FALSE(s.page->pasteClipboard());
    s.table->setCurrentIndex(s.model->index(1, 0));
    QApplication::clipboard()->setText(QStringLiteral("1\n"));
    CHECK_FALSE(s.page->pasteClipboard());
    CHECK(s.auditRows() == audited);

    // Copy gives Excel plain numbers, without the thousands separators shown on screen.
    s.table->selectionModel()->select(
        QItemSelection(s.model->index(3, column(kVisits)), s.model->index(4, column(kJobs))),
        QItemSelectionModel::ClearAndSelect);
    QTest::keySequence(s.table, QKeySequence::Copy);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("190\t5000\n100\t2700\n"));

    // Delete removes the selected targets in one go; the sum follows.
    QTest::keySequence(s.table, QKeySequence::Delete);
    CHECK(s.cell(3, kVisits).isEmpty());
    CHECK(s.cell(4, kJobs).isEmpty());
    CHECK(s.cell(1, kJobs).isEmpty());
    CHECK(s.stored(s.cuozhen).isEmpty());
    CHECK(s.auditRows() == audited + 4);
}

TEST_CASE("Splitting the county's target suggests a proportional split and writes it", "[targets][page][split]")
{
    TargetsSetup s;
    auto* split = child<QPushButton>(s.page, QStringLiteral("split"));
    s.table->setCurrentIndex(s.model->index(0, column(kJobs)));
    CHECK_FALSE(split->isEnabled()); // the county has no jobs target to split
    s.table->setCurrentIndex(s.model->index(0, column(kVisits)));
    REQUIRE(split->isEnabled());
    QTest::mouseClick(split, Qt::LeftButton);

    // Deleted on close, later: a QPointer says whether it is still there.
    QPointer<jb::ui::TargetSplitDialog> dialog = child<jb::ui::TargetSplitDialog>(s.page);
    auto* rows = child<QTableWidget>(dialog, QStringLiteral("splitTable"));
    REQUIRE(rows->rowCount() == 2);
    const int value = jb::ui::TargetSplitDialog::kValueColumn;
    CHECK(rows->horizontalHeaderItem(1)->text() == QStringLiteral("Enterprises"));
    CHECK(rows->item(0, 0)->text() == QStringLiteral("店埠镇"));
    CHECK(rows->item(0, 1)->text() == QStringLiteral("2")); // enterprises
    CHECK(rows->item(0, value)->text() == QStringLiteral("193"));
    CHECK(rows->item(1, value)->text() == QStringLiteral("97"));
    auto* total = child<QLabel>(dialog, QStringLiteral("splitTotal"));
    CHECK_FALSE(total->text().contains(QStringLiteral("differ")));

    rows->item(0, value)->setText(QStringLiteral("200"));
    CHECK(total->text().contains(QStringLiteral("297")));
    CHECK(total->text().contains(QStringLiteral("differ")));

    // A bad value keeps the dialog open and writes nothing.
    rows->item(1, value)->setText(QStringLiteral("九十七"));
    auto* apply = child<QPushButton>(dialog, QStringLiteral("applySplit"));
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, QStringLiteral("splitMessage"))->text().contains(QStringLiteral("撮镇镇")));
    CHECK_FALSE(s.stored(s.dianbu).contains(kVisits));

    rows->item(1, value)->setText(QStringLiteral("97"));
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK((!dialog || !dialog->isVisible()));
    CHECK(s.stored(s.dianbu).value(kVisits) == 200);
    CHECK(s.stored(s.cuozhen).value(kVisits) == 97);
    CHECK(s.cell(1, kVisits) == QStringLiteral("297"));
    CHECK(s.cell(2, kVisits) == QStringLiteral("+7"));
    CHECK(s.model->sumDiffers(kVisits));
}

TEST_CASE("Phases and years are added from the page", "[targets][page][periods]")
{
    TargetsSetup s;
    auto* period = child<QComboBox>(s.page, QStringLiteral("period"));
    const int before = period->count();
    QTest::mouseClick(child<QPushButton>(s.page, QStringLiteral("addPhase")), Qt::LeftButton);
    QPointer<jb::ui::AddPhaseDialog> dialog = child<jb::ui::AddPhaseDialog>(s.page);
    child<QLineEdit>(dialog, QStringLiteral("phaseName"))->setText(QStringLiteral("2026-concentrated"));
    child<QLineEdit>(dialog, QStringLiteral("phaseLabel"))->setText(QStringLiteral("2026年集中行动阶段"));
    child<QDateEdit>(dialog, QStringLiteral("phaseStart"))->setDate(QDate(2026, 4, 10));
    child<QDateEdit>(dialog, QStringLiteral("phaseEnd"))->setDate(QDate(2026, 1, 15));
    auto* ok = child<QPushButton>(dialog, QStringLiteral("addPhaseOk"));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog->isVisible()); // ends before it starts
    CHECK(child<QLabel>(dialog, QStringLiteral("phaseMessage"))
              ->text()
              .contains(QStringLiteral("ends before it starts")));
    CHECK(period->count() == before);

    child<QDateEdit>(dialog, QStringLiteral("phaseStart"))->setDate(QDate(2026, 1, 15));
    child<QDateEdit>(dialog, QStringLiteral("phaseEnd"))->setDate(QDate(2026, 4, 10));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(period->count() == before + 1);
    CHECK(period->currentText().contains(QStringLiteral("2026年集中行动阶段")));
    CHECK(period->currentText().contains(QStringLiteral("2026-04-10")));
    CHECK(s.model->rowCount() == 5);
    CHECK(s.cell(0, kVisits).isEmpty()); // the new phase has no targets yet

    auto* yearBox = child<QSpinBox>(s.page, QStringLiteral("year"));
    yearBox->setValue(2027);
    QTest::mouseClick(child<QPushButton>(s.page, QStringLiteral("ensureYear")), Qt::LeftButton);
    CHECK(period->count() == before + 1 + 13);
    CHECK(period->findText(QStringLiteral("2027年3月")) >= 0);
}

TEST_CASE("A target ten times the old one asks first, and Edit ▸ Undo takes a target back on its page",
          "[targets][page][undo]")
{
    TargetsSetup s;
    // 290 → "2万": twenty thousand was probably not meant; the question shows both numbers and No changes nothing.
    s.type(0, kVisits, QStringLiteral("2万"));
    auto* box = child<QMessageBox>(s.page, QStringLiteral("confirmTarget"));
    CHECK(box->text().contains(QStringLiteral("290")));
    CHECK(box->text().contains(QStringLiteral("20,000")));
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(s.stored(s.home).value(kVisits) == 290);

    // Yes writes it.
    s.type(0, kVisits, QStringLiteral("2万"));
    box = child<QMessageBox>(s.page, QStringLiteral("confirmTarget"));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(s.stored(s.home).value(kVisits) == 20000);
    CHECK(s.cell(0, kVisits) == QStringLiteral("20,000"));

    // Undo, from another page, shows the Targets page and puts 290 back; redo writes 20,000 again.
    REQUIRE(s.window.showPage(QStringLiteral("dashboard")));
    auto* undo = child<QAction>(&s.window, QStringLiteral("undoAction"));
    CHECK(undo->text().contains(QStringLiteral("Enterprises visited")));
    undo->trigger();
    CHECK(s.window.page(QStringLiteral("targets"))->isVisible());
    CHECK(s.stored(s.home).value(kVisits) == 290);
    CHECK(s.cell(0, kVisits) == QStringLiteral("290"));
    child<QAction>(&s.window, QStringLiteral("redoAction"))->trigger();
    CHECK(s.stored(s.home).value(kVisits) == 20000);

    // A paste and a removal are one undo each.
    s.table->setCurrentIndex(s.model->index(3, column(kVisits)));
    REQUIRE(s.model->paste(s.model->index(3, column(kVisits)), QStringLiteral("100\n50")));
    CHECK(s.stored(s.dianbu).value(kVisits) == 100);
    CHECK(s.stored(s.cuozhen).value(kVisits) == 50);
    undo->trigger();
    CHECK_FALSE(s.stored(s.dianbu).contains(kVisits));
    CHECK_FALSE(s.stored(s.cuozhen).contains(kVisits));
}
