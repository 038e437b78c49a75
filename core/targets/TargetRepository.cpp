#include "core/targets/TargetRepository.h"

#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace jb::core {

TargetRepository::TargetRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Expected<QHash<QString, double>> TargetRepository::targetsFor(qint64 orgId, qint64 periodId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT metric, value FROM targets WHERE org_id = ? AND period_id = ?"));
    q.addBindValue(orgId);
    q.addBindValue(periodId);
    if (!q.exec())
        return Expected<QHash<QString, double>>::failure(describeSqlError(q, QStringLiteral("targets")));
    QHash<QString, double> targets;
    while (q.next())
        targets.insert(q.value(0).toString(), q.value(1).toDouble());
    return targets;
}

Expected<QHash<QString, double>> TargetRepository::childTargetSums(qint64 parentOrgId, qint64 periodId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.metric, sum(t.value) FROM targets t JOIN organisations o ON o.id = t.org_id "
                             "WHERE o.parent_id = ? AND t.period_id = ? GROUP BY t.metric"));
    q.addBindValue(parentOrgId);
    q.addBindValue(periodId);
    if (!q.exec())
        return Expected<QHash<QString, double>>::failure(describeSqlError(q, QStringLiteral("targets")));
    QHash<QString, double> sums;
    while (q.next())
        sums.insert(q.value(0).toString(), q.value(1).toDouble());
    return sums;
}

Expected<QHash<qint64, QHash<QString, double>>> TargetRepository::childTargets(qint64 parentOrgId,
                                                                               qint64 periodId) const
{
    using Result = Expected<QHash<qint64, QHash<QString, double>>>;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.org_id, t.metric, t.value FROM targets t JOIN organisations o "
                             "ON o.id = t.org_id WHERE o.parent_id = ? AND t.period_id = ?"));
    q.addBindValue(parentOrgId);
    q.addBindValue(periodId);
    if (!q.exec())
        return Result::failure(describeSqlError(q, QStringLiteral("targets")));
    QHash<qint64, QHash<QString, double>> targets;
    while (q.next())
        targets[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toDouble());
    return targets;
}

} // namespace jb::core
