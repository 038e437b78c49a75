#include "core/placement/HolidayCalendar.h"

#include "core/audit/AuditLog.h"
#include "core/placement/PlacementSql.h"
#include "core/storage/Transaction.h"

#include <algorithm>
namespace jb::core {

using placementsql::run;

Expected<HolidayCalendar> HolidayCalendar::load(QSqlDatabase db)
{
    Expected<QSqlQuery> q = run(db, QStringLiteral("SELECT day, is_off_day FROM holidays"));
    if (!q)
        return Expected<HolidayCalendar>::failure(q.message());
    HolidayCalendar c;
    while (q->next()) {
        const QDate day = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        if (day.isValid())
            c.set(day, q->value(1).toInt() == 1);
    }
    // The last year the calendar covers: the latest year with at least one off day in it (a new year's first
    // holiday is listed from the last day of the year before, as 2022-12-31 for 2023's New Year).
    for (auto it = c.m_days.cbegin(); it != c.m_days.cend(); ++it)
        if (it.value())
            c.m_lastYear = std::max(c.m_lastYear, it.key().year());
    return c;
}

bool HolidayCalendar::isWorkingDay(const QDate& day) const
{
    const auto it = m_days.constFind(day);
    if (it != m_days.cend())
        return !it.value();
    return day.dayOfWeek() <= 5;
}

DueDay HolidayCalendar::nthWorkingDayAfter(const QDate& start, int n) const
{
    DueDay due;
    QDate day = start;
    int counted = 0;
    while (counted < n) {
        day = day.addDays(1);
        if (day.year() > m_lastYear)
            due.beyondCalendar = true;
        if (isWorkingDay(day))
            ++counted;
    }
    due.day = day;
    return due;
}

Status setHoliday(QSqlDatabase db, const QDate& day, const QString& name, bool off)
{
    if (!day.isValid())
        return Status::failure(JB_TR("Placement", "The day is missing or not a date"));
    if (name.trimmed().isEmpty())
        return Status::failure(JB_TR("Placement", "A holiday needs a name (e.g. 春节)"));
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    const QString iso = day.toString(Qt::ISODate);
    const Expected<QVariant> before =
        placementsql::value(db, QStringLiteral("SELECT is_off_day FROM holidays WHERE day = ?"), {iso});
    if (!before)
        return Status::failure(before.message());
    Expected<QSqlQuery> q = before->isNull()
                                ? run(db,
                                      QStringLiteral("INSERT INTO holidays (day, name, is_off_day, source) VALUES (?, "
                                                     "?, ?, 'officer')"),
                                      {iso, name.trimmed(), off ? 1 : 0})
                                : run(db,
                                      QStringLiteral("UPDATE holidays SET name = ?, is_off_day = ?, source = 'officer' "
                                                     "WHERE day = ?"),
                                      {name.trimmed(), off ? 1 : 0, iso});
    if (!q)
        return Status::failure(q.message());
    if (Status s = appendAudit(db, {before->isNull() ? QStringLiteral("insert") : QStringLiteral("update"),
                                    QStringLiteral("holidays"), 0, iso, *before, off ? 1 : 0, name.trimmed()});
        !s)
        return s;
    return tx.commit();
}

Status removeHoliday(QSqlDatabase db, const QDate& day)
{
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    const QString iso = day.toString(Qt::ISODate);
    const Expected<QVariant> before =
        placementsql::value(db, QStringLiteral("SELECT is_off_day FROM holidays WHERE day = ?"), {iso});
    if (!before)
        return Status::failure(before.message());
    if (before->isNull())
        return Status::failure(JB_TR("Placement", "%1 is not in the holiday calendar").arg(iso));
    if (auto q = run(db, QStringLiteral("DELETE FROM holidays WHERE day = ?"), {iso}); !q)
        return Status::failure(q.message());
    if (Status s = appendAudit(db, {QStringLiteral("delete"), QStringLiteral("holidays"), 0, iso, *before, {}, {}}); !s)
        return s;
    return tx.commit();
}

} // namespace jb::core
