#pragma once
// The daily activity summary (schema v2): `activity_daily` holds, per metric, key group (0 = everyone),
// organisation subtree and day, how many events happened — referral stages reached, stable employment by the
// configured rule, services, jobs collected, one-week-promise outcomes. Triggers on the record tables keep it
// exact in the same transaction as every change, so it can never go stale; the dashboard reads it instead of
// joining a million workers. Rows are kept for every ancestor of the organisation a record belongs to, so an
// organisation's figure is one row per day whatever the depth of its tree.
//
// Writers must not use conflict clauses (OR IGNORE, OR REPLACE, ON CONFLICT) on referral_stages, referrals,
// workers (updates), services, vacancies or enterprises: a BEFORE trigger would fire for a row that is then
// skipped. The link tables (key groups, hardship categories) are written with OR IGNORE by the importer, so their
// triggers are AFTER-only.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QStringList>

namespace jb::core::summary {

// Tables, views and indexes of the summary (run once by the v2 migration).
QStringList schemaStatements();
// The triggers that keep the summary exact.
QStringList triggerStatements();

// SQL for the day a contract signed on `contractDay` has lasted `months` calendar months (an SQL expression
// each); the 31st plus one month is the last day of the next month, as QDate::addMonths counts.
QString stableDayExpression(const QString& contractDay, const QString& months);
// SQL for the configured months (setting stable_months, default 3).
QString stableMonthsExpression();

// SQL for the promise days (setting promise_days, default 7), the day a worker registered in `registered` is due
// a first recommendation, and the day of the first recommendation of the worker whose id is `worker` (NULL while
// there is none): the one-week promise as the summary, the drill-down and the worker detail count it.
QString promiseDaysExpression();
QString promiseDueExpression(const QString& registered);
QString firstRecommendationExpression(const QString& worker);

// Recomputes the whole summary from the records. Call inside a transaction.
Status rebuild(QSqlDatabase& db);

// After a bulk load into a worker list that was empty (the importer sets the triggers on workers and their links
// aside): adds what the loaded workers count for on their own, the one-week promise. Workers that are new have no
// referrals or services yet, so this is everything the triggers would have added.
QString addLoadedWorkersStatement();

// Bulk writers (the demo generator) drop the triggers, write, then rebuild and put the triggers back, all inside
// their own transaction: per-row maintenance of millions of rows costs more than one rebuild.
Status dropTriggers(QSqlDatabase& db);
Status createTriggers(QSqlDatabase& db);

} // namespace jb::core::summary
