#include "ui/fairs/FairTableModel.h"

#include "core/storage/Database.h"

#include <QLocale>

namespace jb::ui {

namespace {

using Column = FairTableModel::Column;

bool isNumber(Column column)
{
    return column >= Column::Enterprises && column <= Column::DemandRatio;
}

// The core order a header sorts by; none for the columns core does not order by.
std::optional<core::FairSort> sortOf(Column column)
{
    switch (column) {
    case Column::Name:
        return core::FairSort::Name;
    case Column::Days:
        return core::FairSort::FirstDay;
    case Column::Organiser:
        return core::FairSort::Organiser;
    case Column::Enterprises:
        return core::FairSort::Enterprises;
    case Column::Posts:
        return core::FairSort::Posts;
    case Column::Headcount:
        return core::FairSort::Headcount;
    case Column::Visits:
        return core::FairSort::Visits;
    case Column::Registered:
        return core::FairSort::Registered;
    case Column::Intentions:
        return core::FairSort::Intentions;
    case Column::Contracts:
        return core::FairSort::Contracts;
    case Column::DemandRatio:
        return core::FairSort::DemandRatio;
    default:
        return std::nullopt;
    }
}

} // namespace

FairTableModel::FairTableModel(QObject* parent) : RecordListModel(parent) {}

bool FairTableModel::setSource(const core::Database& database, const core::FairFilter& filter)
{
    m_database = &database;
    m_filter = filter;
    return rebuild();
}

bool FairTableModel::setFilter(const core::FairFilter& filter)
{
    m_filter = filter;
    return rebuild();
}

bool FairTableModel::reload()
{
    return rebuild();
}

core::Expected<qint64> FairTableModel::openQuery(std::optional<qint64> knownTotal)
{
    if (knownTotal) {
        m_open = true;
        return *knownTotal;
    }
    const core::Expected<qint64> count = core::countFairs(m_database->connection(), m_filter);
    m_open = bool(count);
    return count;
}

void FairTableModel::dropQuery()
{
    m_open = false;
    m_windows.clear();
}

const core::FairRow* FairTableModel::row(int r) const
{
    if (!m_open || !m_database)
        return nullptr;
    return windowRow(m_windows, r, [this](qint64 offset, int limit) {
        return core::fairWindow(m_database->connection(), m_filter, offset, limit, m_sort, m_descending);
    });
}

qint64 FairTableModel::fairId(int r) const
{
    const core::FairRow* fair = row(r);
    return fair ? fair->id : 0;
}

int FairTableModel::rowOf(qint64 fairId) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (r >= RowWindows<core::FairRow>::kWindowRows * RowWindows<core::FairRow>::kCachedWindows)
            break;
        if (this->fairId(r) == fairId)
            return r;
    }
    return -1;
}

int FairTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QString FairTableModel::demandRatioText(const core::FairRow& row)
{
    const std::optional<double> ratio = row.demandRatio();
    return ratio ? QLocale().toString(*ratio, 'f', 1) : QString();
}

QString FairTableModel::daysText(const QDate& first, const QDate& last)
{
    const QString from = first.toString(Qt::ISODate);
    if (!last.isValid() || last == first)
        return from;
    const QString to =
        last.year() == first.year() ? last.toString(QStringLiteral("MM-dd")) : last.toString(Qt::ISODate);
    return from + QStringLiteral(" – ") + to;
}

QVariant FairTableModel::display(const core::FairRow& fair, Column column) const
{
    switch (column) {
    case Column::Name:
        return fair.name;
    case Column::Days:
        return daysText(fair.firstDay, fair.lastDay);
    case Column::Organiser:
        return fair.organiserName;
    case Column::Form:
        return core::fairFormName(fair.form).text();
    case Column::Kind:
        return fair.kindName;
    case Column::Status:
        return core::fairStatusName(fair.status).text();
    case Column::Enterprises:
        return fair.enterprises;
    case Column::Posts:
        return fair.posts;
    case Column::Headcount:
        return fair.headcount;
    case Column::Visits:
        return fair.visits;
    case Column::Registered:
        return fair.registered;
    case Column::Intentions:
        return fair.intentions;
    case Column::Contracts:
        return fair.contracts;
    case Column::DemandRatio:
        return demandRatioText(fair);
    case Column::Count:
        break;
    }
    return {};
}

QVariant FairTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumber(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != kFairIdRole)
        return {};
    const core::FairRow* fair = row(index.row());
    if (!fair)
        return {};
    if (role == kFairIdRole)
        return fair->id;
    if (role == Qt::ToolTipRole) {
        if (column == Column::Name)
            return fair->venue.isEmpty() ? fair->name : fair->name + QLatin1Char('\n') + fair->venue;
        if (column == Column::Kind || column == Column::Organiser || column == Column::Days)
            return display(*fair, column);
        if (column == Column::DemandRatio)
            return tr("Headcount wanted ÷ job seekers registered at the fair");
        if (column == Column::Visits)
            return tr("As the organiser reports them");
        return {};
    }
    return display(*fair, column);
}

QVariant FairTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    static const char* const titles[] = {QT_TR_NOOP("Job fair"),    QT_TR_NOOP("Days"),        QT_TR_NOOP("Organiser"),
                                         QT_TR_NOOP("Form"),        QT_TR_NOOP("Kind"),        QT_TR_NOOP("Status"),
                                         QT_TR_NOOP("Enterprises"), QT_TR_NOOP("Posts"),       QT_TR_NOOP("Headcount"),
                                         QT_TR_NOOP("Visits"),      QT_TR_NOOP("Registered"),  QT_TR_NOOP("Intentions"),
                                         QT_TR_NOOP("Contracts"),   QT_TR_NOOP("Demand ratio")};
    if (section < 0 || section >= static_cast<int>(Column::Count))
        return {};
    return tr(titles[section]);
}

void FairTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(Column::Count))
        return;
    const std::optional<core::FairSort> wanted = sortOf(static_cast<Column>(column));
    if (!wanted)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*wanted == m_sort && descending == m_descending && m_open)
        return;
    m_sort = *wanted;
    m_descending = descending;
    if (m_database)
        rebuild(m_open ? std::optional<qint64>(m_total) : std::nullopt);
}

} // namespace jb::ui
