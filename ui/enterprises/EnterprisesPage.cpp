#include "ui/enterprises/EnterprisesPage.h"

#include "core/lists/EnterpriseListExport.h"
#include "core/storage/Database.h"
#include "documents/ListXlsx.h"
#include "ui/audit/ReasonDialog.h"
#include "ui/editing/EditCommands.h"
#include "ui/editing/EnterpriseEditDialog.h"
#include "ui/enterprises/EnterpriseDetailPanel.h"
#include "ui/enterprises/EnterpriseFilterBar.h"
#include "ui/enterprises/EnterpriseTableModel.h"
#include "ui/lists/ListExportControls.h"
#include "ui/lists/ListTable.h"
#include "ui/placement/ReferralActions.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace jb::ui {

using core::EnterpriseColumn;

EnterprisesPage::EnterprisesPage(QWidget* parent) : ListPage(parent)
{
    QHBoxLayout* header = startLayout(QStringLiteral("enterprises"), QStringLiteral("enterpriseCount"));
    m_add = new QPushButton(tr("&New enterprise…"), this);
    m_add->setObjectName(QStringLiteral("addEnterprise"));
    connect(m_add, &QPushButton::clicked, this, &EnterprisesPage::addEnterprise);
    header->addWidget(m_add);
    header->addSpacing(12);
    m_unmasked = ListExportControls::makeUnmaskedCheck(
        tr("Export f&ull contact phone numbers (recorded in the audit log)"), tr("Export unmasked?"),
        tr("The exported file will contain full contact phone numbers. The export is recorded in the audit log "
           "with your name. Keep the file safe and delete it when no longer needed."),
        this);
    header->addWidget(m_unmasked);
    // Each button offers the enterprises or their vacancies.
    auto exportButton = [this, header](const QString& objectName, const QString& text, const QString& format) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(objectName);
        auto* menu = new QMenu(button);
        menu->addAction(tr("Enterprises"), this,
                        [this, format] { exportInteractive(format, ExportKind::Enterprises); });
        menu->addAction(tr("Their vacancies"), this,
                        [this, format] { exportInteractive(format, ExportKind::Vacancies); });
        button->setMenu(menu);
        header->addWidget(button);
        return button;
    };
    m_exportCsv = exportButton(QStringLiteral("exportCsv"), tr("Export &CSV"), QStringLiteral("csv"));
    m_exportXlsx = exportButton(QStringLiteral("exportXlsx"), tr("Export E&xcel"), QStringLiteral("xlsx"));
    m_layout->addLayout(header);

    m_filters = new EnterpriseFilterBar(this);
    connect(m_filters, &EnterpriseFilterBar::filterChanged, this, &EnterprisesPage::applyFilter);
    m_layout->addWidget(m_filters);

    makeSplitter(QStringLiteral("enterpriseSplitter"));
    m_model = new EnterpriseTableModel(this);
    connect(m_model, &EnterpriseTableModel::failed, this, &Page::errorOccurred);
    connect(m_model, &EnterpriseTableModel::totalChanged, this, &EnterprisesPage::showCount);
    m_table = ListTable::make(QStringLiteral("enterpriseTable"), m_model, static_cast<int>(EnterpriseColumn::Name),
                              Qt::AscendingOrder, 64, m_splitter);
    auto col = [](EnterpriseColumn c) { return static_cast<int>(c); };
    ListTable::setColumnWidths(*m_table, {{col(EnterpriseColumn::Name), 180},
                                          {col(EnterpriseColumn::CreditCode), 142},
                                          {col(EnterpriseColumn::Organisation), 76},
                                          {col(EnterpriseColumn::Industry), 84},
                                          {col(EnterpriseColumn::Hired), 56},
                                          {col(EnterpriseColumn::Gap), 56},
                                          {col(EnterpriseColumn::LastContact), 84},
                                          {col(EnterpriseColumn::Flags), 96}});
    // These columns are as wide as their titles in the interface language (and no narrower than 56).
    const QFontMetrics titleMetrics(m_table->horizontalHeader()->font());
    for (EnterpriseColumn column : {EnterpriseColumn::Organisation, EnterpriseColumn::OpenVacancies,
                                    EnterpriseColumn::Headcount, EnterpriseColumn::Hired, EnterpriseColumn::Gap}) {
        const QString title = m_model->headerData(static_cast<int>(column), Qt::Horizontal).toString();
        m_table->setColumnWidth(static_cast<int>(column), std::max(m_table->columnWidth(static_cast<int>(column)),
                                                                   titleMetrics.horizontalAdvance(title) + 14));
    }
    buildDetail();
    finishSplitter({700, 480});
    showCount();
}

// The detail beside the list, and what it asks of the page and the window (edits, referrals, reveals).
void EnterprisesPage::buildDetail()
{
    m_detail = new EnterpriseDetailPanel(m_splitter);
    connect(m_detail, &EnterpriseDetailPanel::failed, this, &Page::errorOccurred);
    // Referring a person to a post, and opening a referral, happen on the 推荐就业 page's terms (ReferralActions).
    m_referrals = new ReferralActions(this);
    connect(m_referrals, &ReferralActions::failed, this, &Page::errorOccurred);
    connect(m_referrals, &ReferralActions::started, this,
            [this](qint64 id) { emit recordOpenRequested(core::RecordKind::Referral, id); });
    connect(m_detail, &EnterpriseDetailPanel::referralOpenRequested, this,
            [this](qint64 id) { emit recordOpenRequested(core::RecordKind::Referral, id); });
    connect(m_detail, &EnterpriseDetailPanel::referRequested, m_referrals, &ReferralActions::referToPost);
    connect(m_detail, &EnterpriseDetailPanel::revealed, this,
            [this] { emit statusMessage(tr("Shown in full; recorded in the audit log.")); });
    // With the window's undo stack, the window calls recordsEdited() after every edit; without one, the page does.
    connect(m_detail, &EnterpriseDetailPanel::edited, this, [this] {
        if (!undoStack())
            recordsEdited();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_detail->showEnterprise(current.isValid() ? m_model->enterpriseId(current.row()) : 0);
            });
    // Enter on a row, or a double-click, opens the enterprise in the editor (the detail shows it already).
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            m_detail->editEnterprise();
    });
}

QString EnterprisesPage::title() const
{
    // The navigation title the placeholder had, with its translation.
    return QCoreApplication::translate("jb::ui::PlaceholderPage", "Enterprises");
}

void EnterprisesPage::showFile(core::Database& database, const core::DatabaseStats& /*stats*/)
{
    m_database = &database;
    const QString error = m_filters->load(database);
    if (!error.isEmpty())
        emit errorOccurred(error);
    m_detail->setDatabase(&database);
    m_referrals->setDatabase(&database);
    m_referrals->setUndoStack(undoStack());
    m_detail->setUndoStack(undoStack());
    m_detail->showEnterprise(0);
    m_model->setSource(database, m_filters->filter());
}

QWidget* EnterprisesPage::searchField() const
{
    return m_filters->searchBox();
}

bool EnterprisesPage::opensRecords(core::RecordKind kind) const
{
    return kind == core::RecordKind::Enterprise;
}

void EnterprisesPage::openRecord(core::RecordKind /*kind*/, qint64 id)
{
    // Chosen in the list when it is in its first two windows (a few reads at most, as on the worker list);
    // otherwise no row is chosen and the detail shows it.
    QItemSelectionModel* selection = m_table->selectionModel();
    for (int row = 0; row < std::min(m_model->rowCount(), 400); ++row) {
        if (m_model->enterpriseId(row) == id) {
            const QModelIndex index = m_model->index(row, 0);
            selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
    }
    selection->clearCurrentIndex();
    m_table->clearSelection();
    m_detail->showEnterprise(id);
}

void EnterprisesPage::clearFile()
{
    m_database = nullptr;
    m_detail->setDatabase(nullptr);
    m_referrals->setDatabase(nullptr);
    m_detail->showEnterprise(0);
    m_model->clear();
    m_filters->clear();
}

void EnterprisesPage::recordsEdited()
{
    if (!m_database)
        return;
    // Keep the row and the enterprise shown: the row stays chosen when the same enterprise is still there.
    const qint64 shown = m_detail->enterpriseId();
    const int row = m_table->currentIndex().row();
    m_model->reload();
    if (row >= 0 && row < m_model->rowCount() && m_model->enterpriseId(row) == shown) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->selectRow(row);
    }
    m_detail->showEnterprise(shown);
}

void EnterprisesPage::applyFilter()
{
    if (!m_database)
        return;
    m_model->setFilter(m_filters->filter());
    m_detail->showEnterprise(0);
}

void EnterprisesPage::showCount()
{
    showTotal(tr("%1 enterprises").arg(QLocale().toString(m_model->total())), m_model->total());
}

QString EnterprisesPage::exportTo(const QString& path, ExportKind kind, bool unmasked, const QString& reason)
{
    const core::EnterpriseListQuery* query = m_model->query();
    if (!query)
        return tr("No list to export.");
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    core::Expected<qint64> rows = qint64(0);
    if (kind == ExportKind::Enterprises) {
        report::ListXlsxSink sink(path, core::EnterpriseListExport::columnWidths());
        rows = xlsx ? core::EnterpriseListExport::write(*query, sink, unmasked, path, reason)
                    : core::EnterpriseListExport::writeCsv(*query, path, unmasked, reason);
    } else {
        const core::VacancyListQuery vacancies =
            core::VacancyListQuery::forFilter(query->database(), query->filter(), query->names());
        report::ListXlsxSink sink(path, core::EnterpriseListExport::vacancyColumnWidths());
        rows = xlsx ? core::EnterpriseListExport::writeVacancies(vacancies, sink, unmasked, path, reason)
                    : core::EnterpriseListExport::writeVacanciesCsv(vacancies, path, unmasked, reason);
    }
    if (!rows)
        return rows.error();
    emit statusMessage(tr("%1 rows written to %2").arg(QLocale().toString(*rows), QFileInfo(path).fileName()));
    return {};
}

void EnterprisesPage::exportInteractive(const QString& format, ExportKind kind)
{
    const bool csv = format == QLatin1String("csv");
    const bool unmasked = m_unmasked->isChecked();
    QString reason;
    if (unmasked && (!m_database || !ReasonDialog::askIfRequired(*m_database,
                                                                 tr("full contact phone numbers in an "
                                                                    "exported list"),
                                                                 this, reason)))
        return;
    const QString base = kind == ExportKind::Enterprises ? tr("enterprises") : tr("vacancies");
    const QString path = ListExportControls::askPath(
        this, kind == ExportKind::Enterprises ? tr("Export the enterprise list") : tr("Export their vacancies"), base,
        csv);
    if (path.isEmpty())
        return;
    const QString error = exportTo(path, kind, unmasked, reason);
    if (!error.isEmpty())
        emit errorOccurred(error);
}

void EnterprisesPage::readOnlyChanged()
{
    ListPage::readOnlyChanged();
    m_detail->setReadOnly(isReadOnly());
    m_referrals->setReadOnly(isReadOnly());
}

void EnterprisesPage::addEnterprise()
{
    if (!m_database || isReadOnly())
        return;
    auto* dialog = new EnterpriseEditDialog(*m_database, 0, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        const qint64 id = applyAndPush(undoStack(), *m_database, dialog->change(), tr("Add enterprise"), &error);
        if (!id) {
            emit errorOccurred(error);
            return;
        }
        if (!undoStack())
            recordsEdited();
        m_detail->showEnterprise(id);
    });
    dialog->open();
}

} // namespace jb::ui
