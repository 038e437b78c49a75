#include "ui/dashboard/DrillDownDialog.h"

#include "core/domain/NameLanguage.h"
#include "core/lists/DrillDownExport.h"
#include "core/storage/Database.h"
#include "documents/ListXlsx.h"
#include "ui/Localisation.h"
#include "ui/dashboard/ChartStyle.h"
#include "ui/dashboard/RecordWindowModel.h"
#include "ui/lists/ListExportControls.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace jb::ui {

DrillDownDialog::DrillDownDialog(const core::Database& database, DrillRequest request, QWidget* parent)
    : QDialog(parent), m_request(std::move(request))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(windowTitleFor(m_request));
    setModal(false);
    resize(980, 560);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(windowTitleFor(m_request), this);
    heading->setObjectName(QStringLiteral("drillHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("drillSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_model = new RecordWindowModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("drillTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);
    // Enter on a row, or a double-click (both are the view's "activated"), opens the record.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            openRow(index.row());
    });
    addExportRow(layout);

    connect(m_model, &RecordWindowModel::fetchFailed, this, &DrillDownDialog::showError);
    load(database);
}

void DrillDownDialog::addExportRow(QBoxLayout* layout)
{
    auto* row = new QHBoxLayout;
    m_unmasked = ListExportControls::makeUnmaskedCheck(
        tr("Export full ID numbers (recorded in the audit log)"), tr("Export unmasked?"),
        tr("The exported file will contain full ID numbers. The export is recorded in the audit log with your name. "
           "Keep the file safe and delete it when no longer needed."),
        this);
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("drillExportCsv"));
    m_exportXlsx = new QPushButton(tr("Export &Excel…"), this);
    m_exportXlsx->setObjectName(QStringLiteral("drillExportXlsx"));
    // Not default buttons: Enter belongs to the table (it opens the row).
    for (QPushButton* button : {m_exportCsv, m_exportXlsx})
        button->setAutoDefault(false);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportInteractive(true); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { exportInteractive(false); });
    row->addWidget(m_unmasked);
    row->addWidget(m_exportCsv);
    row->addWidget(m_exportXlsx);
    m_exported = new QLabel(this);
    m_exported->setObjectName(QStringLiteral("drillExported"));
    m_exported->setWordWrap(true);
    row->addWidget(m_exported, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(buttons);
    layout->addLayout(row);
}

bool DrillDownDialog::openRow(int row)
{
    const qint64 id = m_model->recordId(row);
    if (!m_query || id <= 0)
        return false;
    emit recordOpened(m_query->openKind(), id);
    return true;
}

QString DrillDownDialog::exportTo(const QString& path, bool unmasked)
{
    if (!m_query)
        return m_error.isEmpty() ? tr("No list to export.") : m_error;
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    report::ListXlsxSink sink(path);
    const core::Expected<qint64> rows = xlsx ? core::DrillDownExport::write(*m_query, sink, unmasked, path)
                                             : core::DrillDownExport::writeCsv(*m_query, path, unmasked);
    if (!rows)
        return rows.error();
    m_exported->setStyleSheet(QString());
    m_exported->setText(tr("%1 rows written to %2").arg(QLocale().toString(*rows), QFileInfo(path).fileName()));
    return {};
}

void DrillDownDialog::exportInteractive(bool csv)
{
    // The figure's name as the file's name, without the characters a file name cannot hold.
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|：]+)"));
    const QString base = QString(m_request.figureName).replace(unsafe, QStringLiteral("_"));
    const QString path = ListExportControls::askPath(this, tr("Export the records"), base, csv);
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path, m_unmasked->isChecked()); !error.isEmpty()) {
        m_exported->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_exported->setText(error);
    }
}

QString DrillDownDialog::windowTitleFor(const DrillRequest& request)
{
    return tr("%1 — %2, %3").arg(request.figureName, request.orgName, request.periodLabel);
}

void DrillDownDialog::load(const core::Database& database)
{
    core::Expected<core::DrillDownQuery> query =
        core::DrillDownQuery::create(database.connection(), m_request.selection, core::shownNameLanguage());
    if (!query) {
        showError(query.error());
        return;
    }
    const core::Expected<qint64> count = query->count();
    if (!count) {
        showError(count.error());
        return;
    }
    const core::Expected<qint64> total = query->figureTotal();
    if (!total) {
        showError(total.error());
        return;
    }
    m_count = *count;
    m_figureTotal = *total;
    m_query = *query;

    QString summary = tr("Records: %1").arg(ChartStyle::number(static_cast<double>(m_count)));
    if (m_figureTotal != m_count) {
        summary +=
            tr("; they add up to %1 %2").arg(ChartStyle::number(static_cast<double>(m_figureTotal)), m_request.unit);
    }
    if (m_count > RecordWindowModel::kWindowRows)
        summary += tr(" (more rows are read as you scroll down)");
    m_summary->setText(summary);

    const QStringList columns = query->columns();
    // The query is copied into the fetch function: it owns its SQL text and binds, the connection is shared.
    core::DrillDownQuery fetcher = *query;
    m_model->setSource(columns, m_count, [fetcher](qint64 offset, int limit) { return fetcher.fetch(offset, limit); });
    m_table->resizeColumnsToContents();
}

void DrillDownDialog::showError(const QString& message)
{
    m_error = message;
    m_summary->setText(tr("The records cannot be listed: %1").arg(message));
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
}

} // namespace jb::ui
