#pragma once
// RecordWindowModel: a read-only table over records listed a window at a time. It holds only the rows fetched so
// far: the view asks for more (canFetchMore / fetchMore) as the officer scrolls, 200 rows per window, so a figure
// of a million records never loads the whole table.

#include "core/Expected.h"
#include "core/metrics/DrillDown.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>
#include <functional>

namespace jb::ui {

class RecordWindowModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kWindowRows = 200;
    using Fetch = std::function<core::Expected<core::RecordWindow>(qint64 offset, int limit)>;

    explicit RecordWindowModel(QObject* parent = nullptr);

    // Starts over with `total` records named by `columns`, fetched through `fetch`; the first window is read now.
    void setSource(QStringList columns, qint64 total, Fetch fetch);
    void clear();

    qint64 total() const { return m_total; }
    int loadedRows() const { return static_cast<int>(m_rows.size()); }
    // The record a loaded row opens (core::DrillDownQuery::openKind()), 0 when none.
    qint64 recordId(int row) const;
    // The last failed fetch, empty when none failed (a failure stops further fetching).
    const QString& error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void fetchFailed(const QString& message);

private:
    QStringList m_columns;
    qint64 m_total = 0;
    Fetch m_fetch;
    QVector<QVector<QVariant>> m_rows;
    QVector<qint64> m_recordIds; // one per row
    QString m_error;
    bool m_changing = false; // inside a reset or an insertion: no fetching
};

} // namespace jb::ui
