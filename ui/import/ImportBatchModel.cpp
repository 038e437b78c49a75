#include "ui/import/ImportBatchModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace jb::ui {

namespace {

QString shortTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

ImportBatchModel::ImportBatchModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportBatchModel::setBatches(QVector<core::ImportBatch> batches)
{
    beginResetModel();
    m_batches = std::move(batches);
    endResetModel();
}

const core::ImportBatch* ImportBatchModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches.at(row) : nullptr;
}

int ImportBatchModel::rowOf(qint64 batchId) const
{
    for (int row = 0; row < m_batches.size(); ++row)
        if (m_batches.at(row).id == batchId)
            return row;
    return -1;
}

int ImportBatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ImportBatch& batch = m_batches.at(index.row());
    const bool undone = batch.undoneAt.isValid();
    const auto count = [](qint64 n) { return QLocale().toString(n); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return batch.fileName;
        case KindColumn:
            return kindName(batch.kind);
        case TimeColumn:
            return shortTime(batch.finishedAt.isValid() ? batch.finishedAt : batch.startedAt);
        case OfficerColumn:
            return batch.officer;
        case RowsReadColumn:
            return count(batch.rowsRead);
        case InsertedColumn:
            return count(batch.inserted);
        case UpdatedColumn:
            return count(batch.updated);
        case UnchangedColumn:
            return count(batch.unchanged);
        case RejectedColumn:
            return count(batch.rejected);
        case WarningsColumn:
            return count(batch.warnings);
        case StateColumn:
            return undone ? tr("Undone %1").arg(shortTime(batch.undoneAt)) : tr("In force");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return tr("%1\nEncoding: %2\nSHA-256: %3").arg(batch.fileName, batch.encoding, batch.fileSha256);
        return {};
    case Qt::ForegroundRole:
        if (undone)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= RowsReadColumn && index.column() <= WarningsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case kBatchIdRole:
        return batch.id;
    default:
        return {};
    }
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case KindColumn:
        return tr("List");
    case TimeColumn:
        return tr("Imported at");
    case OfficerColumn:
        return tr("Officer");
    case RowsReadColumn:
        return tr("Rows read");
    case InsertedColumn:
        return tr("Added");
    case UpdatedColumn:
        return tr("Updated");
    case UnchangedColumn:
        return tr("Unchanged");
    case RejectedColumn:
        return tr("Not imported");
    case WarningsColumn:
        return tr("Warnings");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QString ImportBatchModel::kindName(const QString& kindKey)
{
    if (kindKey == core::importKindKey(core::ImportKind::Workers))
        return tr("Workers");
    if (kindKey == core::importKindKey(core::ImportKind::Vacancies))
        return tr("Vacancies");
    if (kindKey == core::importKindKey(core::ImportKind::Fair))
        return tr("Job fair sheet");
    return kindKey;
}

} // namespace jb::ui
