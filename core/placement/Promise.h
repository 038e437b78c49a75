#pragma once
// The one-week promise (就业110) as the officer's list: every worker with a hardship category (reference data),
// the clock started at registration or at the recorded recognition of the hardship if that is later, due after
// `promise_days` calendar days or on the Nth working day (setting promise_day_kind, HolidayCalendar.h), and the
// state on the day asked for. Dates are local calendar dates: no time zone can move a deadline. Offers per person
// are counted against the settings (contacts × posts), and after enough declines the officer may record
// "unwilling for now", which stops the clock.

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/placement/HolidayCalendar.h"
#include "core/settings/PlacementSettings.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

namespace jb::core {

enum class PromiseState { Due, Overdue, Met, MetLate, Unwilling };
QString promiseStateKey(PromiseState state); // due, overdue, met, met_late, unwilling
Message promiseStateName(PromiseState state);

struct PromiseEntry
{
    qint64 workerId = 0;
    QString name;
    QDate start;
    QDate due;
    bool beyondCalendar = false; // due counted on weekdays only
    PromiseState state = PromiseState::Due;
    QDate servedOn;         // the first recommendation, if any
    int daysLeft = 0;       // due − today while waiting; due − the day served (or stopped) after; < 0 when late
    int contacts = 0;       // days with at least one recommendation
    int posts = 0;          // posts offered (referrals)
    bool offersMet = false; // contacts and posts reach the settings' numbers
    int declines = 0;
    bool mayRecordUnwilling = false;
};

struct PromiseList
{
    QDate today;
    PromiseDayKind dayKind = PromiseDayKind::Calendar;
    bool beyondCalendar = false;   // some due day was counted past the calendar's last year
    QVector<PromiseEntry> entries; // overdue first, then by due day
};

// The due day of a clock started on `start`.
DueDay promiseDue(const PlacementSettings& settings, const HolidayCalendar& calendar, const QDate& start);
// The state of a clock on `today` (pure: the tests check the rules on it).
void settlePromise(PromiseEntry& entry, const QDate& today, const QDate& unwillingOn);

// The clocks started from `since` (default: the last 30 days before `today`; the first recommendation is due within
// days, so older clocks are history the dashboard's figures count) up to `today`.
Expected<PromiseList> promiseList(QSqlDatabase db, QDate today = Clock::today(), QDate since = {});
inline constexpr int kPromiseListDays = 30;

// Records "unwilling for now" (audited, one transaction); refused before the declines setting is reached or for a
// worker without a hardship category. undoUnwilling removes it again (audited).
Status recordUnwilling(QSqlDatabase db, qint64 workerId, QDate on = Clock::today(), const QString& note = {});
Status undoUnwilling(QSqlDatabase db, qint64 workerId);

// Records the day a worker's hardship category was recognised (audited): the clock starts then if it is later than
// the registration.
Status setHardshipRecognised(QSqlDatabase db, qint64 workerId, const QString& categoryCode, const QDate& on);

} // namespace jb::core
