#include "ui/targets/TargetTableModel.h"

#include "core/domain/MetricCatalog.h"
#include "core/storage/Database.h"
#include "core/targets/TargetDoubt.h"
#include "core/targets/TargetRepository.h"
#include "core/targets/TargetSplit.h"
#include "ui/Localisation.h"
#include "ui/targets/TargetEditCommand.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QUndoStack>
#include <cmath>

namespace jb::ui {

namespace {

const QColor kComputedBackground(0xee, 0xf1, 0xf5);
const QColor kMismatchBackground(0xfd, 0xe2, 0xc4);
const QColor kMismatchText(0x9a, 0x34, 0x12);

QString number(double value)
{
    return QLocale().toString(static_cast<qint64>(std::llround(value)));
}

// Excel puts a line break after the last row; a cell with a tab or line break of its own would come quoted, which
// a target value never needs, so quotes are simply trimmed.
QVector<QStringList> splitBlock(const QString& text)
{
    QString t = text;
    t.remove(QLatin1Char('\r'));
    if (t.endsWith(QLatin1Char('\n')))
        t.chop(1);
    QVector<QStringList> rows;
    for (const QString& line : t.split(QLatin1Char('\n'))) {
        QStringList cells = line.split(QLatin1Char('\t'));
        for (QString& cell : cells)
            if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
                cell = cell.mid(1, cell.size() - 2);
        rows.append(cells);
    }
    return rows;
}

} // namespace

TargetTableModel::TargetTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TargetTableModel::show(core::Database& database, qint64 periodId, const core::Organisation& org)
{
    m_database = &database;
    m_periodId = periodId;
    m_org = org;
    reload();
}

void TargetTableModel::clear()
{
    beginResetModel();
    m_database = nullptr;
    m_periodId = 0;
    m_org = {};
    m_table = {};
    endResetModel();
}

void TargetTableModel::reload()
{
    beginResetModel();
    m_table = {};
    std::optional<core::Expected<core::TargetTable>> read;
    if (m_database && m_org.id != 0 && m_periodId != 0)
        read = readTable();
    if (read && *read)
        m_table = std::move(**read);
    endResetModel();
    if (read && !*read)
        emit writeRefused(read->error());
}

void TargetTableModel::refreshValues()
{
    // The rows stay the same after a write, so the view keeps its current cell and any open editor; only the
    // values are read again. (A retired sub-unit whose last target was just removed leaves at the next reload.)
    core::Expected<core::TargetTable> read = readTable();
    if (!read) {
        emit writeRefused(read.error());
        return;
    }
    QVector<core::TargetRow> rows = m_table.subUnits;
    for (core::TargetRow& row : rows) {
        row.targets.clear();
        for (const core::TargetRow& now : std::as_const(read->subUnits))
            if (now.org.id == row.org.id)
                row.targets = now.targets;
    }
    read->subUnits = std::move(rows);
    m_table = std::move(*read);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

core::Expected<core::TargetTable> TargetTableModel::readTable() const
{
    return core::loadTargetTable(m_database->connection(), m_org, m_periodId);
}

bool TargetTableModel::isCell(const QModelIndex& index) const
{
    // Views ask about the invalid index too (for the table's own flags); that is an answer, not a mistake.
    return index.isValid() && index.model() == this && index.row() < rowCount() && index.column() < columnCount();
}

int TargetTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_org.id == 0)
        return 0;
    const auto subUnits = static_cast<int>(m_table.subUnits.size());
    return 1 + subUnits + (subUnits == 0 ? 0 : 2);
}

int TargetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(core::metricCatalog().size());
}

TargetTableModel::RowKind TargetTableModel::rowKind(int row) const
{
    if (row == 0)
        return RowKind::Own;
    if (m_table.subUnits.isEmpty())
        return RowKind::SubUnit; // not reached: without sub-units the table has the own row only
    if (row == 1)
        return RowKind::SubUnitSum;
    return row == 2 ? RowKind::Difference : RowKind::SubUnit;
}

int TargetTableModel::subUnitIndex(int row) const
{
    return rowKind(row) == RowKind::SubUnit ? row - kFirstSubUnitRow : -1;
}

qint64 TargetTableModel::orgIdAt(int row) const
{
    if (row == 0)
        return m_org.id;
    const int unit = subUnitIndex(row);
    return unit >= 0 && unit < m_table.subUnits.size() ? m_table.subUnits.at(unit).org.id : 0;
}

QString TargetTableModel::metricAt(int column) const
{
    const auto& catalog = core::metricCatalog();
    return column >= 0 && column < catalog.size() ? catalog.at(column).key : QString();
}

QHash<qint64, double> TargetTableModel::subUnitTargets(const QString& metric) const
{
    QHash<qint64, double> out;
    for (const core::TargetRow& unit : m_table.subUnits)
        if (const auto it = unit.targets.constFind(metric); it != unit.targets.cend())
            out.insert(unit.org.id, *it);
    return out;
}

std::optional<double> TargetTableModel::valueAt(int row, int column) const
{
    const QString metric = metricAt(column);
    switch (rowKind(row)) {
    case RowKind::Own:
        return ownTarget(metric);
    case RowKind::SubUnit: {
        const QHash<QString, double>& values = m_table.subUnits.at(subUnitIndex(row)).targets;
        const auto it = values.constFind(metric);
        return it == values.cend() ? std::nullopt : std::optional<double>(*it);
    }
    case RowKind::SubUnitSum:
        return subUnitSum(metric);
    case RowKind::Difference:
        return m_table.difference(metric);
    }
    return std::nullopt;
}

QVariant TargetTableModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
        return {};
    const RowKind kind = rowKind(index.row());
    const QString metric = metricAt(index.column());
    const std::optional<double> value = valueAt(index.row(), index.column());
    const bool computed = kind == RowKind::SubUnitSum || kind == RowKind::Difference;
    const bool flagged = computed && sumDiffers(metric);
    switch (role) {
    case Qt::DisplayRole:
        if (!value)
            return QString();
        // The difference carries its sign, so "+200" reads as "the sub-units were given 200 more".
        if (kind == RowKind::Difference && *value > 0)
            return QString(u'+' + number(*value));
        return number(*value);
    case Qt::EditRole:
        return value ? QString::number(std::llround(*value)) : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (flagged)
            return QBrush(kMismatchBackground);
        return computed ? QVariant(QBrush(kComputedBackground)) : QVariant();
    case Qt::ForegroundRole:
        return flagged ? QVariant(QBrush(kMismatchText)) : QVariant();
    case Qt::FontRole:
        if (kind == RowKind::Own || flagged) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (flagged)
            return tr("The sub-units' targets add up to %1, the organisation's own target is %2.")
                .arg(number(*subUnitSum(metric)), ownTarget(metric) ? number(*ownTarget(metric)) : tr("not set"));
        return {};
    default:
        return {};
    }
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const auto& catalog = core::metricCatalog();
        if (section < 0 || section >= catalog.size())
            return {};
        const core::MetricInfo& info = catalog.at(section);
        if (role == Qt::DisplayRole)
            return info.name.text();
        if (role == Qt::ToolTipRole)
            return info.definition.text();
        return {};
    }
    if (section < 0 || section >= rowCount() || role != Qt::DisplayRole)
        return {};
    switch (rowKind(section)) {
    case RowKind::Own:
        return tr("%1 (own target)").arg(m_org.name);
    case RowKind::SubUnit:
        return m_table.subUnits.at(subUnitIndex(section)).name.text();
    case RowKind::SubUnitSum:
        return tr("Sum of sub-units");
    case RowKind::Difference:
        return tr("Difference");
    }
    return {};
}

Qt::ItemFlags TargetTableModel::flags(const QModelIndex& index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    const RowKind kind = rowKind(index.row());
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if ((kind == RowKind::Own || kind == RowKind::SubUnit) && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TargetTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto parsed = core::parseTargetValue(value.toString());
    if (!parsed) {
        emit writeRefused(parsed.error());
        return false;
    }
    const std::optional<double> before = valueAt(index.row(), index.column());
    if (before == *parsed)
        return true;
    const QVector<core::TargetEdit> edits = {{orgIdAt(index.row()), metricAt(index.column()), *parsed}};
    const QString text = tr("Target %1 of %2")
                             .arg(headerData(index.column(), Qt::Horizontal).toString(),
                                  headerData(index.row(), Qt::Vertical).toString());
    if (const std::optional<QString> question = doubtAbout(edits)) {
        emit confirmationNeeded(edits, text, *question);
        return false;
    }
    if (const auto written = write(edits, text); !written) {
        emit writeRefused(written.error());
        return false;
    }
    return true;
}

std::optional<QString> TargetTableModel::doubtAbout(const QVector<core::TargetEdit>& edits)
{
    for (const core::TargetEdit& edit : edits) {
        const auto doubt = core::doubtfulTarget(m_database->connection(), m_periodId, edit);
        if (doubt && *doubt)
            return (*doubt)->text();
    }
    return std::nullopt;
}

core::Expected<int> TargetTableModel::write(const QVector<core::TargetEdit>& edits, const QString& text)
{
    using Result = core::Expected<int>;
    if (!m_database)
        return Result::failure(tr("No file is open."));
    core::TargetRepository targets(m_database->connection());
    const auto before = targets.storedValues(m_periodId, edits);
    if (!before)
        return Result::failure(before.message());
    const auto written = targets.setTargets(m_periodId, edits);
    if (!written)
        return written;
    // A sub-unit's value moves the sum and the difference too; re-reading keeps them as core adds them up.
    refreshValues();
    emit targetsWritten(*written);
    if (m_undoStack && *written > 0) {
        const auto reread = [this](int count) {
            refreshValues();
            emit targetsWritten(count);
        };
        m_undoStack->push(new TargetEditCommand(*m_database, m_periodId, *before, edits, text, reread,
                                                [this](const QString& refusal) { emit writeRefused(refusal); }));
    }
    return written;
}

core::Status TargetTableModel::paste(const QModelIndex& topLeft, const QString& text)
{
    if (!topLeft.isValid() || m_org.id == 0)
        return core::Status::failure(tr("Select the cell where the pasted block should start."));
    if (!(flags(topLeft) & Qt::ItemIsEditable))
        return core::Status::failure(tr("The sum and difference rows are worked out from the sub-units; paste into "
                                        "the organisation's own row or a sub-unit's row."));
    // The block's rows go to the organisation's own row and the sub-units' rows below the first cell; the two
    // computed rows between them are stepped over, as they would be in the officer's own sheet.
    QVector<qint64> rows;
    for (int row = topLeft.row(); row < rowCount(); ++row)
        if (flags(index(row, 0)) & Qt::ItemIsEditable)
            rows.append(orgIdAt(row));
    QStringList metrics;
    for (int column = topLeft.column(); column < columnCount(); ++column)
        metrics.append(metricAt(column));
    const auto edits = core::TargetRepository(m_database->connection()).pastedEdits(rows, metrics, splitBlock(text));
    if (!edits)
        return core::Status::failure(edits.message());
    const QString label = tr("Paste of %1 target value(s)").arg(edits->size());
    if (const std::optional<QString> question = doubtAbout(*edits)) {
        emit confirmationNeeded(*edits, label, *question);
        return {};
    }
    const auto written = write(*edits, label);
    return written ? core::Status() : core::Status::failure(written.message());
}

core::Status TargetTableModel::clearCells(const QModelIndexList& indexes)
{
    QVector<core::TargetEdit> edits;
    for (const QModelIndex& i : indexes)
        if ((flags(i) & Qt::ItemIsEditable) && valueAt(i.row(), i.column()))
            edits.append({orgIdAt(i.row()), metricAt(i.column()), std::nullopt});
    if (edits.isEmpty())
        return {};
    const auto written = write(edits, tr("Removal of %1 target value(s)").arg(edits.size()));
    return written ? core::Status() : core::Status::failure(written.message());
}

QString TargetTableModel::copy(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return {};
    int top = indexes.first().row(), bottom = top, left = indexes.first().column(), right = left;
    for (const QModelIndex& i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column)
            cells << (indexes.contains(index(row, column)) ? data(index(row, column), Qt::EditRole).toString()
                                                           : QString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace jb::ui
