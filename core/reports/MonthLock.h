#pragma once
// The period lock: "Submit" stores a month's report as sent upward and locks it, so the month's report stays as
// sent; later edits to records dated in that month show as corrections in the following months' reports.
// Unlocking is explicit, needs a reason and is audited; the month is then counted from the records again until it
// is submitted anew.

#include "core/Expected.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace jb::core {

struct Submission
{
    qint64 id = 0;
    qint64 orgId = 0;
    QString monthName; // "2026-03"
    QDateTime submittedAt;
    QString submittedBy;
    std::optional<QDateTime> unlockedAt; // set: no longer the month's figures
    QString unlockedBy;
};

// The month's submission in force (submitted and not unlocked), if any.
Expected<std::optional<Submission>> activeSubmission(QSqlDatabase db, qint64 orgId, const QString& monthName);
// Every submission of the organisation, newest first (unlocked ones included).
Expected<QVector<Submission>> submissions(QSqlDatabase db, qint64 orgId);
// The report as stored when the submission was made (MonthlyReport JSON).
Expected<QByteArray> submittedReportJson(QSqlDatabase db, qint64 submissionId);

// Builds the month's report from the records on `today` and stores it as sent. Refused while the month is already
// submitted, or before the month has begun. One transaction with its audit entry.
Status submitMonth(QSqlDatabase db, qint64 orgId, const QString& monthName, const QDate& today);
// Unlocks the month's submission; `reason` is required and recorded in the audit log.
Status unlockMonth(QSqlDatabase db, qint64 orgId, const QString& monthName, const QString& reason);

} // namespace jb::core
