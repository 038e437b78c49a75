#pragma once
// WorkerTableModel: the worker list as a table of as many rows as the filter selects, read from core a window of
// 200 rows at a time when the view shows them (a few windows are kept; scrolling to the end reads the last window
// only). Sorting by a header asks core for the new order in SQL; nothing is sorted or filtered here.

#include "core/lists/WorkerListQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace jb::ui {

class WorkerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kWindowRows = 200;
    static constexpr int kCachedWindows = 12;
    static constexpr int kWorkerIdRole = Qt::UserRole + 1;

    explicit WorkerTableModel(QObject* parent = nullptr);

    // Starts over on `db` with `filter` (keeps the sort). Returns false (and emits failed) when core refuses.
    bool setSource(QSqlDatabase db, const core::WorkerFilter& filter);
    bool setFilter(const core::WorkerFilter& filter);
    void clear();
    void setToday(const QDate& today) { m_today = today; }
    QDate today() const;

    qint64 total() const { return m_total; }
    const core::WorkerFilter& filter() const { return m_filter; }
    core::WorkerSort currentSort() const { return m_sort; }
    // The query behind the rows (for export); nullptr when none.
    const core::WorkerListQuery* query() const { return m_query ? &*m_query : nullptr; }
    qint64 workerId(int row) const;
    int loadedWindows() const { return static_cast<int>(m_windows.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void failed(const QString& message);
    void totalChanged(qint64 total);

private:
    // `knownTotal`: the rows are the same as before (a new sort), so they are not counted again.
    bool rebuild(std::optional<qint64> knownTotal = std::nullopt);
    const core::WorkerRow* row(int r) const;

    QSqlDatabase m_db;
    core::WorkerFilter m_filter;
    core::WorkerSort m_sort;
    QDate m_today;
    std::optional<core::WorkerListQuery> m_query;
    qint64 m_total = 0;
    mutable QHash<qint64, QVector<core::WorkerRow>> m_windows; // by window number
    mutable QVector<qint64> m_windowOrder;                     // least recently read first
    mutable QString m_error;
};

} // namespace jb::ui
