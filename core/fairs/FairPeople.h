#pragma once
// The people recorded at a fair, linked to the worker list, and the intentions and contracts they reached there.
// One transaction per operation with its audit rows; refusals are Messages and write nothing.
//
// An intention at a fair is a referral (worker → post) at the stage "intention reached" with the fair as its
// source; a contract signed on site is one at "contract signed" (with its intention row on the same day, so the
// pipeline's funnel counts it once at each stage). They then move through the pipeline like any referral. A person
// with a referral to the same post already is not given a second one: that referral moves on instead.

#include "core/Expected.h"
#include "core/fairs/Fair.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVariantMap>

namespace jb::core {

// A worker of the list attended the fair. Refused if already recorded there.
Status addFairAttendee(QSqlDatabase db, qint64 fairId, qint64 workerId);
// A person not on the list yet (fields::worker as the worker dialog gives them) is added to it with the usual
// checks, the fair as source and the fair's first day as registration date (unless given), and attended it. Gender
// and birth date default to what the ID number says.
Expected<qint64> addNewFairAttendee(QSqlDatabase db, qint64 fairId, const QVariantMap& worker);
// Removes the person from the fair's people. Refused while they have referrals made at the fair.
Status removeFairAttendee(QSqlDatabase db, qint64 fairId, qint64 workerId);

struct FairOutcomeResult
{
    qint64 referralId = 0;
    bool created = false; // false: an existing referral to the same post was used
    bool changed = false; // false: it had reached the stage already (nothing written)
};

// Records that the worker reached an intention or signed a contract with the post at the fair, on `day` (invalid:
// the fair's first day; it must lie within the fair's days). The worker becomes an attendee and the post's
// enterprise a participant if they were not. Refused for a planned fair.
Expected<FairOutcomeResult> recordFairOutcome(QSqlDatabase db, qint64 fairId, qint64 workerId, qint64 vacancyId,
                                              FairOutcome outcome, QDate day = {});

} // namespace jb::core
