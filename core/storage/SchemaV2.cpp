// Schema version 2: the organisation tree as a closure table and the daily activity summary with the views that
// say what every record contributes to it (see ActivitySummary.h). Views are the single definition of each
// metric's counting rule: triggers apply them to one record, rebuild() to all, and the tests compare the two.

#include "core/storage/ActivitySummary.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace jb::core {

namespace {

// The promise clock of a worker: registered, due (registered + promise days), first recommendation.
QString promiseColumns()
{
    return QStringLiteral(
               "SELECT w.id AS worker_id, w.org_id AS org_id, w.registered_on, %1 AS due_on, %2 AS served_on")
        .arg(summary::promiseDueExpression(QStringLiteral("w.registered_on")),
             summary::firstRecommendationExpression(QStringLiteral("w.id")));
}

QString promiseEvents(const QString& source)
{
    return QStringLiteral(R"(SELECT worker_id, 'hardship_registered' AS metric, registered_on AS day FROM %1
  UNION ALL
  SELECT worker_id, CASE WHEN served_on IS NULL THEN 'hardship_awaiting'
                         WHEN served_on <= due_on THEN 'hardship_served_in_promise'
                         ELSE 'hardship_served_late' END, coalesce(served_on, due_on) FROM %1)")
        .arg(source);
}

QString withKeyGroups(const QString& events)
{
    return QStringLiteral("SELECT e.worker_id, e.metric, g.key_group_id, g.org_id, e.day, 1 AS n FROM %1 e "
                          "JOIN summary_worker_groups g ON g.worker_id = e.worker_id")
        .arg(events);
}

} // namespace

namespace summary {

QString stableDayExpression(const QString& contractDay, const QString& months)
{
    return QStringLiteral("CASE WHEN strftime('%d', date(%1, '+' || %2 || ' months')) = strftime('%d', %1) "
                          "THEN date(%1, '+' || %2 || ' months') "
                          "ELSE date(%1, 'start of month', '+' || (%2 + 1) || ' months', '-1 day') END")
        .arg(contractDay, months);
}

QString promiseDaysExpression()
{
    return QStringLiteral("coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'promise_days'), 7)");
}

QString promiseDueExpression(const QString& registered)
{
    return QStringLiteral("date(%1, '+' || %2 || ' days')").arg(registered, promiseDaysExpression());
}

QString firstRecommendationExpression(const QString& worker)
{
    return QStringLiteral("(SELECT min(s.occurred_on) FROM referrals r CROSS JOIN referral_stages s ON s.referral_id = "
                          "r.id WHERE r.worker_id = %1 AND s.stage = 'recommended')")
        .arg(worker);
}

QString stableMonthsExpression()
{
    return QStringLiteral("coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'stable_months'), 3)");
}

// Table data: the version 2 schema as SQL statements, in the order they run; longer than a function should be because
// it is one list, read top to bottom.
QStringList schemaStatements()
{
    QStringList s;
    // Every organisation with each of its ancestors and itself: "the figures of X" cover X's subtree.
    s << QStringLiteral(R"(CREATE TABLE organisation_tree (
        ancestor_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        PRIMARY KEY (ancestor_id, org_id)) WITHOUT ROWID)")
      << QStringLiteral("CREATE INDEX organisation_tree_org ON organisation_tree(org_id, ancestor_id)")
      << QStringLiteral(R"(INSERT INTO organisation_tree (ancestor_id, org_id)
        WITH RECURSIVE up(org_id, ancestor_id) AS (
            SELECT id, id FROM organisations
            UNION ALL
            SELECT up.org_id, o.parent_id FROM up JOIN organisations o ON o.id = up.ancestor_id
            WHERE o.parent_id IS NOT NULL)
        SELECT ancestor_id, org_id FROM up)")
      << QStringLiteral(R"(CREATE TRIGGER organisation_tree_insert AFTER INSERT ON organisations
        BEGIN
          INSERT INTO organisation_tree (ancestor_id, org_id)
            SELECT NEW.id, NEW.id UNION ALL SELECT ancestor_id, NEW.id FROM organisation_tree
            WHERE org_id = NEW.parent_id;
        END)")
      << QStringLiteral(R"(CREATE TRIGGER organisation_tree_move BEFORE UPDATE OF parent_id ON organisations
        WHEN NEW.parent_id IS NOT OLD.parent_id
        BEGIN
          SELECT RAISE(ABORT, '不能把单位移到另一个上级之下。 / An organisation cannot be moved under another parent.');
        END)");

    s << QStringLiteral(R"(CREATE TABLE activity_daily (
        metric       TEXT NOT NULL,
        key_group_id INTEGER NOT NULL,
        org_id       INTEGER NOT NULL,
        day          TEXT NOT NULL,
        n            INTEGER NOT NULL,
        PRIMARY KEY (metric, key_group_id, org_id, day)) WITHOUT ROWID)");
    // Lookups the summary views make per record.
    s << QStringLiteral("DROP INDEX referral_stages_referral")
      << QStringLiteral("CREATE INDEX referral_stages_referral ON referral_stages(referral_id, stage, occurred_on)")
      << QStringLiteral("CREATE INDEX vacancies_enterprise_posted ON vacancies(enterprise_id, posted_on)");

    auto view = [&s](const char* name, const QString& select) {
        s << QStringLiteral("CREATE VIEW %1 AS %2").arg(QLatin1String(name), select);
    };
    // Each worker once as everyone (key group 0) and once per key group, with the worker's organisation. One
    // SELECT (no UNION) so that a lookup by worker_id stays a lookup.
    view("summary_worker_groups", QStringLiteral(R"(SELECT w.id AS worker_id,
        CASE WHEN k.everyone THEN 0 ELSE g.key_group_id END AS key_group_id, w.org_id AS org_id
      FROM workers w CROSS JOIN (SELECT 1 AS everyone UNION ALL SELECT 0) k
      LEFT JOIN worker_key_groups g ON k.everyone = 0 AND g.worker_id = w.id
      WHERE k.everyone = 1 OR g.key_group_id IS NOT NULL)"));
    // A referral reaches a stage on the first day recorded for it.
    view("summary_referral_stages", QStringLiteral(R"(SELECT r.id AS referral_id, r.worker_id AS worker_id,
        s.stage AS stage, min(s.occurred_on) AS day
      FROM referrals r JOIN referral_stages s ON s.referral_id = r.id
      GROUP BY r.id, r.worker_id, s.stage)"));
    // Stable employment: the contract has lasted stable_months calendar months (the 31st plus one month is the
    // last day of the next month) and no departure is recorded before that day.
    view("summary_stable_employment",
         QStringLiteral(R"(SELECT referral_id, worker_id, stable_on AS day FROM (
        SELECT c.referral_id, c.worker_id, c.day AS contract_on, %1 AS stable_on
        FROM summary_referral_stages c, (SELECT %2 AS n) m
        WHERE c.stage = 'contract') x
      WHERE NOT EXISTS (SELECT 1 FROM referral_stages l WHERE l.referral_id = x.referral_id AND l.stage = 'left'
                        AND l.occurred_on >= x.contract_on AND l.occurred_on < x.stable_on))")
             .arg(summary::stableDayExpression(QStringLiteral("c.day"), QStringLiteral("m.n")),
                  summary::stableMonthsExpression()));
    view("summary_stable_contributions",
         QStringLiteral("SELECT s.referral_id, s.worker_id, 'stable_employment' AS metric, g.key_group_id, "
                        "g.org_id, s.day, 1 AS n FROM summary_stable_employment s "
                        "JOIN summary_worker_groups g ON g.worker_id = s.worker_id"));
    view("summary_referral_contributions", QStringLiteral(R"(SELECT e.referral_id, e.worker_id, e.stage AS metric,
        g.key_group_id, g.org_id, e.day, 1 AS n
      FROM summary_referral_stages e JOIN summary_worker_groups g ON g.worker_id = e.worker_id
      UNION ALL
      SELECT referral_id, worker_id, metric, key_group_id, org_id, day, n FROM summary_stable_contributions)"));
    // The one-week promise, for workers with a hardship category (and, for the triggers, for any worker).
    view("summary_promise",
         promiseColumns() + QStringLiteral(" FROM (SELECT DISTINCT worker_id FROM worker_hardships) h "
                                           "CROSS JOIN workers w ON w.id = h.worker_id"));
    view("summary_promise_any", promiseColumns() + QStringLiteral(" FROM workers w"));
    view("summary_promise_events", promiseEvents(QStringLiteral("summary_promise")));
    view("summary_promise_any_events", promiseEvents(QStringLiteral("summary_promise_any")));
    view("summary_promise_contributions", withKeyGroups(QStringLiteral("summary_promise_events")));
    view("summary_promise_any_contributions", withKeyGroups(QStringLiteral("summary_promise_any_events")));
    // Services count where they were given (the service's organisation), by type; projects separately.
    view("summary_service_events", QStringLiteral(R"(SELECT v.id AS service_id, v.worker_id, v.org_id,
        'service_' || t.code AS metric, v.provided_on AS day
      FROM services v JOIN reference_items t ON t.id = v.service_type_id
      UNION ALL
      SELECT v.id, v.worker_id, v.org_id, 'entrepreneurship_projects', v.provided_on FROM services v
      WHERE v.project_status IS NOT NULL)"));
    view("summary_service_contributions", QStringLiteral(R"(SELECT e.service_id, e.worker_id, e.metric,
        0 AS key_group_id, e.org_id, e.day, 1 AS n
      FROM summary_service_events e WHERE e.worker_id IS NULL
      UNION ALL
      SELECT e.service_id, e.worker_id, e.metric, g.key_group_id, e.org_id, e.day, 1
      FROM summary_service_events e JOIN summary_worker_groups g ON g.worker_id = e.worker_id)"));
    // What a worker contributes as "everyone"; a key group's rows for the worker are the same rows relabelled.
    view("summary_worker_everyone", QStringLiteral(R"(SELECT worker_id, metric, org_id, day, n
      FROM summary_referral_contributions WHERE key_group_id = 0
      UNION ALL SELECT worker_id, metric, org_id, day, n FROM summary_promise_contributions WHERE key_group_id = 0
      UNION ALL SELECT worker_id, metric, org_id, day, n FROM summary_service_contributions WHERE key_group_id = 0)"));
    view("summary_vacancy_contributions", QStringLiteral(R"(SELECT v.id AS vacancy_id, v.enterprise_id,
        'jobs_collected' AS metric, 0 AS key_group_id, e.org_id, v.posted_on AS day, v.headcount AS n
      FROM vacancies v JOIN enterprises e ON e.id = v.enterprise_id)"));
    return s;
}

} // namespace summary

namespace schema {

Status upgradeToVersion2(QSqlDatabase& db)
{
    QStringList statements = summary::schemaStatements();
    statements << summary::triggerStatements();
    for (const QString& sql : std::as_const(statements)) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Status::failure(describeSqlError(q, QStringLiteral("schema v2")));
    }
    return summary::rebuild(db);
}

} // namespace schema

} // namespace jb::core
