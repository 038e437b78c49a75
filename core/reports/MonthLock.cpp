#include "core/reports/MonthLock.h"

#include "core/Message.h"
#include "core/audit/AuditLog.h"
#include "core/reports/MonthlyReport.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"
#include "core/targets/PeriodRepository.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace jb::core {

namespace {

const QString kColumns = QStringLiteral("s.id, s.org_id, p.name, s.submitted_at, s.submitted_by, s.unlocked_at, "
                                        "s.unlocked_by FROM report_submissions s JOIN periods p ON p.id = s.period_id");

Submission fromRow(const QSqlQuery& q)
{
    Submission s;
    s.id = q.value(0).toLongLong();
    s.orgId = q.value(1).toLongLong();
    s.monthName = q.value(2).toString();
    s.submittedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    s.submittedBy = q.value(4).toString();
    if (!q.value(5).isNull())
        s.unlockedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    s.unlockedBy = q.value(6).toString();
    return s;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Expected<std::optional<Submission>> activeSubmission(QSqlDatabase db, qint64 orgId, const QString& monthName)
{
    using Result = Expected<std::optional<Submission>>;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 WHERE s.org_id = ? AND p.name = ? AND s.unlocked_at IS NULL "
                             "ORDER BY s.id DESC LIMIT 1")
                  .arg(kColumns));
    q.addBindValue(orgId);
    q.addBindValue(monthName);
    if (!q.exec())
        return Result::failure(describeSqlError(q, QStringLiteral("report submissions")));
    if (!q.next())
        return std::optional<Submission>();
    return std::optional<Submission>(fromRow(q));
}

Expected<QVector<Submission>> submissions(QSqlDatabase db, qint64 orgId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 WHERE s.org_id = ? ORDER BY s.id DESC").arg(kColumns));
    q.addBindValue(orgId);
    if (!q.exec())
        return Expected<QVector<Submission>>::failure(describeSqlError(q, QStringLiteral("report submissions")));
    QVector<Submission> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Expected<QByteArray> submittedReportJson(QSqlDatabase db, qint64 submissionId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT figures_json FROM report_submissions WHERE id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec() || !q.next())
        return Expected<QByteArray>::failure(describeSqlError(q, QStringLiteral("report submissions")));
    return q.value(0).toString().toUtf8();
}

Status submitMonth(QSqlDatabase db, qint64 orgId, const QString& monthName, const QDate& today)
{
    PeriodRepository periods(db);
    const Expected<Period> month = periods.find(monthName);
    if (!month)
        return Status::failure(month.message());
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    const auto active = activeSubmission(db, orgId, month->name);
    if (!active)
        return Status::failure(active.message());
    if (*active)
        return Status::failure(
            JB_TR("Reports", "%1 was submitted on %2 by %3 and is locked; unlock it first to submit again.")
                .arg(monthTitle(month->start))
                .arg((*active)->submittedAt.toString(Qt::ISODate))
                .arg((*active)->submittedBy));
    const Expected<MonthlyReport> report = buildMonthlyReport(db, orgId, month->name, today);
    if (!report)
        return Status::failure(report.message());
    // The month must be a stored period for the submission to refer to.
    if (Status s = periods.ensureYear(month->start.year()); !s)
        return s;
    const Expected<Period> stored = periods.find(month->name);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO report_submissions (org_id, period_id, figures_json, submitted_at, "
                             "submitted_by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(orgId);
    q.addBindValue(stored->id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(monthlyReportToJson(*report)).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowUtc());
    q.addBindValue(currentOfficer());
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("report submissions")));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status s = appendAudit(db, {QStringLiteral("submit"),
                                    QStringLiteral("report_submissions"),
                                    id,
                                    QStringLiteral("period"),
                                    {},
                                    month->name,
                                    report->org.name});
        !s)
        return s;
    return tx.commit();
}

Status unlockMonth(QSqlDatabase db, qint64 orgId, const QString& monthName, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(JB_TR("Reports", "Give a reason for unlocking (it is recorded in the audit log)."));
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    const auto active = activeSubmission(db, orgId, monthName);
    if (!active)
        return Status::failure(active.message());
    if (!*active)
        return Status::failure(JB_TR("Reports", "%1 has no submitted report to unlock.").arg(monthName));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE report_submissions SET unlocked_at = ?, unlocked_by = ? WHERE id = ?"));
    q.addBindValue(nowUtc());
    q.addBindValue(currentOfficer());
    q.addBindValue((*active)->id);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("report submissions")));
    if (Status s = appendAudit(db, {QStringLiteral("unlock"),
                                    QStringLiteral("report_submissions"),
                                    (*active)->id,
                                    QStringLiteral("period"),
                                    monthName,
                                    {},
                                    reason.trimmed()});
        !s)
        return s;
    return tx.commit();
}

} // namespace jb::core
