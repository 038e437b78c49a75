#pragma once
// Marking a warning handled (标记已处理): who and why, in one audited transaction, undone by deleting the mark (also
// audited). The mark hides the warning until its condition returns, per section:
//   promise            the clock's state and start: a promise handled while due returns once it is overdue, and a
//                      clock that starts again (a later recognition) returns
//   followups          the check's months: the next check (e.g. 6 months after 3) returns when it falls due
//   stale_referrals    the stage and its day: a referral that moves on and goes stale at its new stage returns
//   stale_workers      the day handled counts as a contact: the worker returns when stale_worker_days pass again
//                      with neither a contact nor another mark
//   stale_enterprises  the same with visits and stale_enterprise_days
//   flags              the enterprise's newest flag: a handled flag returns when a new flag is raised on the same
//                      enterprise (resolving a flag takes it off the page anyway)
//   gap_growing        the last demand snapshot: a newer snapshot whose gap grew again returns
// The dashboard's counts and the page's records leave the handled warnings out (Warnings.h).

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/warnings/Warnings.h"

#include <QSqlDatabase>

namespace jb::core {

struct HandledMark
{
    qint64 id = 0;
    WarningSection section = WarningSection::Promise;
    qint64 subjectId = 0;
    QString condition;
    QDate handledOn;
    QString officer;
    QString reason;
};

inline constexpr int kHandledReasonMaxLength = 200;

// Marks `record` handled on `on` with the officer's reason (required, at most 200 characters); returns the mark's
// id. Refused if the same warning is already marked for the same condition.
Expected<qint64> markHandled(QSqlDatabase db, const WarningRecord& record, const QString& reason,
                             QDate on = Clock::today());
// Takes a mark back (the undo of markHandled): the warning shows again if its condition still holds.
Status undoHandled(QSqlDatabase db, qint64 markId);
// The marks of one subject in a section, newest first (who handled it, when and why).
Expected<QVector<HandledMark>> handledMarks(QSqlDatabase db, WarningSection section, qint64 subjectId);

} // namespace jb::core
