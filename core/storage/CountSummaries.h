#pragma once
// Summaries that keep the services list's, the services totals' and early warning's counts fast on a million
// workers (schema v15, issue 14 "Speed"). Each is a small table of derived facts, kept exact by triggers in the same
// transaction as every change to the records it is derived from, so it can never go stale:
//   service_key_groups  each service under each key group of its person, in day order: the services list filtered
//                       by a key group reads its count and its windows from here instead of probing a group of
//                       550k people for each of 522k services.
//   service_previous    each service of a person, with the day of that person's previous service of the same kind
//                       (none: the first). The people (distinct) a kind served in [from, to] are the services in
//                       [from, to] whose previous one is before `from` — counted in an index, never sorted.
//   enterprise_demand   each enterprise's last visit (last demand snapshot, else the day it was entered), its last
//                       two snapshots' gaps and its open posts: the stale-enterprise and growing-gap warnings count
//                       these 100k rows instead of seeking each enterprise's snapshots and posts. With its unit and
//                       the first and last day it had demand recorded (a snapshot or a post), the dashboard's
//                       "enterprises visited" reads the enterprises first visited in the period from an index and
//                       seeks only those visited before it too (core/metrics/Progress.cpp).
// The triggers are AFTER triggers only and write nothing but these tables, so the records' own rules (and the
// activity summary's "no conflict clauses" rule, ActivitySummary.h) are untouched.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QStringList>

namespace jb::core::counts {

// Tables and indexes (the v15 migration).
QStringList schemaStatements();
// Recomputes every summary from the records (the migration, and bulk writers after they set the triggers aside).
QStringList fillStatements();
QStringList triggerStatements();
QStringList dropTriggerStatements();

// The statements as steps, for the v15 migration: tables, fill, triggers.
Status create(QSqlDatabase& db);

} // namespace jb::core::counts
