#include "core/warnings/WarningMarks.h"

#include "core/audit/AuditLog.h"
#include "core/placement/PlacementSql.h"
#include "core/storage/Transaction.h"

namespace jb::core {

using placementsql::run;

namespace {

bool countsTime(WarningSection section)
{
    return section == WarningSection::StaleWorkers || section == WarningSection::StaleEnterprises;
}

} // namespace

Expected<qint64> markHandled(QSqlDatabase db, const WarningRecord& record, const QString& reason, QDate on)
{
    using Result = Expected<qint64>;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Result::failure(JB_TR("Warnings", "Say why the warning is handled"));
    if (why.size() > kHandledReasonMaxLength)
        return Result::failure(JB_TR("Warnings", "The reason is at most %1 characters").arg(kHandledReasonMaxLength));
    if (!on.isValid() || on > Clock::today())
        return Result::failure(JB_TR("Warnings", "A warning is handled on a day that has come"));
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    const QString section = warningSectionKey(record.section);
    // Never NULL: the stale sections count time and keep no condition.
    const QString condition = record.condition.isEmpty() ? QStringLiteral("") : record.condition;
    const Expected<QVariant> same = placementsql::value(
        db,
        countsTime(record.section)
            ? QStringLiteral(
                  "SELECT count(*) FROM warning_marks WHERE section = ? AND subject_id = ? AND handled_on = ?")
            : QStringLiteral(
                  "SELECT count(*) FROM warning_marks WHERE section = ? AND subject_id = ? AND condition = ?"),
        {section, record.subjectId, countsTime(record.section) ? on.toString(Qt::ISODate) : condition});
    if (!same)
        return Result::failure(same.message());
    if (same->toInt() > 0)
        return Result::failure(JB_TR("Warnings", "This warning is already marked handled"));
    Expected<QSqlQuery> q =
        run(db,
            QStringLiteral("INSERT INTO warning_marks (section, subject_id, condition, handled_on, officer, reason, "
                           "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {section, record.subjectId, condition, on.toString(Qt::ISODate), currentOfficer(), why,
             placementsql::stampNow()});
    if (!q)
        return Result::failure(q.message());
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = appendAudit(db, {QStringLiteral("insert"),
                                    QStringLiteral("warning_marks"),
                                    id,
                                    QStringLiteral("handled"),
                                    {},
                                    QString(section + QLatin1Char(' ') + QString::number(record.subjectId)),
                                    why});
        !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return id;
}

Status undoHandled(QSqlDatabase db, qint64 markId)
{
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    const Expected<QVariant> what = placementsql::value(
        db, QStringLiteral("SELECT section || ' ' || subject_id FROM warning_marks WHERE id = ?"), {markId});
    if (!what)
        return Status::failure(what.message());
    if (what->isNull())
        return Status::failure(JB_TR("Warnings", "There is no handled mark %1").arg(markId));
    if (auto q = run(db, QStringLiteral("DELETE FROM warning_marks WHERE id = ?"), {markId}); !q)
        return Status::failure(q.message());
    if (Status s = appendAudit(db, {QStringLiteral("delete"),
                                    QStringLiteral("warning_marks"),
                                    markId,
                                    QStringLiteral("handled"),
                                    what->toString(),
                                    {},
                                    {}});
        !s)
        return s;
    return tx.commit();
}

Expected<QVector<HandledMark>> handledMarks(QSqlDatabase db, WarningSection section, qint64 subjectId)
{
    Expected<QSqlQuery> q =
        run(db,
            QStringLiteral("SELECT id, condition, handled_on, officer, reason FROM warning_marks "
                           "WHERE section = ? AND subject_id = ? ORDER BY handled_on DESC, id DESC"),
            {warningSectionKey(section), subjectId});
    if (!q)
        return Expected<QVector<HandledMark>>::failure(q.message());
    QVector<HandledMark> marks;
    while (q->next())
        marks.push_back({q->value(0).toLongLong(), section, subjectId, q->value(1).toString(),
                         QDate::fromString(q->value(2).toString(), Qt::ISODate), q->value(3).toString(),
                         q->value(4).toString()});
    return marks;
}

} // namespace jb::core
