#pragma once
// Records created on the spot at a fair, as the 招聘会 page's undo and redo need them: a new enterprise that joins
// the fair, a new post of a participating enterprise (it joins the demand list with the fair as its source), a new
// person registered at the fair (the worker list, the fair as source, its day as registration date).
// addNewFairRecord makes one through addNewFairEnterprise / addNewFairPost / addNewFairAttendee and remembers what
// it needs to take it back; undoNewFairRecord takes it back (the fair's link and the record, with their audit rows,
// in one transaction) and refuses, writing nothing, when something now hangs on it (a referral, a service, another
// fair, a post of the enterprise); redoNewFairRecord puts it back under the same id, so later changes that name it
// still find it.

#include "core/Expected.h"
#include "core/records/RecordKind.h"

#include <QSqlDatabase>
#include <QVariantMap>

namespace jb::core {

struct FairNewRecord
{
    RecordKind kind = RecordKind::Enterprise; // Enterprise, Vacancy (a post) or Worker (a person)
    qint64 fairId = 0;
    qint64 recordId = 0;
    QVariantMap values;            // field id → value, as the record's dialog gave them (core/records/RecordFields.h)
    bool publicWelfare = false;    // a post: marked public-welfare at the fair
    bool enterpriseJoined = false; // a post: its enterprise was not a participant before
};

// Creates the record at the fair in one transaction (the usual checks and audit). Refused for any other kind.
Expected<FairNewRecord> addNewFairRecord(QSqlDatabase db, qint64 fairId, RecordKind kind, const QVariantMap& values,
                                         bool publicWelfare = false);
// Takes the record back: it leaves the fair and the list. Refused with the reason when something now hangs on it.
Status undoNewFairRecord(QSqlDatabase db, const FairNewRecord& record);
// Puts the record back under its id, at the fair, as addNewFairRecord made it.
Status redoNewFairRecord(QSqlDatabase db, const FairNewRecord& record);

} // namespace jb::core
