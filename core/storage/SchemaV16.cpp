// Schema version 16: each worker's part of the one-week promise order (issue 17 item 3: the worker list sorted by
// the promise, any window ≤ 300 ms at 1M workers; bench/workers_list.sh). The list shows the hardship cases overdue,
// waiting, served late and served in time, then everyone else; finding a part's size or a window in the middle of
// a part tested every person (a probe into worker_hardships and one into the referrals and their stages): 345–400 ms
// for a middle window or the migrant workers' first window.
//
// `worker_promise_parts` holds one row per worker: the part that does not depend on today (0 not served yet, 2
// served late, 3 served in time, 4 not a hardship case — WorkerFilter.h's PromiseState numbers) and, for a hardship
// case, the due day (registration + promise_days, as the summary counts it). Today only splits part 0 into overdue
// (due day passed, or no due day) and waiting, by the due day kept in the index. The list's promise follows the
// summary's rule (calendar days from registration, docs/metrics.md), so the day kind and the holidays, which only the
// officer's promise list and the dashboard follow, change nothing stored here.
//
// Triggers keep it right whoever writes the records: a worker added, re-dated, merged away or deleted; a hardship
// category added or removed; a recommendation recorded, corrected, undone or redone (referral_stages), a referral
// removed or moved to another person by a merge; the promise days changed. The upgrade fills it for existing files.
// The index gives each part as a range in worker-id order (the list's order within a part), with the due day in it.

#include "core/storage/ActivitySummary.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

namespace jb::core::schema {

namespace {

// The stored part and due day of the workers `who` selects (ids, or a SELECT of ids), recounted from the records;
// workers no longer on file lose their row. `hardshipOnly`: only hardship cases can have changed (a recommendation).
QString recount(const QString& who, bool hardshipOnly = false)
{
    const QString first = summary::firstRecommendationExpression(QStringLiteral("w.id"));
    const QString due = summary::promiseDueExpression(QStringLiteral("w.registered_on"));
    const QString hardship = QStringLiteral("EXISTS (SELECT 1 FROM worker_hardships x WHERE x.worker_id = w.id)");
    QString sql = QStringLiteral("INSERT OR REPLACE INTO worker_promise_parts (worker_id, part, due_on) SELECT w.id, "
                                 "CASE WHEN NOT %1 THEN 4 WHEN %2 IS NULL THEN 0 WHEN %2 <= %3 THEN 3 ELSE 2 END, "
                                 "CASE WHEN %1 THEN %3 END FROM workers w WHERE w.id IN (%4)%5;")
                      .arg(hardship, first, due, who, hardshipOnly ? QStringLiteral(" AND ") + hardship : QString());
    if (!hardshipOnly)
        sql.prepend(QStringLiteral("DELETE FROM worker_promise_parts WHERE worker_id IN (%1) AND NOT EXISTS (SELECT 1 "
                                   "FROM workers WHERE id = worker_promise_parts.worker_id); ")
                        .arg(who));
    return sql;
}

QString workerOf(const char* referral)
{
    return QStringLiteral("SELECT worker_id FROM referrals WHERE id = %1").arg(QLatin1String(referral));
}

QString trigger(const char* name, const char* event, const QString& body)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 BEGIN %3 END")
        .arg(QLatin1String(name), QLatin1String(event), body);
}

const char* const kTriggerNames[] = {
    "promise_parts_worker_insert",   "promise_parts_worker_update",   "promise_parts_worker_delete",
    "promise_parts_hardship_insert", "promise_parts_hardship_delete", "promise_parts_hardship_update",
    "promise_parts_stage_insert",    "promise_parts_stage_delete",    "promise_parts_stage_update",
    "promise_parts_referral_delete", "promise_parts_referral_moved",  "promise_parts_days_insert",
    "promise_parts_days_update",     "promise_parts_days_delete",
};

} // namespace

QStringList promisePartTriggerStatements()
{
    const QString everyCase = QStringLiteral("SELECT worker_id FROM worker_hardships");
    return {
        trigger("promise_parts_worker_insert", "INSERT ON workers", recount(QStringLiteral("NEW.id"))),
        trigger("promise_parts_worker_update", "UPDATE OF id, registered_on ON workers",
                recount(QStringLiteral("OLD.id, NEW.id"))),
        trigger("promise_parts_worker_delete", "DELETE ON workers",
                QStringLiteral("DELETE FROM worker_promise_parts WHERE worker_id = OLD.id;")),
        trigger("promise_parts_hardship_insert", "INSERT ON worker_hardships",
                recount(QStringLiteral("NEW.worker_id"))),
        trigger("promise_parts_hardship_delete", "DELETE ON worker_hardships",
                recount(QStringLiteral("OLD.worker_id"))),
        trigger("promise_parts_hardship_update", "UPDATE OF worker_id ON worker_hardships",
                recount(QStringLiteral("OLD.worker_id, NEW.worker_id"))),
        trigger("promise_parts_stage_insert", "INSERT ON referral_stages WHEN NEW.stage = 'recommended'",
                recount(workerOf("NEW.referral_id"), true)),
        trigger("promise_parts_stage_delete", "DELETE ON referral_stages WHEN OLD.stage = 'recommended'",
                recount(workerOf("OLD.referral_id"), true)),
        trigger("promise_parts_stage_update",
                "UPDATE OF referral_id, stage, occurred_on ON referral_stages WHEN OLD.stage = 'recommended' OR "
                "NEW.stage = 'recommended'",
                recount(workerOf("OLD.referral_id") + QStringLiteral(" UNION ") + workerOf("NEW.referral_id"), true)),
        trigger("promise_parts_referral_delete", "DELETE ON referrals", recount(QStringLiteral("OLD.worker_id"), true)),
        trigger("promise_parts_referral_moved",
                "UPDATE OF worker_id ON referrals WHEN NEW.worker_id IS NOT "
                "OLD.worker_id",
                recount(QStringLiteral("OLD.worker_id, NEW.worker_id"), true)),
        trigger("promise_parts_days_insert", "INSERT ON settings WHEN NEW.key = 'promise_days'",
                recount(everyCase, true)),
        trigger("promise_parts_days_update",
                "UPDATE ON settings WHEN NEW.key = 'promise_days' OR OLD.key = "
                "'promise_days'",
                recount(everyCase, true)),
        trigger("promise_parts_days_delete", "DELETE ON settings WHEN OLD.key = 'promise_days'",
                recount(everyCase, true)),
    };
}

QStringList dropPromisePartTriggerStatements()
{
    QStringList drops;
    for (const char* name : kTriggerNames)
        drops << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name));
    return drops;
}

QStringList promisePartFillStatements()
{
    // Everyone first as "not a hardship case" (one pass over the workers, no probe), then the hardship cases.
    return {
        QStringLiteral("DELETE FROM worker_promise_parts"),
        QStringLiteral("INSERT INTO worker_promise_parts (worker_id, part, due_on) SELECT id, 4, NULL FROM workers"),
        recount(QStringLiteral("SELECT DISTINCT worker_id FROM worker_hardships"), true).chopped(1),
    };
}

Status upgradeToVersion16(QSqlDatabase& db)
{
    QStringList statements{QStringLiteral("CREATE TABLE worker_promise_parts (worker_id INTEGER PRIMARY KEY, part "
                                          "INTEGER NOT NULL, due_on TEXT)")};
    statements << promisePartFillStatements();
    statements << QStringLiteral("CREATE INDEX worker_promise_parts_walk ON worker_promise_parts(part, worker_id, "
                                 "due_on)");
    statements << promisePartTriggerStatements();
    return execStatements(db, statements, QStringLiteral("schema v16"));
}

} // namespace jb::core::schema
