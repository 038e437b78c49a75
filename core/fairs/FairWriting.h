#pragma once
// The writes shared by the fair operations (FairPeople.cpp) and the organiser's-sheet import, on the caller's
// transaction: no audit, no checks beyond what the SQL needs. Not for other folders.

#include "core/Expected.h"
#include "core/fairs/FairPeople.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVariant>

namespace jb::core::fairwriting {

struct OutcomeRow
{
    qint64 fairId = 0;
    qint64 workerId = 0;
    qint64 vacancyId = 0;
    qint64 enterpriseId = 0;
    FairOutcome outcome = FairOutcome::Intention;
    QDate day;
    QString officer;
    QVariant batchId; // the import batch, or null
};

// Records the worker at the fair; false when already recorded.
Expected<bool> linkAttendee(QSqlDatabase db, qint64 fairId, qint64 workerId, const QVariant& batchId);
// The referral for the worker and post: an existing one moves on to the outcome's stage, else a new one is made at
// the fair (see FairPeople.h).
Expected<FairOutcomeResult> writeOutcome(QSqlDatabase db, const OutcomeRow& row);

} // namespace jb::core::fairwriting
