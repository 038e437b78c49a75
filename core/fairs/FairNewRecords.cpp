// Undo and redo of records created on the spot at a fair.

#include "core/fairs/FairNewRecords.h"

#include "core/editing/RecordChange.h"
#include "core/fairs/FairParticipation.h"
#include "core/fairs/FairPeople.h"
#include "core/fairs/FairSql.h"
#include "core/records/RecordFields.h"
#include "core/storage/Transaction.h"

namespace jb::core {

using fairsql::value;

namespace {

bool onTheSpotKind(RecordKind kind)
{
    return kind == RecordKind::Enterprise || kind == RecordKind::Vacancy || kind == RecordKind::Worker;
}

Message onlyOnTheSpotKinds()
{
    return JB_TR("Fairs", "Only an enterprise, a post or a person can be created at a fair");
}

Expected<bool> participates(QSqlDatabase db, qint64 fairId, qint64 enterpriseId)
{
    const Expected<QVariant> there =
        value(db, QStringLiteral("SELECT 1 FROM fair_enterprises WHERE fair_id = ? AND enterprise_id = ?"),
              {fairId, enterpriseId});
    if (!there)
        return Expected<bool>::failure(there.message());
    return !there->isNull();
}

// Adds (recordId 0) or puts back (its id) the record at the fair; returns its id.
Expected<qint64> add(QSqlDatabase db, const FairNewRecord& r, qint64 recordId)
{
    switch (r.kind) {
    case RecordKind::Enterprise:
        return addNewFairEnterprise(db, r.fairId, r.values, recordId);
    case RecordKind::Vacancy:
        return addNewFairPost(db, r.fairId, r.values, r.publicWelfare, recordId);
    case RecordKind::Worker:
        return addNewFairAttendee(db, r.fairId, r.values, recordId);
    default:
        return Expected<qint64>::failure(onlyOnTheSpotKinds());
    }
}

// Refuses when the record is linked to a fair other than the one it was created at (a later link elsewhere).
Status notAtOtherFairs(QSqlDatabase db, const FairNewRecord& r)
{
    const char* sql = r.kind == RecordKind::Vacancy ? "SELECT 1 FROM fair_posts WHERE vacancy_id = ? AND fair_id <> ?"
                      : r.kind == RecordKind::Worker
                          ? "SELECT 1 FROM fair_attendees WHERE worker_id = ? AND fair_id <> ?"
                          : "SELECT 1 FROM fair_enterprises WHERE enterprise_id = ? AND fair_id <> ?";
    const Expected<QVariant> found = value(db, QString::fromLatin1(sql), {r.recordId, r.fairId});
    if (!found)
        return Status::failure(found.message());
    if (!found->isNull())
        return Status::failure(JB_TR("Fairs", "It has been recorded at another fair since; remove it there first"));
    return {};
}

// The fair's link to the record goes (refused while referrals made at the fair name it).
Status unlink(QSqlDatabase db, const FairNewRecord& r)
{
    switch (r.kind) {
    case RecordKind::Enterprise:
        return removeFairEnterprise(db, r.fairId, r.recordId);
    case RecordKind::Vacancy: {
        const qint64 enterprise = r.values.value(fields::vacancy::enterprise).toLongLong();
        if (Status s = detachFairPost(db, r.fairId, r.recordId); !s)
            return s;
        return r.enterpriseJoined ? removeFairEnterprise(db, r.fairId, enterprise) : Status();
    }
    default:
        return removeFairAttendee(db, r.fairId, r.recordId);
    }
}

} // namespace

Expected<FairNewRecord> addNewFairRecord(QSqlDatabase db, qint64 fairId, RecordKind kind, const QVariantMap& values,
                                         bool publicWelfare)
{
    using Result = Expected<FairNewRecord>;
    FairNewRecord r{kind, fairId, 0, values, publicWelfare, false};
    if (!onTheSpotKind(kind))
        return Result::failure(onlyOnTheSpotKinds());
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    if (kind == RecordKind::Vacancy) {
        const Expected<bool> there = participates(db, fairId, values.value(fields::vacancy::enterprise).toLongLong());
        if (!there)
            return Result::failure(there.message());
        r.enterpriseJoined = !*there;
    }
    const Expected<qint64> id = add(db, r, 0);
    if (!id)
        return Result::failure(id.message());
    r.recordId = *id;
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return r;
}

Status undoNewFairRecord(QSqlDatabase db, const FairNewRecord& record)
{
    if (!onTheSpotKind(record.kind) || record.recordId <= 0)
        return Status::failure(onlyOnTheSpotKinds());
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    if (Status s = unlink(db, record); !s)
        return s;
    if (Status s = notAtOtherFairs(db, record); !s)
        return s;
    // The record goes as the officer's removal would: refused while referrals, services or posts name it.
    Expected<RecordChange> removal = deletionOf(db, record.kind, record.recordId);
    if (!removal)
        return Status::failure(removal.message());
    removal->note = JB_TR("Fairs", "undone: added at a job fair").text();
    if (const Expected<qint64> removed = applyRecordChange(db, *removal); !removed)
        return Status::failure(removed.message());
    return tx.commit();
}

Status redoNewFairRecord(QSqlDatabase db, const FairNewRecord& record)
{
    if (!onTheSpotKind(record.kind) || record.recordId <= 0)
        return Status::failure(onlyOnTheSpotKinds());
    const Expected<qint64> id = add(db, record, record.recordId);
    return id ? Status() : Status::failure(id.message());
}

} // namespace jb::core
