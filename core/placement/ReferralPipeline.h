#pragma once
// The referral pipeline's operations, shared by the CLI, the coming 推荐就业 page and the tests: start a referral
// (worker → post), move it along the transition table (ReferralStage.h), correct it backwards, end it by a side
// exit, and close a person's other open referrals as "hired elsewhere" once the officer confirms. Every operation
// is one transaction, records the officer (the `officer` setting) and the time, writes an audit row, and returns
// what undoes it (ReferralUndo.h). The summary triggers move the dashboard's figures in the same transaction.

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/placement/ReferralStage.h"
#include "core/placement/ReferralUndo.h"

#include <QDate>
#include <QSqlDatabase>
#include <optional>

namespace jb::core {

// A contract's terms: it starts on `startsOn` (the day it was signed when not given).
struct ContractTerms
{
    QDate startsOn;
    std::optional<int> monthlyWage;
    std::optional<int> termMonths;
};

struct ReferralChange
{
    qint64 referralId = 0;
    bool correction = false; // moved backwards
    ReferralUndo undo;
    // After a contract: the person's other open referrals (the caller offers to close them as hired elsewhere,
    // since two part-time jobs are legitimate), and the post's hired count (its contracts) against its headcount.
    QVector<qint64> otherOpenReferrals;
    qint64 vacancyId = 0;
    int hired = 0;
    int headcount = 0;
    bool postFilled = false; // an open post whose headcount is reached: the caller offers to close it
};

// Refused for an unknown worker, a post that is not open, a day after today, and when the person already has an
// open referral to that post.
Expected<ReferralChange> startReferral(QSqlDatabase db, qint64 workerId, qint64 vacancyId, QDate on = Clock::today());

// Moves a referral to `to` on `on`. Forward moves follow the transition table; `Left` needs a reason from the
// leave reasons; `Contract` records its terms. A stage earlier than the current one, or the current one of a
// referral that ended by a side exit, is a correction: the later stages (and the exit) are removed and the figures
// follow. Refused for a day before the current stage's day (for a move forward) or after today.
Expected<ReferralChange> moveReferral(QSqlDatabase db, qint64 referralId, ReferralStage to, QDate on,
                                      const QString& reasonCode = {}, const ContractTerms& terms = {});

// Ends a referral that has no contract yet; the reason must be an active value of the exit's reason list.
Expected<ReferralChange> exitReferral(QSqlDatabase db, qint64 referralId, ReferralExit exit, QDate on,
                                      const QString& reasonCode);

// Closes the given open referrals as hired elsewhere (the officer confirmed the offer made after a contract).
Expected<ReferralChange> closeAsHiredElsewhere(QSqlDatabase db, const QVector<qint64>& referralIds, QDate on);

// The worker whose resident ID number is `idNumber` (as typed: spaces, full-width digits and a lower-case x are
// normalised). Refused when there is none.
Expected<qint64> findWorkerByIdNumber(QSqlDatabase db, const QString& idNumber);

// True when `code` is an active (not retired) value of the reference list `list`.
Expected<bool> activeReason(QSqlDatabase db, const QString& list, const QString& code);

} // namespace jb::core
