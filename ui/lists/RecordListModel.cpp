#include "ui/lists/RecordListModel.h"

#include <climits>

namespace jb::ui {

void RecordListModel::clear()
{
    beginResetModel();
    m_database = nullptr;
    dropQuery();
    m_total = 0;
    m_error.clear();
    endResetModel();
    emit totalChanged(0);
}

bool RecordListModel::rebuild(std::optional<qint64> knownTotal)
{
    beginResetModel();
    dropQuery();
    m_total = 0;
    m_error.clear();
    QString error;
    if (m_database) {
        const core::Expected<qint64> count = openQuery(knownTotal);
        if (count)
            m_total = *count;
        else
            error = count.error();
    }
    endResetModel();
    emit totalChanged(m_total);
    if (!error.isEmpty()) {
        emit failed(error);
        return false;
    }
    return true;
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    // A view holds an int of rows; a file never comes near 2^31 records.
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(m_total, INT_MAX));
}

} // namespace jb::ui
