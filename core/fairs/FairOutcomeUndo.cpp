// Undoing a fair outcome: the state before, read and written inside one transaction with the outcome.

#include "core/fairs/FairOutcomeUndo.h"

#include "core/audit/AuditLog.h"
#include "core/fairs/FairParticipation.h"
#include "core/fairs/FairSql.h"
#include "core/storage/Transaction.h"

namespace jb::core {

using fairsql::run;
using fairsql::value;

namespace {

Expected<bool> exists(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    const Expected<QVariant> v = value(db, sql, binds);
    if (!v)
        return Expected<bool>::failure(v.message());
    return !v->isNull();
}

// What is there before the outcome is written.
Status readBefore(QSqlDatabase db, FairOutcomeUndo& u)
{
    const Expected<QVariant> enterprise =
        value(db, QStringLiteral("SELECT enterprise_id FROM vacancies WHERE id = ?"), {u.vacancyId});
    if (!enterprise)
        return Status::failure(enterprise.message());
    u.enterpriseId = enterprise->toLongLong();
    const Expected<bool> attendee = exists(
        db, QStringLiteral("SELECT 1 FROM fair_attendees WHERE fair_id = ? AND worker_id = ?"), {u.fairId, u.workerId});
    const Expected<bool> participant =
        exists(db, QStringLiteral("SELECT 1 FROM fair_enterprises WHERE fair_id = ? AND enterprise_id = ?"),
               {u.fairId, u.enterpriseId});
    if (!attendee || !participant)
        return Status::failure(!attendee ? attendee.message() : participant.message());
    u.attendeeAdded = !*attendee;
    u.enterpriseAdded = !*participant;
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("SELECT stage, stage_on FROM referrals WHERE worker_id = ? AND "
                                               "vacancy_id = ? ORDER BY id LIMIT 1"),
                                {u.workerId, u.vacancyId});
    if (!q)
        return Status::failure(q.message());
    if (q->next()) {
        u.stageBefore = q->value(0).toString();
        u.stageOnBefore = QDate::fromString(q->value(1).toString(), Qt::ISODate);
    }
    const Expected<QVariant> last = value(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM referral_stages"));
    if (!last)
        return Status::failure(last.message());
    u.lastStageRowBefore = last->toLongLong();
    return {};
}

Status undoReferral(QSqlDatabase db, const FairOutcomeUndo& u)
{
    const qint64 id = u.result.referralId;
    const Expected<bool> later =
        exists(db,
               QStringLiteral("SELECT 1 FROM referral_stages WHERE referral_id = ? AND id > ? AND stage NOT IN "
                              "('intention', 'contract')"),
               {id, u.lastStageRowBefore});
    if (!later)
        return Status::failure(later.message());
    if (*later)
        return Status::failure(JB_TR("Fairs", "The referral has moved on since; it is not taken back"));
    if (auto q = run(db, QStringLiteral("DELETE FROM referral_stages WHERE referral_id = ? AND id > ?"),
                     {id, u.lastStageRowBefore});
        !q)
        return Status::failure(q.message());
    if (u.result.created) {
        if (auto q = run(db, QStringLiteral("DELETE FROM referrals WHERE id = ?"), {id}); !q)
            return Status::failure(q.message());
        return appendAudit(db, {QStringLiteral("delete"), QStringLiteral("referrals"), id, QString(), QVariant(),
                                QVariant(), QStringLiteral("undo: job fair %1").arg(u.fairId)});
    }
    if (auto q = run(db, QStringLiteral("UPDATE referrals SET stage = ?, stage_on = ? WHERE id = ?"),
                     {u.stageBefore,
                      u.stageOnBefore.isValid() ? QVariant(u.stageOnBefore.toString(Qt::ISODate)) : QVariant(), id});
        !q)
        return Status::failure(q.message());
    return appendAudit(db, {QStringLiteral("update"), QStringLiteral("referrals"), id, QStringLiteral("stage"),
                            QVariant(), u.stageBefore, QStringLiteral("undo: job fair %1").arg(u.fairId)});
}

} // namespace

Expected<FairOutcomeUndo> recordUndoableFairOutcome(QSqlDatabase db, qint64 fairId, qint64 workerId, qint64 vacancyId,
                                                    FairOutcome outcome, QDate day)
{
    using Result = Expected<FairOutcomeUndo>;
    FairOutcomeUndo u;
    u.fairId = fairId;
    u.workerId = workerId;
    u.vacancyId = vacancyId;
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    if (Status s = readBefore(db, u); !s)
        return Result::failure(s.message());
    const Expected<FairOutcomeResult> result = recordFairOutcome(db, fairId, workerId, vacancyId, outcome, day);
    if (!result)
        return Result::failure(result.message());
    u.result = *result;
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return u;
}

Status undoFairOutcome(QSqlDatabase db, const FairOutcomeUndo& u)
{
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    if (u.result.changed)
        if (Status s = undoReferral(db, u); !s)
            return s;
    if (u.attendeeAdded) {
        if (auto q = run(db, QStringLiteral("DELETE FROM fair_attendees WHERE fair_id = ? AND worker_id = ?"),
                         {u.fairId, u.workerId});
            !q)
            return Status::failure(q.message());
        if (Status s = fairlinks::auditLink(db, "unlink", "fair_attendees", u.fairId, "worker_id", u.workerId); !s)
            return s;
    }
    if (u.enterpriseAdded) {
        if (auto q = run(db, QStringLiteral("DELETE FROM fair_enterprises WHERE fair_id = ? AND enterprise_id = ?"),
                         {u.fairId, u.enterpriseId});
            !q)
            return Status::failure(q.message());
        if (Status s =
                fairlinks::auditLink(db, "unlink", "fair_enterprises", u.fairId, "enterprise_id", u.enterpriseId);
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace jb::core
