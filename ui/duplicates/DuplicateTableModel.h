#pragma once
// DuplicateTableModel: the possible duplicates a rule found, one row per record, the records of a group on
// consecutive rows under the value they share. The rule's groups (ids only) come from core::DuplicateFinder; the
// records' details are read a window of groups at a time when the view shows them. IDs and phones arrive masked.

#include "core/duplicates/DuplicateFinder.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace jb::core {
class Database;
}

namespace jb::ui {

class DuplicateTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Group,
        Name,
        Identifier,
        Phone,
        BirthOrVacancies,
        Organisation,
        Registered,
        Referrals,
        Services,
        Count
    };
    static constexpr int kWindowGroups = 100;
    static constexpr int kGroupRole = Qt::UserRole + 1; // the group's index
    static constexpr int kIdRole = Qt::UserRole + 2;    // the record's id

    explicit DuplicateTableModel(QObject* parent = nullptr);

    // Runs `rule` on `db` and shows its groups; false (and failed) when core refuses.
    bool run(const core::Database& database, core::DuplicateRule rule);
    void clear();

    core::MergeRecordKind kind() const { return core::recordKindOf(m_rule); }
    qint64 groupCount() const { return m_finder ? m_finder->groupCount() : 0; }
    qint64 elapsedMs() const { return m_finder ? m_finder->elapsedMs() : 0; }
    // The group of a row, and the ids of a group's records.
    qint64 groupOfRow(int row) const;
    QVector<qint64> memberIds(qint64 group) const;
    int firstRowOfGroup(qint64 group) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void failed(const QString& message);

private:
    const core::DuplicateGroup* group(qint64 index) const;

    core::DuplicateRule m_rule = core::DuplicateRule::WorkerSameNameAndBirth;
    std::optional<core::DuplicateFinder> m_finder;
    QVector<int> m_firstRow; // per group, its first row; one more entry for the end
    mutable QHash<qint64, QVector<core::DuplicateGroup>> m_windows;
    mutable QString m_error;
};

} // namespace jb::ui
