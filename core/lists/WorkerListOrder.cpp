#include "core/lists/WorkerListOrder.h"

#include "core/lists/WorkerSearch.h"
#include "core/storage/ActivitySummary.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QStringList>

namespace jb::core {

namespace {

// The ids of a reference list in the order the officer sees it (retired items included: old records keep them).
Expected<QVector<qint64>> referenceOrder(QSqlDatabase db, const QString& list)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM reference_items WHERE list = ? ORDER BY sort_order, id"));
    q.addBindValue(list);
    if (!q.exec())
        return Expected<QVector<qint64>>::failure(describeSqlError(q, QStringLiteral("worker list order")));
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QString idList(const QVector<qint64>& ids)
{
    QStringList text;
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(QLatin1Char(','));
}

// Key groups: part i holds the workers whose first group (in the list's order) is ids[i]; the last part, those in
// none. A filter on one group (or on migrant workers not yet returned) empties the parts after that group.
QVector<WorkerOrderPart> keyGroupParts(const QVector<qint64>& ids, std::optional<qint64> requiredGroup)
{
    QVector<WorkerOrderPart> parts;
    const qsizetype required = requiredGroup ? ids.indexOf(*requiredGroup) : -1;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString earlier = idList(ids.mid(0, i));
        WorkerOrderPart part;
        part.test = QStringLiteral("EXISTS (SELECT 1 FROM worker_key_groups x WHERE x.worker_id = w.id AND "
                                   "x.key_group_id = %1)")
                        .arg(ids[i]);
        part.walkFrom = QStringLiteral("worker_key_groups g");
        part.walkTest = QStringLiteral("g.key_group_id = %1").arg(ids[i]);
        part.walkId = QStringLiteral("g.worker_id");
        if (i > 0) {
            const QString notEarlier = QStringLiteral("NOT EXISTS (SELECT 1 FROM worker_key_groups x WHERE "
                                                      "x.worker_id = %1 AND x.key_group_id IN (%2))");
            part.test += QStringLiteral(" AND ") + notEarlier.arg(QStringLiteral("w.id"), earlier);
            part.walkTest += QStringLiteral(" AND ") + notEarlier.arg(QStringLiteral("g.worker_id"), earlier);
        }
        part.empty = required >= 0 && i > required;
        parts.append(part);
    }
    WorkerOrderPart none;
    none.test = ids.isEmpty() ? QStringLiteral("1")
                              : QStringLiteral("NOT EXISTS (SELECT 1 FROM worker_key_groups x WHERE x.worker_id = "
                                               "w.id AND x.key_group_id IN (%1))")
                                    .arg(idList(ids));
    if (!ids.isEmpty())
        none.others = QStringLiteral("w.id IN (SELECT worker_id FROM worker_key_groups WHERE key_group_id IN (%1))")
                          .arg(idList(ids));
    none.countByParts = true;
    none.empty = required >= 0;
    parts.append(none);
    return parts;
}

QVector<WorkerOrderPart> statusParts(const QVector<qint64>& ids, std::optional<qint64> requiredStatus)
{
    QVector<WorkerOrderPart> parts;
    const bool known = requiredStatus && ids.contains(*requiredStatus);
    for (qint64 id : ids) {
        WorkerOrderPart part;
        part.test = QStringLiteral("w.employment_status_id = %1").arg(id);
        part.empty = known && id != *requiredStatus;
        parts.append(part);
    }
    WorkerOrderPart none;
    none.test =
        ids.isEmpty()
            ? QStringLiteral("1")
            : QStringLiteral("(w.employment_status_id IS NULL OR w.employment_status_id NOT IN (%1))").arg(idList(ids));
    if (!ids.isEmpty())
        none.others = QStringLiteral("w.employment_status_id IN (%1)").arg(idList(ids));
    none.empty = known;
    parts.append(none);
    return parts;
}

QVector<WorkerOrderPart> genderParts()
{
    QVector<WorkerOrderPart> parts(3);
    parts[0].test = QStringLiteral("w.gender = 'M'");
    parts[1].test = QStringLiteral("w.gender = 'F'");
    parts[2].test = QStringLiteral("(w.gender IS NULL OR w.gender NOT IN ('M', 'F'))");
    parts[2].others = QStringLiteral("w.gender IN ('M', 'F')");
    return parts;
}

} // namespace

QString WorkerListOrder::promiseRankSql(const QDate& today, int promiseDays)
{
    // The same tests as promiseParts(), as one rank per row (WorkerPromiseState's order) for the rows of a window.
    return QStringLiteral("CASE WHEN NOT EXISTS (SELECT 1 FROM worker_hardships x WHERE x.worker_id = w.id) THEN 4 "
                          "WHEN %1 IS NULL THEN (CASE WHEN %2 >= '%3' THEN 1 ELSE 0 END) "
                          "WHEN %1 <= %2 THEN 3 ELSE 2 END")
        .arg(summary::firstRecommendationExpression(QStringLiteral("w.id")), promiseDueSql(promiseDays),
             today.toString(Qt::ISODate));
}

QString WorkerListOrder::promiseDueSql(int promiseDays)
{
    return QStringLiteral("date(w.registered_on, '+%1 days')").arg(promiseDays);
}

QVector<WorkerOrderPart> WorkerListOrder::promiseParts(const QDate& today, int promiseDays, const WorkerFilter& filter)
{
    // `test`: the state from the records (small selections, and the tests' reference); walked: each part is a range
    // of the stored parts' index (schema v16, SchemaV16.cpp) in worker-id order, today splitting the cases not
    // served yet by the due day kept in the index. A due day that cannot be computed counts as passed, as in
    // promiseRankSql().
    const QString tested = QStringLiteral("EXISTS (SELECT 1 FROM worker_hardships x WHERE x.worker_id = w.id)");
    const QString due = promiseDueSql(promiseDays);
    const QString day = QLatin1Char('\'') + today.toString(Qt::ISODate) + QLatin1Char('\'');
    const QString notServed = QStringLiteral("NOT EXISTS (SELECT 1 FROM referrals r CROSS JOIN referral_stages s ON "
                                             "s.referral_id = r.id WHERE r.worker_id = w.id AND s.stage = "
                                             "'recommended')");
    const QString first = summary::firstRecommendationExpression(QStringLiteral("w.id"));
    const QStringList states = {QStringLiteral("coalesce(%1 < %2, 1) AND %3").arg(due, day, notServed),
                                QStringLiteral("%1 >= %2 AND %3").arg(due, day, notServed),
                                QStringLiteral("coalesce(%1 > %2, %1 IS NOT NULL)").arg(first, due),
                                QStringLiteral("%1 <= %2").arg(first, due)};
    const QStringList stored = {QStringLiteral("p.part = 0 AND coalesce(p.due_on < %1, 1)").arg(day),
                                QStringLiteral("p.part = 0 AND p.due_on >= %1").arg(day), QStringLiteral("p.part = 2"),
                                QStringLiteral("p.part = 3"), QStringLiteral("p.part = 4")};
    QVector<WorkerOrderPart> parts(5);
    for (int i = 0; i < 5; ++i) {
        if (i < 4)
            parts[i].test = tested + QStringLiteral(" AND ") + states[i];
        parts[i].walkFrom = QStringLiteral("worker_promise_parts p INDEXED BY worker_promise_parts_walk");
        parts[i].walkTest = stored[i];
        parts[i].walkId = QStringLiteral("p.worker_id");
    }
    parts[4].test = QStringLiteral("NOT ") + tested;
    parts[4].others = QStringLiteral("w.id IN (SELECT worker_id FROM worker_hardships)");
    parts[4].empty = filter.hardshipCategoryId.has_value();
    // With no filter each part's size is a count of its index range: the blank part (880k of 1M people) is the rest.
    parts[4].countByParts = !filter.keyGroupId && !filter.hardshipCategoryId && !filter.statusId &&
                            !filter.serviceNeedId && !filter.orgId && filter.returned == WorkerFilter::Return::Any &&
                            !filter.registeredFrom.isValid() && !filter.registeredTo.isValid() &&
                            WorkerSearch::parse(filter.search).kind == WorkerSearch::Kind::None;
    return parts;
}

Expected<WorkerListOrder> WorkerListOrder::create(QSqlDatabase db, const WorkerFilter& filter, WorkerColumn column,
                                                  const QDate& today, int promiseDays)
{
    WorkerListOrder order;
    switch (column) {
    case WorkerColumn::Registered:
        order.m_kind = Kind::IndexWalk;
        order.m_key = QStringLiteral("w.registered_on");
        return order;
    case WorkerColumn::ResidentId:
        order.m_kind = Kind::IndexWalk;
        order.m_key = QStringLiteral("w.id_number");
        return order;
    // Schema v9 indexes these columns (SchemaV9.cpp): walked like the registration date, never sorted whole.
    case WorkerColumn::Name:
        order.m_kind = Kind::IndexWalk;
        order.m_key = QStringLiteral("w.name");
        return order;
    case WorkerColumn::Age:
        order.m_kind = Kind::IndexWalk;
        order.m_key = QStringLiteral("w.birth_date");
        order.m_inverted = true; // ascending age = latest birth date first
        return order;
    case WorkerColumn::Phone:
        order.m_kind = Kind::IndexWalk;
        order.m_key = QStringLiteral("w.phone");
        return order;
    case WorkerColumn::DesiredTrade:
        order.m_kind = Kind::IndexWalk;
        order.m_key = QStringLiteral("w.desired_trade");
        return order;
    case WorkerColumn::LastContact:
        order.m_kind = Kind::IndexWalk;
        order.m_key = QStringLiteral("w.last_contact_on");
        return order;
    case WorkerColumn::Gender:
        order.m_kind = Kind::Parts;
        order.m_parts = genderParts();
        return order;
    case WorkerColumn::KeyGroups:
    case WorkerColumn::Status: {
        const bool groups = column == WorkerColumn::KeyGroups;
        auto ids = referenceOrder(db, groups ? QStringLiteral("key_group") : QStringLiteral("employment_status"));
        if (!ids)
            return Expected<WorkerListOrder>::failure(ids.message());
        order.m_kind = Kind::Parts;
        if (groups) {
            std::optional<qint64> required = filter.keyGroupId;
            if (!required && filter.returned == WorkerFilter::Return::NotYetReturned) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT id FROM reference_items WHERE list = 'key_group' AND code = "
                                          "'migrant_worker'")) &&
                    q.next())
                    required = q.value(0).toLongLong();
            }
            order.m_parts = keyGroupParts(*ids, required);
        } else {
            order.m_parts = statusParts(*ids, filter.statusId);
        }
        return order;
    }
    case WorkerColumn::Promise:
        order.m_kind = Kind::Parts;
        order.m_parts = promiseParts(today, promiseDays, filter);
        order.m_partTable = QStringLiteral("worker_promise_parts p");
        order.m_partNumber =
            QStringLiteral("CASE WHEN p.part <> 0 THEN p.part WHEN coalesce(p.due_on < '%1', 1) THEN 0 ELSE 1 END")
                .arg(today.toString(Qt::ISODate));
        return order;
    case WorkerColumn::Count:
        break;
    }
    order.m_key = QStringLiteral("w.id");
    return order;
}

} // namespace jb::core
