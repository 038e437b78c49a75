#pragma once
// The dashboard's one-week promise figures when due days are counted on working days (setting promise_day_kind,
// as the officer's promise list counts them: core/placement/Promise.h). The activity summary stores each waiting
// case on its calendar due day (registration + promise_days) and sorts the served ones into "in time" and "late"
// by calendar days; in working mode the figures are read from the same rows with the working-day rule:
// - a waiting case is overdue when its working due day is before today. The working due day never comes earlier
//   when the registration is later, so the overdue ones are exactly those stored before one calendar day, found by
//   walking back from today;
// - a working due day is never earlier than the calendar one, so only cases the summary counts as late can be in
//   time by working days: those served on or before their working due day move from late to in time.

#include "core/Expected.h"
#include "core/placement/HolidayCalendar.h"
#include "core/settings/PlacementSettings.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace jb::core::promisedays {

// Waiting cases stored (on their calendar due day) before the day returned are overdue on `today`.
QDate overdueCutoff(const PlacementSettings& settings, const HolidayCalendar& calendar, const QDate& today);

// Of the hardship cases of organisation `orgId`'s subtree first recommended in [from, to] after their calendar due
// day, how many were recommended on or before their working due day.
Expected<qint64> lateButInWorkingDays(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to,
                                      const PlacementSettings& settings, const HolidayCalendar& calendar);

// The workers counted by lateButInWorkingDays (the drill-down behind the figure lists them as in time).
Expected<QVector<qint64>> inTimeOnlyByWorkingDays(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to,
                                                  const PlacementSettings& settings, const HolidayCalendar& calendar);

} // namespace jb::core::promisedays
