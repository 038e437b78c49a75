#pragma once
// The working-day calendar of the one-week promise: Chinese public holidays with their make-up working days (调休),
// shipped from resources/reference/holidays-cn (State Council notices, 2023–2026) and editable by the officer (the
// next year each winter, a corrected day). A day listed as off is not worked although a weekday; a day listed as a
// make-up day is worked although a Saturday or Sunday; other days follow the ordinary week. Beyond the last year
// the calendar knows, only weekdays count, and the answer says so.

#include "core/Expected.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

namespace jb::core {

struct DueDay
{
    QDate day;
    bool beyondCalendar = false; // counted on weekdays only past the last known year
};

class HolidayCalendar final
{
public:
    // The calendar of the file (table holidays).
    static Expected<HolidayCalendar> load(QSqlDatabase db);
    HolidayCalendar() = default;

    // Sets a day's status (tests and load()).
    void set(const QDate& day, bool off) { m_days.insert(day, off); }
    int lastKnownYear() const { return m_lastYear; }
    bool isWorkingDay(const QDate& day) const;
    // The `n`th working day after `start` (the start day itself never counts).
    DueDay nthWorkingDayAfter(const QDate& start, int n) const;

private:
    QHash<QDate, bool> m_days; // day → off (true) or make-up working day (false)
    int m_lastYear = 0;
};

// Adds or corrects a day of the file's calendar (audited, one transaction): `off` true for a holiday, false for a
// make-up working day. Refused for an invalid day or an empty name.
Status setHoliday(QSqlDatabase db, const QDate& day, const QString& name, bool off);
// Removes an officer's or a shipped entry, so the day follows the ordinary week again (audited).
Status removeHoliday(QSqlDatabase db, const QDate& day);

} // namespace jb::core
