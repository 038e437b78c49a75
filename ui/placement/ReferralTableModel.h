#pragma once
// ReferralTableModel: the 推荐就业 list as a table of as many rows as the filter keeps, read from core's referral
// list (core/placement/ReferralList.h) a window at a time when the view shows them. Every column sorts in SQL: a
// header click asks core for the new order, and the count is kept (the same rows). ID numbers come masked.

#include "core/placement/ReferralList.h"
#include "ui/lists/RecordListModel.h"

#include <optional>

namespace jb::ui {

class ReferralTableModel final : public RecordListModel
{
    Q_OBJECT

public:
    static constexpr int kReferralIdRole = Qt::UserRole + 1;

    explicit ReferralTableModel(QObject* parent = nullptr);

    // Starts over on `database` with `filter` (keeps the sort). Returns false (and emits failed) when core refuses.
    bool setSource(const core::Database& database, const core::ReferralFilter& filter);
    bool setFilter(const core::ReferralFilter& filter);
    // Reads everything again (after a change), keeping filter and sort.
    bool reload();

    const core::ReferralFilter& filter() const { return m_filter; }
    const core::ReferralRow* referral(int row) const;
    const core::ReferralSort& sortOrder() const { return m_sort; }
    qint64 referralId(int row) const;
    // The row showing `referralId` among the first windows; -1 when not there.
    int rowOf(qint64 referralId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    core::Expected<qint64> openQuery(std::optional<qint64> knownTotal) override;
    void dropQuery() override;

    core::ReferralFilter m_filter;
    core::ReferralSort m_sort;
    std::optional<core::ReferralListQuery> m_query;
    mutable RowWindows<core::ReferralRow> m_windows;
};

} // namespace jb::ui
