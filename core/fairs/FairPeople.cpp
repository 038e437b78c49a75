// People at a fair and the referrals made there.

#include "core/fairs/FairPeople.h"

#include "core/audit/AuditLog.h"
#include "core/editing/RecordChange.h"
#include "core/fairs/FairParticipation.h"
#include "core/fairs/FairSql.h"
#include "core/fairs/FairWriting.h"
#include "core/records/RecordFields.h"
#include "core/storage/Transaction.h"
#include "core/validation/ResidentId.h"

namespace jb::core {

using fairsql::run;
using fairsql::value;

namespace {

// The pipeline's stages in order (referrals.stage).
const char* const kStages[] = {"recommended", "interviewed", "intention", "contract", "stable", "left"};

int rankOf(const QString& stage)
{
    for (int i = 0; i < 6; ++i)
        if (stage == QLatin1String(kStages[i]))
            return i;
    return -1;
}

struct FairDays
{
    QDate first;
    QDate last;
    QString status;
};

Expected<FairDays> fairDays(QSqlDatabase db, qint64 fairId)
{
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("SELECT held_on, coalesce(ends_on, held_on), status FROM job_fairs "
                                               "WHERE id = ?"),
                                {fairId});
    if (!q)
        return Expected<FairDays>::failure(q.message());
    if (!q->next())
        return Expected<FairDays>::failure(JB_TR("Fairs", "Job fair %1 does not exist").arg(fairId));
    return FairDays{QDate::fromString(q->value(0).toString(), Qt::ISODate),
                    QDate::fromString(q->value(1).toString(), Qt::ISODate), q->value(2).toString()};
}

} // namespace

namespace fairwriting {

Expected<bool> linkAttendee(QSqlDatabase db, qint64 fairId, qint64 workerId, const QVariant& batchId)
{
    Expected<QSqlQuery> q = run(db,
                                QStringLiteral("INSERT OR IGNORE INTO fair_attendees (fair_id, worker_id, "
                                               "import_batch_id) VALUES (?, ?, ?)"),
                                {fairId, workerId, batchId});
    if (!q)
        return Expected<bool>::failure(q.message());
    return q->numRowsAffected() > 0;
}

Expected<FairOutcomeResult> writeOutcome(QSqlDatabase db, const OutcomeRow& row)
{
    using Result = Expected<FairOutcomeResult>;
    FairOutcomeResult result;
    QString current;
    Expected<QSqlQuery> found = run(db,
                                    QStringLiteral("SELECT id, stage FROM referrals WHERE worker_id = ? AND "
                                                   "vacancy_id = ? ORDER BY id LIMIT 1"),
                                    {row.workerId, row.vacancyId});
    if (!found)
        return Result::failure(found.message());
    const QString day = row.day.toString(Qt::ISODate);
    const QString target = QLatin1String(row.outcome == FairOutcome::Contract ? "contract" : "intention");
    if (found->next()) {
        result.referralId = found->value(0).toLongLong();
        current = found->value(1).toString();
    } else {
        Expected<QSqlQuery> q = run(db,
                                    QStringLiteral("INSERT INTO referrals (worker_id, vacancy_id, enterprise_id, "
                                                   "fair_id, stage, stage_on, officer, created_at, import_batch_id) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                    {row.workerId, row.vacancyId, row.enterpriseId, row.fairId, target, day,
                                     row.officer, fairsql::stampNow(), row.batchId});
        if (!q)
            return Result::failure(q.message());
        result.referralId = q->lastInsertId().toLongLong();
        result.created = true;
        current = QStringLiteral("none");
    }
    // Each stage after the current one up to the target, on the day (an intention precedes a contract).
    const int from = rankOf(current);
    const int to = rankOf(target);
    for (int stage = std::max(from + 1, rankOf(QStringLiteral("intention"))); stage <= to; ++stage) {
        if (auto q = run(
                db, QStringLiteral("INSERT INTO referral_stages (referral_id, stage, occurred_on) VALUES (?, ?, ?)"),
                {result.referralId, QLatin1String(kStages[stage]), day});
            !q)
            return Result::failure(q.message());
        result.changed = true;
    }
    if (result.changed && !result.created)
        if (auto q = run(db, QStringLiteral("UPDATE referrals SET stage = ?, stage_on = ? WHERE id = ?"),
                         {target, day, result.referralId});
            !q)
            return Result::failure(q.message());
    return result;
}

} // namespace fairwriting

Status addFairAttendee(QSqlDatabase db, qint64 fairId, qint64 workerId)
{
    if (const Expected<QString> fair = fairlinks::fairName(db, fairId); !fair)
        return Status::failure(fair.message());
    const Expected<QVariant> known = value(db, QStringLiteral("SELECT 1 FROM workers WHERE id = ?"), {workerId});
    if (!known)
        return Status::failure(known.message());
    if (known->isNull())
        return Status::failure(JB_TR("Fairs", "Worker %1 does not exist").arg(workerId));
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    const Expected<bool> added = fairwriting::linkAttendee(db, fairId, workerId, QVariant());
    if (!added)
        return Status::failure(added.message());
    if (!*added)
        return Status::failure(JB_TR("Fairs", "This person is already recorded at the fair"));
    if (Status s = fairlinks::auditLink(db, "link", "fair_attendees", fairId, "worker_id", workerId); !s)
        return s;
    return tx.commit();
}

Expected<qint64> addNewFairAttendee(QSqlDatabase db, qint64 fairId, const QVariantMap& worker, qint64 recordId)
{
    using Result = Expected<qint64>;
    const Expected<FairDays> days = fairDays(db, fairId);
    if (!days)
        return Result::failure(days.message());
    QVariantMap values = worker;
    if (values.value(fields::worker::registeredOn).toString().isEmpty())
        values.insert(fields::worker::registeredOn, days->first.toString(Qt::ISODate));
    // What the ID number says, where the sign-in gave nothing else (the usual checks hold them to it).
    const ResidentIdCheck idCheck = checkResidentId(values.value(fields::worker::idNumber).toString());
    if (idCheck.ok()) {
        const ResidentIdInfo& info = *idCheck.info;
        values.insert(fields::worker::idNumber, info.number);
        if (values.value(fields::worker::gender).toString().isEmpty())
            values.insert(fields::worker::gender,
                          QLatin1String(info.gender == ResidentIdInfo::Gender::Male ? "M" : "F"));
        if (values.value(fields::worker::birthDate).toString().isEmpty())
            values.insert(fields::worker::birthDate, info.birthDate.toString(Qt::ISODate));
    }
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    RecordChange change = changeBetween(RecordKind::Worker, 0, {}, values);
    change.recordId = recordId; // a redo puts the person back under the id its undo freed
    change.note = JB_TR("Fairs", "added at a job fair").text();
    const Expected<qint64> id = applyRecordChange(db, change);
    if (!id)
        return id;
    if (auto q = run(db, QStringLiteral("UPDATE workers SET source_fair_id = ? WHERE id = ?"), {fairId, *id}); !q)
        return Result::failure(q.message());
    if (const Expected<bool> added = fairwriting::linkAttendee(db, fairId, *id, QVariant()); !added)
        return Result::failure(added.message());
    if (Status s = fairlinks::auditLink(db, "link", "fair_attendees", fairId, "worker_id", *id); !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return id;
}

Status removeFairAttendee(QSqlDatabase db, qint64 fairId, qint64 workerId)
{
    const Expected<QVariant> referred = value(
        db, QStringLiteral("SELECT 1 FROM referrals WHERE fair_id = ? AND worker_id = ? LIMIT 1"), {fairId, workerId});
    if (!referred)
        return Status::failure(referred.message());
    if (!referred->isNull())
        return Status::failure(JB_TR("Fairs", "This person has intentions or contracts made at the fair; remove "
                                              "them first"));
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    Expected<QSqlQuery> q =
        run(db, QStringLiteral("DELETE FROM fair_attendees WHERE fair_id = ? AND worker_id = ?"), {fairId, workerId});
    if (!q)
        return Status::failure(q.message());
    if (q->numRowsAffected() == 0)
        return Status::failure(JB_TR("Fairs", "This person is not recorded at the fair"));
    if (Status s = fairlinks::auditLink(db, "unlink", "fair_attendees", fairId, "worker_id", workerId); !s)
        return s;
    return tx.commit();
}

Expected<FairOutcomeResult> recordFairOutcome(QSqlDatabase db, qint64 fairId, qint64 workerId, qint64 vacancyId,
                                              FairOutcome outcome, QDate day)
{
    using Result = Expected<FairOutcomeResult>;
    const Expected<FairDays> days = fairDays(db, fairId);
    if (!days)
        return Result::failure(days.message());
    if (days->status == QLatin1String("planned"))
        return Result::failure(JB_TR("Fairs", "The fair is still planned; record intentions once it is held"));
    const QDate on = day.isValid() ? day : days->first;
    if (on < days->first || on > days->last)
        return Result::failure(JB_TR("Fairs", "The day must be one of the fair's days (%1 to %2)")
                                   .arg(days->first.toString(Qt::ISODate))
                                   .arg(days->last.toString(Qt::ISODate)));
    const Expected<QVariant> enterprise =
        value(db, QStringLiteral("SELECT enterprise_id FROM vacancies WHERE id = ?"), {vacancyId});
    if (!enterprise)
        return Result::failure(enterprise.message());
    if (enterprise->isNull())
        return Result::failure(JB_TR("Fairs", "Vacancy %1 does not exist").arg(vacancyId));
    const Expected<QVariant> worker = value(db, QStringLiteral("SELECT 1 FROM workers WHERE id = ?"), {workerId});
    if (!worker)
        return Result::failure(worker.message());
    if (worker->isNull())
        return Result::failure(JB_TR("Fairs", "Worker %1 does not exist").arg(workerId));

    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    if (auto q =
            run(db, QStringLiteral("INSERT OR IGNORE INTO fair_enterprises (fair_id, enterprise_id) VALUES (?, ?)"),
                {fairId, *enterprise});
        !q)
        return Result::failure(q.message());
    if (const Expected<bool> linked = fairwriting::linkAttendee(db, fairId, workerId, QVariant()); !linked)
        return Result::failure(linked.message());
    const fairwriting::OutcomeRow row{fairId,  workerId, vacancyId,        enterprise->toLongLong(),
                                      outcome, on,       currentOfficer(), QVariant()};
    const Expected<FairOutcomeResult> result = fairwriting::writeOutcome(db, row);
    if (!result)
        return result;
    if (result->changed)
        if (Status s =
                appendAudit(db, {result->created ? QStringLiteral("insert") : QStringLiteral("update"),
                                 QStringLiteral("referrals"), result->referralId, QStringLiteral("stage"), QVariant(),
                                 QLatin1String(outcome == FairOutcome::Contract ? "contract" : "intention"),
                                 QStringLiteral("job fair %1").arg(fairId)});
            !s)
            return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return result;
}

} // namespace jb::core
