#include "core/placement/ReferralUndo.h"

#include "core/audit/AuditLog.h"
#include "core/placement/PlacementSql.h"
#include "core/storage/Transaction.h"

namespace jb::core {

using placementsql::run;

namespace {

const QString kStageColumns = QStringLiteral("id, referral_id, stage, occurred_on, note, import_batch_id, officer, "
                                             "recorded_at, reason_code, starts_on, monthly_wage, term_months");
const QString kCheckColumns =
    QStringLiteral("id, referral_id, months, checked_on, outcome, reason_code, officer, recorded_at");

Expected<QVector<QVariantList>> rowsOf(QSqlDatabase db, const QString& columns, const QString& table, qint64 id)
{
    Expected<QSqlQuery> q =
        run(db, QStringLiteral("SELECT %1 FROM %2 WHERE referral_id = ? ORDER BY id").arg(columns, table), {id});
    if (!q)
        return Expected<QVector<QVariantList>>::failure(q.message());
    QVector<QVariantList> rows;
    const int n = columns.count(QLatin1Char(',')) + 1;
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < n; ++i)
            row << q->value(i);
        rows << row;
    }
    return rows;
}

Status putRows(QSqlDatabase db, const QString& columns, const QString& table, const QVector<QVariantList>& rows)
{
    const int n = columns.count(QLatin1Char(',')) + 1;
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    for (const QVariantList& row : rows)
        if (auto q = run(
                db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, marks.join(QLatin1Char(','))),
                row);
            !q)
            return Status::failure(q.message());
    return {};
}

// Inserts the referral row again under its id (redo of a new referral the undo removed), unless it is there.
Status reinsert(QSqlDatabase db, const ReferralSnapshot& s)
{
    Expected<QSqlQuery> q = run(db, QStringLiteral("SELECT 1 FROM referrals WHERE id = ?"), {s.referralId});
    if (!q)
        return Status::failure(q.message());
    if (q->next())
        return {};
    if (s.identity.size() != 6 || s.referral.size() != 5)
        return Status::failure(
            JB_TR("Placement", "Referral %1 cannot be put back: its photograph is incomplete").arg(s.referralId));
    QVariantList binds{s.referralId};
    binds << s.identity << s.referral;
    Expected<QSqlQuery> ins = run(db,
                                  QStringLiteral("INSERT INTO referrals (id, worker_id, vacancy_id, enterprise_id, "
                                                 "fair_id, officer, created_at, stage, stage_on, exit_kind, exit_on, "
                                                 "exit_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  binds);
    return ins ? Status() : Status::failure(ins.message());
}

// Puts one photograph back; `action` (undo, redo) names it in the audit.
Status restore(QSqlDatabase db, const ReferralSnapshot& s, const QString& action)
{
    const qint64 id = s.referralId;
    if (!s.existed) {
        if (auto q = run(db, QStringLiteral("DELETE FROM referrals WHERE id = ?"), {id}); !q)
            return Status::failure(q.message());
        return appendAudit(db, {action, QStringLiteral("referrals"), id, QStringLiteral("stage"), QVariant(),
                                QVariant(), QStringLiteral("referral removed")});
    }
    if (Status st = reinsert(db, s); !st)
        return st;
    for (const char* table : {"referral_stages", "retention_checks"})
        if (auto q = run(db, QStringLiteral("DELETE FROM %1 WHERE referral_id = ?").arg(QLatin1String(table)), {id});
            !q)
            return Status::failure(q.message());
    if (Status st = putRows(db, kStageColumns, QStringLiteral("referral_stages"), s.stages); !st)
        return st;
    if (Status st = putRows(db, kCheckColumns, QStringLiteral("retention_checks"), s.checks); !st)
        return st;
    QVariantList binds = s.referral;
    binds << id;
    if (auto q = run(db,
                     QStringLiteral("UPDATE referrals SET stage = ?, stage_on = ?, exit_kind = ?, exit_on = ?, "
                                    "exit_reason = ? WHERE id = ?"),
                     binds);
        !q)
        return Status::failure(q.message());
    return appendAudit(db, {action, QStringLiteral("referrals"), id, QStringLiteral("stage"), QVariant(),
                            s.referral.value(0), QString()});
}

// Puts every photograph back in one transaction.
Status restoreAll(QSqlDatabase db, const QVector<ReferralSnapshot>& snapshots, const QString& action)
{
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    for (const ReferralSnapshot& s : snapshots)
        if (Status st = restore(db, s, action); !st)
            return st;
    return tx.commit();
}

} // namespace

Expected<ReferralSnapshot> snapshotReferral(QSqlDatabase db, qint64 referralId)
{
    using Result = Expected<ReferralSnapshot>;
    ReferralSnapshot s;
    s.referralId = referralId;
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("SELECT stage, stage_on, exit_kind, exit_on, exit_reason, worker_id, "
                                               "vacancy_id, enterprise_id, fair_id, officer, created_at FROM "
                                               "referrals WHERE id = ?"),
                                {referralId});
    if (!q)
        return Result::failure(q.message());
    if (!q->next())
        return s;
    s.existed = true;
    for (int i = 0; i < 5; ++i)
        s.referral << q->value(i);
    for (int i = 5; i < 11; ++i)
        s.identity << q->value(i);
    Expected<QVector<QVariantList>> stages = rowsOf(db, kStageColumns, QStringLiteral("referral_stages"), referralId);
    if (!stages)
        return Result::failure(stages.message());
    Expected<QVector<QVariantList>> checks = rowsOf(db, kCheckColumns, QStringLiteral("retention_checks"), referralId);
    if (!checks)
        return Result::failure(checks.message());
    s.stages = *stages;
    s.checks = *checks;
    return s;
}

Status undoReferralChange(QSqlDatabase db, const ReferralUndo& undo)
{
    if (undo.isEmpty())
        return Status::failure(JB_TR("Placement", "There is nothing to undo"));
    return restoreAll(db, undo.before, QStringLiteral("undo"));
}

Expected<ReferralRedo> snapshotAfterChange(QSqlDatabase db, const ReferralUndo& undo)
{
    ReferralRedo redo;
    for (const ReferralSnapshot& before : undo.before) {
        Expected<ReferralSnapshot> now = snapshotReferral(db, before.referralId);
        if (!now)
            return Expected<ReferralRedo>::failure(now.message());
        redo.after << *now;
    }
    return redo;
}

Status redoReferralChange(QSqlDatabase db, const ReferralRedo& redo)
{
    if (redo.isEmpty())
        return Status::failure(JB_TR("Placement", "There is nothing to redo"));
    return restoreAll(db, redo.after, QStringLiteral("redo"));
}

} // namespace jb::core
