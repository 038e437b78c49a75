// The count summaries (schema v15, core/storage/CountSummaries.h): after every kind of change — services added,
// edited, removed and undone through the ledger, key groups given and taken, posts, visits and enterprises added,
// changed and deleted — each summary equals a recount from the records; the figures read from them (per-kind
// people and services, the services list by key group, the stale-enterprise and growing-gap counts) equal the same
// figures counted straight from the records; and a v12 file upgraded to v15 has them filled.

#include "PlacementTestSupport.h"
#include "core/import/ImportJob.h"
#include "core/import/batches/ImportBatchRepository.h"
#include "core/metrics/Progress.h"
#include "core/records/ServiceKinds.h"
#include "core/services/ServiceLedger.h"
#include "core/services/ServiceQueries.h"
#include "core/storage/CountSummaries.h"
#include "core/storage/Migrations.h"
#include "core/warnings/Warnings.h"
#include "support/TestSupport.h"

using namespace jb::test::placement;

namespace {

const QDate kDay(2026, 6, 30);

// Every row of the three summaries, in key order.
QString summaries(QSqlDatabase db)
{
    QString all;
    for (const char* sql :
         {"SELECT key_group_id || '|' || provided_on || '|' || service_id FROM service_key_groups ORDER BY 1",
          "SELECT service_id || '|' || service_type_id || '|' || provided_on || '|' || coalesce(prev_on, '-') FROM "
          "service_previous ORDER BY service_id",
          "SELECT enterprise_id || '|' || org_id || '|' || last_seen_on || '|' || coalesce(last_snapshot_on, '-') || "
          "'|' || coalesce(last_snapshot_id, '-') || '|' || coalesce(last_gap, '-') || '|' || "
          "coalesce(prev_snapshot_on, '-') || '|' || coalesce(prev_gap, '-') "
          "|| '|' || open_posts || '|' || coalesce(first_demand_on, '-') || '|' || coalesce(last_demand_on, '-') FROM "
          "enterprise_demand ORDER BY enterprise_id"})
        all += column(db, QString::fromLatin1(sql)).join(QLatin1Char(';')) + QLatin1Char('\n');
    return all;
}

// The summaries as a fill from the records gives them (rolled back).
QString recounted(QSqlDatabase db)
{
    Transaction tx(db);
    REQUIRE(tx.started());
    for (const QString& sql : counts::fillStatements()) {
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    return summaries(db);
}

NewService service(qint64 worker, const QString& kind, const QDate& on)
{
    return {worker, kind, on, {}, 0};
}

// A second service of the same kind on the same day, as a file may hold from before the ledger refused them (the
// ledger asks the officer to change the first one).
void sameDayAgain(PlacementCounty& c, qint64 worker, const char* kind, const char* day)
{
    c.exec(QStringLiteral("INSERT INTO services (org_id, service_type_id, worker_id, provided_on, created_at) SELECT "
                          "org_id, ?, id, ?, 't' FROM workers WHERE id = ?"),
           {c.item("service_type", kind), QString::fromLatin1(day), worker});
}

// Per kind "code people/services" from serviceTotals.
QStringList totals(QSqlDatabase db, const ServiceFilter& filter)
{
    const auto t = serviceTotals(db, filter);
    REQUIRE(t.hasValue());
    QStringList out;
    for (const ServiceKindTotal& k : *t)
        out << QStringLiteral("%1 %2/%3").arg(k.kind).arg(k.people).arg(k.services);
    return out;
}

// The same, counted straight from the services (distinct people, every service).
QStringList recountedTotals(QSqlDatabase db, const ServiceFilter& filter)
{
    const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QStringLiteral("0000-00-00");
    const QString to = filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
    return column(db, QStringLiteral("SELECT t.code || ' ' || count(DISTINCT s.worker_id) || '/' || count(s.id) "
                                     "FROM reference_items t LEFT JOIN services s ON s.service_type_id = t.id AND "
                                     "s.provided_on BETWEEN '%1' AND '%2' AND s.org_id IN (SELECT org_id FROM "
                                     "organisation_tree WHERE ancestor_id = %3) WHERE t.list = 'service_type' AND "
                                     "t.retired = 0 GROUP BY t.id ORDER BY t.sort_order, t.code")
                          .arg(from, to)
                          .arg(filter.orgId));
}

} // namespace

TEST_CASE("The services' summaries equal a recount after inserts, edits, deletes and undo", "[counts][services]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("counts.jobbridge"));
    const qint64 migrant = c.item("key_group", "migrant_worker");
    const qint64 disabled = c.item("key_group", "disabled");
    const qint64 a = c.worker(QStringLiteral("张一"), QStringLiteral("2026-01-05"), c.townA);
    const qint64 b = c.worker(QStringLiteral("王二"), QStringLiteral("2026-01-05"), c.townB);
    c.exec(QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) VALUES (?, ?)"), {a, migrant});
    CHECK(summaries(c.db()) == recounted(c.db()));

    QVector<RecordChange> undo;
    for (const NewService& s :
         {service(a, servicekind::training, QDate(2026, 3, 1)), service(a, servicekind::training, QDate(2026, 3, 2)),
          service(a, servicekind::training, QDate(2026, 5, 1)), service(b, servicekind::training, QDate(2026, 4, 1)),
          service(b, QStringLiteral("legal_aid"), QDate(2026, 2, 1))}) {
        auto added = addService(c.db(), s);
        INFO((added ? QString() : added.error()).toStdString());
        REQUIRE(added.hasValue());
        undo << added->undo;
        CHECK(summaries(c.db()) == recounted(c.db()));
    }
    const qint64 first = count(c.db(), QStringLiteral("SELECT min(id) FROM services"));
    sameDayAgain(c, a, "training", "2026-03-02");
    CHECK(summaries(c.db()) == recounted(c.db()));
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM service_key_groups")) == 4); // a's four services
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM service_previous WHERE prev_on IS NULL")) == 3);

    auto edited = editService(c.db(), first, {{QStringLiteral("provided_on"), QStringLiteral("2026-06-01")}});
    REQUIRE(edited.hasValue());
    CHECK(summaries(c.db()) == recounted(c.db()));
    auto removed = removeService(c.db(), first + 1);
    REQUIRE(removed.hasValue());
    CHECK(summaries(c.db()) == recounted(c.db()));
    REQUIRE(undoServiceChange(c.db(), removed->undo).hasValue());
    CHECK(summaries(c.db()) == recounted(c.db()));
    REQUIRE(undoServiceChange(c.db(), edited->undo).hasValue());
    CHECK(summaries(c.db()) == recounted(c.db()));

    // Key groups given, changed and taken after the services exist.
    c.exec(QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) VALUES (?, ?)"), {b, disabled});
    CHECK(summaries(c.db()) == recounted(c.db()));
    c.exec(QStringLiteral("UPDATE worker_key_groups SET key_group_id = ? WHERE worker_id = ? AND key_group_id = ?"),
           {migrant, b, disabled});
    CHECK(summaries(c.db()) == recounted(c.db()));
    c.exec(QStringLiteral("DELETE FROM worker_key_groups WHERE worker_id = ? AND key_group_id = ?"), {a, migrant});
    CHECK(summaries(c.db()) == recounted(c.db()));
    c.exec(QStringLiteral("UPDATE services SET worker_id = ?, service_type_id = ? WHERE id = ?"),
           {a, c.item("service_type", "legal_aid"), first + 2});
    CHECK(summaries(c.db()) == recounted(c.db()));

    // Undoing B's additions leaves B nothing; deleting A takes A's services with them.
    for (int i = static_cast<int>(undo.size()) - 1; i >= 3; --i) {
        const auto undone = undoServiceChange(c.db(), undo[i]);
        INFO((undone ? QString() : undone.error()).toStdString());
        REQUIRE(undone.hasValue());
        CHECK(summaries(c.db()) == recounted(c.db()));
    }
    c.exec(QStringLiteral("DELETE FROM workers WHERE id = ?"), {a});
    CHECK(summaries(c.db()) == recounted(c.db()));
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM service_previous")) == 0);
}

TEST_CASE("The enterprises' summary equals a recount after posts, visits and enterprises change", "[counts]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("enterprises.jobbridge"));
    const qint64 x = c.enterprise(QStringLiteral("合力叉车"));
    const qint64 y = c.enterprise(QStringLiteral("江淮汽车"), c.townA);
    CHECK(summaries(c.db()) == recounted(c.db()));
    const qint64 post = c.post(x, QStringLiteral("叉车司机"));
    c.post(y, QStringLiteral("装配工"));
    auto snapshot = [&](qint64 e, const char* day, int gap) {
        return c.exec(QStringLiteral("INSERT INTO demand_snapshots (enterprise_id, recorded_on, gap) VALUES (?, ?, ?)"),
                      {e, QString::fromLatin1(day), gap});
    };
    snapshot(x, "2026-02-01", 3);
    const qint64 last = snapshot(x, "2026-03-01", 5);
    snapshot(x, "2026-03-01", 4); // the same day: the later id is the last
    snapshot(y, "2026-04-01", 2);
    CHECK(summaries(c.db()) == recounted(c.db()));
    c.exec(QStringLiteral("UPDATE demand_snapshots SET recorded_on = '2026-05-01', enterprise_id = ? WHERE id = ?"),
           {y, last});
    c.exec(QStringLiteral("UPDATE vacancies SET status = 'closed' WHERE id = ?"), {post});
    c.exec(QStringLiteral("UPDATE enterprises SET created_at = '2026-01-05T08:00:00Z' WHERE id = ?"), {x});
    c.exec(QStringLiteral("UPDATE enterprises SET org_id = ? WHERE id = ?"), {c.townB, y});
    c.exec(QStringLiteral("UPDATE vacancies SET posted_on = '2025-12-20' WHERE id = ?"), {post});
    CHECK(summaries(c.db()) == recounted(c.db()));
    c.exec(QStringLiteral("DELETE FROM demand_snapshots WHERE id = ?"), {last});
    c.exec(QStringLiteral("DELETE FROM enterprises WHERE id = ?"), {x}); // its posts and visits go with it
    CHECK(summaries(c.db()) == recounted(c.db()));
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM enterprise_demand")) == 1);
}

TEST_CASE("Per-kind people read from the previous services equal distinct people counted from the records",
          "[counts][services]")
{
    PinnedDay pinned(QDate(2026, 12, 31)); // services to the year's last day
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("totals.jobbridge"));
    const qint64 a = c.worker(QStringLiteral("张一"), QStringLiteral("2025-10-05"), c.townA);
    const qint64 b = c.worker(QStringLiteral("王二"), QStringLiteral("2025-10-05"), c.townB);
    const qint64 d = c.worker(QStringLiteral("李三"), QStringLiteral("2025-10-05"), c.townB);
    // A: training before the year, twice on one day in March, again in May, and legal aid; B: training in April and
    // in December; D: legal aid on the first and the last day of the year. A person moved to another town keeps the
    // services recorded by the first.
    for (const NewService& s :
         {service(a, servicekind::training, QDate(2025, 11, 1)), service(a, servicekind::training, QDate(2026, 3, 1)),
          service(a, servicekind::training, QDate(2026, 5, 1)),
          service(a, QStringLiteral("legal_aid"), QDate(2026, 5, 1)),
          service(b, servicekind::training, QDate(2026, 4, 1)), service(b, servicekind::training, QDate(2026, 12, 1)),
          service(d, QStringLiteral("legal_aid"), QDate(2026, 1, 1)),
          service(d, QStringLiteral("legal_aid"), QDate(2026, 12, 31))}) {
        const auto added = addService(c.db(), s);
        INFO((added ? QString() : added.error()).toStdString());
        REQUIRE(added.hasValue());
    }
    sameDayAgain(c, a, "training", "2026-03-01");
    c.exec(QStringLiteral("UPDATE workers SET org_id = ? WHERE id = ?"), {c.townA, b});
    REQUIRE(addService(c.db(), service(b, servicekind::training, QDate(2026, 6, 1))).hasValue());

    const QVector<std::pair<QDate, QDate>> periods = {
        {{}, {}},
        {QDate(2026, 1, 1), QDate(2026, 12, 31)},
        {QDate(2026, 3, 1), QDate(2026, 3, 1)},
        {QDate(2026, 3, 2), QDate(2026, 5, 1)},
        {QDate(2026, 1, 2), QDate(2026, 12, 30)},
        {QDate(2025, 1, 1), QDate(2025, 12, 31)},
        {{}, QDate(2026, 3, 31)},
        {QDate(2026, 5, 1), {}},
    };
    for (qint64 org : {c.home, c.townA, c.townB}) {
        for (const auto& [from, to] : periods) {
            ServiceFilter f;
            f.from = from;
            f.to = to;
            f.orgId = org;
            INFO(QStringLiteral("org %1, %2 to %3")
                     .arg(org)
                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                     .toStdString());
            CHECK(totals(c.db(), f) == recountedTotals(c.db(), f));
        }
    }
    ServiceFilter year;
    year.from = QDate(2026, 1, 1);
    year.to = QDate(2026, 12, 31);
    CHECK(totals(c.db(), year).mid(1, 1) == QStringList{QStringLiteral("training 2/6")});
    year.kind = QStringLiteral("legal_aid");
    CHECK(totals(c.db(), year) == QStringList{QStringLiteral("legal_aid 2/3")});
    // The same period through both ways of counting: the whole county (the summary) and no unit at all.
    year.kind.clear();
    ServiceFilter county = year;
    county.orgId = c.home;
    CHECK(totals(c.db(), county) == totals(c.db(), year));
}

TEST_CASE("The services list by key group reads the same services as a probe of each person's groups",
          "[counts][services]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("groups.jobbridge"));
    const qint64 migrant = c.item("key_group", "migrant_worker");
    QVector<qint64> people;
    for (int i = 0; i < 6; ++i)
        people << c.worker(QStringLiteral("人%1").arg(i), QStringLiteral("2026-01-05"), i % 2 ? c.townA : c.townB, i);
    for (int i = 0; i < 6; i += 2)
        c.exec(QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) VALUES (?, ?)"),
               {people[i], migrant});
    for (int day = 1; day <= 24; ++day)
        REQUIRE(addService(c.db(), service(people[day % 6], day % 3 ? servicekind::training : QStringLiteral("visit"),
                                           QDate(2026, 1 + day % 5, day)))
                    .hasValue());
    auto expected = [&](const QString& extra, int offset, int limit) {
        return column(c.db(), QStringLiteral("SELECT id FROM services s WHERE worker_id IN (SELECT worker_id FROM "
                                             "worker_key_groups WHERE key_group_id = %1)%2 ORDER BY provided_on DESC, "
                                             "id DESC LIMIT %3 OFFSET %4")
                                  .arg(migrant)
                                  .arg(extra)
                                  .arg(limit)
                                  .arg(offset));
    };
    auto listed = [&](const ServiceFilter& f, int offset, int limit) {
        const auto rows = listServices(c.db(), f, offset, limit);
        REQUIRE(rows.hasValue());
        QStringList ids;
        for (const ServiceRow& r : *rows)
            ids << QString::number(r.id);
        return ids;
    };
    ServiceFilter group;
    group.keyGroupId = migrant;
    CHECK(countServices(c.db(), group).value() == expected({}, 0, 100).size());
    CHECK(expected({}, 0, 100).size() == 12);
    for (int offset : {0, 3, 7})
        CHECK(listed(group, offset, 4) == expected({}, offset, 4));
    ServiceFilter march = group;
    march.from = QDate(2026, 3, 1);
    march.to = QDate(2026, 4, 30);
    const QString inMarch = QStringLiteral(" AND provided_on BETWEEN '2026-03-01' AND '2026-04-30'");
    CHECK(countServices(c.db(), march).value() == expected(inMarch, 0, 100).size());
    CHECK(listed(march, 1, 3) == expected(inMarch, 1, 3));
    // With a kind or a unit, the services are probed in the group's summary.
    ServiceFilter training = group;
    training.kind = servicekind::training;
    const QString trainingOnly = QStringLiteral(" AND service_type_id = %1").arg(c.item("service_type", "training"));
    CHECK(countServices(c.db(), training).value() == expected(trainingOnly, 0, 100).size());
    CHECK(listed(training, 2, 5) == expected(trainingOnly, 2, 5));
    ServiceFilter town = group;
    town.orgId = c.townB;
    CHECK(listed(town, 0, 100) == expected(QStringLiteral(" AND org_id = %1").arg(c.townB), 0, 100));
    const auto byGroup = serviceTotals(c.db(), group);
    REQUIRE(byGroup.hasValue());
    CHECK(byGroup->at(1).kind == servicekind::training);
    CHECK(byGroup->at(1).services == expected(trainingOnly, 0, 100).size());
}

TEST_CASE("Growing gaps and stale enterprises count the same from the summary and, before a later visit, from the "
          "records",
          "[counts][warnings]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("gaps.jobbridge"));
    const qint64 x = c.enterprise(QStringLiteral("合力叉车"));
    const qint64 y = c.enterprise(QStringLiteral("江淮汽车"));
    c.post(x, QStringLiteral("叉车司机"));
    c.post(y, QStringLiteral("装配工"));
    auto snapshot = [&](qint64 e, const char* day, int gap) {
        c.exec(QStringLiteral("INSERT INTO demand_snapshots (enterprise_id, recorded_on, gap) VALUES (?, ?, ?)"),
               {e, QString::fromLatin1(day), gap});
    };
    snapshot(x, "2026-01-10", 3);
    snapshot(x, "2026-02-10", 5); // grew by 02-10
    snapshot(x, "2026-06-10", 1); // shrank by 06-10
    snapshot(y, "2026-03-01", 2);
    snapshot(y, "2026-07-01", 9); // grew by 07-01
    auto section = [&](WarningSection s, const QDate& day) {
        const auto list = warningSection(c.db(), s, day, 100);
        REQUIRE(list.hasValue());
        CHECK(list->count == list->records.size());
        return list->count;
    };
    // Today before the last visits: counted from the records; after them: from the summary.
    CHECK(section(WarningSection::GapGrowing, QDate(2026, 3, 1)) == 1);
    CHECK(section(WarningSection::GapGrowing, QDate(2026, 6, 30)) == 0);
    CHECK(section(WarningSection::GapGrowing, QDate(2026, 7, 1)) == 1);
    CHECK(section(WarningSection::GapGrowing, QDate(2026, 12, 7)) == 1);
    CHECK(section(WarningSection::StaleEnterprises, QDate(2026, 9, 15)) == 1); // x: last visit 06-10
    CHECK(section(WarningSection::StaleEnterprises, QDate(2026, 12, 7)) == 2);
}

TEST_CASE("A v12 file upgraded to v15 has its count summaries filled from its records", "[counts][migration]")
{
    ScratchDir dir;
    const QString connection = QStringLiteral("v12-counts");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.file(QStringLiteral("v12.jobbridge")));
        REQUIRE(db.open());
        std::vector<MigrationStep> v12;
        for (const MigrationStep& step : standardMigrations())
            if (step.toVersion <= 12)
                v12.push_back(step);
        REQUIRE(migrate(db, v12).ok());
        for (const char* sql : {
                 "INSERT INTO organisations (id, code, name, kind, is_home, created_at) VALUES (1, '340122', "
                 "'肥东县总工会', 'county', 1, 't')",
                 "INSERT INTO enterprises (id, org_id, name, created_at, updated_at) VALUES (1, 1, '甲公司', "
                 "'2026-01-02T08:00:00Z', 't')",
                 "INSERT INTO vacancies (enterprise_id, title, posted_on, created_at, updated_at) VALUES (1, '焊工', "
                 "'2026-01-02', 't', 't')",
                 "INSERT INTO demand_snapshots (enterprise_id, recorded_on, gap) VALUES (1, '2026-02-01', 2), (1, "
                 "'2026-03-01', 4)",
                 "INSERT INTO workers (id, org_id, name, registered_on, created_at, updated_at) VALUES (1, 1, '张三', "
                 "'2026-01-02', 't', 't')",
                 "INSERT INTO worker_key_groups (worker_id, key_group_id) SELECT 1, id FROM reference_items WHERE "
                 "list = 'key_group' AND code = 'migrant_worker'",
                 "INSERT INTO services (org_id, service_type_id, worker_id, provided_on, created_at) SELECT 1, id, "
                 "1, '2026-02-0' || n, 't' FROM reference_items, (SELECT 1 AS n UNION SELECT 2) WHERE list = "
                 "'service_type' AND code = 'training'",
             }) {
            QSqlQuery q(db);
            INFO(sql);
            REQUIRE(q.exec(QString::fromUtf8(sql)));
        }
        REQUIRE(migrate(db).ok());
        CHECK(count(db, QStringLiteral("PRAGMA user_version")) == kCurrentSchemaVersion);
        CHECK(summaries(db) == recounted(db));
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM service_key_groups")) == 2);
        CHECK(column(db, QStringLiteral("SELECT coalesce(prev_on, '-') FROM service_previous ORDER BY service_id")) ==
              QStringList{QStringLiteral("-"), QStringLiteral("2026-02-01")});
        CHECK(column(db, QStringLiteral("SELECT last_seen_on || ' ' || last_gap || ' ' || prev_gap || ' ' || "
                                        "open_posts || ' ' || first_demand_on || ' ' || last_demand_on FROM "
                                        "enterprise_demand")) ==
              QStringList{QStringLiteral("2026-03-01 4 2 1 2026-01-02 2026-03-01")});
    }
    QSqlDatabase::removeDatabase(connection);
}

TEST_CASE("Enterprises visited read from the enterprises' summary equal a recount from their snapshots and posts",
          "[counts][metrics]")
{
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("visited.jobbridge"));
    // P: first visited before the period and again in it; Q: first visited in it (a post, then a visit); R: only
    // before it; S: only after it; T (town B): a post before and a visit in it; U: nothing.
    const qint64 p = c.enterprise(QStringLiteral("甲"), c.townA);
    const qint64 q = c.enterprise(QStringLiteral("乙"), c.townA);
    const qint64 r = c.enterprise(QStringLiteral("丙"));
    const qint64 s = c.enterprise(QStringLiteral("丁"));
    const qint64 t = c.enterprise(QStringLiteral("戊"), c.townB);
    c.enterprise(QStringLiteral("己"));
    auto visit = [&](qint64 e, const char* day) {
        c.exec(QStringLiteral("INSERT INTO demand_snapshots (enterprise_id, recorded_on) VALUES (?, ?)"),
               {e, QString::fromLatin1(day)});
    };
    auto post = [&](qint64 e, const char* title, const char* day) {
        c.exec(QStringLiteral("INSERT INTO vacancies (enterprise_id, title, posted_on, created_at, updated_at) VALUES "
                              "(?, ?, ?, 't', 't')"),
               {e, QString::fromUtf8(title), QString::fromLatin1(day)});
    };
    visit(p, "2026-02-10");
    visit(p, "2026-03-20");
    post(p, "焊工", "2026-03-25");
    post(q, "电工", "2026-03-05");
    visit(q, "2026-03-02");
    visit(r, "2026-02-01");
    visit(s, "2026-05-01");
    post(t, "仓管", "2026-01-15");
    visit(t, "2026-03-31");
    Period march;
    march.name = QStringLiteral("2026-03");
    march.start = QDate(2026, 3, 1);
    march.end = QDate(2026, 3, 31);
    const auto progress = loadProgress(c.db(), c.home, march, QDate(2026, 4, 30));
    REQUIRE(progress.hasValue());
    QStringList series;
    for (const CumulativePoint& point : progress->cumulative.value(QStringLiteral("enterprises_visited")))
        series << QStringLiteral("%1 %2").arg(point.day.toString(Qt::ISODate)).arg(point.total);
    CHECK(series ==
          QStringList{QStringLiteral("2026-03-02 1"), QStringLiteral("2026-03-20 2"), QStringLiteral("2026-03-31 3")});
    QStringList units;
    for (const SubUnitFigures& f : progress->bySubUnit)
        units << QStringLiteral("%1 %2").arg(f.org.name).arg(f.actual.value(QStringLiteral("enterprises_visited")));
    units.sort();
    CHECK(units == QStringList{QStringLiteral("店埠镇 2"), QStringLiteral("撮镇镇 1")});
    // The year: every enterprise with demand, each on its first day.
    Period year;
    year.name = QStringLiteral("2026");
    year.start = QDate(2026, 1, 1);
    year.end = QDate(2026, 12, 31);
    const auto whole = loadProgress(c.db(), c.home, year, QDate(2026, 12, 7));
    REQUIRE(whole.hasValue());
    CHECK(whole->figure(Metric::EnterprisesVisited).actual == 5);
}

TEST_CASE("A roster import and its undo keep the services' summaries equal to a recount", "[counts][import]")
{
    struct RosterCounty : PlacementCounty
    {
        using PlacementCounty::PlacementCounty;
        Database& file() { return *m_file; }
    };
    ScratchDir dir;
    RosterCounty c(dir, QStringLiteral("roster-counts.jobbridge"));
    // The people of tests/data/import/services/training.gbk.csv (test_service_import.cpp); one a migrant worker.
    for (const auto& [name, id] : {std::pair{"王强", "340122198003040154"}, std::pair{"张伟", "340122199005100119"},
                                   std::pair{"李娜", "340122199502180228"}})
        c.exec(QStringLiteral("INSERT INTO workers (org_id, name, id_number, birth_date, registered_on, created_at, "
                              "updated_at) VALUES (?, ?, ?, '1990-01-01', '2026-01-05', 't', 't')"),
               {c.townA, QString::fromUtf8(name), QString::fromLatin1(id)});
    c.exec(QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) SELECT id, ? FROM workers"),
           {c.item("key_group", "migrant_worker")});
    const QString before = summaries(c.db());
    ImportRequest request;
    request.filePath = jb::test::fixturePath(QStringLiteral("import/services/training.gbk.csv"));
    request.kind = ImportKind::Services;
    request.serviceKind = QStringLiteral("training");
    request.today = QDate(2026, 3, 31);
    request.officer = QStringLiteral("roster test");
    ImportJob job(c.file(), request);
    requireOk(job.prepare());
    const Expected<ImportSummary> imported = job.run();
    REQUIRE(imported.hasValue());
    CHECK(imported->inserted == 2);
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM service_key_groups")) == 2);
    CHECK(summaries(c.db()) == recounted(c.db()));
    requireOk(ImportBatchRepository(c.db()).undo(imported->batchId));
    CHECK(summaries(c.db()) == recounted(c.db()));
    CHECK(summaries(c.db()) == before);
}

TEST_CASE("A new demo's count summaries, filled once after its bulk writes, equal a recount", "[counts][demo]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("demo-counts.jobbridge"));
    QSqlDatabase db = file->connection();
    REQUIRE(generateDemo(db, smallOptions()).hasValue());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM service_previous")) ==
          count(db, QStringLiteral("SELECT count(*) FROM services WHERE worker_id IS NOT NULL")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM service_key_groups")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM enterprise_demand")) ==
          count(db, QStringLiteral("SELECT count(*) FROM enterprises")));
    CHECK(summaries(db) == recounted(db));
    // The triggers are back after the bulk writes: a later change keeps the summaries exact.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                   "'counts\\_%' ESCAPE '\\'")) ==
          static_cast<qint64>(counts::triggerStatements().size()));
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM services WHERE id IN (SELECT id FROM services ORDER BY id LIMIT 5)")));
    REQUIRE(q.exec(QStringLiteral("UPDATE vacancies SET status = 'closed' WHERE id IN (SELECT id FROM vacancies "
                                  "WHERE status = 'open' LIMIT 5)")));
    CHECK(summaries(db) == recounted(db));
}
