#include "core/placement/ReferralPipeline.h"

#include "core/audit/AuditLog.h"
#include "core/placement/PlacementSql.h"
#include "core/storage/Transaction.h"
#include "core/validation/ResidentId.h"

#include <QMap>

namespace jb::core {

using placementsql::dayValue;
using placementsql::run;
using placementsql::value;

namespace {

struct ReferralState
{
    qint64 id = 0;
    qint64 workerId = 0;
    QVariant vacancyId;
    ReferralStage stage = ReferralStage::Recommended;
    QDate stageOn;
    QString exitKind;
    QMap<int, QDate> reached; // stage rank → the first day recorded at it
};

int rank(ReferralStage s)
{
    return static_cast<int>(s);
}

QDate dayOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Expected<ReferralState> loadReferral(QSqlDatabase db, qint64 id)
{
    using Result = Expected<ReferralState>;
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("SELECT worker_id, vacancy_id, stage, stage_on, exit_kind FROM "
                                               "referrals WHERE id = ?"),
                                {id});
    if (!q)
        return Result::failure(q.message());
    if (!q->next())
        return Result::failure(JB_TR("Placement", "Referral %1 does not exist").arg(id));
    ReferralState s;
    s.id = id;
    s.workerId = q->value(0).toLongLong();
    s.vacancyId = q->value(1);
    const std::optional<ReferralStage> stage = referralStageFromKey(q->value(2).toString());
    if (!stage)
        return Result::failure(JB_TR("Placement", "Referral %1 is at stage \"%2\", which the pipeline does not know")
                                   .arg(id)
                                   .arg(q->value(2).toString()));
    s.stage = *stage;
    s.stageOn = dayOf(q->value(3));
    s.exitKind = q->value(4).toString();
    Expected<QSqlQuery> st = run(
        db, QStringLiteral("SELECT stage, min(occurred_on) FROM referral_stages WHERE referral_id = ? GROUP BY stage"),
        {id});
    if (!st)
        return Result::failure(st.message());
    while (st->next())
        if (const std::optional<ReferralStage> r = referralStageFromKey(st->value(0).toString()))
            s.reached.insert(rank(*r), dayOf(st->value(1)));
    return s;
}

Status checkNotFuture(const QDate& on)
{
    if (!on.isValid())
        return Status::failure(JB_TR("Placement", "The day is missing or not a date"));
    if (on > Clock::today())
        return Status::failure(JB_TR("Placement", "%1 is after today; a stage is recorded when it has happened")
                                   .arg(on.toString(Qt::ISODate)));
    return {};
}

Status requireReason(QSqlDatabase db, const QString& list, const QString& code)
{
    const Expected<bool> ok = activeReason(db, list, code);
    if (!ok)
        return Status::failure(ok.message());
    if (!*ok)
        return Status::failure(code.isEmpty() ? JB_TR("Placement", "A reason is required")
                                              : JB_TR("Placement", "\"%1\" is not a reason in use").arg(code));
    return {};
}

Status insertStage(QSqlDatabase db, qint64 id, ReferralStage stage, const QDate& on, const QString& reason,
                   const ContractTerms& terms)
{
    const bool contract = stage == ReferralStage::Contract;
    const QVariant none{QMetaType(QMetaType::Int)};
    Expected<QSqlQuery> q =
        run(db,
            QStringLiteral("INSERT INTO referral_stages (referral_id, stage, occurred_on, officer, "
                           "recorded_at, reason_code, starts_on, monthly_wage, term_months) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, referralStageKey(stage), on.toString(Qt::ISODate), currentOfficer(), placementsql::stampNow(),
             reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reason),
             contract ? dayValue(terms.startsOn.isValid() ? terms.startsOn : on) : QVariant(none),
             contract && terms.monthlyWage ? QVariant(*terms.monthlyWage) : none,
             contract && terms.termMonths ? QVariant(*terms.termMonths) : none});
    return q ? Status() : Status::failure(q.message());
}

Status setCurrent(QSqlDatabase db, qint64 id, ReferralStage stage, const QDate& on)
{
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("UPDATE referrals SET stage = ?, stage_on = ?, exit_kind = NULL, "
                                               "exit_on = NULL, exit_reason = NULL WHERE id = ?"),
                                {referralStageKey(stage), on.toString(Qt::ISODate), id});
    return q ? Status() : Status::failure(q.message());
}

Status audit(QSqlDatabase db, const QString& action, qint64 id, const QString& before, const QString& after,
             const QDate& on)
{
    return appendAudit(db, {action, QStringLiteral("referrals"), id, QStringLiteral("stage"), before, after,
                            on.toString(Qt::ISODate)});
}

// After a contract: the person's other open referrals and the post's contracts against its headcount.
Status fillContractOffers(QSqlDatabase db, const ReferralState& s, ReferralChange& change)
{
    Expected<QSqlQuery> others = run(db,
                                     QStringLiteral("SELECT id FROM referrals WHERE worker_id = ? AND id <> ? AND "
                                                    "exit_kind IS NULL AND stage IN ('recommended', 'interviewed', "
                                                    "'intention') ORDER BY id"),
                                     {s.workerId, s.id});
    if (!others)
        return Status::failure(others.message());
    while (others->next())
        change.otherOpenReferrals << others->value(0).toLongLong();
    if (s.vacancyId.isNull())
        return {};
    Expected<QSqlQuery> post = run(db,
                                   QStringLiteral("SELECT v.headcount, v.status, (SELECT count(DISTINCT r.id) FROM "
                                                  "referrals r JOIN referral_stages c ON c.referral_id = r.id AND "
                                                  "c.stage = 'contract' WHERE r.vacancy_id = v.id) FROM vacancies v "
                                                  "WHERE v.id = ?"),
                                   {s.vacancyId});
    if (!post)
        return Status::failure(post.message());
    if (post->next()) {
        change.vacancyId = s.vacancyId.toLongLong();
        change.headcount = post->value(0).toInt();
        change.hired = post->value(2).toInt();
        change.postFilled = post->value(1).toString() == QLatin1String("open") && change.headcount > 0 &&
                            change.hired >= change.headcount;
    }
    return {};
}

// Back to `to`: the stages after it and any exit go; `to` keeps its first day, or is recorded on `on`.
Expected<ReferralChange> correct(QSqlDatabase db, const ReferralState& s, ReferralStage to, const QDate& on)
{
    using Result = Expected<ReferralChange>;
    ReferralChange change;
    change.referralId = s.id;
    change.correction = true;
    if (auto q = run(db, QStringLiteral("DELETE FROM referral_stages WHERE referral_id = ? AND stage IN (%1)").arg([&] {
            QStringList later;
            for (int r = rank(to) + 1; r <= rank(ReferralStage::Left); ++r)
                later << QStringLiteral("'%1'").arg(referralStageKey(static_cast<ReferralStage>(r)));
            return later.isEmpty() ? QStringLiteral("''") : later.join(QLatin1Char(','));
        }()),
                     {s.id});
        !q)
        return Result::failure(q.message());
    QDate day = s.reached.value(rank(to));
    if (!day.isValid()) {
        if (Status st = checkNotFuture(on); !st)
            return Result::failure(st.message());
        day = on;
        if (Status st = insertStage(db, s.id, to, day, {}, {}); !st)
            return Result::failure(st.message());
    }
    if (Status st = setCurrent(db, s.id, to, day); !st)
        return Result::failure(st.message());
    const QString before = s.exitKind.isEmpty() ? referralStageKey(s.stage) : s.exitKind;
    if (Status st = audit(db, QStringLiteral("correct"), s.id, before, referralStageKey(to), day); !st)
        return Result::failure(st.message());
    return change;
}

Expected<ReferralChange> advance(QSqlDatabase db, const ReferralState& s, ReferralStage to, const QDate& on,
                                 const QString& reason, const ContractTerms& terms)
{
    using Result = Expected<ReferralChange>;
    if (!stageMayFollow(s.stage, to))
        return Result::failure(JB_TR("Placement", "A referral at \"%1\" cannot move to \"%2\"")
                                   .arg(referralStageName(s.stage))
                                   .arg(referralStageName(to)));
    if (Status st = checkNotFuture(on); !st)
        return Result::failure(st.message());
    if (s.stageOn.isValid() && on < s.stageOn)
        return Result::failure(JB_TR("Placement", "%1 is before the referral's current stage (%2)")
                                   .arg(on.toString(Qt::ISODate))
                                   .arg(s.stageOn.toString(Qt::ISODate)));
    if (to == ReferralStage::Left)
        if (Status st = requireReason(db, kLeaveReasonList, reason); !st)
            return Result::failure(st.message());
    if (to == ReferralStage::Contract && terms.startsOn.isValid() && terms.startsOn < on.addYears(-1))
        return Result::failure(JB_TR("Placement", "The contract's start day is more than a year before it was signed"));
    if (Status st = insertStage(db, s.id, to, on, to == ReferralStage::Left ? reason : QString(), terms); !st)
        return Result::failure(st.message());
    if (Status st = setCurrent(db, s.id, to, on); !st)
        return Result::failure(st.message());
    if (Status st = audit(db, QStringLiteral("stage"), s.id, referralStageKey(s.stage), referralStageKey(to), on); !st)
        return Result::failure(st.message());
    ReferralChange change;
    change.referralId = s.id;
    if (to == ReferralStage::Contract)
        if (Status st = fillContractOffers(db, s, change); !st)
            return Result::failure(st.message());
    return change;
}

} // namespace

Expected<qint64> findWorkerByIdNumber(QSqlDatabase db, const QString& idNumber)
{
    const ResidentIdCheck check = checkResidentId(idNumber);
    const QString number = check.info ? check.info->number : idNumber.trimmed().toUpper();
    const Expected<QVariant> id = value(db, QStringLiteral("SELECT id FROM workers WHERE id_number = ?"), {number});
    if (!id)
        return Expected<qint64>::failure(id.message());
    if (id->isNull())
        return Expected<qint64>::failure(
            JB_TR("Placement", "No worker has the ID number %1").arg(maskResidentId(number)));
    return id->toLongLong();
}

Expected<bool> activeReason(QSqlDatabase db, const QString& list, const QString& code)
{
    const Expected<QVariant> v = value(
        db, QStringLiteral("SELECT 1 FROM reference_items WHERE list = ? AND code = ? AND retired = 0"), {list, code});
    if (!v)
        return Expected<bool>::failure(v.message());
    return !v->isNull();
}

Expected<ReferralChange> startReferral(QSqlDatabase db, qint64 workerId, qint64 vacancyId, QDate on)
{
    using Result = Expected<ReferralChange>;
    if (Status st = checkNotFuture(on); !st)
        return Result::failure(st.message());
    const Expected<QVariant> worker = value(db, QStringLiteral("SELECT 1 FROM workers WHERE id = ?"), {workerId});
    if (!worker)
        return Result::failure(worker.message());
    if (worker->isNull())
        return Result::failure(JB_TR("Placement", "Worker %1 does not exist").arg(workerId));
    Expected<QSqlQuery> post =
        run(db, QStringLiteral("SELECT enterprise_id, status FROM vacancies WHERE id = ?"), {vacancyId});
    if (!post)
        return Result::failure(post.message());
    if (!post->next())
        return Result::failure(JB_TR("Placement", "Post %1 does not exist").arg(vacancyId));
    if (post->value(1).toString() != QLatin1String("open"))
        return Result::failure(JB_TR("Placement", "Post %1 is not open").arg(vacancyId));
    const qint64 enterprise = post->value(0).toLongLong();
    const Expected<QVariant> open = value(db,
                                          QStringLiteral("SELECT id FROM referrals WHERE worker_id = ? AND vacancy_id "
                                                         "= ? AND exit_kind IS NULL AND stage <> 'left'"),
                                          {workerId, vacancyId});
    if (!open)
        return Result::failure(open.message());
    if (!open->isNull())
        return Result::failure(
            JB_TR("Placement", "This person already has referral %1 to this post").arg(open->toLongLong()));

    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    Expected<QSqlQuery> q =
        run(db,
            QStringLiteral("INSERT INTO referrals (worker_id, vacancy_id, enterprise_id, stage, "
                           "stage_on, officer, created_at) VALUES (?, ?, ?, 'recommended', ?, ?, "
                           "?)"),
            {workerId, vacancyId, enterprise, on.toString(Qt::ISODate), currentOfficer(), placementsql::stampNow()});
    if (!q)
        return Result::failure(q.message());
    ReferralChange change;
    change.referralId = q->lastInsertId().toLongLong();
    if (Status st = insertStage(db, change.referralId, ReferralStage::Recommended, on, {}, {}); !st)
        return Result::failure(st.message());
    if (Status st = audit(db, QStringLiteral("insert"), change.referralId, {}, QStringLiteral("recommended"), on); !st)
        return Result::failure(st.message());
    ReferralSnapshot none;
    none.referralId = change.referralId;
    change.undo.before << none;
    if (Status st = tx.commit(); !st)
        return Result::failure(st.message());
    return change;
}

Expected<ReferralChange> moveReferral(QSqlDatabase db, qint64 referralId, ReferralStage to, QDate on,
                                      const QString& reasonCode, const ContractTerms& terms)
{
    using Result = Expected<ReferralChange>;
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    const Expected<ReferralState> s = loadReferral(db, referralId);
    if (!s)
        return Result::failure(s.message());
    Expected<ReferralSnapshot> before = snapshotReferral(db, referralId);
    if (!before)
        return Result::failure(before.message());
    const bool ended = !s->exitKind.isEmpty();
    if (rank(to) == rank(s->stage) && !ended)
        return Result::failure(JB_TR("Placement", "The referral is at \"%1\" already").arg(referralStageName(to)));
    if (ended && rank(to) > rank(s->stage))
        return Result::failure(
            JB_TR("Placement", "The referral ended (%1); correct it back to a stage it reached first")
                .arg(s->exitKind));
    Expected<ReferralChange> change =
        rank(to) < rank(s->stage) || ended ? correct(db, *s, to, on) : advance(db, *s, to, on, reasonCode, terms);
    if (!change)
        return change;
    change->undo.before << *before;
    if (Status st = tx.commit(); !st)
        return Result::failure(st.message());
    return change;
}

Expected<ReferralChange> exitReferral(QSqlDatabase db, qint64 referralId, ReferralExit exit, QDate on,
                                      const QString& reasonCode)
{
    using Result = Expected<ReferralChange>;
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    const Expected<ReferralState> s = loadReferral(db, referralId);
    if (!s)
        return Result::failure(s.message());
    if (!s->exitKind.isEmpty() || !exitAllowedAt(s->stage))
        return Result::failure(
            JB_TR("Placement", "Referral %1 is no longer open; a contract ends by leaving").arg(referralId));
    if (Status st = checkNotFuture(on); !st)
        return Result::failure(st.message());
    if (s->stageOn.isValid() && on < s->stageOn)
        return Result::failure(JB_TR("Placement", "%1 is before the referral's current stage (%2)")
                                   .arg(on.toString(Qt::ISODate))
                                   .arg(s->stageOn.toString(Qt::ISODate)));
    if (const QString list = exitReasonList(exit); !list.isEmpty())
        if (Status st = requireReason(db, list, reasonCode); !st)
            return Result::failure(st.message());
    Expected<ReferralSnapshot> before = snapshotReferral(db, referralId);
    if (!before)
        return Result::failure(before.message());
    if (auto q =
            run(db, QStringLiteral("UPDATE referrals SET exit_kind = ?, exit_on = ?, exit_reason = ? WHERE id = ?"),
                {referralExitKey(exit), on.toString(Qt::ISODate),
                 reasonCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reasonCode), referralId});
        !q)
        return Result::failure(q.message());
    if (Status st =
            audit(db, QStringLiteral("exit"), referralId, referralStageKey(s->stage), referralExitKey(exit), on);
        !st)
        return Result::failure(st.message());
    ReferralChange change;
    change.referralId = referralId;
    change.undo.before << *before;
    if (Status st = tx.commit(); !st)
        return Result::failure(st.message());
    return change;
}

Expected<ReferralChange> closeAsHiredElsewhere(QSqlDatabase db, const QVector<qint64>& referralIds, QDate on)
{
    using Result = Expected<ReferralChange>;
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    ReferralChange all;
    for (qint64 id : referralIds) {
        Expected<ReferralChange> one = exitReferral(db, id, ReferralExit::HiredElsewhere, on, {});
        if (!one)
            return Result::failure(one.message());
        all.undo.before << one->undo.before;
        all.referralId = id;
    }
    if (Status st = tx.commit(); !st)
        return Result::failure(st.message());
    return all;
}

} // namespace jb::core
