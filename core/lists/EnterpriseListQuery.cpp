#include "core/lists/EnterpriseListQuery.h"

#include "core/lists/FieldHeadings.h"
#include "core/records/RecordFields.h"
#include "core/storage/ListWindow.h"
#include "core/storage/SqlError.h"
#include "core/validation/Normalize.h"
#include "core/validation/Phone.h"

#include <QSqlError>
#include <algorithm>

namespace jb::core {

namespace {

// The figures behind the aggregate columns, per enterprise `e`. Open vacancies and their headcount come from the
// vacancies table; hired, gap and last contact from the latest demand snapshot (the latest day, then the latest
// entry of that day); flags are the unresolved ones.
const char* const kOpenVacancies =
    "(SELECT count(*) FROM vacancies v WHERE v.enterprise_id = e.id AND v.status = 'open')";
const char* const kHeadcount =
    "(SELECT coalesce(sum(v.headcount), 0) FROM vacancies v WHERE v.enterprise_id = e.id AND v.status = 'open')";
const char* const kHired = "(SELECT s.hired FROM demand_snapshots s WHERE s.enterprise_id = e.id "
                           "ORDER BY s.recorded_on DESC, s.id DESC LIMIT 1)";
const char* const kGap = "(SELECT s.gap FROM demand_snapshots s WHERE s.enterprise_id = e.id "
                         "ORDER BY s.recorded_on DESC, s.id DESC LIMIT 1)";
const char* const kLastContact = "(SELECT max(s.recorded_on) FROM demand_snapshots s WHERE s.enterprise_id = e.id)";
const char* const kOpenFlags =
    "(SELECT count(*) FROM enterprise_flags f WHERE f.enterprise_id = e.id AND f.resolved_on IS NULL)";

// The SQL each column sorts by; the enterprise id breaks ties, so the order is total and reverses exactly.
QString sortExpression(EnterpriseColumn column)
{
    switch (column) {
    case EnterpriseColumn::Name:
        return QStringLiteral("e.name");
    case EnterpriseColumn::CreditCode:
        return QStringLiteral("e.credit_code");
    case EnterpriseColumn::Organisation:
        return QStringLiteral("(SELECT o.code FROM organisations o WHERE o.id = e.org_id)");
    case EnterpriseColumn::Industry:
        return QStringLiteral("(SELECT r.sort_order FROM reference_items r WHERE r.id = e.industry_id)");
    case EnterpriseColumn::OpenVacancies:
        return QLatin1String(kOpenVacancies);
    case EnterpriseColumn::Headcount:
        return QLatin1String(kHeadcount);
    case EnterpriseColumn::Hired:
        return QLatin1String(kHired);
    case EnterpriseColumn::Gap:
        return QLatin1String(kGap);
    case EnterpriseColumn::LastContact:
        return QLatin1String(kLastContact);
    case EnterpriseColumn::Flags:
        return QLatin1String(kOpenFlags);
    case EnterpriseColumn::Count:
        break;
    }
    return QStringLiteral("e.id");
}

QString inlined(QString sql, const QVariantList& binds)
{
    qsizetype at = 0;
    for (const QVariant& v : binds) {
        at = sql.indexOf(QLatin1Char('?'), at);
        if (at < 0)
            break;
        const QString value = sqlLiteral(v);
        sql.replace(at, 1, value);
        at += value.size();
    }
    return sql;
}

// A search's ids are kept up to this many (a few hundred KiB); a broader search is filtered again per window.
constexpr qint64 kSearchIdsKept = 20000;

// Characters of a unified social credit code (GB 32100-2015: digits and 21 capitals).
bool looksLikeCreditCode(const QString& text)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return alphabet.contains(c); });
}

// Nothing narrows the list to a small part: no search, sub-unit, industry, priority or flag.
bool isBroad(const EnterpriseFilter& f)
{
    return f.search.trimmed().isEmpty() && !f.orgId && !f.industryId && f.priority == EnterpriseFilter::Priority::Any &&
           f.flag == EnterpriseFilter::Flag::Any;
}

} // namespace

QString enterpriseFilterSql(const EnterpriseFilter& f, QVariantList& binds)
{
    QStringList where;
    if (f.orgId) {
        where << QStringLiteral("e.org_id IN (SELECT org_id FROM organisation_tree WHERE ancestor_id = ?)");
        binds << *f.orgId;
    }
    if (f.industryId) {
        where << QStringLiteral("e.industry_id = ?");
        binds << *f.industryId;
    }
    if (f.priority == EnterpriseFilter::Priority::KeyEnterprise)
        where << QStringLiteral("e.is_key_enterprise = 1");
    else if (f.priority == EnterpriseFilter::Priority::MajorProject)
        where << QStringLiteral("e.is_major_project = 1");
    if (f.withOpenVacancies) {
        // Over most of the list one pass over the vacancies (a set of ids) costs half of a look-up per enterprise;
        // a search or a sub-unit leaves few enterprises, each looked up.
        if (isBroad(f))
            where << QStringLiteral("e.id IN (SELECT v.enterprise_id FROM vacancies v WHERE v.status = 'open')");
        else
            where << QStringLiteral("EXISTS (SELECT 1 FROM vacancies v WHERE v.enterprise_id = e.id AND "
                                    "v.status = 'open')");
    }
    if (f.flag != EnterpriseFilter::Flag::Any) {
        QString kind;
        switch (f.flag) {
        case EnterpriseFilter::Flag::WageArrears:
            kind = QStringLiteral("wage_arrears");
            break;
        case EnterpriseFilter::Flag::Attrition:
            kind = QStringLiteral("attrition");
            break;
        case EnterpriseFilter::Flag::LabourRisk:
            kind = QStringLiteral("labour_risk");
            break;
        case EnterpriseFilter::Flag::Any:
        case EnterpriseFilter::Flag::Flagged:
            break;
        }
        QString sql = QStringLiteral(
            "EXISTS (SELECT 1 FROM enterprise_flags f WHERE f.enterprise_id = e.id AND f.resolved_on IS NULL");
        if (!kind.isEmpty()) {
            sql += QStringLiteral(" AND f.kind = ?");
            binds << kind;
        }
        where << sql + QLatin1Char(')');
    }
    // A name contains the text as typed or in half-width form; a credit code contains it in upper case without
    // spaces (codes are stored that way). 100k enterprises are scanned in ~20 ms, so no search index is needed.
    const QString typed = f.search.trimmed();
    if (!typed.isEmpty()) {
        const QString half = toHalfWidth(typed).trimmed();
        QString code = half.toUpper();
        code.remove(QLatin1Char(' '));
        QStringList any{QStringLiteral("instr(e.name, ?) > 0")};
        binds << typed;
        if (half != typed) {
            any << QStringLiteral("instr(e.name, ?) > 0");
            binds << half;
        }
        if (looksLikeCreditCode(code)) {
            any << QStringLiteral("instr(e.credit_code, ?) > 0");
            binds << code;
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

Expected<EnterpriseListQuery> EnterpriseListQuery::create(QSqlDatabase db, EnterpriseFilter filter, EnterpriseSort sort,
                                                          NameLanguage names)
{
    if (!db.isValid() || !db.isOpen())
        return Expected<EnterpriseListQuery>::failure(JB_TR("Lists", "No file is open"));
    EnterpriseListQuery query;
    query.m_db = db;
    query.m_filter = std::move(filter);
    query.m_sort = sort;
    query.m_names = names;
    return query;
}

QString EnterpriseListQuery::selectSql(bool reversed, const QString& limit, QVariantList& binds) const
{
    const bool descending = m_sort.descending != reversed;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Sort and cut on ids and keys only, then compute the shown columns for the window's rows. Over most of the
    // list, the open vacancies are counted in one pass over the vacancies (half the cost of a look-up per
    // enterprise, measured at 100k enterprises / 300k vacancies: bench/enterprises_list.sh).
    QString inner;
    const bool vacancyFigure =
        m_sort.column == EnterpriseColumn::OpenVacancies || m_sort.column == EnterpriseColumn::Headcount;
    if (vacancyFigure && isBroad(m_filter)) {
        inner = QStringLiteral("SELECT e.id AS eid, coalesce(a.n, 0) AS k FROM enterprises e LEFT JOIN (SELECT "
                               "v.enterprise_id AS vid, %1 AS n FROM vacancies v WHERE v.status = 'open' GROUP BY "
                               "v.enterprise_id) a ON a.vid = e.id")
                    .arg(m_sort.column == EnterpriseColumn::Headcount ? QStringLiteral("sum(v.headcount)")
                                                                      : QStringLiteral("count(*)"));
    } else {
        inner = QStringLiteral("SELECT e.id AS eid, %1 AS k FROM enterprises e").arg(sortExpression(m_sort.column));
    }
    inner += whereSql(binds);
    inner += QStringLiteral(" ORDER BY k%1, e.id%1").arg(direction) + limit;
    const QString n = m_names == NameLanguage::Chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en");
    return QStringLiteral("SELECT e.id, e.name, e.credit_code, o.name, "
                          "(SELECT r.%1 FROM reference_items r WHERE r.id = e.industry_id), "
                          "%2, %3, %4, %5, %6, "
                          "(SELECT group_concat(kind) FROM (SELECT DISTINCT f.kind FROM enterprise_flags f "
                          "WHERE f.enterprise_id = e.id AND f.resolved_on IS NULL ORDER BY f.kind)), "
                          "e.contact_name, e.contact_phone, e.address, e.is_key_enterprise, e.is_major_project "
                          "FROM (%7) p CROSS JOIN enterprises e ON e.id = p.eid "
                          "LEFT JOIN organisations o ON o.id = e.org_id ORDER BY p.k%8, p.eid%8")
        .arg(n, QLatin1String(kOpenVacancies), QLatin1String(kHeadcount), QLatin1String(kHired), QLatin1String(kGap),
             QLatin1String(kLastContact), inner, direction);
}

Expected<qint64> EnterpriseListQuery::count() const
{
    QVariantList binds;
    const QString where = enterpriseFilterSql(m_filter, binds);
    const bool search = !m_filter.search.trimmed().isEmpty();
    // A search scans every name: count by reading the ids, and keep them when few (the windows then read those).
    const QString sql = (search ? QStringLiteral("SELECT e.id FROM enterprises e")
                                : QStringLiteral("SELECT count(*) FROM enterprises e")) +
                        where;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q, sql, binds))
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("enterprise list count")));
    m_searchIds.reset();
    if (!search) {
        if (!q.next())
            return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("enterprise list count")));
        m_count = q.value(0).toLongLong();
        return *m_count;
    }
    QVector<qint64> ids;
    qint64 n = 0;
    while (q.next()) {
        if (++n <= kSearchIdsKept)
            ids << q.value(0).toLongLong();
    }
    if (q.lastError().isValid())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("enterprise list count")));
    if (n <= kSearchIdsKept)
        m_searchIds = std::move(ids);
    m_count = n;
    return n;
}

QString EnterpriseListQuery::whereSql(QVariantList& binds) const
{
    if (!m_searchIds)
        return enterpriseFilterSql(m_filter, binds);
    QStringList ids;
    ids.reserve(m_searchIds->size());
    for (qint64 id : std::as_const(*m_searchIds))
        ids << QString::number(id);
    return QStringLiteral(" WHERE e.id IN (%1)").arg(ids.join(QLatin1Char(',')));
}

QString EnterpriseListQuery::limitClause(qint64 offset, qint64 end, bool reversed) const
{
    const qint64 total = m_count.value_or(end);
    return limitSql(end - offset, reversed ? total - end : offset);
}

Expected<QVector<EnterpriseRow>> EnterpriseListQuery::fetch(qint64 offset, int limit) const
{
    return readListWindow<EnterpriseRow>(
        offset, limit, [this] { return m_count ? Expected<qint64>(*m_count) : count(); },
        [this](qint64 first, qint64 rows, bool reversed) {
            QVariantList binds;
            const QString sql = selectSql(reversed, limitSql(rows, first), binds);
            return run(sql, binds);
        });
}

EnterpriseRow EnterpriseListQuery::readRow(const QSqlQuery& q, bool unmasked) const
{
    EnterpriseRow row;
    row.id = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.creditCode = q.value(2).toString();
    row.organisation = q.value(3).toString();
    row.industry = q.value(4).toString();
    row.openVacancies = q.value(5).toInt();
    row.headcount = q.value(6).toInt();
    if (!q.value(7).isNull())
        row.hired = q.value(7).toInt();
    if (!q.value(8).isNull())
        row.gap = q.value(8).toInt();
    row.lastContact = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    const QString flags = q.value(10).toString();
    if (!flags.isEmpty())
        row.openFlags = flags.split(QLatin1Char(','));
    row.contactName = q.value(11).toString();
    const QString phone = q.value(12).toString();
    row.contactPhone = unmasked || phone.isEmpty() ? phone : maskPhone(phone);
    row.address = q.value(13).toString();
    row.keyEnterprise = q.value(14).toBool();
    row.majorProject = q.value(15).toBool();
    return row;
}

Expected<QVector<EnterpriseRow>> EnterpriseListQuery::run(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool executed = execBound(q, sql, binds);
    return collectRows<EnterpriseRow>(q, executed, QStringLiteral("enterprise list"),
                                      [this](const QSqlQuery& row) { return readRow(row, false); });
}

Status EnterpriseListQuery::forEach(bool unmasked, const std::function<bool(const EnterpriseRow&)>& row) const
{
    QVariantList binds;
    const QString sql = selectSql(false, QString(), binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q, sql, binds))
        return Status::failure(describeSqlError(q, QStringLiteral("enterprise list export")));
    while (q.next()) {
        if (!row(readRow(q, unmasked)))
            break;
    }
    if (q.lastError().isValid())
        return Status::failure(describeSqlError(q, QStringLiteral("enterprise list export")));
    return {};
}

QString EnterpriseListQuery::countSqlForBenchmark() const
{
    QVariantList binds;
    const QString where = enterpriseFilterSql(m_filter, binds);
    const bool search = !m_filter.search.trimmed().isEmpty();
    return inlined((search ? QStringLiteral("SELECT count(e.id) FROM enterprises e")
                           : QStringLiteral("SELECT count(*) FROM enterprises e")) +
                       where,
                   binds);
}

QString EnterpriseListQuery::windowSqlForBenchmark(qint64 offset, int limit) const
{
    const qint64 total = m_count.value_or(0);
    const qint64 end = std::min(total, offset + limit);
    const bool reversed = m_count && offset > total - end;
    QVariantList binds;
    return inlined(selectSql(reversed, limitClause(offset, end, reversed), binds), binds);
}

Message EnterpriseListQuery::columnTitle(EnterpriseColumn column)
{
    // A column that shows one field takes the catalogue's heading (hired and gap are the latest visit's); the
    // counts, sums and flags are the list's own.
    namespace e = fields::enterprise;
    namespace s = fields::snapshot;
    switch (column) {
    case EnterpriseColumn::Name:
        return fieldHeading(RecordKind::Enterprise, e::name);
    case EnterpriseColumn::CreditCode:
        return fieldHeading(RecordKind::Enterprise, e::creditCode);
    case EnterpriseColumn::Organisation:
        return fieldHeading(RecordKind::Enterprise, e::org);
    case EnterpriseColumn::Industry:
        return fieldHeading(RecordKind::Enterprise, e::industry);
    case EnterpriseColumn::OpenVacancies:
        return JB_TR("Lists", "Open vacancies");
    case EnterpriseColumn::Headcount:
        return JB_TR("Lists", "Headcount wanted");
    case EnterpriseColumn::Hired:
        return fieldHeading(RecordKind::DemandSnapshot, s::hired);
    case EnterpriseColumn::Gap:
        return fieldHeading(RecordKind::DemandSnapshot, s::gap);
    case EnterpriseColumn::LastContact:
        return JB_TR("Lists", "Last contact");
    case EnterpriseColumn::Flags:
        return JB_TR("Lists", "Flags");
    case EnterpriseColumn::Count:
        break;
    }
    return {};
}

Message EnterpriseListQuery::flagKindText(const QString& kind)
{
    if (kind == QLatin1String("wage_arrears"))
        return JB_TR("Lists", "Wage arrears");
    if (kind == QLatin1String("attrition"))
        return JB_TR("Lists", "Staff attrition");
    if (kind == QLatin1String("labour_risk"))
        return JB_TR("Lists", "Labour-relations risk");
    return Message::verbatim(kind);
}

} // namespace jb::core
