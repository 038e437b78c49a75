// The count summaries' tables and triggers (CountSummaries.h). Where a change can move several rows of a summary
// (a person's services of one kind, an enterprise's snapshots and posts), the trigger recomputes that small group
// from the records instead of adjusting it, so each rule is written once, the same for the fill and the triggers.

#include "core/storage/CountSummaries.h"

#include "core/storage/SqlError.h"

namespace jb::core::counts {

namespace {

// The person's services of one kind with the day of the previous one (by day, then id); `where` selects them.
QString previousRows(const QString& where, const QString& partition)
{
    return QStringLiteral("INSERT OR REPLACE INTO service_previous (service_id, service_type_id, provided_on, prev_on) "
                          "SELECT id, service_type_id, provided_on, lag(provided_on) OVER (%1ORDER BY provided_on, "
                          "id) FROM services WHERE %2;")
        .arg(partition, where);
}

// Recomputes the rows of the person `worker`'s services of kind `kind` (SQL expressions of the trigger).
QString recomputePrevious(const QString& worker, const QString& kind)
{
    const QString where = QStringLiteral("worker_id = %1 AND service_type_id = %2").arg(worker, kind);
    return QStringLiteral("DELETE FROM service_previous WHERE service_id IN (SELECT id FROM services WHERE %1);\n  ")
               .arg(where) +
           previousRows(where, QString());
}

// An enterprise's row, recomputed from its records (none when the enterprise is gone). Last visit: the last demand
// snapshot (visit, call or fair), else the day it was entered (WarningRegister.cpp's rule); last and previous
// snapshot by day, then id. First and last demand: the first and last day it had demand recorded, a snapshot or a
// post (Progress.cpp's "enterprises visited").
QString enterpriseRows(const QString& where)
{
    const QString nth = QStringLiteral("(SELECT s.%1 FROM demand_snapshots s WHERE s.enterprise_id = e.id ORDER BY "
                                       "s.recorded_on DESC, s.id DESC LIMIT 1 OFFSET %2)");
    const QString demand = QStringLiteral("(SELECT %1(s.recorded_on) FROM demand_snapshots s WHERE s.enterprise_id = "
                                          "e.id)");
    const QString posted = QStringLiteral("(SELECT %1(v.posted_on) FROM vacancies v WHERE v.enterprise_id = e.id)");
    // min() and max() of two values that may be NULL: the other one.
    const QString first = QStringLiteral("coalesce(min(%1, %2), %1, %2)")
                              .arg(demand.arg(QStringLiteral("min")), posted.arg(QStringLiteral("min")));
    const QString last = QStringLiteral("coalesce(max(%1, %2), %1, %2)")
                             .arg(demand.arg(QStringLiteral("max")), posted.arg(QStringLiteral("max")));
    return QStringLiteral("INSERT OR REPLACE INTO enterprise_demand (enterprise_id, org_id, last_seen_on, "
                          "last_snapshot_on, last_snapshot_id, last_gap, prev_snapshot_on, prev_gap, open_posts, "
                          "first_demand_on, last_demand_on) SELECT e.id, e.org_id, coalesce(%1, substr(e.created_at, "
                          "1, 10)), %2, %3, %4, %5, %6, (SELECT count(*) FROM vacancies v WHERE v.enterprise_id = e.id "
                          "AND v.status = 'open'), %7, %8 FROM enterprises e WHERE %9;")
        .arg(demand.arg(QStringLiteral("max")), nth.arg(QStringLiteral("recorded_on")).arg(0),
             nth.arg(QStringLiteral("id")).arg(0), nth.arg(QStringLiteral("gap")).arg(0),
             nth.arg(QStringLiteral("recorded_on")).arg(1), nth.arg(QStringLiteral("gap")).arg(1), first, last, where);
}

QString recomputeEnterprise(const QString& id)
{
    return QStringLiteral("DELETE FROM enterprise_demand WHERE enterprise_id = %1;\n  ").arg(id) +
           enterpriseRows(QStringLiteral("e.id = %1").arg(id));
}

QString keyGroupsOfService(const char* row)
{
    return QStringLiteral("INSERT OR IGNORE INTO service_key_groups (key_group_id, provided_on, service_id) SELECT "
                          "key_group_id, %1.provided_on, %1.id FROM worker_key_groups WHERE worker_id = %1.worker_id;")
        .arg(QLatin1String(row));
}

QString servicesOfKeyGroup(const char* row)
{
    return QStringLiteral("INSERT OR IGNORE INTO service_key_groups (key_group_id, provided_on, service_id) SELECT "
                          "%1.key_group_id, s.provided_on, s.id FROM services s WHERE s.worker_id = %1.worker_id;")
        .arg(QLatin1String(row));
}

QString dropKeyGroupOfWorker(const char* row)
{
    return QStringLiteral("DELETE FROM service_key_groups WHERE key_group_id = %1.key_group_id AND service_id IN "
                          "(SELECT id FROM services WHERE worker_id = %1.worker_id);")
        .arg(QLatin1String(row));
}

QString trigger(const char* name, const char* event, const char* table, const QStringList& body)
{
    return QStringLiteral("CREATE TRIGGER counts_%1 AFTER %2 ON %3\nBEGIN\n  %4\nEND")
        .arg(QLatin1String(name), QLatin1String(event), QLatin1String(table), body.join(QStringLiteral("\n  ")));
}

const char* const kTriggerNames[] = {"service_insert",    "service_delete",    "service_update",   "key_group_insert",
                                     "key_group_delete",  "key_group_update",  "snapshot_insert",  "snapshot_delete",
                                     "snapshot_update",   "vacancy_insert",    "vacancy_delete",   "vacancy_update",
                                     "enterprise_insert", "enterprise_delete", "enterprise_update"};

} // namespace

QStringList schemaStatements()
{
    return {
        QStringLiteral("CREATE TABLE service_key_groups (key_group_id INTEGER NOT NULL, provided_on TEXT NOT NULL, "
                       "service_id INTEGER NOT NULL, PRIMARY KEY (key_group_id, provided_on, service_id)) "
                       "WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX service_key_groups_service ON service_key_groups(service_id)"),
        QStringLiteral("CREATE TABLE service_previous (service_id INTEGER PRIMARY KEY, service_type_id INTEGER NOT "
                       "NULL, provided_on TEXT NOT NULL, prev_on TEXT)"),
        QStringLiteral("CREATE INDEX service_previous_kind ON service_previous(service_type_id, provided_on, "
                       "prev_on)"),
        QStringLiteral("CREATE TABLE enterprise_demand (enterprise_id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL, "
                       "last_seen_on TEXT NOT NULL, last_snapshot_on TEXT, last_snapshot_id INTEGER, last_gap INTEGER, "
                       "prev_snapshot_on TEXT, prev_gap INTEGER, open_posts INTEGER NOT NULL, first_demand_on TEXT, "
                       "last_demand_on TEXT)"),
        QStringLiteral("CREATE INDEX enterprise_demand_stale ON enterprise_demand(last_seen_on) WHERE open_posts > 0"),
        QStringLiteral("CREATE INDEX enterprise_demand_growing ON enterprise_demand(last_snapshot_on) WHERE last_gap > "
                       "prev_gap"),
        QStringLiteral("CREATE INDEX enterprise_demand_first ON enterprise_demand(first_demand_on, org_id, "
                       "last_demand_on)"),
    };
}

QStringList fillStatements()
{
    return {
        QStringLiteral("DELETE FROM service_key_groups"),
        QStringLiteral("INSERT INTO service_key_groups (key_group_id, provided_on, service_id) SELECT g.key_group_id, "
                       "s.provided_on, s.id FROM services s JOIN worker_key_groups g ON g.worker_id = s.worker_id"),
        QStringLiteral("DELETE FROM service_previous"),
        previousRows(QStringLiteral("worker_id IS NOT NULL"), QStringLiteral("PARTITION BY worker_id, "
                                                                             "service_type_id ")),
        QStringLiteral("DELETE FROM enterprise_demand"),
        enterpriseRows(QStringLiteral("true")),
    };
}

QStringList triggerStatements()
{
    const QString dropService = QStringLiteral("DELETE FROM service_key_groups WHERE service_id = OLD.id;");
    const QString dropPrevious = QStringLiteral("DELETE FROM service_previous WHERE service_id = OLD.id;");
    return {
        trigger("service_insert", "INSERT", "services",
                {keyGroupsOfService("NEW"),
                 recomputePrevious(QStringLiteral("NEW.worker_id"), QStringLiteral("NEW.service_type_id"))}),
        trigger("service_delete", "DELETE", "services",
                {dropService, dropPrevious,
                 recomputePrevious(QStringLiteral("OLD.worker_id"), QStringLiteral("OLD.service_type_id"))}),
        trigger("service_update", "UPDATE OF worker_id, service_type_id, provided_on", "services",
                {dropService, keyGroupsOfService("NEW"), dropPrevious,
                 recomputePrevious(QStringLiteral("OLD.worker_id"), QStringLiteral("OLD.service_type_id")),
                 recomputePrevious(QStringLiteral("NEW.worker_id"), QStringLiteral("NEW.service_type_id"))}),
        trigger("key_group_insert", "INSERT", "worker_key_groups", {servicesOfKeyGroup("NEW")}),
        trigger("key_group_delete", "DELETE", "worker_key_groups", {dropKeyGroupOfWorker("OLD")}),
        trigger("key_group_update", "UPDATE", "worker_key_groups",
                {dropKeyGroupOfWorker("OLD"), servicesOfKeyGroup("NEW")}),
        trigger("snapshot_insert", "INSERT", "demand_snapshots",
                {recomputeEnterprise(QStringLiteral("NEW.enterprise_id"))}),
        trigger("snapshot_delete", "DELETE", "demand_snapshots",
                {recomputeEnterprise(QStringLiteral("OLD.enterprise_id"))}),
        trigger("snapshot_update", "UPDATE", "demand_snapshots",
                {recomputeEnterprise(QStringLiteral("OLD.enterprise_id")),
                 recomputeEnterprise(QStringLiteral("NEW.enterprise_id"))}),
        trigger("vacancy_insert", "INSERT", "vacancies", {recomputeEnterprise(QStringLiteral("NEW.enterprise_id"))}),
        trigger("vacancy_delete", "DELETE", "vacancies", {recomputeEnterprise(QStringLiteral("OLD.enterprise_id"))}),
        trigger("vacancy_update", "UPDATE OF enterprise_id, status, posted_on", "vacancies",
                {recomputeEnterprise(QStringLiteral("OLD.enterprise_id")),
                 recomputeEnterprise(QStringLiteral("NEW.enterprise_id"))}),
        trigger("enterprise_insert", "INSERT", "enterprises", {recomputeEnterprise(QStringLiteral("NEW.id"))}),
        trigger("enterprise_delete", "DELETE", "enterprises", {recomputeEnterprise(QStringLiteral("OLD.id"))}),
        trigger("enterprise_update", "UPDATE OF id, org_id, created_at", "enterprises",
                {recomputeEnterprise(QStringLiteral("OLD.id")), recomputeEnterprise(QStringLiteral("NEW.id"))}),
    };
}

QStringList dropTriggerStatements()
{
    QStringList drops;
    for (const char* name : kTriggerNames)
        drops << QStringLiteral("DROP TRIGGER IF EXISTS counts_%1").arg(QLatin1String(name));
    return drops;
}

Status create(QSqlDatabase& db)
{
    return execStatements(db, schemaStatements() + fillStatements() + triggerStatements(),
                          QStringLiteral("count summaries"));
}

} // namespace jb::core::counts
