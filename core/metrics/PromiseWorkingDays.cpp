#include "core/metrics/PromiseWorkingDays.h"

#include "core/storage/ActivitySummary.h"
#include "core/storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jb::core::promisedays {

namespace {

// Far more than a promise can span (promise_days working days with the longest holidays): the walk stops there.
constexpr int kLongestWalk = 400;

DueDay workingDue(const PlacementSettings& settings, const HolidayCalendar& calendar, const QDate& start)
{
    return calendar.nthWorkingDayAfter(start, settings.promiseDays);
}

} // namespace

QDate overdueCutoff(const PlacementSettings& settings, const HolidayCalendar& calendar, const QDate& today)
{
    if (settings.promiseDayKind == PromiseDayKind::Calendar)
        return today;
    // The latest registration whose working due day is before today; the next day's case is not overdue yet.
    QDate registered = today.addDays(-1);
    for (int i = 0; i < kLongestWalk && workingDue(settings, calendar, registered).day >= today; ++i)
        registered = registered.addDays(-1);
    return registered.addDays(settings.promiseDays + 1);
}

Expected<QVector<qint64>> inTimeOnlyByWorkingDays(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to,
                                                  const PlacementSettings& settings, const HolidayCalendar& calendar)
{
    using Result = Expected<QVector<qint64>>;
    if (settings.promiseDayKind == PromiseDayKind::Calendar || to < from)
        return QVector<qint64>();
    // The workers recommended in the period (by the stage's date index), their first recommendation ever (the
    // summary's served day), kept when that is in the period and after the calendar due day.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral(
            "SELECT w.registered_on, f.served, w.id FROM (SELECT r.worker_id, min(s.occurred_on) AS served FROM "
            "referrals r "
            "CROSS JOIN referral_stages s ON s.referral_id = r.id AND s.stage = 'recommended' WHERE r.worker_id IN "
            "(SELECT r2.worker_id FROM referral_stages s2 CROSS JOIN referrals r2 ON r2.id = s2.referral_id WHERE "
            "s2.stage = 'recommended' AND s2.occurred_on BETWEEN ? AND ?) GROUP BY r.worker_id) f "
            "CROSS JOIN workers w ON w.id = f.worker_id WHERE f.served BETWEEN ? AND ? AND f.served > %1 "
            "AND EXISTS (SELECT 1 FROM worker_hardships h WHERE h.worker_id = w.id) "
            "AND w.org_id IN (SELECT org_id FROM organisation_tree WHERE ancestor_id = ?)")
            .arg(summary::promiseDueExpression(QStringLiteral("w.registered_on")));
    const QString first = from.toString(Qt::ISODate), last = to.toString(Qt::ISODate);
    if (!q.prepare(sql))
        return Result::failure(describeSqlError(q.lastError(), QStringLiteral("one-week promise")));
    for (const QVariant& v : {QVariant(first), QVariant(last), QVariant(first), QVariant(last), QVariant(orgId)})
        q.addBindValue(v);
    if (!q.exec())
        return Result::failure(describeSqlError(q.lastError(), QStringLiteral("one-week promise")));
    QVector<qint64> inTime;
    while (q.next()) {
        const QDate registered = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const QDate served = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (registered.isValid() && served <= workingDue(settings, calendar, registered).day)
            inTime << q.value(2).toLongLong();
    }
    return inTime;
}

Expected<qint64> lateButInWorkingDays(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to,
                                      const PlacementSettings& settings, const HolidayCalendar& calendar)
{
    const Expected<QVector<qint64>> workers = inTimeOnlyByWorkingDays(db, orgId, from, to, settings, calendar);
    if (!workers)
        return Expected<qint64>::failure(workers.message());
    return qint64(workers->size());
}

} // namespace jb::core::promisedays
