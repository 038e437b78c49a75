#include "ui/placement/ReferralTableModel.h"

#include "core/storage/Database.h"

namespace jb::ui {

using core::ReferralColumn;

ReferralTableModel::ReferralTableModel(QObject* parent) : RecordListModel(parent) {}

bool ReferralTableModel::setSource(const core::Database& database, const core::ReferralFilter& filter)
{
    m_database = &database;
    m_filter = filter;
    return rebuild();
}

bool ReferralTableModel::setFilter(const core::ReferralFilter& filter)
{
    m_filter = filter;
    return rebuild();
}

bool ReferralTableModel::reload()
{
    return rebuild();
}

core::Expected<qint64> ReferralTableModel::openQuery(std::optional<qint64> knownTotal)
{
    core::Expected<core::ReferralListQuery> query =
        core::ReferralListQuery::create(m_database->connection(), m_filter, m_sort);
    if (!query)
        return core::Expected<qint64>::failure(query.message());
    m_query = *query;
    if (knownTotal) {
        m_query->reuseCount(*knownTotal);
        return *knownTotal;
    }
    return m_query->count();
}

void ReferralTableModel::dropQuery()
{
    m_query.reset();
    m_windows.clear();
}

const core::ReferralRow* ReferralTableModel::referral(int r) const
{
    if (!m_query || !m_database)
        return nullptr;
    return windowRow(m_windows, r, [this](qint64 offset, int limit) { return m_query->fetch(offset, limit); });
}

qint64 ReferralTableModel::referralId(int r) const
{
    const core::ReferralRow* row = referral(r);
    return row ? row->id : 0;
}

int ReferralTableModel::rowOf(qint64 referralId) const
{
    const int first = std::min<qint64>(rowCount(), RowWindows<core::ReferralRow>::kWindowRows);
    for (int r = 0; r < first; ++r)
        if (this->referralId(r) == referralId)
            return r;
    return -1;
}

int ReferralTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(ReferralColumn::Count);
}

QVariant ReferralTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != kReferralIdRole)
        return {};
    const core::ReferralRow* row = referral(index.row());
    if (!row)
        return {};
    if (role == kReferralIdRole)
        return row->id;
    switch (static_cast<ReferralColumn>(index.column())) {
    case ReferralColumn::Worker:
        return row->workerName;
    case ReferralColumn::ResidentId:
        return row->residentId;
    case ReferralColumn::Enterprise:
        return row->enterpriseName;
    case ReferralColumn::Post:
        return row->postTitle.isEmpty() && role == Qt::DisplayRole ? tr("(post deleted)") : row->postTitle;
    case ReferralColumn::Stage:
        return row->stageText();
    case ReferralColumn::StageOn:
        return row->stageOn.toString(Qt::ISODate);
    case ReferralColumn::Officer:
        return row->officer;
    case ReferralColumn::Count:
        break;
    }
    return {};
}

QVariant ReferralTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= static_cast<int>(ReferralColumn::Count))
        return {};
    return core::ReferralListQuery::columnTitle(static_cast<ReferralColumn>(section)).text();
}

void ReferralTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(ReferralColumn::Count))
        return;
    const core::ReferralSort wanted{static_cast<ReferralColumn>(column), order == Qt::DescendingOrder};
    if (wanted.column == m_sort.column && wanted.descending == m_sort.descending && m_query)
        return;
    m_sort = wanted;
    if (m_database)
        rebuild(m_query ? std::optional<qint64>(m_total) : std::nullopt);
}

} // namespace jb::ui
