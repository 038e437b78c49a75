#include "ui/enterprises/EnterpriseTableModel.h"

#include "core/storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace jb::ui {

using core::EnterpriseColumn;

namespace {

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

bool isNumber(EnterpriseColumn column)
{
    return column == EnterpriseColumn::OpenVacancies || column == EnterpriseColumn::Headcount ||
           column == EnterpriseColumn::Hired || column == EnterpriseColumn::Gap;
}

} // namespace

EnterpriseTableModel::EnterpriseTableModel(QObject* parent) : RecordListModel(parent) {}

QString EnterpriseTableModel::flagName(const QString& kind)
{
    if (kind == QLatin1String("wage_arrears"))
        return tr("Wage arrears");
    if (kind == QLatin1String("attrition"))
        return tr("Staff attrition");
    if (kind == QLatin1String("labour_risk"))
        return tr("Labour-relations risk");
    return kind;
}

bool EnterpriseTableModel::setSource(const core::Database& database, const core::EnterpriseFilter& filter)
{
    m_database = &database;
    m_filter = filter;
    return rebuild();
}

bool EnterpriseTableModel::setFilter(const core::EnterpriseFilter& filter)
{
    m_filter = filter;
    return rebuild();
}

bool EnterpriseTableModel::reload()
{
    return rebuild();
}

core::Expected<qint64> EnterpriseTableModel::openQuery(std::optional<qint64> /*knownTotal: always counted*/)
{
    core::Expected<core::EnterpriseListQuery> query =
        core::EnterpriseListQuery::create(m_database->connection(), m_filter, m_sort, core::shownNameLanguage());
    if (!query)
        return core::Expected<qint64>::failure(query.error());
    const core::Expected<qint64> count = query->count();
    if (count)
        m_query.emplace(std::move(*query));
    return count;
}

void EnterpriseTableModel::dropQuery()
{
    m_query.reset();
    m_windows.clear();
}

const core::EnterpriseRow* EnterpriseTableModel::row(int r) const
{
    if (!m_query)
        return nullptr;
    return windowRow(m_windows, r, [this](qint64 offset, int limit) { return m_query->fetch(offset, limit); });
}

qint64 EnterpriseTableModel::enterpriseId(int r) const
{
    const core::EnterpriseRow* e = row(r);
    return e ? e->id : 0;
}

int EnterpriseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(EnterpriseColumn::Count);
}

QVariant EnterpriseTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != kEnterpriseIdRole && role != Qt::ToolTipRole &&
        role != Qt::TextAlignmentRole && role != Qt::ForegroundRole)
        return {};
    const auto column = static_cast<EnterpriseColumn>(index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumber(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    const core::EnterpriseRow* e = row(index.row());
    if (!e)
        return {};
    if (role == kEnterpriseIdRole)
        return e->id;
    if (role == Qt::ForegroundRole) {
        if (column == EnterpriseColumn::Flags && !e->openFlags.isEmpty())
            return QBrush(QColor(0xB0, 0x30, 0x20));
        return {};
    }
    QStringList flags;
    for (const QString& kind : e->openFlags)
        flags << flagName(kind);
    if (role == Qt::ToolTipRole) {
        if (column == EnterpriseColumn::Name) {
            QStringList tip{e->name};
            if (e->keyEnterprise)
                tip << tr("Key enterprise");
            if (e->majorProject)
                tip << tr("Major project");
            return tip.join(QLatin1Char('\n'));
        }
        if (column == EnterpriseColumn::Flags)
            return flags.join(QLatin1Char('\n'));
        if (column == EnterpriseColumn::Hired || column == EnterpriseColumn::Gap)
            return tr("From the latest visit or call");
        return {};
    }
    auto optional = [](const std::optional<int>& v) { return v ? QVariant(*v) : QVariant(); };
    switch (column) {
    case EnterpriseColumn::Name:
        return e->keyEnterprise || e->majorProject ? QStringLiteral("★ ") + e->name : e->name;
    case EnterpriseColumn::CreditCode:
        return e->creditCode;
    case EnterpriseColumn::Organisation:
        return e->organisation;
    case EnterpriseColumn::Industry:
        return e->industry;
    case EnterpriseColumn::OpenVacancies:
        return e->openVacancies;
    case EnterpriseColumn::Headcount:
        return e->headcount;
    case EnterpriseColumn::Hired:
        return optional(e->hired);
    case EnterpriseColumn::Gap:
        return optional(e->gap);
    case EnterpriseColumn::LastContact:
        return e->lastContact.isValid() ? e->lastContact.toString(Qt::ISODate) : QString();
    case EnterpriseColumn::Flags:
        return flags.join(chineseUi() ? QStringLiteral("、") : QStringLiteral(", "));
    case EnterpriseColumn::Count:
        break;
    }
    return {};
}

QVariant EnterpriseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    static const char* const titles[] = {QT_TR_NOOP("Enterprise"),     QT_TR_NOOP("Credit code"),
                                         QT_TR_NOOP("County / town"),  QT_TR_NOOP("Industry"),
                                         QT_TR_NOOP("Open vacancies"), QT_TR_NOOP("Headcount wanted"),
                                         QT_TR_NOOP("Hired"),          QT_TR_NOOP("Gap"),
                                         QT_TR_NOOP("Last contact"),   QT_TR_NOOP("Flags")};
    if (section < 0 || section >= static_cast<int>(EnterpriseColumn::Count))
        return {};
    return tr(titles[section]);
}

void EnterpriseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(EnterpriseColumn::Count))
        return;
    const core::EnterpriseSort wanted{static_cast<EnterpriseColumn>(column), order == Qt::DescendingOrder};
    if (wanted.column == m_sort.column && wanted.descending == m_sort.descending && m_query)
        return;
    m_sort = wanted;
    if (m_database)
        rebuild();
}

} // namespace jb::ui
