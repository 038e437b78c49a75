#pragma once
// PromiseListModel: the rows of the promise list a PromiseListView shows (one filter of core's list), read-only.

#include "core/placement/Promise.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <functional>

namespace jb::ui {

// Not a Q_OBJECT: it has no signals of its own.
class PromiseListModel final : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(PromiseListModel)

public:
    enum Column { Name, State, Days, Start, Due, FirstRecommended, Contacts, Posts, Declines, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QVector<core::PromiseEntry> entries, const core::PlacementSettings& settings);
    const core::PromiseEntry* entry(int row) const;
    const QVector<core::PromiseEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const core::PromiseEntry& e, int column) const;

    QVector<core::PromiseEntry> m_entries;
    core::PlacementSettings m_settings;
};

} // namespace jb::ui
