#pragma once
// WorkerTableModel: the worker list as a table of as many rows as the filter selects, read from core a window of
// 200 rows at a time when the view shows them (ui/lists/RecordListModel.h). Sorting by a header asks core for the
// new order in SQL; nothing is sorted or filtered here.

#include "core/lists/WorkerListQuery.h"
#include "ui/lists/RecordListModel.h"

#include <QDate>
#include <optional>

namespace jb::ui {

class WorkerTableModel final : public RecordListModel
{
    Q_OBJECT

public:
    static constexpr int kWindowRows = RowWindows<core::WorkerRow>::kWindowRows;
    static constexpr int kWorkerIdRole = Qt::UserRole + 1;

    explicit WorkerTableModel(QObject* parent = nullptr);

    // Starts over on `db` with `filter` (keeps the sort). Returns false (and emits failed) when core refuses.
    bool setSource(const core::Database& database, const core::WorkerFilter& filter);
    bool setFilter(const core::WorkerFilter& filter);
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const;

    const core::WorkerFilter& filter() const { return m_filter; }
    core::WorkerSort currentSort() const { return m_sort; }
    // The query behind the rows (for export); nullptr when none.
    const core::WorkerListQuery* query() const { return m_query ? &*m_query : nullptr; }
    qint64 workerId(int row) const;
    int loadedWindows() const { return m_windows.loaded(); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    core::Expected<qint64> openQuery(std::optional<qint64> knownTotal) override;
    void dropQuery() override;
    const core::WorkerRow* row(int r) const;

    core::WorkerFilter m_filter;
    core::WorkerSort m_sort;
    QDate m_today;
    std::optional<core::WorkerListQuery> m_query;
    mutable RowWindows<core::WorkerRow> m_windows;
};

} // namespace jb::ui
