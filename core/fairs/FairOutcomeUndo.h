#pragma once
// Taking back an intention or contract recorded at a fair (the 招聘会 page's undo). recordFairOutcome
// (FairPeople.h) may make a referral or move an existing one on, and may link the person and the post's enterprise
// to the fair; recordUndoableFairOutcome remembers what was there before, in the same transaction, and
// undoFairOutcome puts exactly that back with its audit rows. Both refuse, writing nothing, when the referral has
// moved on since (a later stage recorded), so an undo never erases later work.

#include "core/Expected.h"
#include "core/fairs/FairPeople.h"

#include <QDate>
#include <QSqlDatabase>

namespace jb::core {

struct FairOutcomeUndo
{
    qint64 fairId = 0;
    qint64 workerId = 0;
    qint64 vacancyId = 0;
    qint64 enterpriseId = 0;
    FairOutcomeResult result;
    QString stageBefore; // the referral's stage before (empty when it was made here)
    QDate stageOnBefore;
    qint64 lastStageRowBefore = 0; // referral_stages ids above this were written by the outcome
    bool attendeeAdded = false;    // the person was not recorded at the fair before
    bool enterpriseAdded = false;  // the post's enterprise was not a participant before
};

// recordFairOutcome, remembering what it changed.
Expected<FairOutcomeUndo> recordUndoableFairOutcome(QSqlDatabase db, qint64 fairId, qint64 workerId, qint64 vacancyId,
                                                    FairOutcome outcome, QDate day = {});
// Puts back what `undo` remembers: removes a referral it made (or the stages it added to an existing one, and its
// stage as it was), and the person's and enterprise's links it added.
Status undoFairOutcome(QSqlDatabase db, const FairOutcomeUndo& undo);

} // namespace jb::core
