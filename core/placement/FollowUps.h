#pragma once
// What needs the officer's attention after a referral is made: retention checks due at the follow-up months after
// a contract starts (settings follow_up_months, default 3 and 6), and stale referrals with no change for
// stale_days at their stage (default 14). A check records still employed, left (with a reason: it records the
// departure, so stable employment follows), or could not be reached (the check stays due).

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/placement/ReferralPipeline.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace jb::core {

struct FollowUpDue
{
    qint64 referralId = 0;
    qint64 workerId = 0;
    QString workerName;
    QString enterpriseName;
    QString postTitle;
    QDate contractStart;
    int months = 0;   // the check that is due (3, 6, ...)
    QDate dueOn;      // contract start + months
    int attempts = 0; // earlier checks that could not reach the person
};

struct StaleReferral
{
    qint64 referralId = 0;
    qint64 workerId = 0;
    QString workerName;
    QString postTitle;
    QString stage; // the stage key
    QDate stageOn;
    int daysAtStage = 0;
};

// Checks due on or before `today` for contracts with no departure and no conclusive check at those months.
Expected<QVector<FollowUpDue>> followUpsDue(QSqlDatabase db, QDate today = Clock::today());
// Open referrals (before a contract, no exit) whose stage has not changed for the stale days.
Expected<QVector<StaleReferral>> staleReferrals(QSqlDatabase db, QDate today = Clock::today());

enum class CheckOutcome { StillEmployed, Left, NotReached };
QString checkOutcomeKey(CheckOutcome outcome); // employed, left, unreached

// Records a retention check of a contract (one transaction, audited, undoable with undoReferralChange). `Left`
// needs a reason from the leave reasons and records the departure on `on`.
Expected<ReferralChange> recordRetentionCheck(QSqlDatabase db, qint64 referralId, int months, CheckOutcome outcome,
                                              QDate on, const QString& reasonCode = {});

} // namespace jb::core
