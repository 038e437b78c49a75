// The import wizard driven as an officer drives it, offscreen, over a GBK list with a title row: preview with
// the encoding changeable, mapping with unmapped columns shown and required fields enforced, the dry-run check
// with issues filterable by reason, the import on the worker thread, the result and its error file, profiles,
// and every way of cancelling. Expected counts come from how the fixture is built, not from running the CLI.

#include "core/import/ImportJob.h"
#include "ui/ImportWizardDriver.h"
#include "ui/UiFixture.h"
#include "ui/import/ImportBatchModel.h"
#include "ui/import/ImportIssuesView.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportPage.h"
#include "ui/import/ImportResultPage.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/IssueFilterModel.h"
#include "ui/import/IssueTableModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using jb::test::child;
using jb::test::ImportSession;
using jb::test::pressNext;
using jb::test::shown;
using jb::test::UiFixture;
using jb::test::waitUntilIdle;
using jb::ui::ImportWizard;

namespace {

const int kTimeoutMs = 60000;

int previewColumnOf(const ImportWizard& wizard, const QString& headerText)
{
    const auto* table = child<QTableWidget>(&wizard, QStringLiteral("previewTable"));
    for (int column = 0; column < table->columnCount(); ++column)
        if (table->horizontalHeaderItem(column) && table->horizontalHeaderItem(column)->text() == headerText)
            return column;
    return -1;
}

bool previewContains(const ImportWizard& wizard, const QString& text)
{
    const auto* table = child<QTableWidget>(&wizard, QStringLiteral("previewTable"));
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 0; column < table->columnCount(); ++column)
            if (table->item(row, column) && table->item(row, column)->text() == text)
                return true;
    return false;
}

// The mapping page's row of the file column headed `header` (its heading reads "D  身份证号").
int mappingRowOf(const ImportWizard& wizard, const QString& header)
{
    const auto* table = child<QTableWidget>(&wizard, QStringLiteral("mappingTable"));
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, jb::ui::ImportMappingPage::HeaderColumn)->text().endsWith(QStringLiteral("  ") + header))
            return row;
    return -1;
}

QComboBox* fieldCombo(const ImportWizard& wizard, const QString& header)
{
    const int row = mappingRowOf(wizard, header);
    INFO("column " << header.toStdString());
    REQUIRE(row >= 0);
    return child<QComboBox>(&wizard, QStringLiteral("field_%1").arg(row));
}

QString mappingNote(const ImportWizard& wizard, const QString& header)
{
    const int row = mappingRowOf(wizard, header);
    REQUIRE(row >= 0);
    return child<QTableWidget>(&wizard, QStringLiteral("mappingTable"))
        ->item(row, jb::ui::ImportMappingPage::NoteColumn)
        ->text();
}

} // namespace

TEST_CASE("The wizard reads, maps, checks and imports a GBK list with a title row", "[import][wizard]")
{
    UiFixture fx;
    const QString csv = jb::test::writeSmallList(fx);
    ImportSession s(fx);
    ImportWizard& wizard = s.openWizard(csv);

    // Preview: the GBK bytes decoded, the title row recognised, the header on line 2, lines numbered as in the file.
    pressNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
    const auto* preview = child<QTableWidget>(&wizard, QStringLiteral("previewTable"));
    CHECK(previewColumnOf(wizard, QStringLiteral("身份证号")) >= 0);
    CHECK(previewColumnOf(wizard, QStringLiteral("姓名")) >= 0);
    CHECK(previewContains(wizard, QStringLiteral("张三")));
    CHECK(previewContains(wizard, QStringLiteral("农民工、困难职工")));
    CHECK(preview->rowCount() == 5); // the blank row is not a data row
    CHECK(preview->verticalHeaderItem(0)->text() == QStringLiteral("3"));
    CHECK(shown(&wizard, QStringLiteral("previewFacts")).contains(QStringLiteral("GB18030")));
    CHECK(shown(&wizard, QStringLiteral("previewFacts")).contains(QStringLiteral("line 2")));

    // Forcing UTF-8 reads the same bytes as something else (a new job); automatic brings the Chinese back.
    auto* encoding = child<QComboBox>(&wizard, QStringLiteral("encoding"));
    encoding->setCurrentIndex(encoding->findText(QStringLiteral("UTF-8")));
    CHECK_FALSE(previewContains(wizard, QStringLiteral("张三")));
    CHECK(wizard.csvOptions().encoding == jb::core::CsvOptions::Encoding::Utf8);
    encoding->setCurrentIndex(0);
    CHECK(previewContains(wizard, QStringLiteral("张三")));
    REQUIRE(wizard.job());
    CHECK(wizard.job()->encodingName() == QStringLiteral("GB18030"));

    // Mapping: the headings found their fields; 微信号 is shown as not imported, not dropped.
    pressNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    CHECK(fieldCombo(wizard, QStringLiteral("身份证号"))->currentData().toString() == QStringLiteral("id_number"));
    CHECK(fieldCombo(wizard, QStringLiteral("姓名"))->currentData().toString() == QStringLiteral("name"));
    CHECK(fieldCombo(wizard, QStringLiteral("联系电话"))->currentData().toString() == QStringLiteral("phone"));
    CHECK(fieldCombo(wizard, QStringLiteral("人员类别"))->currentData().toString() == QStringLiteral("key_groups"));
    CHECK(fieldCombo(wizard, QStringLiteral("微信号"))->currentData().toString().isEmpty());
    CHECK(mappingNote(wizard, QStringLiteral("微信号")) == QStringLiteral("This column will not be imported"));
    CHECK(mappingNote(wizard, QStringLiteral("身份证号")).isEmpty());
    CHECK(shown(&wizard, QStringLiteral("appliedProfile")) == QStringLiteral("Matched by the column headings."));
    CHECK(shown(&wizard, QStringLiteral("mappingSummary")).contains(QStringLiteral("1 column(s) with a heading")));

    // Taking the ID column away holds the wizard here and names the field.
    QComboBox* idCombo = fieldCombo(wizard, QStringLiteral("身份证号"));
    idCombo->setCurrentIndex(0);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(&wizard, QStringLiteral("missingRequired"))->isVisible());
    CHECK(shown(&wizard, QStringLiteral("missingRequired")).contains(QStringLiteral("Resident ID number")));
    CHECK(mappingNote(wizard, QStringLiteral("身份证号")) == QStringLiteral("This column will not be imported"));
    CHECK(wizard.job()->mapping().columnOf(QStringLiteral("id_number")) == -1); // the job got the change
    idCombo->setCurrentIndex(idCombo->findData(QStringLiteral("id_number")));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK_FALSE(child<QLabel>(&wizard, QStringLiteral("missingRequired"))->isVisible());

    // The check: a dry run on the worker thread; it writes nothing.
    pressNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::CheckPageId);
    REQUIRE(waitUntilIdle(wizard));
    INFO("check status: " << shown(&wizard, QStringLiteral("checkStatus")).toStdString());
    REQUIRE(wizard.checkSummary());
    const QWidget* check = wizard.page(ImportWizard::CheckPageId);
    const auto count = [](const QWidget* page, const char* key) {
        return shown(page, QStringLiteral("count_") + QLatin1String(key));
    };
    CHECK(count(check, "rowsRead") == QStringLiteral("5"));
    CHECK(count(check, "inserted") == QStringLiteral("4"));
    CHECK(count(check, "updated") == QStringLiteral("0"));
    CHECK(count(check, "unchanged") == QStringLiteral("0"));
    CHECK(count(check, "rejected") == QStringLiteral("1"));
    CHECK(count(check, "warnings") == QStringLiteral("1"));
    CHECK(count(check, "skippedEmpty") == QStringLiteral("1"));
    CHECK(shown(check, QStringLiteral("caption_inserted")) == QStringLiteral("Would be added"));
    CHECK(s.workers() == 0);

    // The issues, filterable by reason: the combo lists the reasons present with their counts.
    auto* issues = child<jb::ui::ImportIssuesView>(check, QStringLiteral("issuesView"));
    QAbstractItemModelTester issueTester(issues->issueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(issues->filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* reasons = child<QComboBox>(issues, QStringLiteral("reasonFilter"));
    CHECK(reasons->count() == 3);
    CHECK(reasons->itemText(0) == QStringLiteral("All reasons (2)"));
    CHECK(reasons->findText(QStringLiteral("ID check digit wrong (1)")) > 0);
    CHECK(reasons->findText(QStringLiteral("Phone number invalid (1)")) > 0);
    const auto* filtered = issues->filterModel();
    CHECK(filtered->rowCount() == 2);
    using IssueColumn = jb::ui::IssueTableModel::Column;
    reasons->setCurrentIndex(reasons->findData(QStringLiteral("id_checksum")));
    REQUIRE(filtered->rowCount() == 1);
    CHECK(filtered->index(0, IssueColumn::LineColumn).data().toLongLong() == 5);
    CHECK(filtered->index(0, IssueColumn::FileColumnColumn).data().toString() == QStringLiteral("身份证号"));
    CHECK(filtered->index(0, IssueColumn::ValueColumn).data().toString() == jb::test::kSmallWrongId);
    CHECK(filtered->index(0, IssueColumn::OutcomeColumn).data().toString() == QStringLiteral("Row not imported"));
    reasons->setCurrentIndex(reasons->findData(QStringLiteral("phone_invalid")));
    REQUIRE(filtered->rowCount() == 1);
    CHECK(filtered->index(0, IssueColumn::LineColumn).data().toLongLong() == 4);
    CHECK(filtered->index(0, IssueColumn::ValueColumn).data().toString() == QStringLiteral("1390000222"));
    reasons->setCurrentIndex(0);
    CHECK(filtered->rowCount() == 2);

    // Import: the commit page's button; the run page moves on to the result by itself.
    CHECK(wizard.button(QWizard::CommitButton)->text() == QStringLiteral("&Import"));
    pressNext(wizard);
    REQUIRE(waitUntilIdle(wizard));
    REQUIRE(QTest::qWaitFor([&wizard] { return wizard.currentId() == ImportWizard::ResultPageId; }, kTimeoutMs));
    const QWidget* result = wizard.page(ImportWizard::ResultPageId);
    CHECK(count(result, "inserted") == QStringLiteral("4"));
    CHECK(count(result, "rejected") == QStringLiteral("1"));
    CHECK(shown(result, QStringLiteral("caption_inserted")) == QStringLiteral("Added"));
    CHECK(s.workers() == 4);
    REQUIRE(wizard.importSummary());
    CHECK(wizard.importSummary()->batchId > 0);
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isVisible()); // no way back into a committed import

    // The error file: UTF-8 with BOM, the rows with issues and why.
    CHECK(child<QPushButton>(result, QStringLiteral("saveErrorFile"))->isEnabled());
    const QString errorFile = fx.file(QStringLiteral("errors.csv"));
    auto* resultPage = qobject_cast<jb::ui::ImportResultPage*>(wizard.page(ImportWizard::ResultPageId));
    REQUIRE(resultPage);
    const jb::core::Status saved = resultPage->saveErrorFile(errorFile);
    INFO("error file: " << saved.error().toStdString());
    REQUIRE(saved);
    const QString errors = QString::fromUtf8(jb::test::readAll(errorFile));
    CHECK(jb::test::readAll(errorFile).startsWith("\xEF\xBB\xBF"));
    CHECK(errors.contains(QStringLiteral("王五")));
    CHECK(errors.contains(QStringLiteral("1390000222")));
    CHECK_FALSE(errors.contains(QStringLiteral("孙七")));
    CHECK(shown(result, QStringLiteral("resultMessage")).contains(QStringLiteral("errors.csv")));
}

TEST_CASE("A mapping saved as a profile is re-applied and named when the same header comes again",
          "[import][wizard][profile]")
{
    UiFixture fx;
    const QString csv = jb::test::writeSmallList(fx);
    ImportSession s(fx);
    {
        ImportWizard& wizard = s.openWizard(csv);
        pressNext(wizard);
        pressNext(wizard);
        REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
        QComboBox* wechat = fieldCombo(wizard, QStringLiteral("微信号"));
        wechat->setCurrentIndex(wechat->findData(QStringLiteral("note")));
        CHECK(mappingNote(wizard, QStringLiteral("微信号")).isEmpty());
        CHECK(shown(&wizard, QStringLiteral("appliedProfile")).contains(QStringLiteral("changed by hand")));

        QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("saveProfile")), Qt::LeftButton);
        auto* ask = child<QInputDialog>(&wizard, QStringLiteral("profileNameDialog"));
        ask->setTextValue(QStringLiteral("店埠镇月报"));
        ask->accept();
        CHECK(shown(&wizard, QStringLiteral("appliedProfile")) == QStringLiteral("Applied profile: 店埠镇月报"));
        CHECK(shown(&wizard, QStringLiteral("profileSaved")).contains(QStringLiteral("店埠镇月报")));
        QPointer<ImportWizard> closing(&wizard);
        wizard.reject();
        REQUIRE(QTest::qWaitFor([&closing] { return closing.isNull(); }, kTimeoutMs));
    }
    // The same layout again: the page lists the profile, and core finds it by the header and the page names it.
    ImportWizard& again = s.openWizard(csv);
    pressNext(again);
    pressNext(again);
    auto* profiles = child<QComboBox>(&again, QStringLiteral("profiles"));
    CHECK(profiles->findText(QStringLiteral("店埠镇月报")) > 0);
    CHECK(again.job()->matchedProfile() == QStringLiteral("店埠镇月报"));
    CHECK(shown(&again, QStringLiteral("appliedProfile")) == QStringLiteral("Applied profile: 店埠镇月报"));
    CHECK(fieldCombo(again, QStringLiteral("微信号"))->currentData().toString() == QStringLiteral("note"));

    // Applying it by hand from the combo works too, after the officer changed the mapping.
    QComboBox* wechat = fieldCombo(again, QStringLiteral("微信号"));
    wechat->setCurrentIndex(0);
    profiles->setCurrentIndex(profiles->findText(QStringLiteral("店埠镇月报")));
    emit profiles->activated(profiles->currentIndex());
    CHECK(wechat->currentData().toString() == QStringLiteral("note"));
    CHECK(shown(&again, QStringLiteral("appliedProfile")) == QStringLiteral("Applied profile: 店埠镇月报"));
    CHECK(s.page->batchModel()->rowCount() == 0);
}

TEST_CASE("Cancelling the import at once leaves the file exactly as it was", "[import][wizard][cancel]")
{
    UiFixture fx;
    const int rows = 60000;
    ImportSession s(fx);
    ImportWizard& wizard = s.wizardAtCheck(jb::test::writeLargeList(fx, rows));
    CHECK(wizard.checkSummary()->inserted == rows);

    // Import, and Cancel before the worker can finish: it sees the flag at its first progress report.
    pressNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    REQUIRE(wizard.isBusy());
    auto* cancel = child<QPushButton>(&wizard, QStringLiteral("cancelImport"));
    REQUIRE(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK_FALSE(cancel->isEnabled());
    REQUIRE(waitUntilIdle(wizard));
    CHECK(wizard.lastRunCancelled());
    CHECK_FALSE(wizard.importSummary());
    CHECK(wizard.currentId() == ImportWizard::RunPageId);
    CHECK(shown(&wizard, QStringLiteral("runStatus")) ==
          QStringLiteral("The import was cancelled. Nothing was written to the file."));
    CHECK(s.workers() == 0);
    CHECK(s.page->batchModel()->rowCount() == 0);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("Cancelling midway, once progress is reported, leaves the file as it was", "[import][wizard][cancel]")
{
    UiFixture fx;
    ImportSession s(fx);
    ImportWizard& wizard = s.wizardAtCheck(jb::test::writeLargeList(fx, 150000));

    // Cancel when the progress bar has moved: part of the file is already written inside the transaction.
    qint64 cancelledAt = -1;
    QPushButton* cancel = child<QPushButton>(&wizard, QStringLiteral("cancelImport"));
    QObject::connect(&wizard, &ImportWizard::progressed, &wizard, [&](qint64 done, qint64 total) {
        if (cancelledAt < 0 && done > 0 && done < total) {
            cancelledAt = done;
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    pressNext(wizard);
    REQUIRE(waitUntilIdle(wizard));
    INFO("cancelled at byte " << cancelledAt);
    REQUIRE(cancelledAt > 0);
    CHECK(child<QProgressBar>(&wizard, QStringLiteral("runProgress"))->value() > 0);
    CHECK(wizard.lastRunCancelled());
    CHECK(s.workers() == 0);
    CHECK(s.page->batchModel()->rowCount() == 0);
}

TEST_CASE("Closing the wizard during the import cancels it and closes once core has rolled back",
          "[import][wizard][cancel]")
{
    UiFixture fx;
    ImportSession s(fx);
    ImportWizard& wizard = s.wizardAtCheck(jb::test::writeLargeList(fx, 60000));
    pressNext(wizard);
    REQUIRE(wizard.isBusy());
    QPointer<ImportWizard> closing(&wizard);
    wizard.reject(); // Cancel, Escape or the window's close button
    REQUIRE(closing);
    CHECK(closing->isVisible()); // not before the worker has stopped
    REQUIRE(QTest::qWaitFor([&closing] { return closing.isNull(); }, kTimeoutMs));
    CHECK(s.workers() == 0);
    CHECK(s.page->batchModel()->rowCount() == 0);
}

TEST_CASE("Going back from the check stops the dry run at once", "[import][wizard][cancel]")
{
    UiFixture fx;
    ImportSession s(fx);
    ImportWizard& wizard = s.openWizard(jb::test::writeLargeList(fx, 60000));
    pressNext(wizard);
    pressNext(wizard);
    pressNext(wizard);
    REQUIRE(wizard.isBusy());
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    CHECK(wizard.currentId() == ImportWizard::MappingPageId);
    CHECK_FALSE(wizard.isBusy());
    CHECK_FALSE(wizard.checkSummary());
    // Checking again still works.
    pressNext(wizard);
    REQUIRE(waitUntilIdle(wizard));
    REQUIRE(wizard.checkSummary());
    CHECK(wizard.checkSummary()->inserted == 60000);
}

TEST_CASE("A file that is not a list is refused on the first page with core's message", "[import][wizard]")
{
    UiFixture fx;
    const QString empty = fx.file(QStringLiteral("empty.csv"));
    jb::test::writeAll(empty, QByteArray());
    ImportSession s(fx);
    ImportWizard& wizard = s.openWizard(empty);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    CHECK(wizard.currentId() == ImportWizard::FilePageId);
    CHECK(child<QLabel>(&wizard, QStringLiteral("fileError"))->isVisible());
    CHECK_FALSE(shown(&wizard, QStringLiteral("fileError")).isEmpty());
    CHECK(wizard.job() == nullptr);

    child<QLineEdit>(&wizard, QStringLiteral("filePath"))->setText(fx.file(QStringLiteral("missing.csv")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}
