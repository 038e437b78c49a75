#pragma once
// ReferenceValueModel: the values of one reference list (key groups, industries, ...) with how many records use
// each, whether it is retired, and whether the figures rely on it. Lists are short (tens of values): the whole
// list is read from core::ReferenceEditor at once.

#include "core/reference/ReferenceEditor.h"

#include <QAbstractTableModel>

namespace jb::core {
class Database;
}

namespace jb::ui {

class ReferenceValueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameZh, NameEn, Code, Status, UsedBy, Count };

    explicit ReferenceValueModel(QObject* parent = nullptr);

    // Reads `list` from the file; false (and failed) when core refuses.
    bool load(const core::Database& database, const QString& list);
    void clear();
    const core::ReferenceValue* value(int row) const;
    int rowOfItem(qint64 itemId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString& message);

private:
    QVector<core::ReferenceValue> m_values;
};

} // namespace jb::ui
