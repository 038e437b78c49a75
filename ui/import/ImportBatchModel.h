#pragma once
// ImportBatchModel: the imports recorded in a file, newest first, as ImportBatchRepository::list() returns them:
// file, list, time, officer, counts and whether the import is still in force or was undone.

#include "core/import/ImportTypes.h"
#include "core/import/batches/ImportBatchRepository.h"

#include <QAbstractTableModel>
#include <QVector>

namespace jb::ui {

class ImportBatchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        KindColumn,
        TimeColumn,
        OfficerColumn,
        RowsReadColumn,
        InsertedColumn,
        UpdatedColumn,
        UnchangedColumn,
        RejectedColumn,
        WarningsColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int kBatchIdRole = Qt::UserRole + 1;

    explicit ImportBatchModel(QObject* parent = nullptr);

    void setBatches(QVector<core::ImportBatch> batches);
    const QVector<core::ImportBatch>& batches() const { return m_batches; }
    const core::ImportBatch* batchAt(int row) const;
    int rowOf(qint64 batchId) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The name of a batch's kind key ("workers", "vacancies", "fair"): Workers, Vacancies, Job fair sheet.
    static QString kindName(const QString& kindKey);

private:
    QVector<core::ImportBatch> m_batches;
};

} // namespace jb::ui
