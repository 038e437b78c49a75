#include "ui/placement/CriteriaTable.h"

#include "ui/placement/PlacementStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jb::ui {

CriteriaTable::CriteriaTable(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("matchCriteria"));
    m_table->setHorizontalHeaderLabels({tr("Criterion"), tr("Verdict"), tr("Worker"), tr("Post"), tr("Points")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("matchTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    layout->addWidget(m_total);
}

void CriteriaTable::showCandidate(const core::MatchCandidate& candidate)
{
    m_table->setRowCount(static_cast<int>(candidate.criteria.size()));
    int row = 0;
    for (const core::Criterion& c : candidate.criteria) {
        auto* verdict = new QTableWidgetItem(PlacementStyle::verdictText(c.verdict));
        verdict->setForeground(PlacementStyle::verdictColour(c.verdict));
        QFont bold = verdict->font();
        bold.setBold(true);
        verdict->setFont(bold);
        verdict->setData(Qt::UserRole, core::verdictKey(c.verdict));
        const QString none = tr("(not recorded)");
        m_table->setItem(row, 0, new QTableWidgetItem(core::criterionLabel(c.name).text()));
        m_table->item(row, 0)->setData(Qt::UserRole, c.name);
        m_table->setItem(row, 1, verdict);
        m_table->setItem(row, 2, new QTableWidgetItem(c.worker.isEmpty() ? none : c.worker));
        m_table->setItem(row, 3, new QTableWidgetItem(c.vacancy.isEmpty() ? none : c.vacancy));
        m_table->setItem(row, 4, new QTableWidgetItem(QStringLiteral("%1 / %2").arg(c.points()).arg(c.weight)));
        ++row;
    }
    m_table->resizeRowsToContents();
    m_total->setText(tr("Total: %1 of 100").arg(candidate.score));
}

void CriteriaTable::clear()
{
    m_table->setRowCount(0);
    m_total->clear();
}

QString CriteriaTable::totalText() const
{
    return m_total->text();
}

} // namespace jb::ui
