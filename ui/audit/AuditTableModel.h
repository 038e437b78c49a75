#pragma once
// AuditTableModel: the audit log as a read-only table, newest first, counted by core when the filter changes and
// read a window at a time (ui/RowWindows.h). It offers no way to change a row: flags() never says editable.

#include "core/auditlog/AuditQuery.h"
#include "ui/RowWindows.h"
#include "ui/lists/RecordListModel.h"

#include <optional>

namespace jb::ui {

class AuditTableModel final : public RecordListModel
{
    Q_OBJECT

public:
    enum Column { When, Officer, Action, Record, Field, OldValue, NewValue, Note, ColumnCount };

    explicit AuditTableModel(QObject* parent = nullptr);

    // Starts over on `database` with `filter`. Returns false (and emits failed) when core refuses.
    bool setSource(const core::Database& database, const core::AuditFilter& filter);
    bool setFilter(const core::AuditFilter& filter);
    // Reads everything again (after an edit elsewhere added rows), keeping the filter.
    bool reload();

    const core::AuditFilter& filter() const { return m_filter; }
    // The query behind the rows (for the export); nullptr when none.
    const core::AuditQuery* query() const { return m_query ? &*m_query : nullptr; }
    // Row `r` whole; nullptr past the end.
    const core::AuditRow* row(int r) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    core::Expected<qint64> openQuery(std::optional<qint64> knownTotal) override;
    void dropQuery() override;

    core::AuditFilter m_filter;
    std::optional<core::AuditQuery> m_query;
    mutable RowWindows<core::AuditRow> m_windows;
};

} // namespace jb::ui
