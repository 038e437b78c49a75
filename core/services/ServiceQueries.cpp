#include "core/services/ServiceQueries.h"

#include "core/records/ServiceKinds.h"
#include "core/services/ServiceLedger.h"
#include "core/storage/ListWindow.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace jb::core {

namespace {

struct Where
{
    // What the list reads in day order: the services, or (a key group alone, SchemaV15.cpp) that group's services.
    QString table = QStringLiteral("services s");
    QString id = QStringLiteral("s.id");
    QString sql; // " AND ..." conditions on `table`
    QVariantList binds;
};

// Whether the list reads the key group's services (service_key_groups: its count and windows in the index) rather
// than probing each service: when the key group is the only filter but the period. With a kind, a unit or a provider
// their index selects fewer services, each probed in the group's summary by its key.
bool readsKeyGroup(const ServiceFilter& filter)
{
    return filter.keyGroupId > 0 && filter.kind.isEmpty() && filter.orgId <= 0 && filter.provider.isEmpty();
}

// The filter as conditions on `services s`. Each is one an index serves: the day (services_date), the kind
// (services_type_date), the organisations (services_org_date), the provider (services_provider), the key group
// (service_key_groups, by its key). `list`: the services list, which may read a key group's services instead.
Where whereOf(const ServiceFilter& filter, bool list = false)
{
    Where w;
    auto add = [&w](const QString& condition, const QVariant& value) {
        w.sql += QStringLiteral(" AND ") + condition;
        w.binds << value;
    };
    if (list && readsKeyGroup(filter)) {
        w.table = QStringLiteral("service_key_groups s");
        w.id = QStringLiteral("s.service_id");
        add(QStringLiteral("s.key_group_id = ?"), filter.keyGroupId);
    } else if (list && !filter.kind.isEmpty() && filter.orgId > 0)
        // A kind and a sub-unit: the unit's organisations' services of the kind (SchemaV15.cpp). SQLite's own choice
        // for the window was the kind's index, reading each of the kind's services in the period from the table.
        w.table = QStringLiteral("services s INDEXED BY services_org_type_date");
    if (filter.from.isValid())
        add(QStringLiteral("s.provided_on >= ?"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        add(QStringLiteral("s.provided_on <= ?"), filter.to.toString(Qt::ISODate));
    if (!filter.kind.isEmpty())
        add(QStringLiteral("s.service_type_id = (SELECT id FROM reference_items WHERE list = 'service_type' AND "
                           "code = ?)"),
            filter.kind);
    if (filter.orgId > 0)
        add(QStringLiteral("s.org_id IN (SELECT org_id FROM organisation_tree WHERE ancestor_id = ?)"), filter.orgId);
    if (filter.keyGroupId > 0 && !(list && readsKeyGroup(filter)))
        // The service's row in the key group's summary, found by its whole key. Measured on the 1M file before the
        // summary: the group's 550k people as a set probed per service, 524 / 622 ms for a first / middle window.
        add(QStringLiteral("EXISTS (SELECT 1 FROM service_key_groups g WHERE g.key_group_id = ? AND g.provided_on = "
                           "s.provided_on AND g.service_id = s.id)"),
            filter.keyGroupId);
    if (!filter.provider.isEmpty())
        // "provider <> ''" as written in the partial index services_provider, so SQLite may use it.
        add(QStringLiteral("s.provider <> '' AND s.provider = ?"), filter.provider);
    return w;
}

QString withValues(QString sql, const QVariantList& binds)
{
    for (const QVariant& v : binds)
        sql.replace(sql.indexOf(QLatin1Char('?')), 1, sqlLiteral(v));
    return sql;
}

// A training that has ended counts as followed by employment when the person signed a contract from its last day
// to three calendar months after it. CROSS JOIN: the person's referrals first (SQLite otherwise reads every contract of
// the three months by the stages' date index, 19 s for a window of 100 rows on the 1M file).
const QString kEmployedAfter = QStringLiteral(
    "CASE WHEN t.code = 'training' AND s.ends_on IS NOT NULL THEN EXISTS (SELECT 1 FROM referrals f "
    "CROSS JOIN referral_stages c ON c.referral_id = f.id AND c.stage = 'contract' WHERE f.worker_id = s.worker_id "
    "AND c.occurred_on BETWEEN s.ends_on AND date(s.ends_on, '+3 months')) END");

// The window's ids first (the rows skipped by OFFSET cost an index entry each, no join), then its rows.
QString listSql(const Where& w, bool reversed, bool chinese)
{
    const QString order = reversed ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral("SELECT s.id, s.worker_id, w.name, t.code, %1, s.provided_on, o.name, s.provider, "
                          "s.subtype, s.amount_yuan, %2 FROM (SELECT %5 AS id FROM %6 WHERE 1%3 "
                          "ORDER BY s.provided_on %4, %5 %4 LIMIT ? OFFSET ?) x CROSS JOIN services s ON s.id = x.id "
                          "JOIN reference_items t ON t.id = s.service_type_id "
                          "LEFT JOIN workers w ON w.id = s.worker_id LEFT JOIN organisations o ON o.id = s.org_id "
                          "ORDER BY s.provided_on %4, s.id %4")
        .arg(chinese ? QStringLiteral("t.name_zh") : QStringLiteral("t.name_en"), kEmployedAfter, w.sql, order, w.id,
             w.table);
}

QString countSql(const Where& w)
{
    return QStringLiteral("SELECT count(*) FROM %1 WHERE 1%2").arg(w.table, w.sql);
}

ServiceRow readRow(const QSqlQuery& q)
{
    ServiceRow r;
    r.id = q.value(0).toLongLong();
    r.workerId = q.value(1).toLongLong();
    r.person = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.kindName = q.value(4).toString();
    r.on = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.unit = q.value(6).toString();
    r.provider = q.value(7).toString();
    r.subtype = q.value(8).toString();
    if (!q.value(9).isNull())
        r.amount = q.value(9).toDouble();
    if (!q.value(10).isNull())
        r.employedAfter = q.value(10).toInt() == 1;
    return r;
}

// Whether `orgId`'s subtree holds every organisation of the file: its filter then leaves every service in.
Expected<bool> coversEveryUnit(QSqlDatabase db, qint64 orgId)
{
    QSqlQuery q(db);
    if (!execBound(q,
                   QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id NOT IN (SELECT org_id "
                                  "FROM organisation_tree WHERE ancestor_id = ?))"),
                   {orgId}) ||
        !q.next())
        return Expected<bool>::failure(describeSqlError(q, QStringLiteral("service totals")));
    return q.value(0).toInt() == 1;
}

// The totals per kind: code, names, services (人次), people (distinct). Over the whole file (no key group, provider
// or sub-unit), the people are counted from each person's previous service of the kind (service_previous,
// SchemaV15.cpp): a person served in [from, to] once per kind, by the first service there, whose previous one is
// before `from` — an index range, not a sort (1,329 ms for the year on the 1M file before). Otherwise the services
// the filter selects are grouped and their people counted distinct.
QString totalsByPrevious(const ServiceFilter& filter, QVariantList& binds)
{
    const QString from = filter.from.toString(Qt::ISODate), to = filter.to.toString(Qt::ISODate);
    auto days = [&](const char* table) {
        QString sql;
        if (filter.from.isValid()) {
            sql += QStringLiteral(" AND %1.provided_on >= ?").arg(QLatin1String(table));
            binds << from;
        }
        if (filter.to.isValid()) {
            sql += QStringLiteral(" AND %1.provided_on <= ?").arg(QLatin1String(table));
            binds << to;
        }
        return sql;
    };
    const QString services = days("s");
    const QString people = days("r");
    if (filter.from.isValid())
        binds << from;
    return QStringLiteral("SELECT t.code, t.name_zh, t.name_en, (SELECT count(*) FROM services s WHERE "
                          "s.service_type_id = t.id%1), (SELECT count(*) FROM service_previous r WHERE "
                          "r.service_type_id = t.id%2 AND (r.prev_on IS NULL%3)) FROM reference_items t WHERE t.list "
                          "= 'service_type' AND t.retired = 0")
        .arg(services, people, filter.from.isValid() ? QStringLiteral(" OR r.prev_on < ?") : QString());
}

Expected<Where> totalsOf(QSqlDatabase db, const ServiceFilter& filter)
{
    ServiceFilter all = filter;
    all.kind.clear();
    bool wholeFile = all.keyGroupId <= 0 && all.provider.isEmpty();
    if (wholeFile && all.orgId > 0) {
        const Expected<bool> covers = coversEveryUnit(db, all.orgId);
        if (!covers)
            return Expected<Where>::failure(covers.message());
        wholeFile = *covers;
    }
    Where totals;
    if (wholeFile) {
        totals.sql = totalsByPrevious(all, totals.binds);
    } else {
        const Where w = whereOf(all);
        totals.sql = QStringLiteral("SELECT t.code, t.name_zh, t.name_en, count(s.id), count(DISTINCT s.worker_id) "
                                    "FROM reference_items t LEFT JOIN services s ON s.service_type_id = t.id%1 "
                                    "WHERE t.list = 'service_type' AND t.retired = 0")
                         .arg(w.sql);
        totals.binds = w.binds;
    }
    if (!filter.kind.isEmpty()) {
        totals.sql += QStringLiteral(" AND t.code = ?");
        totals.binds << filter.kind;
    }
    totals.sql += wholeFile ? QStringLiteral(" ORDER BY t.sort_order, t.code")
                            : QStringLiteral(" GROUP BY t.id ORDER BY t.sort_order, t.code");
    return totals;
}

} // namespace

Expected<QVector<ServiceKindTotal>> serviceTotals(QSqlDatabase db, const ServiceFilter& filter)
{
    const Expected<Where> totals = totalsOf(db, filter);
    if (!totals)
        return Expected<QVector<ServiceKindTotal>>::failure(totals.message());
    QSqlQuery q(db);
    return collectRows<ServiceKindTotal>(
        q, execBound(q, totals->sql, totals->binds), QStringLiteral("service totals"), [](const QSqlQuery& r) {
            return ServiceKindTotal{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                    r.value(4).toLongLong(), r.value(3).toLongLong()};
        });
}

Expected<QString> serviceTotalsSql(QSqlDatabase db, const ServiceFilter& filter)
{
    const Expected<Where> totals = totalsOf(db, filter);
    if (!totals)
        return Expected<QString>::failure(totals.message());
    return withValues(totals->sql, totals->binds);
}

Expected<InsuranceSplit> insuranceSplit(QSqlDatabase db, const ServiceFilter& filter)
{
    ServiceFilter insurance = filter;
    insurance.kind = servicekind::insurance;
    const Where w = whereOf(insurance);
    QSqlQuery q(db);
    if (!execBound(q,
                   QStringLiteral("SELECT count(DISTINCT s.worker_id), count(*), coalesce(sum(s.amount_yuan), 0), "
                                  "coalesce(sum(s.province_share), 0), coalesce(sum(s.city_share), 0) "
                                  "FROM services s WHERE 1") +
                       w.sql,
                   w.binds) ||
        !q.next())
        return Expected<InsuranceSplit>::failure(describeSqlError(q, QStringLiteral("insurance")));
    return InsuranceSplit{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble(),
                          q.value(3).toDouble(), q.value(4).toDouble()};
}

Expected<qint64> countServices(QSqlDatabase db, const ServiceFilter& filter)
{
    const Where w = whereOf(filter, true);
    QSqlQuery q(db);
    if (!execBound(q, countSql(w), w.binds) || !q.next())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("services list")));
    return q.value(0).toLongLong();
}

Expected<QVector<ServiceRow>> listServices(QSqlDatabase db, const ServiceFilter& filter, qint64 offset, int limit,
                                           bool chineseNames)
{
    const Where w = whereOf(filter, true);
    return readListWindow<ServiceRow>(
        offset, limit, [&] { return countServices(db, filter); },
        [&](qint64 first, qint64 rows, bool reversed) {
            QSqlQuery q(db);
            QVariantList binds = w.binds;
            binds << rows << first;
            return collectRows<ServiceRow>(q, execBound(q, listSql(w, reversed, chineseNames), binds),
                                           QStringLiteral("services list"), readRow);
        });
}

QString servicesListSql(const ServiceFilter& filter, qint64 offset, int limit)
{
    const Where w = whereOf(filter, true);
    return withValues(listSql(w, false, true), w.binds + QVariantList{limit, offset});
}

QString servicesCountSql(const ServiceFilter& filter)
{
    const Where w = whereOf(filter, true);
    return withValues(countSql(w), w.binds);
}

Expected<std::optional<bool>> employedAfterTraining(QSqlDatabase db, qint64 serviceId)
{
    using Result = Expected<std::optional<bool>>;
    QSqlQuery q(db);
    if (!execBound(q,
                   QStringLiteral("SELECT %1 FROM services s JOIN reference_items t ON t.id = s.service_type_id "
                                  "WHERE s.id = ?")
                       .arg(kEmployedAfter),
                   {serviceId}))
        return Result::failure(describeSqlError(q, QStringLiteral("services")));
    if (!q.next() || q.value(0).isNull())
        return std::optional<bool>();
    return std::optional<bool>(q.value(0).toInt() == 1);
}

Expected<InsuranceOffer> insuranceOfferFor(QSqlDatabase db, qint64 referralId)
{
    using Result = Expected<InsuranceOffer>;
    QSqlQuery q(db);
    if (!execBound(q,
                   QStringLiteral("SELECT r.worker_id, c.occurred_on, (SELECT p.name FROM periods p WHERE p.kind = "
                                  "'phase' AND c.occurred_on BETWEEN p.starts_on AND p.ends_on ORDER BY p.starts_on "
                                  "DESC LIMIT 1), (SELECT min(v.provided_on) FROM services v JOIN reference_items t "
                                  "ON t.id = v.service_type_id AND t.code = 'insurance' WHERE v.worker_id = "
                                  "r.worker_id AND substr(v.provided_on, 1, 4) = substr(c.occurred_on, 1, 4)) "
                                  "FROM referrals r LEFT JOIN referral_stages c ON c.referral_id = r.id AND "
                                  "c.stage = 'contract' WHERE r.id = ?"),
                   {referralId}))
        return Result::failure(describeSqlError(q, QStringLiteral("insurance offer")));
    if (!q.next())
        return Result::failure(JB_TR("Placement", "There is no referral %1").arg(referralId));
    InsuranceOffer offer;
    offer.workerId = q.value(0).toLongLong();
    offer.contractOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    offer.phase = q.value(2).toString();
    offer.premiumYuan = readInsuranceSettings(db).premiumYuan;
    if (!offer.contractOn.isValid())
        offer.reason = JB_TR("Placement", "no contract has been signed on this referral");
    else if (offer.phase.isEmpty())
        offer.reason = JB_TR("Placement", "the contract was signed outside the concentrated phase");
    else if (!q.value(3).isNull())
        offer.reason =
            JB_TR("Placement", "already enrolled in the mutual insurance this year (on %1)").arg(q.value(3).toString());
    else
        offer.offered = true;
    return offer;
}

} // namespace jb::core
