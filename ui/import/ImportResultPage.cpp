#include "ui/import/ImportResultPage.h"

#include "core/import/ImportJob.h"
#include "core/import/batches/ImportBatchRepository.h"
#include "core/storage/Database.h"
#include "ui/import/ImportBatchModel.h"
#include "ui/import/ImportCountsView.h"
#include "ui/import/ImportIssuesView.h"
#include "ui/import/ImportWizard.h"
#include "ui/safety/BackupBeforeChange.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

ImportResultPage::ImportResultPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Import finished"));
    setSubTitle(tr("The records are in the file. The whole import can be undone here or later on the Import page."));
    setFinalPage(true);

    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resultStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_counts = new ImportCountsView(this);
    layout->addWidget(m_counts);
    m_issues = new ImportIssuesView(this);
    layout->addWidget(m_issues, 1);

    auto* buttons = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("resultMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buttons->addWidget(m_message, 1);
    m_saveErrors = new QPushButton(tr("&Save error file…"), this);
    m_saveErrors->setObjectName(QStringLiteral("saveErrorFile"));
    m_saveErrors->setToolTip(tr("The rows with issues, with their original columns and the reasons, as a CSV file "
                                "that opens in Excel: correct them and import that file again."));
    buttons->addWidget(m_saveErrors);
    m_undo = new QPushButton(tr("&Undo this import"), this);
    m_undo->setObjectName(QStringLiteral("undoThisImport"));
    buttons->addWidget(m_undo);
    layout->addLayout(buttons);

    connect(m_saveErrors, &QPushButton::clicked, this, &ImportResultPage::chooseErrorFile);
    connect(m_undo, &QPushButton::clicked, this, &ImportResultPage::askUndo);
}

void ImportResultPage::initializePage()
{
    m_message->clear();
    const auto& summary = m_wizard.importSummary();
    if (!summary) {
        m_status->setText(tr("Nothing was imported."));
        m_counts->clear();
        m_issues->clear();
        m_saveErrors->setEnabled(false);
        m_undo->setEnabled(false);
        return;
    }
    const QString kind = ImportBatchModel::kindName(core::importKindKey(m_wizard.listKind()));
    m_status->setText(tr("%1 was imported into the list “%2” (import no. %3).")
                          .arg(QFileInfo(m_wizard.listPath()).fileName(), kind)
                          .arg(summary->batchId));
    m_counts->setSummary(*summary);
    m_issues->setIssues(summary->issues, m_wizard.importJob() ? m_wizard.importJob()->issuesNotListed() : 0);
    m_saveErrors->setEnabled(m_wizard.importJob() && m_wizard.importJob()->errorFileRows() > 0);
    m_undo->setEnabled(summary->batchId > 0);
}

void ImportResultPage::chooseErrorFile()
{
    const QFileInfo list(m_wizard.listPath());
    const QString suggested = list.absoluteDir().filePath(tr("%1 errors.csv").arg(list.completeBaseName()));
    auto* dialog = new QFileDialog(this, tr("Save the error file as"), suggested, tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("saveErrorFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    // The outcome is shown on the page; the Status is for tests and scripts.
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& path) { static_cast<void>(saveErrorFile(path)); });
    dialog->open();
}

core::Status ImportResultPage::saveErrorFile(const QString& path)
{
    const core::ImportJob* job = m_wizard.importJob();
    if (!job)
        return core::Status::failure(tr("There is no import to write an error file for."));
    const core::Status saved = job->saveErrorFile(path);
    if (saved)
        showMessage(tr("Error file saved as %1").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(saved.error(), true);
    return saved;
}

void ImportResultPage::askUndo()
{
    const auto& summary = m_wizard.importSummary();
    if (!summary)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Undo this import"),
                                tr("Undo the import of %1? The %2 records it added are removed and the %3 it "
                                   "updated get back their earlier values.")
                                    .arg(QFileInfo(m_wizard.listPath()).fileName())
                                    .arg(summary->inserted)
                                    .arg(summary->updated),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmUndo"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            static_cast<void>(undo()); // the page shows the outcome
    });
    box->open();
}

core::Status ImportResultPage::undo()
{
    const auto& summary = m_wizard.importSummary();
    if (!summary || summary->batchId <= 0)
        return core::Status::failure(tr("There is no import to undo."));
    const qint64 batchId = summary->batchId;
    if (const core::Status backedUp = backUpBeforeChange(m_wizard.database()); !backedUp) {
        showMessage(backedUp.error(), true);
        return backedUp;
    }
    const core::Status undone = core::ImportBatchRepository(m_wizard.database().connection()).undo(batchId);
    if (!undone) {
        showMessage(undone.error(), true);
        return undone;
    }
    m_undo->setEnabled(false);
    showMessage(tr("The import was undone: the file is as it was before."), false);
    m_wizard.noteUndone(batchId);
    return {};
}

void ImportResultPage::showMessage(const QString& text, bool failure)
{
    m_message->setStyleSheet(failure ? QStringLiteral("color: #b01e1e;") : QStringLiteral("color: #1e6b1e;"));
    m_message->setText(text);
}

} // namespace jb::ui
