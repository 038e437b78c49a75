#include "ui/services/ServicesPage.h"

#include "core/services/ServiceList.h"
#include "core/storage/Database.h"
#include "documents/ListXlsx.h"
#include "ui/lists/ListTable.h"
#include "ui/services/ProjectsView.h"
#include "ui/services/ServiceActions.h"
#include "ui/services/ServiceDetailPanel.h"
#include "ui/services/ServiceFilterBar.h"
#include "ui/services/ServiceTableModel.h"
#include "ui/services/ServiceTotalsView.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jb::ui {

ServicesPage::ServicesPage(QWidget* parent) : ListPage(parent)
{
    buildHeader();
    m_filters = new ServiceFilterBar(this);
    connect(m_filters, &ServiceFilterBar::filterChanged, this, &ServicesPage::applyFilter);
    m_layout->addWidget(m_filters);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("serviceTabs"));
    makeSplitter(QStringLiteral("serviceSplitter"));
    m_splitter->setParent(m_tabs);
    m_model = new ServiceTableModel(this);
    connect(m_model, &ServiceTableModel::failed, this, &Page::errorOccurred);
    connect(m_model, &ServiceTableModel::totalChanged, this, &ServicesPage::showCount);
    m_table = ListTable::make(QStringLiteral("serviceTable"), m_model,
                              static_cast<int>(ServiceTableModel::Column::Date), Qt::DescendingOrder, 90, m_splitter);
    using C = ServiceTableModel::Column;
    ListTable::setColumnWidths(*m_table, {{static_cast<int>(C::ResidentId), 138},
                                          {static_cast<int>(C::Name), 64},
                                          {static_cast<int>(C::Kind), 84},
                                          {static_cast<int>(C::Date), 86},
                                          {static_cast<int>(C::Content), 130},
                                          {static_cast<int>(C::Provider), 100},
                                          {static_cast<int>(C::Unit), 100}});
    m_detail = new ServiceDetailPanel(m_splitter);
    connect(m_detail, &ServiceDetailPanel::failed, this, &Page::errorOccurred);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_detail->showService(current.isValid() ? m_model->serviceId(current.row()) : 0);
            });
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({700, 360});
    m_tabs->addTab(m_splitter, tr("&Service records"));
    m_totals = new ServiceTotalsView(m_tabs);
    connect(m_totals, &ServiceTotalsView::failed, this, &Page::errorOccurred);
    m_tabs->addTab(m_totals, tr("&Totals"));
    m_projects = new ProjectsView(nullptr, m_tabs);
    connect(m_projects, &ProjectsView::errorOccurred, this, &Page::errorOccurred);
    connect(m_projects, &ProjectsView::statusMessage, this, &Page::statusMessage);
    m_tabs->addTab(m_projects, tr("Entrepreneurship p&rojects"));
    m_layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The count, filters, new-service button and export are the services'; projects have their own.
        const bool services = m_tabs->currentWidget() != m_projects;
        for (QWidget* control : {static_cast<QWidget*>(m_filters), static_cast<QWidget*>(m_count),
                                 static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_exporter)})
            control->setVisible(services);
        if (m_totalsStale)
            showTotals();
    });

    m_actions = new ServiceActions(this);
    connect(m_actions, &ServiceActions::failed, this, &Page::errorOccurred);
    // With the window's undo stack the window calls recordsEdited() after the push; the page then shows the service.
    connect(m_actions, &ServiceActions::applied, this, [this](qint64 serviceId) {
        if (!undoStack())
            recordsEdited();
        showService(serviceId);
    });
    m_add->setMenu(m_actions->makeKindMenu(m_add, [] { return qint64(0); }));
    connect(m_detail, &ServiceDetailPanel::editRequested, m_actions, &ServiceActions::editService);
    connect(m_detail, &ServiceDetailPanel::removeRequested, m_actions, &ServiceActions::removeService);
    connect(m_detail, &ServiceDetailPanel::personOpenRequested, this,
            [this](qint64 workerId) { emit recordOpenRequested(core::RecordKind::Worker, workerId); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!isReadOnly())
            m_actions->editService(m_model->serviceId(index.row()));
    });
    showCount();
}

void ServicesPage::buildHeader()
{
    QHBoxLayout* header = startLayout(QStringLiteral("services"), QStringLiteral("serviceCount"));
    m_add = new QPushButton(tr("&New service"), this);
    m_add->setObjectName(QStringLiteral("addService"));
    m_add->setToolTip(tr("Choose the kind first, then fill in its fields"));
    header->addWidget(m_add);
    m_exporter = new ListExportButton(
        QStringLiteral("Services"), {tr("Export the services list"), tr("services"), {}}, true,
        [this](const QString& path, bool unmasked, const QString& reason) {
            const core::ServiceFilter filter = m_filters->filter();
            if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
                report::ListXlsxSink sink(path, core::ServiceListExport::columnWidths());
                return core::ServiceListExport::write(m_database->connection(), filter, sink, unmasked, path, reason);
            }
            return core::ServiceListExport::writeCsv(m_database->connection(), filter, path, unmasked, reason);
        },
        this);
    connect(m_exporter, &ListExportButton::statusMessage, this, &Page::statusMessage);
    connect(m_exporter, &ListExportButton::errorOccurred, this, &Page::errorOccurred);
    header->addWidget(m_exporter);
    m_layout->addLayout(header);
}

QString ServicesPage::title() const
{
    // The navigation title the placeholder had, with its translation.
    return QCoreApplication::translate("jb::ui::PlaceholderPage", "Services");
}

void ServicesPage::showFile(core::Database& database, const core::DatabaseStats& /*stats*/)
{
    m_database = &database;
    m_exporter->setDatabase(&database);
    const QString error = m_filters->load(database);
    if (!error.isEmpty())
        emit errorOccurred(error);
    m_detail->setDatabase(&database);
    m_detail->showService(0);
    m_actions->setDatabase(&database);
    m_actions->setUndoStack(undoStack());
    m_model->setSource(database, m_filters->filter());
    showTotals();
    m_projects->setUndoStack(undoStack());
    m_projects->showFile(database);
    readOnlyChanged();
}

void ServicesPage::clearFile()
{
    m_database = nullptr;
    m_exporter->setDatabase(nullptr);
    m_actions->setDatabase(nullptr);
    m_detail->setDatabase(nullptr);
    m_detail->showService(0);
    m_model->clear();
    m_filters->clear();
    m_totals->clear();
    m_projects->clearFile();
    showCount();
}

void ServicesPage::recordsEdited()
{
    if (!m_database)
        return;
    const qint64 shown = m_detail->serviceId();
    m_filters->reloadProviders(*m_database);
    m_model->reload();
    showTotals();
    showService(shown);
}

bool ServicesPage::opensRecords(core::RecordKind kind) const
{
    return kind == core::RecordKind::Service;
}

void ServicesPage::openRecord(core::RecordKind /*kind*/, qint64 id)
{
    m_tabs->setCurrentIndex(0);
    showService(id);
}

void ServicesPage::showService(qint64 serviceId)
{
    const int row = serviceId ? m_model->rowOf(serviceId) : -1;
    ListTable::chooseRowQuietly(*m_table, row);
    // A service outside the list's first rows (or the filter) is still shown; an undone addition shows none.
    m_detail->showService(
        serviceId && m_database && core::serviceKindOf(m_database->connection(), serviceId) ? serviceId : 0);
}

void ServicesPage::applyFilter()
{
    if (!m_database)
        return;
    m_model->setFilter(m_filters->filter());
    m_detail->showService(0);
    showTotals();
}

void ServicesPage::showCount()
{
    const qint64 total = m_database ? m_model->total() : 0;
    m_count->setText(m_database ? tr("%1 services").arg(QLocale().toString(total)) : QString());
    m_exporter->setRows(total);
    m_add->setEnabled(m_database != nullptr && !isReadOnly());
}

// The totals count every service the filter selects (on the 1M demo file, seconds, off the GUI thread in the
// application): only while their tab is shown, or when it is next shown.
void ServicesPage::showTotals()
{
    m_totalsStale = true;
    if (!m_database || m_tabs->currentWidget() != m_totals)
        return;
    m_totalsStale = false;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const QString error = m_totals->show(*m_database, m_filters->filter(),
                                         m_filters->wholeOrganisation() ? m_filters->period() : std::nullopt);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        emit errorOccurred(error);
}

void ServicesPage::setCountsInBackground(bool inBackground)
{
    m_totals->setInBackground(inBackground);
}

void ServicesPage::readOnlyChanged()
{
    ListPage::readOnlyChanged();
    m_detail->setReadOnly(isReadOnly());
    m_actions->setReadOnly(isReadOnly());
    m_projects->setReadOnly(isReadOnly());
    m_exporter->setReadOnly(isReadOnly());
}

QString ServicesPage::exportTo(const QString& path, bool unmasked, const QString& reason)
{
    return m_exporter->exportTo(path, unmasked, reason);
}

} // namespace jb::ui
