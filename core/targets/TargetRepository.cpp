#include "core/targets/TargetRepository.h"

#include "core/audit/AuditLog.h"
#include "core/domain/MetricCatalog.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"
#include "core/targets/TargetSplit.h"

#include <QSqlQuery>
#include <QVariant>

namespace jb::core {

namespace {

Message metricName(const QString& key)
{
    const MetricInfo* info = findMetric(key);
    return info ? info->name : Message::verbatim(key);
}

// Writes one edit inside the caller's transaction: insert, update or delete, with its audit entry. Returns
// whether anything changed.
Expected<bool> writeTarget(QSqlDatabase db, qint64 periodId, const QString& where, const TargetEdit& edit)
{
    QSqlQuery old(db);
    old.prepare(QStringLiteral("SELECT id, value FROM targets WHERE org_id = ? AND period_id = ? AND metric = ?"));
    old.addBindValue(edit.orgId);
    old.addBindValue(periodId);
    old.addBindValue(edit.metric);
    if (!old.exec())
        return Expected<bool>::failure(describeSqlError(old, QStringLiteral("targets")));
    const bool existed = old.next();
    const qint64 id = existed ? old.value(0).toLongLong() : 0;
    const QVariant before = existed ? old.value(1) : QVariant();
    if (!existed && !edit.value)
        return false;
    if (existed && edit.value && before.toDouble() == *edit.value)
        return false;

    QSqlQuery q(db);
    QString action;
    if (!edit.value) {
        action = QStringLiteral("delete");
        q.prepare(QStringLiteral("DELETE FROM targets WHERE id = ?"));
        q.addBindValue(id);
    } else if (existed) {
        action = QStringLiteral("update");
        q.prepare(QStringLiteral("UPDATE targets SET value = ? WHERE id = ?"));
        q.addBindValue(*edit.value);
        q.addBindValue(id);
    } else {
        action = QStringLiteral("insert");
        q.prepare(QStringLiteral("INSERT INTO targets (org_id, period_id, metric, value) VALUES (?, ?, ?, ?)"));
        q.addBindValue(edit.orgId);
        q.addBindValue(periodId);
        q.addBindValue(edit.metric);
        q.addBindValue(*edit.value);
    }
    if (!q.exec())
        return Expected<bool>::failure(describeSqlError(q, QStringLiteral("targets")));
    const qint64 recordId = existed ? id : q.lastInsertId().toLongLong();
    const QVariant after = edit.value ? QVariant(*edit.value) : QVariant();
    if (Status s = appendAudit(db, {action, QStringLiteral("targets"), recordId, edit.metric, before, after, where});
        !s)
        return Expected<bool>::failure(s.message());
    return true;
}

} // namespace

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

QString TargetRepository::orgName(qint64 orgId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM organisations WHERE id = ?"));
    q.addBindValue(orgId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Message TargetRepository::editProblem(const TargetEdit& edit) const
{
    const QString org = orgName(edit.orgId);
    if (org.isEmpty())
        return JB_TR("Targets", "There is no organisation %1.").arg(edit.orgId);
    if (!findMetric(edit.metric))
        return JB_TR("Targets", "%1: unknown metric \"%2\".").arg(org).arg(edit.metric);
    if (edit.value)
        if (const Message problem = targetValueProblem(*edit.value); !problem.isEmpty())
            return JB_TR("Targets", "%1 · %2: %3").arg(org).arg(metricName(edit.metric)).arg(problem);
    return {};
}

Status TargetRepository::setTarget(qint64 orgId, qint64 periodId, const QString& metric, std::optional<double> value)
{
    const Expected<int> written = setTargets(periodId, {TargetEdit{orgId, metric, value}});
    return written ? Status() : Status::failure(written.message());
}

Expected<int> TargetRepository::setTargets(qint64 periodId, const QVector<TargetEdit>& edits)
{
    using Result = Expected<int>;
    QSqlQuery period(m_db);
    period.prepare(QStringLiteral("SELECT name FROM periods WHERE id = ?"));
    period.addBindValue(periodId);
    if (!period.exec())
        return Result::failure(describeSqlError(period, QStringLiteral("periods")));
    if (!period.next())
        return Result::failure(JB_TR("Targets", "There is no period %1.").arg(periodId));
    const QString periodName = period.value(0).toString();
    // Everything is checked before the first write, so a refusal leaves the file exactly as it was.
    for (const TargetEdit& edit : edits)
        if (const Message problem = editProblem(edit); !problem.isEmpty())
            return Result::failure(problem);

    Transaction tx(m_db);
    if (!tx.started())
        return Result::failure(tx.message());
    int changed = 0;
    for (const TargetEdit& edit : edits) {
        const QString where = QStringLiteral("%1 / %2").arg(orgName(edit.orgId), periodName);
        const Expected<bool> wrote = writeTarget(m_db, periodId, where, edit);
        if (!wrote)
            return Result::failure(wrote.message());
        changed += *wrote ? 1 : 0;
    }
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return changed;
}

Expected<int> TargetRepository::pasteTargets(qint64 periodId, const QVector<qint64>& rowOrgIds,
                                             const QStringList& columnMetrics, const QVector<QStringList>& cells)
{
    const Expected<QVector<TargetEdit>> edits = pastedEdits(rowOrgIds, columnMetrics, cells);
    if (!edits)
        return Expected<int>::failure(edits.message());
    return setTargets(periodId, *edits);
}

Expected<QVector<TargetEdit>> TargetRepository::pastedEdits(const QVector<qint64>& rowOrgIds,
                                                            const QStringList& columnMetrics,
                                                            const QVector<QStringList>& cells) const
{
    using Result = Expected<QVector<TargetEdit>>;
    QVector<TargetEdit> edits;
    for (int r = 0; r < cells.size(); ++r) {
        const QStringList& row = cells.at(r);
        if (r >= rowOrgIds.size())
            return Result::failure(JB_TR("Targets", "The pasted block has %1 rows but only %2 organisations are below "
                                                    "the selected cell; row %3 has nowhere to go.")
                                       .arg(cells.size())
                                       .arg(rowOrgIds.size())
                                       .arg(r + 1));
        const QString org = orgName(rowOrgIds.at(r));
        for (int c = 0; c < row.size(); ++c) {
            if (c >= columnMetrics.size())
                return Result::failure(JB_TR("Targets", "Row %1 has %2 columns but only %3 metrics are right of the "
                                                        "selected cell; column %4 has nowhere to go.")
                                           .arg(r + 1)
                                           .arg(row.size())
                                           .arg(columnMetrics.size())
                                           .arg(c + 1));
            const QString& metric = columnMetrics.at(c);
            const Expected<std::optional<double>> value = parseTargetValue(row.at(c));
            if (!value)
                return Result::failure(JB_TR("Targets", "Row %1, column %2 (%3 · %4): %5")
                                           .arg(r + 1)
                                           .arg(c + 1)
                                           .arg(org)
                                           .arg(metricName(metric))
                                           .arg(value.message()));
            edits.append({rowOrgIds.at(r), metric, *value});
        }
    }
    return edits;
}

Expected<QVector<TargetEdit>> TargetRepository::storedValues(qint64 periodId, const QVector<TargetEdit>& edits) const
{
    QHash<qint64, QHash<QString, double>> byOrg;
    QVector<TargetEdit> stored;
    for (const TargetEdit& edit : edits) {
        if (!byOrg.contains(edit.orgId)) {
            const auto targets = targetsFor(edit.orgId, periodId);
            if (!targets)
                return Expected<QVector<TargetEdit>>::failure(targets.message());
            byOrg.insert(edit.orgId, *targets);
        }
        const QHash<QString, double>& targets = byOrg.value(edit.orgId);
        stored.append(
            {edit.orgId, edit.metric,
             targets.contains(edit.metric) ? std::optional<double>(targets.value(edit.metric)) : std::nullopt});
    }
    return stored;
}

} // namespace jb::core
