#include "ui/import/ImportPage.h"

#include "core/import/batches/ImportBatchRepository.h"
#include "core/storage/Database.h"
#include "ui/AppSettings.h"
#include "ui/import/ImportBatchModel.h"
#include "ui/import/ImportCommand.h"
#include "ui/import/ImportWizard.h"
#include "ui/safety/BackupBeforeChange.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jb::ui {

ImportPage::ImportPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("import"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 20);
    layout->setSpacing(12);
    layout->addWidget(makeHeading(title(), this));

    auto* intro = new QLabel(tr("Imports the lists that arrive as Excel files saved as CSV (GBK or UTF-8): columns "
                                "are matched to fields, ID numbers, credit codes, phone numbers and dates are checked "
                                "row by row before anything is written, and a whole import can be undone."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* buttons = new QHBoxLayout;
    m_import = new QPushButton(tr("&Import a list…"), this);
    m_import->setObjectName(QStringLiteral("importList"));
    QFont bold = m_import->font();
    bold.setBold(true);
    m_import->setFont(bold);
    buttons->addWidget(m_import);
    m_undo = new QPushButton(tr("&Undo the selected import"), this);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    layout->addWidget(makeHeading(tr("Imports into this file"), this, 1.15));
    m_model = new ImportBatchModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportBatchModel::FileColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(tr("No list has been imported into this file yet."), this);
    m_empty->setObjectName(QStringLiteral("noImports"));
    m_empty->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(m_empty);

    connect(m_import, &QPushButton::clicked, this, &ImportPage::openWizard);
    connect(m_undo, &QPushButton::clicked, this, &ImportPage::askUndoSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImportPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportPage::updateButtons);
    updateButtons();
}

ImportPage::~ImportPage()
{
    // The wizard holds a reference to the file: it goes first (it stops its worker thread on the way).
    delete m_wizard.data();
}

QString ImportPage::title() const
{
    return tr("Import");
}

void ImportPage::showFile(core::Database& database, const core::DatabaseStats& /*stats*/)
{
    if (m_database != &database)
        delete m_wizard.data();
    m_database = &database;
    refresh();
}

void ImportPage::clearFile()
{
    delete m_wizard.data();
    m_database = nullptr;
    m_model->setBatches({});
    updateButtons();
}

void ImportPage::refresh()
{
    if (!m_database)
        return;
    const qint64 selected = selectedBatchId();
    auto batches = core::ImportBatchRepository(m_database->connection()).list();
    if (!batches) {
        m_model->setBatches({});
        emit errorOccurred(batches.error());
        return;
    }
    m_model->setBatches(std::move(*batches));
    if (selected > 0)
        selectBatch(selected);
    updateButtons();
}

ImportWizard* ImportPage::openWizard()
{
    if (!m_database || isReadOnly())
        return nullptr;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new ImportWizard(*m_database, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_appSettings) {
        m_wizard->setStartFolder(m_appSettings->lastImportFolder());
        connect(m_wizard, &ImportWizard::folderUsed, this,
                [this](const QString& folder) { m_appSettings->setLastImportFolder(folder); });
    }
    connect(m_wizard, &ImportWizard::imported, this, [this](qint64 batchId) {
        pushImport(batchId);
        refresh();
        selectBatch(batchId);
        emit recordsChanged();
        emit statusMessage(tr("Import no. %1 was written to the file.").arg(batchId));
    });
    connect(m_wizard, &ImportWizard::undone, this, [this](qint64 batchId) {
        refresh();
        emit recordsChanged();
        emit statusMessage(tr("Import no. %1 was undone.").arg(batchId));
    });
    // A cancel that lost the race against the commit still leaves a batch: the list is re-read on close anyway.
    connect(m_wizard, &QDialog::finished, this, &ImportPage::refresh);
    // open(), not exec(): window-modal without a nested event loop.
    m_wizard->open();
    return m_wizard;
}

// The import goes on the window's undo stack, named by its file, so Edit ▸ Undo takes it back.
void ImportPage::pushImport(qint64 batchId)
{
    if (!undoStack() || !m_database || !m_wizard)
        return;
    const QString fileName = QFileInfo(m_wizard->listPath()).fileName();
    undoStack()->push(new ImportCommand(
        *m_database, batchId, fileName,
        [this, batchId] {
            refresh();
            emit recordsChanged();
            emit statusMessage(tr("Import no. %1 was undone.").arg(batchId));
        },
        [this](const QString& refusal) { emit errorOccurred(refusal); }));
}

ImportWizard* ImportPage::wizard() const
{
    return m_wizard.data();
}

bool ImportPage::selectBatch(qint64 batchId)
{
    const int row = m_model->rowOf(batchId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

qint64 ImportPage::selectedBatchId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const core::ImportBatch* batch = m_model->batchAt(rows.first().row());
    return batch ? batch->id : 0;
}

void ImportPage::readOnlyChanged()
{
    updateButtons();
}

void ImportPage::updateButtons()
{
    m_import->setEnabled(m_database != nullptr && !isReadOnly());
    const core::ImportBatch* batch = m_model->batchAt(m_model->rowOf(selectedBatchId()));
    m_undo->setEnabled(m_database && batch && !batch->undoneAt.isValid() && !isReadOnly());
    m_empty->setVisible(m_database && m_model->rowCount() == 0);
}

void ImportPage::askUndoSelected()
{
    const core::ImportBatch* batch = m_model->batchAt(m_model->rowOf(selectedBatchId()));
    if (!m_database || isReadOnly() || !batch || batch->undoneAt.isValid())
        return;
    const qint64 batchId = batch->id;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Undo the import"),
        tr("Undo the import of %1 (%2)? The %3 records it added are removed and the %4 it updated get back their "
           "earlier values.")
            .arg(batch->fileName, ImportBatchModel::kindName(batch->kind))
            .arg(batch->inserted)
            .arg(batch->updated),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmUndo"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, batchId](int result) {
        if (result == QMessageBox::Yes)
            undoBatch(batchId);
    });
    box->open();
}

bool ImportPage::undoBatch(qint64 batchId)
{
    if (!m_database)
        return false;
    if (const core::Status backedUp = backUpBeforeChange(*m_database); !backedUp) {
        emit errorOccurred(backedUp.error());
        return false;
    }
    if (const core::Status undone = core::ImportBatchRepository(m_database->connection()).undo(batchId); !undone) {
        emit errorOccurred(undone.error());
        return false;
    }
    refresh();
    emit recordsChanged();
    emit statusMessage(tr("Import no. %1 was undone.").arg(batchId));
    return true;
}

} // namespace jb::ui
