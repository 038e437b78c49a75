#include "ui/reference/ReferenceValueModel.h"

#include "core/storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace jb::ui {

ReferenceValueModel::ReferenceValueModel(QObject* parent) : QAbstractTableModel(parent) {}

bool ReferenceValueModel::load(const core::Database& database, const QString& list)
{
    const core::Expected<QVector<core::ReferenceValue>> values =
        core::ReferenceEditor(database.connection()).values(list);
    beginResetModel();
    m_values = values ? *values : QVector<core::ReferenceValue>();
    endResetModel();
    if (!values) {
        emit failed(values.error());
        return false;
    }
    return true;
}

void ReferenceValueModel::clear()
{
    beginResetModel();
    m_values.clear();
    endResetModel();
}

const core::ReferenceValue* ReferenceValueModel::value(int row) const
{
    return row >= 0 && row < m_values.size() ? &m_values.at(row) : nullptr;
}

int ReferenceValueModel::rowOfItem(qint64 itemId) const
{
    for (int r = 0; r < m_values.size(); ++r)
        if (m_values.at(r).item.id == itemId)
            return r;
    return -1;
}

int ReferenceValueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_values.size());
}

int ReferenceValueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ReferenceValueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ReferenceValue& v = m_values.at(index.row());
    if (role == Qt::ForegroundRole)
        return v.item.retired ? QVariant(QBrush(QColor(0x80, 0x80, 0x80))) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == UsedBy ? Qt::AlignRight | Qt::AlignVCenter
                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Status && v.reliedOnByCode)
        return tr("The figures count by this value: it can be renamed, not retired or deleted.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameZh:
        return v.item.nameZh;
    case NameEn:
        return v.item.nameEn;
    case Code:
        return v.item.code;
    case Status:
        if (v.item.retired)
            return tr("Retired");
        return v.reliedOnByCode ? tr("Active (built in)") : tr("Active");
    case UsedBy:
        return QLocale().toString(v.usedBy);
    default:
        break;
    }
    return {};
}

QVariant ReferenceValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case NameZh:
        return tr("Chinese name");
    case NameEn:
        return tr("English name");
    case Code:
        return tr("Code");
    case Status:
        return tr("Status");
    case UsedBy:
        return tr("Records using it");
    default:
        break;
    }
    return {};
}

} // namespace jb::ui
