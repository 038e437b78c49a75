#include "ui/audit/AuditPage.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "ui/audit/AuditFilterBar.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/lists/ListExportControls.h"
#include "ui/lists/ListTable.h"

#include <QDate>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <climits>

namespace jb::ui {

AuditPage::AuditPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("audit"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(makeHeading(title(), this));
    m_count = ListTable::makeCountLabel(QStringLiteral("auditCount"), this);
    header->addWidget(m_count);
    header->addStretch(1);
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setToolTip(tr("The rows shown, as shown: ID numbers and phones masked"));
    m_export->setEnabled(false);
    header->addWidget(m_export);
    layout->addLayout(header);

    m_filters = new AuditFilterBar(this);
    layout->addWidget(m_filters);

    m_model = new AuditTableModel(this);
    m_table =
        ListTable::make(QStringLiteral("auditTable"), m_model, AuditTableModel::When, Qt::DescendingOrder, 110, this);
    // Newest first is the log's one order: the header does not sort.
    m_table->setSortingEnabled(false);
    ListTable::setColumnWidths(*m_table, {{AuditTableModel::When, 130},
                                          {AuditTableModel::Officer, 80},
                                          {AuditTableModel::Action, 110},
                                          {AuditTableModel::Record, 190}});
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setOpenLinks(false);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_filters, &ListFilterBar::filterChanged, this, &AuditPage::applyFilter);
    connect(m_model, &RecordListModel::totalChanged, this, &AuditPage::showTotal);
    connect(m_model, &RecordListModel::failed, this, &Page::errorOccurred);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showDetail);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportInteractive);
    showTotal(0);
}

QString AuditPage::title() const
{
    return tr("Audit log");
}

void AuditPage::showFile(core::Database& database, const core::DatabaseStats&)
{
    m_database = &database;
    m_filters->load(database);
    m_model->setSource(database, m_filters->filter());
}

void AuditPage::clearFile()
{
    m_database = nullptr;
    m_filters->clear();
    m_model->clear();
}

void AuditPage::recordsEdited()
{
    // Every edit, undo and reveal writes rows: show them.
    if (!m_database)
        return;
    m_filters->load(*m_database);
    m_model->reload();
}

QWidget* AuditPage::searchField() const
{
    return m_filters->searchBox();
}

void AuditPage::applyFilter()
{
    if (m_database)
        m_model->setFilter(m_filters->filter());
}

void AuditPage::showTotal(qint64 total)
{
    m_count->setText(m_database ? tr("%n entries", nullptr, static_cast<int>(std::min<qint64>(total, INT_MAX)))
                                : QString());
    m_export->setEnabled(m_database && total > 0);
}

void AuditPage::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    const core::AuditRow* row = current.isValid() ? m_model->row(current.row()) : nullptr;
    if (!row) {
        m_detail->setHtml(
            QStringLiteral("<p style='color:#666'>%1</p>").arg(tr("Choose an entry to see it whole.").toHtmlEscaped()));
        return;
    }
    const QString line = QStringLiteral("<tr><td style='color:#555; padding-right:10px'>%1</td><td>%2</td></tr>");
    QString html = QStringLiteral("<table>");
    const QVector<QPair<QString, QString>> parts{
        {tr("When"), row->when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
        {tr("Officer"), row->officer},
        {tr("Action"), row->actionWords},
        {tr("Record"), row->record},
        {tr("Field"), row->field},
        {tr("Old value"), row->oldValue},
        {tr("New value"), row->newValue},
        {tr("Note or reason"), row->note},
        {tr("Entry"), QStringLiteral("#%1").arg(row->id)},
    };
    for (const auto& [label, value] : parts)
        if (!value.isEmpty())
            html += line.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    m_detail->setHtml(html + QStringLiteral("</table>"));
}

QString AuditPage::exportTo(const QString& path)
{
    const core::AuditQuery* query = m_model->query();
    if (!query)
        return tr("No file is open.");
    const core::Expected<qint64> rows = query->writeCsv(path);
    if (!rows)
        return rows.error();
    emit statusMessage(tr("Exported %n entries", nullptr, static_cast<int>(*rows)));
    return {};
}

void AuditPage::exportInteractive()
{
    const QString path = ListExportControls::askPath(
        this, tr("Export the audit log"),
        tr("audit-log-%1").arg(core::Clock::today().toString(QStringLiteral("yyyyMMdd"))), true);
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path); !error.isEmpty())
        emit errorOccurred(error);
}

} // namespace jb::ui
