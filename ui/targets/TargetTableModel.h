#pragma once
// TargetTableModel: the target matrix of one organisation and period. Rows are the organisation itself, two
// computed rows right under it (the sub-units' sum and its difference from the organisation's own target, so
// they sit beside the figure they check), then the sub-units core lists (core/targets/TargetTable.h); columns are
// the metrics of the catalogue. Own-target cells are edited and pasted through core::TargetRepository; the
// computed rows are read-only and flag a sum that does not match.

#include "core/Expected.h"
#include "core/domain/Organisation.h"
#include "core/targets/TargetRepository.h"
#include "core/targets/TargetTable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace jb::core {
class Database;
}

class QUndoStack;

namespace jb::ui {

class TargetTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class RowKind { Own, SubUnitSum, Difference, SubUnit };
    // With sub-units: row 0 is the organisation, rows 1 and 2 the sum and difference, sub-units from row 3.
    static constexpr int kFirstSubUnitRow = 3;

    explicit TargetTableModel(QObject* parent = nullptr);

    // Shows `org` and its sub-units for `periodId` of `database`.
    void show(core::Database& database, qint64 periodId, const core::Organisation& org);
    // Forgets the file (it is being closed).
    void clear();
    // Reads the targets again (after a write made elsewhere, such as the split dialog).
    void reload();
    // The window's undo stack: every write of the table goes on it (none: writes cannot be undone).
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    // Writes `edits` (one transaction) and pushes them on the undo stack as `text`; how many values changed.
    core::Expected<int> write(const QVector<core::TargetEdit>& edits, const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Writes the typed text as a target; false (after writeRefused) when it is not a target value.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    RowKind rowKind(int row) const;
    const core::Organisation& organisation() const { return m_org; }
    qint64 periodId() const { return m_periodId; }
    QString metricAt(int column) const;
    // The organisation's own target, or the sub-units' sum, for a metric (empty when none is set).
    std::optional<double> ownTarget(const QString& metric) const { return m_table.ownTarget(metric); }
    std::optional<double> subUnitSum(const QString& metric) const { return m_table.subUnitSum(metric); }
    // The sub-units' targets for a metric, by organisation id.
    QHash<qint64, double> subUnitTargets(const QString& metric) const;
    bool hasSubUnits() const { return !m_table.subUnits.isEmpty(); }
    // A read-only file: no cell is editable (typing, a double-click, pasting and clearing all ask flags()).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // True when the sub-units have targets for `metric` that do not add up to the organisation's own.
    bool sumDiffers(const QString& metric) const { return m_table.sumDiffers(metric); }

    // A tab-separated block (as Excel copies it) written from `topLeft` to the right and down, in one
    // transaction; refused whole, with the row and column of the bad cell, if any value is bad.
    core::Status paste(const QModelIndex& topLeft, const QString& text);
    // Removes the targets in the editable cells among `indexes`, in one transaction (the Delete key).
    core::Status clearCells(const QModelIndexList& indexes);
    // The cells of `indexes` as a tab-separated block of plain numbers, for Excel.
    QString copy(const QModelIndexList& indexes) const;

signals:
    // A write was refused; `message` says why (in both languages, from core).
    void writeRefused(const QString& message);
    // Targets were written; `count` values changed.
    void targetsWritten(int count);
    // A typed or pasted value is doubtful (core/targets/TargetDoubt.h): nothing was written; the page asks
    // `question` and, if the officer says yes, writes `edits` with write().
    void confirmationNeeded(const QVector<core::TargetEdit>& edits, const QString& text, const QString& question);

private:
    bool m_readOnly = false;
    bool isCell(const QModelIndex& index) const;
    void refreshValues();
    core::Expected<core::TargetTable> readTable() const;
    std::optional<double> valueAt(int row, int column) const;
    int subUnitIndex(int row) const; // index into the table's sub-units, -1 for the other rows
    qint64 orgIdAt(int row) const;

    // The question to ask before writing `edits`, if any of them is doubtful (the first doubt found).
    std::optional<QString> doubtAbout(const QVector<core::TargetEdit>& edits);

    core::Database* m_database = nullptr;
    QUndoStack* m_undoStack = nullptr;
    qint64 m_periodId = 0;
    core::Organisation m_org;
    core::TargetTable m_table; // the rows as core lists them, with their targets and the sub-units' sums
};

} // namespace jb::ui
