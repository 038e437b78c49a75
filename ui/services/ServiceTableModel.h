#pragma once
// ServiceTableModel: the 服务记录 list as a table of as many rows as the filter keeps, read from core's services
// window (core/services/ServiceQueries.h) a window at a time, with each window's ID numbers (masked) and the kind's
// main field (core/services/ServiceList.h). Core orders the list by date only, so only the date header sorts:
// newest first as core gives it, or oldest first by reading the same windows from the other end.

#include "core/services/ServiceList.h"
#include "core/services/ServiceQueries.h"
#include "ui/lists/RecordListModel.h"

namespace jb::ui {

class ServiceTableModel final : public RecordListModel
{
    Q_OBJECT

public:
    enum class Column { ResidentId, Name, Kind, Date, Content, Provider, Unit, Count };

    struct Shown
    {
        core::ServiceRow row;
        core::ServiceRowExtra extra;
    };

    explicit ServiceTableModel(QObject* parent = nullptr);

    bool setSource(const core::Database& database, const core::ServiceFilter& filter);
    bool setFilter(const core::ServiceFilter& filter);
    bool reload();

    const core::ServiceFilter& filter() const { return m_filter; }
    qint64 serviceId(int row) const;
    // The kind's code of the service on `row` ("training"); empty past the end.
    QString kindCode(int row) const;
    // The row showing `serviceId` among the first windows; -1 when not there.
    int rowOf(qint64 serviceId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    core::Expected<qint64> openQuery(std::optional<qint64> knownTotal) override;
    void dropQuery() override;
    core::Expected<QVector<Shown>> fetch(qint64 offset, int limit) const;
    const Shown* row(int r) const;

    core::ServiceFilter m_filter;
    bool m_oldestFirst = false;
    bool m_open = false;
    mutable RowWindows<Shown> m_windows;
};

} // namespace jb::ui
