#pragma once
// FairTableModel: the 招聘会 list as a table of as many rows as the filter keeps, read from core's fair window
// (core/fairs/FairList.h) a window at a time when the view shows them. Sorting by a header asks core for the new
// order in SQL, figures included; form, kind and status are not orders core offers, so their headers keep the
// current order. Every figure is core's, counted from the fair's links; 求人倍率 is FairRow::demandRatio().

#include "core/fairs/FairList.h"
#include "ui/lists/RecordListModel.h"

#include <optional>

namespace jb::ui {

class FairTableModel final : public RecordListModel
{
    Q_OBJECT

public:
    enum class Column {
        Name,
        Days,
        Organiser,
        Form,
        Kind,
        Status,
        Enterprises,
        Posts,
        Headcount,
        Visits,
        Registered,
        Intentions,
        Contracts,
        DemandRatio,
        Count
    };
    static constexpr int kFairIdRole = Qt::UserRole + 1;

    explicit FairTableModel(QObject* parent = nullptr);

    // Starts over on `database` with `filter` (keeps the sort). Returns false (and emits failed) when core refuses.
    bool setSource(const core::Database& database, const core::FairFilter& filter);
    bool setFilter(const core::FairFilter& filter);
    // Reads everything again (after an edit), keeping filter and sort.
    bool reload();

    const core::FairFilter& filter() const { return m_filter; }
    core::FairSort sortKey() const { return m_sort; }
    bool descending() const { return m_descending; }
    qint64 fairId(int row) const;
    // The row showing `fairId` among the windows read so far; -1 when not read.
    int rowOf(qint64 fairId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // 求人倍率 as the list shows it: one decimal, blank when no one is registered.
    static QString demandRatioText(const core::FairRow& row);
    // A fair's days: "2026-03-14" or "2026-03-14 – 03-16".
    static QString daysText(const QDate& first, const QDate& last);

private:
    core::Expected<qint64> openQuery(std::optional<qint64> knownTotal) override;
    void dropQuery() override;
    const core::FairRow* row(int r) const;
    QVariant display(const core::FairRow& fair, Column column) const;

    core::FairFilter m_filter;
    core::FairSort m_sort = core::FairSort::FirstDay;
    bool m_descending = true;
    bool m_open = false;
    mutable RowWindows<core::FairRow> m_windows;
};

} // namespace jb::ui
