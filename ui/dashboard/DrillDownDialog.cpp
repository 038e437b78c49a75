#include "ui/dashboard/DrillDownDialog.h"

#include "core/domain/NameLanguage.h"
#include "core/storage/Database.h"
#include "ui/Localisation.h"
#include "ui/dashboard/ChartStyle.h"
#include "ui/dashboard/RecordWindowModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
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

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_model, &RecordWindowModel::fetchFailed, this, &DrillDownDialog::showError);
    load(database);
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
