#include "ui/workers/WorkerTableModel.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"

#include <QLocale>

namespace jb::ui {

using core::WorkerColumn;

namespace {

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

WorkerTableModel::WorkerTableModel(QObject* parent) : RecordListModel(parent) {}

QDate WorkerTableModel::today() const
{
    return m_today.isValid() ? m_today : core::Clock::today();
}

bool WorkerTableModel::setSource(const core::Database& database, const core::WorkerFilter& filter)
{
    m_database = &database;
    m_filter = filter;
    return rebuild();
}

bool WorkerTableModel::setFilter(const core::WorkerFilter& filter)
{
    m_filter = filter;
    return rebuild();
}

core::Expected<qint64> WorkerTableModel::openQuery(std::optional<qint64> knownTotal)
{
    core::Expected<core::WorkerListQuery> query =
        core::WorkerListQuery::create(m_database->connection(), m_filter, m_sort, today(), core::shownNameLanguage());
    if (!query)
        return core::Expected<qint64>::failure(query.error());
    if (knownTotal)
        query->reuseCount(*knownTotal); // a new order of the same rows: no need to count again
    const core::Expected<qint64> count = knownTotal ? core::Expected<qint64>(*knownTotal) : query->count();
    if (count)
        m_query.emplace(std::move(*query));
    return count;
}

void WorkerTableModel::dropQuery()
{
    m_query.reset();
    m_windows.clear();
}

const core::WorkerRow* WorkerTableModel::row(int r) const
{
    if (!m_query)
        return nullptr;
    return windowRow(m_windows, r, [this](qint64 offset, int limit) { return m_query->fetch(offset, limit); });
}

qint64 WorkerTableModel::workerId(int r) const
{
    const core::WorkerRow* w = row(r);
    return w ? w->id : 0;
}

int WorkerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(WorkerColumn::Count);
}

QVariant WorkerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != kWorkerIdRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole)
        return {};
    const auto column = static_cast<WorkerColumn>(index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(column == WorkerColumn::Age ? Qt::AlignRight | Qt::AlignVCenter
                                                               : Qt::AlignLeft | Qt::AlignVCenter);
    const core::WorkerRow* w = row(index.row());
    if (!w)
        return {};
    if (role == kWorkerIdRole)
        return w->id;
    const bool chinese = chineseUi();
    if (role == Qt::ToolTipRole) {
        if (column == WorkerColumn::Promise && w->promiseDue.isValid())
            return tr("Recommendation due by %1").arg(QLocale().toString(w->promiseDue, QLocale::ShortFormat));
        if (column == WorkerColumn::KeyGroups)
            return w->keyGroups.join(QLatin1Char('\n'));
        return {};
    }
    auto date = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    switch (column) {
    case WorkerColumn::Name:
        return w->name;
    case WorkerColumn::Gender:
        return core::WorkerListQuery::genderText(w->gender).text();
    case WorkerColumn::Age:
        return w->age >= 0 ? QVariant(w->age) : QVariant();
    case WorkerColumn::ResidentId:
        return w->residentId;
    case WorkerColumn::Phone:
        return w->phone;
    case WorkerColumn::KeyGroups:
        return w->keyGroups.join(chinese ? QStringLiteral("、") : QStringLiteral(", "));
    case WorkerColumn::Status:
        return w->status;
    case WorkerColumn::DesiredTrade:
        return w->desiredTrade;
    case WorkerColumn::Registered:
        return date(w->registeredOn);
    case WorkerColumn::LastContact:
        return date(w->lastContactOn);
    case WorkerColumn::Promise:
        return core::WorkerListQuery::promiseText(w->promise).text();
    case WorkerColumn::Count:
        break;
    }
    return {};
}

QVariant WorkerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    static const char* const titles[] = {
        QT_TR_NOOP("Name"),         QT_TR_NOOP("Gender"),          QT_TR_NOOP("Age"),
        QT_TR_NOOP("ID number"),    QT_TR_NOOP("Phone"),           QT_TR_NOOP("Key groups"),
        QT_TR_NOOP("Status"),       QT_TR_NOOP("Desired trade"),   QT_TR_NOOP("Registered"),
        QT_TR_NOOP("Last contact"), QT_TR_NOOP("One-week promise")};
    if (section < 0 || section >= static_cast<int>(WorkerColumn::Count))
        return {};
    return tr(titles[section]);
}

void WorkerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(WorkerColumn::Count))
        return;
    const core::WorkerSort wanted{static_cast<WorkerColumn>(column), order == Qt::DescendingOrder};
    if (wanted.column == m_sort.column && wanted.descending == m_sort.descending && m_query)
        return;
    m_sort = wanted;
    if (m_database)
        rebuild(m_query && m_query->today() == today() ? std::optional<qint64>(m_total) : std::nullopt);
}

} // namespace jb::ui
