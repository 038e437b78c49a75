#include "ui/duplicates/DuplicateTableModel.h"

#include "core/storage/Database.h"

#include <QLocale>
#include <algorithm>

namespace jb::ui {

namespace {

constexpr int kCachedWindows = 8;

} // namespace

DuplicateTableModel::DuplicateTableModel(QObject* parent) : QAbstractTableModel(parent) {}

bool DuplicateTableModel::run(const core::Database& database, core::DuplicateRule rule)
{
    beginResetModel();
    m_rule = rule;
    m_finder.reset();
    m_firstRow.clear();
    m_windows.clear();
    m_error.clear();
    core::Expected<core::DuplicateFinder> found = core::DuplicateFinder::find(database.connection(), rule);
    QString error;
    if (found) {
        m_finder.emplace(std::move(*found));
        int row = 0;
        for (qint64 g = 0; g < m_finder->groupCount(); ++g) {
            m_firstRow.append(row);
            row += static_cast<int>(m_finder->memberIds(g).size());
        }
        m_firstRow.append(row);
    } else {
        error = found.error();
    }
    endResetModel();
    if (!error.isEmpty()) {
        emit failed(error);
        return false;
    }
    return true;
}

void DuplicateTableModel::clear()
{
    beginResetModel();
    m_finder.reset();
    m_firstRow.clear();
    m_windows.clear();
    m_error.clear();
    endResetModel();
}

qint64 DuplicateTableModel::groupOfRow(int row) const
{
    if (row < 0 || m_firstRow.size() < 2 || row >= m_firstRow.last())
        return -1;
    const auto it = std::upper_bound(m_firstRow.cbegin(), m_firstRow.cend(), row);
    return static_cast<qint64>(it - m_firstRow.cbegin()) - 1;
}

QVector<qint64> DuplicateTableModel::memberIds(qint64 group) const
{
    return m_finder ? m_finder->memberIds(group) : QVector<qint64>();
}

int DuplicateTableModel::firstRowOfGroup(qint64 group) const
{
    return group >= 0 && group + 1 < m_firstRow.size() ? m_firstRow.at(static_cast<int>(group)) : -1;
}

const core::DuplicateGroup* DuplicateTableModel::group(qint64 index) const
{
    if (!m_finder || !m_error.isEmpty())
        return nullptr;
    const qint64 window = index / kWindowGroups;
    auto it = m_windows.find(window);
    if (it == m_windows.end()) {
        core::Expected<QVector<core::DuplicateGroup>> rows = m_finder->fetch(window * kWindowGroups, kWindowGroups);
        if (!rows) {
            m_error = rows.error();
            emit const_cast<DuplicateTableModel*>(this)->failed(m_error);
            return nullptr;
        }
        if (m_windows.size() >= kCachedWindows)
            m_windows.erase(m_windows.begin());
        it = m_windows.insert(window, std::move(*rows));
    }
    const int inWindow = static_cast<int>(index - window * kWindowGroups);
    return inWindow < it->size() ? &it->at(inWindow) : nullptr;
}

int DuplicateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_firstRow.isEmpty() ? 0 : m_firstRow.last();
}

int DuplicateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant DuplicateTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 g = groupOfRow(index.row());
    if (role == kGroupRole)
        return g;
    if (role != Qt::DisplayRole && role != kIdRole && role != Qt::TextAlignmentRole)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(column == Referrals || column == Services ||
                                           (column == BirthOrVacancies && kind() == core::MergeRecordKind::Enterprise)
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    const core::DuplicateGroup* grp = group(g);
    const int member = index.row() - firstRowOfGroup(g);
    if (!grp || member < 0 || member >= grp->members.size())
        return {};
    const core::DuplicateMember& m = grp->members.at(member);
    if (role == kIdRole)
        return m.id;
    const bool worker = kind() == core::MergeRecordKind::Worker;
    switch (column) {
    case Group:
        // The shared value on the group's first row only, so the groups read as blocks.
        return member == 0 ? QStringLiteral("%1. %2").arg(g + 1).arg(grp->key) : QString();
    case Name:
        return m.name;
    case Identifier:
        return m.residentId;
    case Phone:
        return m.phone;
    case BirthOrVacancies:
        return worker ? QVariant(m.birthDate.isValid() ? m.birthDate.toString(Qt::ISODate) : QString())
                      : QVariant(m.vacancies);
    case Organisation:
        return m.organisation;
    case Registered:
        return m.registeredOn.isValid() ? m.registeredOn.toString(Qt::ISODate) : QString();
    case Referrals:
        return m.referrals;
    case Services:
        return worker ? QVariant(m.services) : QVariant(QStringLiteral("—"));
    default:
        break;
    }
    return {};
}

QVariant DuplicateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const bool worker = kind() == core::MergeRecordKind::Worker;
    switch (section) {
    case Group:
        return tr("Shared value");
    case Name:
        return tr("Name");
    case Identifier:
        return worker ? tr("ID number") : tr("Credit code");
    case Phone:
        return worker ? tr("Phone") : tr("Contact phone");
    case BirthOrVacancies:
        return worker ? tr("Birth date") : tr("Vacancies");
    case Organisation:
        return tr("Organisation");
    case Registered:
        return worker ? tr("Registered") : tr("Entered");
    case Referrals:
        return tr("Referrals");
    case Services:
        return tr("Services");
    default:
        break;
    }
    return {};
}

} // namespace jb::ui
