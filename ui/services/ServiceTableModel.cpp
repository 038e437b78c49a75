#include "ui/services/ServiceTableModel.h"

#include "core/domain/NameLanguage.h"
#include "core/storage/Database.h"
#include "core/validation/ResidentId.h"

#include <algorithm>

namespace jb::ui {

namespace {

// How many of the first rows rowOf() looks through (the windows a new or undone service is in).
constexpr int kSearchedRows = 2 * RowWindows<ServiceTableModel::Shown>::kWindowRows;

} // namespace

ServiceTableModel::ServiceTableModel(QObject* parent) : RecordListModel(parent) {}

bool ServiceTableModel::setSource(const core::Database& database, const core::ServiceFilter& filter)
{
    m_database = &database;
    m_filter = filter;
    return rebuild();
}

bool ServiceTableModel::setFilter(const core::ServiceFilter& filter)
{
    m_filter = filter;
    return rebuild();
}

bool ServiceTableModel::reload()
{
    return rebuild();
}

core::Expected<qint64> ServiceTableModel::openQuery(std::optional<qint64> knownTotal)
{
    if (knownTotal) {
        m_open = true;
        return *knownTotal;
    }
    const core::Expected<qint64> count = core::countServices(m_database->connection(), m_filter);
    m_open = bool(count);
    return count;
}

void ServiceTableModel::dropQuery()
{
    m_open = false;
    m_windows.clear();
}

// Rows [offset, offset + limit) in the order shown: oldest first reads the same rows of core's newest-first list
// counted from its end, turned round.
core::Expected<QVector<ServiceTableModel::Shown>> ServiceTableModel::fetch(qint64 offset, int limit) const
{
    using Result = core::Expected<QVector<Shown>>;
    qint64 first = offset;
    int rows = limit;
    if (m_oldestFirst) {
        const qint64 end = std::min<qint64>(m_total, offset + limit);
        first = m_total - end;
        rows = static_cast<int>(std::max<qint64>(0, end - offset));
    }
    const auto read = core::listServices(m_database->connection(), m_filter, first, rows,
                                         core::shownNameLanguage() == core::NameLanguage::Chinese);
    if (!read)
        return Result::failure(read.message());
    QVector<qint64> ids;
    for (const core::ServiceRow& r : *read)
        ids << r.id;
    const auto extras = core::serviceRowExtras(m_database->connection(), ids);
    if (!extras)
        return Result::failure(extras.message());
    QVector<Shown> shown;
    for (const core::ServiceRow& r : *read)
        shown.append({r, extras->value(r.id)});
    if (m_oldestFirst)
        std::reverse(shown.begin(), shown.end());
    return shown;
}

const ServiceTableModel::Shown* ServiceTableModel::row(int r) const
{
    if (!m_open || !m_database)
        return nullptr;
    return windowRow(m_windows, r, [this](qint64 offset, int limit) { return fetch(offset, limit); });
}

qint64 ServiceTableModel::serviceId(int r) const
{
    const Shown* shown = row(r);
    return shown ? shown->row.id : 0;
}

QString ServiceTableModel::kindCode(int r) const
{
    const Shown* shown = row(r);
    return shown ? shown->row.kind : QString();
}

int ServiceTableModel::rowOf(qint64 serviceId) const
{
    for (int r = 0; r < std::min(rowCount(), kSearchedRows); ++r)
        if (this->serviceId(r) == serviceId)
            return r;
    return -1;
}

int ServiceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant ServiceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Shown* shown = row(index.row());
    if (!shown)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Column::ResidentId:
        return core::maskResidentId(shown->extra.residentId);
    case Column::Name:
        return shown->row.person;
    case Column::Kind:
        return shown->row.kindName;
    case Column::Date:
        return shown->row.on.toString(Qt::ISODate);
    case Column::Content:
        return shown->extra.mainField;
    case Column::Provider:
        return shown->row.provider;
    case Column::Unit:
        return shown->row.unit;
    default:
        return {};
    }
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    static const char* const titles[] = {QT_TR_NOOP("ID number"),  QT_TR_NOOP("Name"),    QT_TR_NOOP("Service"),
                                         QT_TR_NOOP("Date"),       QT_TR_NOOP("Content"), QT_TR_NOOP("Delivered by"),
                                         QT_TR_NOOP("Recorded by")};
    if (section < 0 || section >= static_cast<int>(Column::Count))
        return {};
    return tr(titles[section]);
}

void ServiceTableModel::sort(int column, Qt::SortOrder order)
{
    // Core orders services by their day only.
    if (static_cast<Column>(column) != Column::Date)
        return;
    const bool oldestFirst = order == Qt::AscendingOrder;
    if (oldestFirst == m_oldestFirst && m_open)
        return;
    m_oldestFirst = oldestFirst;
    if (m_database)
        rebuild(m_open ? std::optional<qint64>(m_total) : std::nullopt);
}

} // namespace jb::ui
