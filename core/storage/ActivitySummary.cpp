// The triggers of the daily activity summary. Most follow one pattern: before a change, subtract what the record
// contributes (computed by the summary views); after it, add what it contributes now. The link tables instead
// add or subtract a worker's "everyone" rows relabelled with the key group, so that they need no BEFORE trigger.

#include "core/storage/ActivitySummary.h"

#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace jb::core::summary {

namespace {

const QString kUpsert = QStringLiteral(" ON CONFLICT (metric, key_group_id, org_id, day) DO UPDATE SET n = n + "
                                       "excluded.n;");

// Adds (sign +1) or subtracts (-1) the rows of `view` whose `column` equals `value`, for every ancestor.
QString apply(const char* view, const char* column, const QString& value, int sign)
{
    return QStringLiteral("INSERT INTO activity_daily (metric, key_group_id, org_id, day, n) "
                          "SELECT c.metric, c.key_group_id, t.ancestor_id, c.day, %1c.n FROM %2 c "
                          "JOIN organisation_tree t ON t.org_id = c.org_id WHERE c.%3 = %4")
               .arg(sign > 0 ? QString() : QStringLiteral("-"), QLatin1String(view), QLatin1String(column), value) +
           kUpsert;
}

// A worker's "everyone" rows relabelled as key group `group`.
QString relabel(const QString& worker, const QString& group, int sign)
{
    return QStringLiteral("INSERT INTO activity_daily (metric, key_group_id, org_id, day, n) "
                          "SELECT c.metric, %1, t.ancestor_id, c.day, %2c.n FROM summary_worker_everyone c "
                          "JOIN organisation_tree t ON t.org_id = c.org_id WHERE c.worker_id = %3")
               .arg(group, sign > 0 ? QString() : QStringLiteral("-"), worker) +
           kUpsert;
}

QStringList referral(const QString& id, int sign)
{
    return {apply("summary_referral_contributions", "referral_id", id, sign)};
}
QStringList promise(const QString& worker, int sign)
{
    return {apply("summary_promise_contributions", "worker_id", worker, sign)};
}
QStringList promiseAny(const QString& worker, int sign)
{
    return {apply("summary_promise_any_contributions", "worker_id", worker, sign)};
}
QStringList service(const QString& id, int sign)
{
    return {apply("summary_service_contributions", "service_id", id, sign)};
}
QStringList vacancy(const QString& id, int sign)
{
    return {apply("summary_vacancy_contributions", "vacancy_id", id, sign)};
}
QStringList enterpriseVacancies(const QString& id, int sign)
{
    return {apply("summary_vacancy_contributions", "enterprise_id", id, sign)};
}
QStringList worker(const QString& id, int sign)
{
    return {apply("summary_referral_contributions", "worker_id", id, sign), promise(id, sign).first(),
            apply("summary_service_contributions", "worker_id", id, sign)};
}
QString workerOf(const QString& referralId)
{
    return QStringLiteral("(SELECT worker_id FROM referrals WHERE id = %1)").arg(referralId);
}

class TriggerList final
{
public:
    void add(const QString& name, const char* timing, const QString& event, const char* table, const QStringList& body,
             const QString& when = {})
    {
        m_sql << QStringLiteral("CREATE TRIGGER summary_%1 %2 %3 ON %4%5\nBEGIN\n  %6\nEND")
                     .arg(name, QLatin1String(timing), event, QLatin1String(table),
                          when.isEmpty() ? QString() : QStringLiteral(" WHEN ") + when,
                          body.join(QStringLiteral("\n  ")));
    }
    // BEFORE: subtract with sign -1; AFTER: add with +1.
    template <typename Body>
    void bracket(const QString& name, const QString& event, const char* table, Body body, const QString& when = {})
    {
        add(name + QStringLiteral("_before"), "BEFORE", event, table, body(-1), when);
        add(name + QStringLiteral("_after"), "AFTER", event, table, body(+1), when);
    }
    QStringList take() { return std::move(m_sql); }

private:
    QStringList m_sql;
};

QString n(const char* column)
{
    return QStringLiteral("NEW.") + QLatin1String(column);
}
QString o(const char* column)
{
    return QStringLiteral("OLD.") + QLatin1String(column);
}

void addReferralTriggers(TriggerList& t)
{
    const QString ins = QStringLiteral("INSERT"), del = QStringLiteral("DELETE"), upd = QStringLiteral("UPDATE");
    t.bracket(QStringLiteral("stage_insert"), ins, "referral_stages",
              [](int s) { return referral(n("referral_id"), s); });
    t.bracket(
        QStringLiteral("stage_insert_promise"), ins, "referral_stages",
        [](int s) { return promise(workerOf(n("referral_id")), s); }, QStringLiteral("NEW.stage = 'recommended'"));
    t.bracket(QStringLiteral("stage_delete"), del, "referral_stages",
              [](int s) { return referral(o("referral_id"), s); });
    t.bracket(
        QStringLiteral("stage_delete_promise"), del, "referral_stages",
        [](int s) { return promise(workerOf(o("referral_id")), s); }, QStringLiteral("OLD.stage = 'recommended'"));
    t.bracket(QStringLiteral("stage_update"), upd, "referral_stages",
              [](int s) { return referral(o("referral_id"), s) + promise(workerOf(o("referral_id")), s); });
    t.bracket(
        QStringLiteral("stage_update_moved"), upd, "referral_stages",
        [](int s) { return referral(n("referral_id"), s) + promise(workerOf(n("referral_id")), s); },
        QStringLiteral("NEW.referral_id IS NOT OLD.referral_id"));
    // The referral row is gone when its stages are deleted by the cascade, so their triggers find nothing: the
    // referral's whole contribution is subtracted here, before it goes.
    t.add(QStringLiteral("referral_delete_before"), "BEFORE", del, "referrals",
          referral(o("id"), -1) + promise(o("worker_id"), -1));
    t.add(QStringLiteral("referral_delete_after"), "AFTER", del, "referrals", promise(o("worker_id"), +1));
    t.bracket(
        QStringLiteral("referral_moved"), QStringLiteral("UPDATE OF worker_id"), "referrals",
        [](int s) { return referral(o("id"), s) + promise(o("worker_id"), s) + promise(n("worker_id"), s); },
        QStringLiteral("NEW.worker_id IS NOT OLD.worker_id"));
}

void addWorkerTriggers(TriggerList& t)
{
    t.bracket(
        QStringLiteral("worker_update"), QStringLiteral("UPDATE OF org_id, registered_on"), "workers",
        [](int s) { return worker(o("id"), s); },
        QStringLiteral("NEW.org_id IS NOT OLD.org_id OR NEW.registered_on IS NOT OLD.registered_on"));
    t.add(QStringLiteral("worker_delete"), "BEFORE", QStringLiteral("DELETE"), "workers", worker(o("id"), -1));

    // Key groups: only workers with something to count need the work (a new worker from an import has nothing).
    auto active = [](const QString& w) {
        return QStringLiteral("EXISTS (SELECT 1 FROM referrals WHERE worker_id = %1) OR EXISTS (SELECT 1 FROM "
                              "services WHERE worker_id = %1) OR EXISTS (SELECT 1 FROM worker_hardships WHERE "
                              "worker_id = %1)")
            .arg(w);
    };
    t.add(QStringLiteral("key_group_insert"), "AFTER", QStringLiteral("INSERT"), "worker_key_groups",
          {relabel(n("worker_id"), n("key_group_id"), +1)}, active(n("worker_id")));
    t.add(QStringLiteral("key_group_delete"), "AFTER", QStringLiteral("DELETE"), "worker_key_groups",
          {relabel(o("worker_id"), o("key_group_id"), -1)}, active(o("worker_id")));
    t.add(QStringLiteral("key_group_update"), "AFTER", QStringLiteral("UPDATE"), "worker_key_groups",
          {relabel(o("worker_id"), o("key_group_id"), -1), relabel(n("worker_id"), n("key_group_id"), +1)});

    // The promise clock runs while a worker has at least one hardship category.
    auto first = [](const QString& w) {
        return QStringLiteral("(SELECT count(*) FROM worker_hardships WHERE worker_id = %1) = 1").arg(w);
    };
    auto none = [](const QString& w) {
        return QStringLiteral("NOT EXISTS (SELECT 1 FROM worker_hardships WHERE worker_id = %1)").arg(w);
    };
    const QString moved = QStringLiteral("NEW.worker_id IS NOT OLD.worker_id AND ");
    t.add(QStringLiteral("hardship_insert"), "AFTER", QStringLiteral("INSERT"), "worker_hardships",
          promise(n("worker_id"), +1), first(n("worker_id")));
    t.add(QStringLiteral("hardship_delete"), "AFTER", QStringLiteral("DELETE"), "worker_hardships",
          promiseAny(o("worker_id"), -1), none(o("worker_id")));
    t.add(QStringLiteral("hardship_update_old"), "AFTER", QStringLiteral("UPDATE"), "worker_hardships",
          promiseAny(o("worker_id"), -1), moved + none(o("worker_id")));
    t.add(QStringLiteral("hardship_update_new"), "AFTER", QStringLiteral("UPDATE"), "worker_hardships",
          promise(n("worker_id"), +1), moved + first(n("worker_id")));
}

void addServiceAndVacancyTriggers(TriggerList& t)
{
    const QString ins = QStringLiteral("INSERT"), del = QStringLiteral("DELETE"), upd = QStringLiteral("UPDATE");
    t.add(QStringLiteral("service_insert"), "AFTER", ins, "services", service(n("id"), +1));
    t.add(QStringLiteral("service_delete"), "BEFORE", del, "services", service(o("id"), -1));
    t.add(QStringLiteral("service_update_before"), "BEFORE", upd, "services", service(o("id"), -1));
    t.add(QStringLiteral("service_update_after"), "AFTER", upd, "services", service(n("id"), +1));

    t.add(QStringLiteral("vacancy_insert"), "AFTER", ins, "vacancies", vacancy(n("id"), +1));
    t.add(QStringLiteral("vacancy_delete"), "BEFORE", del, "vacancies", vacancy(o("id"), -1));
    t.bracket(
        QStringLiteral("vacancy_update"), QStringLiteral("UPDATE OF enterprise_id, headcount, posted_on"), "vacancies",
        [](int s) { return vacancy(o("id"), s); },
        QStringLiteral("NEW.enterprise_id IS NOT OLD.enterprise_id OR NEW.headcount IS NOT OLD.headcount OR "
                       "NEW.posted_on IS NOT OLD.posted_on"));
    t.bracket(
        QStringLiteral("enterprise_update"), QStringLiteral("UPDATE OF org_id"), "enterprises",
        [](int s) { return enterpriseVacancies(o("id"), s); }, QStringLiteral("NEW.org_id IS NOT OLD.org_id"));
    t.add(QStringLiteral("enterprise_delete"), "BEFORE", del, "enterprises", enterpriseVacancies(o("id"), -1));
}

// Changing the stable-employment months or the promise days recounts those metrics from the records.
void addSettingsTriggers(TriggerList& t)
{
    auto recount = [](const char* metrics, const char* view) {
        return QStringList{
            QStringLiteral("DELETE FROM activity_daily WHERE metric IN (%1);").arg(QLatin1String(metrics)),
            QStringLiteral("INSERT INTO activity_daily (metric, key_group_id, org_id, day, n) "
                           "SELECT c.metric, c.key_group_id, t.ancestor_id, c.day, sum(c.n) FROM %1 c "
                           "JOIN organisation_tree t ON t.org_id = c.org_id GROUP BY 1, 2, 3, 4;")
                .arg(QLatin1String(view))};
    };
    const QStringList stable = recount("'stable_employment'", "summary_stable_contributions");
    const QStringList promises = recount("'hardship_registered', 'hardship_awaiting', "
                                         "'hardship_served_in_promise', 'hardship_served_late'",
                                         "summary_promise_contributions");
    for (const char* event : {"INSERT", "UPDATE", "DELETE"}) {
        const QString row = qstrcmp(event, "DELETE") == 0 ? QStringLiteral("OLD") : QStringLiteral("NEW");
        const QString name = QStringLiteral("settings_%1_").arg(QString::fromLatin1(event).toLower());
        t.add(name + QStringLiteral("stable"), "AFTER", QLatin1String(event), "settings", stable,
              row + QStringLiteral(".key = 'stable_months'"));
        t.add(name + QStringLiteral("promise"), "AFTER", QLatin1String(event), "settings", promises,
              row + QStringLiteral(".key = 'promise_days'"));
    }
}

Status execAll(QSqlDatabase& db, const QStringList& statements, const QString& doing)
{
    return execStatements(db, statements, doing);
}

} // namespace

QStringList triggerStatements()
{
    TriggerList t;
    addReferralTriggers(t);
    addWorkerTriggers(t);
    addServiceAndVacancyTriggers(t);
    addSettingsTriggers(t);
    return t.take();
}

Status rebuild(QSqlDatabase& db)
{
    // Counted per organisation first, then spread to the ancestors: the tree join multiplies few rows.
    return execAll(db,
                   {QStringLiteral("DROP TABLE IF EXISTS temp.summary_rebuild"),
                    QStringLiteral(R"(CREATE TEMP TABLE summary_rebuild AS
                        SELECT metric, key_group_id, org_id, day, sum(n) AS n FROM (
                          SELECT metric, key_group_id, org_id, day, n FROM summary_referral_contributions
                          UNION ALL SELECT metric, key_group_id, org_id, day, n FROM summary_promise_contributions
                          UNION ALL SELECT metric, key_group_id, org_id, day, n FROM summary_service_contributions
                          UNION ALL SELECT metric, key_group_id, org_id, day, n FROM summary_vacancy_contributions)
                        GROUP BY metric, key_group_id, org_id, day)"),
                    QStringLiteral("DELETE FROM activity_daily"),
                    QStringLiteral(R"(INSERT INTO activity_daily (metric, key_group_id, org_id, day, n)
                        SELECT r.metric, r.key_group_id, t.ancestor_id, r.day, sum(r.n)
                        FROM temp.summary_rebuild r JOIN organisation_tree t ON t.org_id = r.org_id
                        GROUP BY 1, 2, 3, 4 HAVING sum(r.n) <> 0)"),
                    QStringLiteral("DROP TABLE temp.summary_rebuild")},
                   QStringLiteral("activity summary"));
}

QString addLoadedWorkersStatement()
{
    return QStringLiteral("INSERT INTO activity_daily (metric, key_group_id, org_id, day, n) "
                          "SELECT c.metric, c.key_group_id, t.ancestor_id, c.day, sum(c.n) "
                          "FROM summary_promise_contributions c JOIN organisation_tree t ON t.org_id = c.org_id "
                          "WHERE true GROUP BY 1, 2, 3, 4 HAVING sum(c.n) <> 0") +
           kUpsert;
}

Status dropTriggers(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'summary\\_%' "
                               "ESCAPE '\\'")))
        return Status::failure(describeSqlError(q, QStringLiteral("activity summary")));
    QStringList drops;
    while (q.next())
        drops << QStringLiteral("DROP TRIGGER %1").arg(q.value(0).toString());
    q.finish();
    return execAll(db, drops, QStringLiteral("activity summary"));
}

Status createTriggers(QSqlDatabase& db)
{
    return execAll(db, triggerStatements(), QStringLiteral("activity summary"));
}

} // namespace jb::core::summary
