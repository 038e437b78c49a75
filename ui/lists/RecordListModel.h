#pragma once
// RecordListModel: what the worker and enterprise list models share: a table of as many rows as the filter
// selects in one file, counted once by core when the filter or sort changes and read a window at a time when the
// view shows them (ui/RowWindows.h). A failure is emitted once and remembered, so painting does not ask again for
// every cell; a new filter starts over. The page's model holds the core query and turns a row into cells.

#include "core/Expected.h"
#include "ui/RowWindows.h"

#include <QAbstractTableModel>
#include <optional>

namespace jb::core {
class Database;
}

namespace jb::ui {

class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Forgets the file and the rows.
    void clear();
    qint64 total() const { return m_total; }
    int rowCount(const QModelIndex& parent = {}) const override;

signals:
    void failed(const QString& message);
    void totalChanged(qint64 total);

protected:
    explicit RecordListModel(QObject* parent) : QAbstractTableModel(parent) {}

    // Opens the query for the current filter and sort on m_database and returns how many rows it selects; `knownTotal`:
    // the rows are the same as before (a new order), so they need not be counted again.
    virtual core::Expected<qint64> openQuery(std::optional<qint64> knownTotal) = 0;
    // Forgets the query and the windows read through it.
    virtual void dropQuery() = 0;
    // Starts the rows over; false (and failed emitted) when core refuses.
    bool rebuild(std::optional<qint64> knownTotal = std::nullopt);

    // Row `r` from `windows`, read through `fetch` when its window is not kept; nullptr past the end or on failure.
    template <typename Row>
    const Row* windowRow(RowWindows<Row>& windows, int r, const typename RowWindows<Row>::Fetch& fetch) const
    {
        if (r < 0 || r >= m_total || !m_error.isEmpty())
            return nullptr;
        const Row* found = windows.row(r, fetch, &m_error);
        if (!found && !m_error.isEmpty())
            emit const_cast<RecordListModel*>(this)->failed(m_error);
        return found;
    }

    const core::Database* m_database = nullptr; // the open file, null when none
    qint64 m_total = 0;

private:
    mutable QString m_error;
};

} // namespace jb::ui
