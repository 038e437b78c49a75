#include "ui/dashboard/RecordWindowModel.h"

#include <QDate>
#include <QLocale>
#include <algorithm>

namespace jb::ui {

RecordWindowModel::RecordWindowModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecordWindowModel::setSource(QStringList columns, qint64 total, Fetch fetch)
{
    m_changing = true;
    beginResetModel();
    m_columns = std::move(columns);
    m_total = std::max<qint64>(total, 0);
    m_fetch = std::move(fetch);
    m_rows.clear();
    m_recordIds.clear();
    m_error.clear();
    endResetModel();
    m_changing = false;
    if (canFetchMore({}))
        fetchMore({});
}

void RecordWindowModel::clear()
{
    m_changing = true;
    beginResetModel();
    m_columns.clear();
    m_total = 0;
    m_fetch = nullptr;
    m_rows.clear();
    m_recordIds.clear();
    m_error.clear();
    endResetModel();
    m_changing = false;
}

qint64 RecordWindowModel::recordId(int row) const
{
    return row >= 0 && row < m_recordIds.size() ? m_recordIds.at(row) : 0;
}

int RecordWindowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordWindowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RecordWindowModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVector<QVariant>& row = m_rows.at(index.row());
    const QVariant value = index.column() < row.size() ? row.at(index.column()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (value.typeId() == QMetaType::QDate)
            return QLocale().toString(value.toDate(), QLocale::ShortFormat);
        return value;
    case Qt::TextAlignmentRole: {
        const int type = value.typeId();
        const bool numeric = type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    default:
        return {};
    }
}

QVariant RecordWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section >= 0 && section < m_columns.size() ? m_columns.at(section) : QVariant();
}

bool RecordWindowModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetch && m_error.isEmpty() && m_rows.size() < m_total;
}

void RecordWindowModel::fetchMore(const QModelIndex& parent)
{
    // Views (and the model tester) may ask for more from inside our own reset or insert notifications: rows
    // inserted then would nest one change in another. The next scroll asks again.
    if (m_changing || !canFetchMore(parent))
        return;
    const qint64 offset = m_rows.size();
    const int limit = static_cast<int>(std::min<qint64>(kWindowRows, m_total - offset));
    core::Expected<core::RecordWindow> window = m_fetch(offset, limit);
    if (!window) {
        m_error = window.error();
        emit fetchFailed(m_error);
        return;
    }
    QVector<QVector<QVariant>>& rows = window->rows;
    if (rows.size() > limit)
        rows.resize(limit);
    if (rows.isEmpty()) {
        // The records changed under us: fewer than counted. Stop asking rather than ask forever.
        m_total = m_rows.size();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (QVector<QVariant>& row : rows)
        m_rows.append(std::move(row));
    // The fetch may name no records (tests feed plain rows): 0 then, which opens nothing.
    for (int i = 0; i < rows.size(); ++i)
        m_recordIds.append(i < window->recordIds.size() ? window->recordIds.at(i) : 0);
    endInsertRows();
    m_changing = false;
}

} // namespace jb::ui
