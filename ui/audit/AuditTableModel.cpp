#include "ui/audit/AuditTableModel.h"

#include "core/storage/Database.h"

namespace jb::ui {

AuditTableModel::AuditTableModel(QObject* parent) : RecordListModel(parent) {}

bool AuditTableModel::setSource(const core::Database& database, const core::AuditFilter& filter)
{
    m_database = &database;
    m_filter = filter;
    return rebuild();
}

bool AuditTableModel::setFilter(const core::AuditFilter& filter)
{
    m_filter = filter;
    return rebuild();
}

bool AuditTableModel::reload()
{
    return rebuild();
}

core::Expected<qint64> AuditTableModel::openQuery(std::optional<qint64>)
{
    core::Expected<core::AuditQuery> query = core::AuditQuery::open(m_database->connection(), m_filter);
    if (!query)
        return core::Expected<qint64>::failure(query.message());
    m_query = std::move(*query);
    return m_query->count();
}

void AuditTableModel::dropQuery()
{
    m_query.reset();
    m_windows.clear();
}

const core::AuditRow* AuditTableModel::row(int r) const
{
    if (!m_query)
        return nullptr;
    return windowRow(m_windows, r, [this](qint64 offset, int limit) { return m_query->window(offset, limit); });
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const core::AuditRow* r = row(index.row());
    if (!r)
        return {};
    switch (index.column()) {
    case When:
        return r->when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Officer:
        return r->officer;
    case Action:
        return r->actionWords;
    case Record:
        return r->record;
    case Field:
        return r->field;
    case OldValue:
        return r->oldValue;
    case NewValue:
        return r->newValue;
    case Note:
        return r->note;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const titles[] = {QT_TR_NOOP("When"),      QT_TR_NOOP("Officer"),       QT_TR_NOOP("Action"),
                                         QT_TR_NOOP("Record"),    QT_TR_NOOP("Field"),         QT_TR_NOOP("Old value"),
                                         QT_TR_NOOP("New value"), QT_TR_NOOP("Note or reason")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

Qt::ItemFlags AuditTableModel::flags(const QModelIndex& index) const
{
    // The log is read, never changed: selectable rows, nothing editable, nothing to drag.
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace jb::ui
