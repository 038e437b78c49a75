#include "ui/placement/PromiseListModel.h"

#include "ui/placement/PlacementStyle.h"

#include <QFont>

namespace jb::ui {

namespace {

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

bool waiting(const core::PromiseEntry& e)
{
    return e.state == core::PromiseState::Due || e.state == core::PromiseState::Overdue;
}

} // namespace

void PromiseListModel::setEntries(QVector<core::PromiseEntry> entries, const core::PlacementSettings& settings)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_settings = settings;
    endResetModel();
}

const core::PromiseEntry* PromiseListModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int PromiseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PromiseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PromiseListModel::text(const core::PromiseEntry& e, int column) const
{
    switch (column) {
    case Name:
        return e.name;
    case State:
        return core::promiseStateName(e.state).text();
    case Days:
        return PlacementStyle::daysText(e.daysLeft, waiting(e));
    case Start:
        return day(e.start);
    case Due:
        return e.beyondCalendar ? tr("%1 (weekdays only)").arg(day(e.due)) : day(e.due);
    case FirstRecommended:
        return day(e.servedOn);
    case Contacts:
        return tr("%1 of %2").arg(e.contacts).arg(m_settings.offerContacts);
    case Posts:
        return tr("%1 of %2").arg(e.posts).arg(m_settings.offerContacts * m_settings.offerPostsPerContact);
    case Declines:
        return QString::number(e.declines);
    default:
        return {};
    }
}

QVariant PromiseListModel::data(const QModelIndex& index, int role) const
{
    const core::PromiseEntry* e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::DisplayRole)
        return text(*e, index.column());
    if (role == Qt::ForegroundRole && (index.column() == State || index.column() == Days))
        return PlacementStyle::promiseColour(e->state);
    if (role == Qt::FontRole && index.column() == State) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Due && e->beyondCalendar)
        return tr("Past the last year of the holiday calendar: counted on weekdays only. Add the next year's "
                  "holidays in the settings.");
    if (role == Qt::ToolTipRole && (index.column() == Contacts || index.column() == Posts))
        return e->offersMet ? tr("The offers reach the settings' numbers") : tr("Fewer offers than the settings ask");
    if (role == Qt::UserRole)
        return e->workerId;
    return {};
}

QVariant PromiseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case State:
        return tr("State");
    case Days:
        return tr("Days");
    case Start:
        return tr("Clock started");
    case Due:
        return tr("Due");
    case FirstRecommended:
        return tr("First recommended");
    case Contacts:
        return tr("Contacts");
    case Posts:
        return tr("Posts offered");
    case Declines:
        return tr("Declined");
    default:
        return {};
    }
}

} // namespace jb::ui
