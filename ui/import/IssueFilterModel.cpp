#include "ui/import/IssueFilterModel.h"

#include "ui/import/IssueTableModel.h"

namespace jb::ui {

IssueFilterModel::IssueFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void IssueFilterModel::setReasonCode(const QString& code)
{
    if (code == m_code)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_code = code;
    endFilterChange(Direction::Rows);
#else
    m_code = code;
    invalidateFilter();
#endif
}

bool IssueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_code.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(IssueTableModel::kCodeRole).toString() == m_code;
}

} // namespace jb::ui
