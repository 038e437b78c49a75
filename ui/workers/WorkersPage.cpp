#include "ui/workers/WorkersPage.h"

#include "core/editing/RecordChange.h"
#include "core/lists/WorkerListExport.h"
#include "core/storage/Database.h"
#include "documents/WorkerListXlsx.h"
#include "ui/audit/ReasonDialog.h"
#include "ui/editing/EditCommands.h"
#include "ui/editing/WorkerEditDialog.h"
#include "ui/lists/ListExportControls.h"
#include "ui/lists/ListTable.h"
#include "ui/placement/ReferralActions.h"
#include "ui/services/ServiceActions.h"
#include "ui/workers/WorkerDetailPanel.h"
#include "ui/workers/WorkerFilterBar.h"
#include "ui/workers/WorkerTableModel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jb::ui {

WorkersPage::WorkersPage(QWidget* parent) : ListPage(parent)
{
    QHBoxLayout* header = startLayout(QStringLiteral("workers"), QStringLiteral("workerCount"));
    m_add = new QPushButton(tr("&Add person…"), this);
    m_add->setObjectName(QStringLiteral("addWorker"));
    m_add->setToolTip(tr("Add a person to the worker needs list (e.g. registered at a fair)"));
    m_edit = new QPushButton(tr("Ed&it…"), this);
    m_edit->setObjectName(QStringLiteral("editWorker"));
    m_edit->setToolTip(tr("Edit the chosen person (or double-click the row)"));
    connect(m_add, &QPushButton::clicked, this, [this] { editInteractive(0); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editInteractive(currentWorkerId()); });
    header->addWidget(m_add);
    header->addWidget(m_edit);
    header->addSpacing(12);
    m_unmasked = ListExportControls::makeUnmaskedCheck(
        tr("Export f&ull ID and phone numbers (recorded in the audit log)"), tr("Export unmasked?"),
        tr("The exported file will contain full ID and phone numbers. The export is recorded in the audit log "
           "with your name. Keep the file safe and delete it when no longer needed."),
        this);
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportXlsx = new QPushButton(tr("Export E&xcel…"), this);
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsx"));
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportInteractive(QStringLiteral("csv")); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { exportInteractive(QStringLiteral("xlsx")); });
    header->addWidget(m_unmasked);
    header->addWidget(m_exportCsv);
    header->addWidget(m_exportXlsx);
    m_layout->addLayout(header);

    m_filters = new WorkerFilterBar(this);
    connect(m_filters, &WorkerFilterBar::filterChanged, this, &WorkersPage::applyFilter);
    m_layout->addWidget(m_filters);

    makeSplitter(QStringLiteral("workerSplitter"));
    m_model = new WorkerTableModel(this);
    connect(m_model, &WorkerTableModel::failed, this, &Page::errorOccurred);
    connect(m_model, &WorkerTableModel::totalChanged, this, &WorkersPage::showCount);
    m_table = ListTable::make(QStringLiteral("workerTable"), m_model, static_cast<int>(core::WorkerColumn::Registered),
                              Qt::DescendingOrder, 96, m_splitter);
    using C = core::WorkerColumn;
    auto col = [](C c) { return static_cast<int>(c); };
    ListTable::setColumnWidths(*m_table, {{col(C::Name), 76},
                                          {col(C::Gender), 44},
                                          {col(C::Age), 44},
                                          {col(C::ResidentId), 150},
                                          {col(C::Phone), 100},
                                          {col(C::KeyGroups), 130},
                                          {col(C::Status), 80},
                                          {col(C::Registered), 88},
                                          {col(C::LastContact), 88}});
    buildDetail();
    finishSplitter({760, 420});
    showCount();
}

// The detail beside the list, and what it asks of the page and the window (edits, referrals, reveals).
void WorkersPage::buildDetail()
{
    m_detail = new WorkerDetailPanel(m_splitter);
    connect(m_detail, &WorkerDetailPanel::failed, this, &Page::errorOccurred);
    // Referring the person to a post, and opening a referral, happen on the 推荐就业 page's terms: the referral
    // goes on the undo stack named after the person and the post, and the page shows it with its actions.
    m_referrals = new ReferralActions(this);
    connect(m_referrals, &ReferralActions::failed, this, &Page::errorOccurred);
    connect(m_referrals, &ReferralActions::started, this,
            [this](qint64 id) { emit recordOpenRequested(core::RecordKind::Referral, id); });
    connect(m_detail, &WorkerDetailPanel::referralOpenRequested, this,
            [this](qint64 id) { emit recordOpenRequested(core::RecordKind::Referral, id); });
    connect(m_detail, &WorkerDetailPanel::referRequested, this, [this](qint64 workerId) {
        const QModelIndex current = m_table->selectionModel()->currentIndex();
        const QString name =
            current.isValid()
                ? m_model->data(m_model->index(current.row(), static_cast<int>(core::WorkerColumn::Name))).toString()
                : QString();
        m_referrals->referWorker(workerId, name);
    });
    connect(m_detail, &WorkerDetailPanel::revealed, this,
            [this] { emit statusMessage(tr("Shown in full; recorded in the audit log.")); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_detail->showWorker(current.isValid() ? m_model->workerId(current.row()) : 0);
                m_edit->setEnabled(m_database && current.isValid() && !isReadOnly());
            });
    // Enter on a row, or a double-click, opens the person in the editor.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            editInteractive(m_model->workerId(index.row()));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_detail->showWorker(0); });
    buildServiceActions();
}

// The detail's services tab records, changes and deletes the person's services as the 服务 page does (the same
// dialog and commands); a service opened goes to the 服务 page.
void WorkersPage::buildServiceActions()
{
    m_services = new ServiceActions(this);
    connect(m_services, &ServiceActions::failed, this, &Page::errorOccurred);
    connect(m_services, &ServiceActions::applied, this, [this] {
        if (!undoStack())
            recordsEdited();
    });
    m_detail->addServiceButton()->setMenu(
        m_services->makeKindMenu(m_detail->addServiceButton(), [this] { return m_detail->workerId(); }));
    connect(m_detail, &WorkerDetailPanel::serviceEditRequested, m_services, &ServiceActions::editService);
    connect(m_detail, &WorkerDetailPanel::serviceRemoveRequested, m_services, &ServiceActions::removeService);
    connect(m_detail, &WorkerDetailPanel::serviceOpenRequested, this,
            [this](qint64 id) { emit recordOpenRequested(core::RecordKind::Service, id); });
}

QString WorkersPage::title() const
{
    // The navigation title the placeholder had, with its translation (劳动者).
    return QCoreApplication::translate("jb::ui::PlaceholderPage", "Workers");
}

void WorkersPage::setToday(const QDate& today)
{
    m_today = today;
    m_model->setToday(today);
    m_detail->setToday(today);
    if (m_database)
        applyFilter();
}

void WorkersPage::showFile(core::Database& database, const core::DatabaseStats& /*stats*/)
{
    m_database = &database;
    const QString error = m_filters->load(database);
    if (!error.isEmpty())
        emit errorOccurred(error);
    m_detail->setDatabase(&database);
    m_referrals->setDatabase(&database);
    m_referrals->setUndoStack(undoStack());
    m_services->setDatabase(&database);
    m_services->setUndoStack(undoStack());
    m_model->setSource(database, m_filters->filter());
}

QWidget* WorkersPage::searchField() const
{
    return m_filters->searchBox();
}

bool WorkersPage::opensRecords(core::RecordKind kind) const
{
    return kind == core::RecordKind::Worker;
}

void WorkersPage::openRecord(core::RecordKind /*kind*/, qint64 id)
{
    // Chosen in the list when the filter shows the person; otherwise no row is chosen and the detail shows them.
    if (selectWorker(id))
        return;
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_detail->showWorker(id);
}

void WorkersPage::clearFile()
{
    m_database = nullptr;
    m_referrals->setDatabase(nullptr);
    m_services->setDatabase(nullptr);
    m_detail->setDatabase(nullptr);
    m_detail->showWorker(0);
    m_model->clear();
    m_filters->clear();
}

void WorkersPage::applyFilter()
{
    if (m_database)
        m_model->setFilter(m_filters->filter());
}

void WorkersPage::showCount()
{
    showTotal(tr("%1 people").arg(QLocale().toString(m_model->total())), m_model->total());
    m_edit->setEnabled(m_database && m_table->selectionModel()->currentIndex().isValid() && !isReadOnly());
}

void WorkersPage::readOnlyChanged()
{
    ListPage::readOnlyChanged();
    m_referrals->setReadOnly(isReadOnly());
    m_detail->referButton()->setEnabled(!isReadOnly());
    m_services->setReadOnly(isReadOnly());
    m_detail->setReadOnly(isReadOnly());
    m_edit->setEnabled(m_database && m_table->selectionModel()->currentIndex().isValid() && !isReadOnly());
}

qint64 WorkersPage::currentWorkerId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->workerId(current.row()) : 0;
}

bool WorkersPage::selectWorker(qint64 workerId)
{
    if (workerId <= 0)
        return false;
    // Rows are read a window at a time: look near the row it had, then from the top, a few windows at most.
    const int rows = m_model->rowCount();
    const int previous = m_table->selectionModel()->currentIndex().row();
    const int reach = WorkerTableModel::kWindowRows * 2;
    QVector<int> starts;
    if (previous >= 0)
        starts << qMax(0, previous - reach / 2);
    starts << 0;
    for (int start : starts) {
        for (int row = start; row < qMin(rows, start + reach); ++row) {
            if (m_model->workerId(row) == workerId) {
                const QModelIndex index = m_model->index(row, 0);
                m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
                m_table->scrollTo(index);
                return true;
            }
        }
    }
    return false;
}

void WorkersPage::recordsEdited()
{
    if (!m_database || m_applying)
        return;
    const qint64 chosen = m_pendingSelection ? m_pendingSelection : m_detail->workerId();
    const int previousRow = m_table->selectionModel()->currentIndex().row();
    m_pendingSelection = 0;
    m_model->setFilter(m_model->filter());
    if (selectWorker(chosen))
        return;
    // The person left the list (removed, or no longer matching the filter): keep the row position.
    if (previousRow >= 0 && m_model->rowCount() > 0) {
        const QModelIndex index = m_model->index(qMin(previousRow, m_model->rowCount() - 1), 0);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

qint64 WorkersPage::applyEdit(const core::RecordChange& change, const QString& text, QString* refusal)
{
    if (!m_database)
        return 0;
    QString error;
    // The push makes the window call recordsEdited; re-read once afterwards instead, choosing the edited person.
    m_applying = true;
    const qint64 id = applyAndPush(undoStack(), *m_database, change, text, &error);
    m_applying = false;
    if (!id) {
        if (refusal)
            *refusal = error;
        else
            emit errorOccurred(error);
        return 0;
    }
    m_pendingSelection = id;
    recordsEdited();
    emit statusMessage(text);
    return id;
}

void WorkersPage::editInteractive(qint64 workerId)
{
    if (!m_database || isReadOnly()) // a double-click on a read-only file opens no editor
        return;
    WorkerEditDialog dialog(*m_database, workerId, this);
    // If core still refuses (the record changed since the dialog opened), say why and keep what was typed.
    while (dialog.exec() == QDialog::Accepted) {
        const core::RecordChange change = dialog.change();
        if (change.fields.isEmpty())
            return;
        const QString name = dialog.personName();
        QString refusal;
        if (applyEdit(change, workerId ? tr("Edit person %1").arg(name) : tr("Add person %1").arg(name), &refusal))
            return;
        QMessageBox::warning(&dialog, tr("Not saved"), refusal);
    }
}

QString WorkersPage::exportTo(const QString& path, bool unmasked, const QString& reason)
{
    const core::WorkerListQuery* query = m_model->query();
    if (!query)
        return tr("No list to export.");
    core::Expected<qint64> rows = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                                      ? report::WorkerListXlsx::write(*query, path, unmasked, reason)
                                      : core::WorkerListExport::writeCsv(*query, path, unmasked, reason);
    if (!rows)
        return rows.error();
    emit statusMessage(tr("%1 rows written to %2").arg(QLocale().toString(*rows), QFileInfo(path).fileName()));
    return {};
}

void WorkersPage::exportInteractive(const QString& format)
{
    const bool csv = format == QLatin1String("csv");
    const bool unmasked = m_unmasked->isChecked();
    QString reason;
    if (unmasked && (!m_database || !ReasonDialog::askIfRequired(*m_database,
                                                                 tr("full ID and phone numbers in an "
                                                                    "exported list"),
                                                                 this, reason)))
        return;
    const QString path = ListExportControls::askPath(this, tr("Export the worker list"), tr("workers"), csv);
    if (path.isEmpty())
        return;
    const QString error = exportTo(path, unmasked, reason);
    if (!error.isEmpty())
        emit errorOccurred(error);
}

} // namespace jb::ui
