// An import into an empty worker list runs as a bulk load (core/import/writing/BulkLoad.h): its indexes are set aside
// and built again before the commit, the ID map stands in for the ID index, and the name search index is filled from
// two SQL functions. These tests hold that to the same results as the row-by-row path: the same indexes and
// rules afterwards, the same search tokens as the SQL expressions the triggers use, and the schema v5 upgrade
// that made the ID index droppable keeping every record and rule.

#include "core/ImportTestSupport.h"
#include "core/import/writing/BulkLoad.h"
#include "core/import/writing/SearchTokens.h"
#include "core/import/writing/SqliteConnection.h"
#include "core/storage/ActivitySummary.h"
#include "core/storage/Migrations.h"
#include "core/storage/WorkerSearchIndex.h"

#include <QFile>
#include <QSqlQuery>

using namespace jb::core;
using jb::test::ScratchDir;
using namespace jb::test::import;

namespace {

QStringList schemaObjects(const Database& db, const QString& type)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = '%1' AND tbl_name IN ('workers', "
                                  "'worker_key_groups', 'worker_hardships', 'worker_service_needs') ORDER BY name")
                       .arg(type)));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

TEST_CASE("The search functions spell exactly the tokens of the trigger's SQL expressions", "[import][bulk]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const QString path = db->path();
    db.reset();
    SqliteConnection c;
    REQUIRE(c.open(path).ok());
    REQUIRE(search::registerTokenFunctions(c.handle()).ok());
    REQUIRE(c.exec("CREATE TEMP TABLE t (name TEXT, id_number TEXT, phone TEXT)").ok());
    const QStringList names = {QStringLiteral("张三"),
                               QStringLiteral("欧阳娜娜"),
                               QString(),
                               QStringLiteral("A"),
                               QStringLiteral("阿卜杜热合曼·买买提艾力·阿不都克热木·托合提"),
                               QStringLiteral("𠮷野家"),
                               QStringLiteral("Li Lei")};
    const QStringList ids = {QStringLiteral("340122199001011234"), QString(), QStringLiteral("12"),
                             QStringLiteral("11010519491231002X")};
    const QStringList phones = {QStringLiteral("13812345678"), QString(), QStringLiteral("0551-6712345"),
                                QStringLiteral("7")};
    Expected<SqliteStatement> insert = c.prepare("INSERT INTO t VALUES (?, ?, ?)");
    REQUIRE(insert.hasValue());
    int rows = 0;
    for (const QString& name : names)
        for (int k = 0; k < ids.size(); ++k) {
            insert->bindTextCopy(1, name);
            // A NULL ID as well as an empty one.
            if (ids[k].isNull())
                insert->bindNull(2);
            else
                insert->bindTextCopy(2, ids[k]);
            insert->bindTextCopy(3, phones[k]);
            REQUIRE(insert->run().ok());
            ++rows;
        }
    const QByteArray differing =
        QStringLiteral("SELECT count(*) FROM t WHERE jb_spaced_name(name) IS NOT (%1) OR jb_tails(id_number, phone) "
                       "IS NOT (%2)")
            .arg(search::spacedName(QStringLiteral("name")),
                 search::tails(QStringLiteral("id_number"), QStringLiteral("phone")))
            .toUtf8();
    Expected<SqliteStatement> compare = c.prepare(differing);
    REQUIRE(compare.hasValue());
    REQUIRE(compare->step());
    CHECK(compare->intValue(0) == 0);
    compare->reset();
    Expected<SqliteStatement> sample = c.prepare("SELECT jb_spaced_name('欧阳娜娜'), jb_tails('11010519491231002X', "
                                                 "'13812345678'), (SELECT count(*) FROM t)");
    REQUIRE(sample.hasValue());
    REQUIRE(sample->step());
    CHECK(sample->textValue(0) == "欧 阳 娜 娜");
    CHECK(sample->textValue(1) == "iX200 p8765");
    CHECK(sample->intValue(2) == rows);
}

TEST_CASE("A bulk load leaves the same indexes, triggers and ID rule as a file that never had one", "[import][bulk]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const QStringList indexes = schemaObjects(*db, QStringLiteral("index"));
    const QStringList triggers = schemaObjects(*db, QStringLiteral("trigger"));
    REQUIRE(indexes.contains(QStringLiteral("workers_id_number")));
    REQUIRE(indexes.contains(QStringLiteral("worker_key_groups_group")));

    // A dry run and a real bulk load.
    REQUIRE(importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers, true).hasValue());
    CHECK(schemaObjects(*db, QStringLiteral("index")) == indexes);
    Expected<ImportSummary> s = importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers);
    REQUIRE(s.hasValue());
    REQUIRE(s->inserted > 0);
    CHECK(schemaObjects(*db, QStringLiteral("index")) == indexes);
    CHECK(schemaObjects(*db, QStringLiteral("trigger")) == triggers);
    CHECK(text(*db, QStringLiteral("PRAGMA integrity_check")) == QLatin1String("ok"));

    // The ID rule holds again: a second person with a stored ID number is refused.
    QSqlQuery q(db->connection());
    const QString stored = text(*db, QStringLiteral("SELECT id_number FROM workers WHERE id_number IS NOT NULL "
                                                    "LIMIT 1"));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO workers (org_id, name, id_number, registered_on, created_at, "
                                      "updated_at) SELECT org_id, '重复', id_number, registered_on, created_at, "
                                      "updated_at FROM workers WHERE id_number = '%1'")
                           .arg(stored)));
    // And the ID index answers lookups (not a scan).
    REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM workers WHERE id_number = '%1'").arg(stored)));
    QString plan;
    while (q.next())
        plan += q.value(3).toString();
    CHECK(plan.contains(QLatin1String("workers_id_number")));
}

TEST_CASE("The ID map finds every ID it was given and nothing else, across growth", "[import][bulk]")
{
    IdNumberMap map;
    for (int i = 1; i <= 200000; ++i)
        map.insert(residentId(i), i);
    map.insert(QStringLiteral("not an ID"), 7);
    CHECK(map.size() == 200001);
    bool all = true;
    for (int i = 1; i <= 200000 && all; ++i)
        all = map.find(residentId(i)) == i;
    CHECK(all);
    CHECK(map.find(residentId(200001)) == 0);
    CHECK(map.find(QStringLiteral("not an ID")) == 7);
    map.insert(residentId(5), 99); // a later row's rowid replaces the earlier one
    CHECK(map.find(residentId(5)) == 99);
    CHECK(map.size() == 200001);
}

TEST_CASE("Schema v5 rebuilds the workers table keeping records, links, summary and the ID rule",
          "[storage][migration][bulk]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("v1.jobbridge"));
    REQUIRE(QFile::copy(jb::test::fixturePath(QStringLiteral("schema/v1-feidong.jobbridge")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = Database::open(path);
    REQUIRE(opened.hasValue());
    Database& db = **opened;
    CHECK(db.schemaVersion() == kCurrentSchemaVersion);
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(text(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'workers'"))
              .contains(QLatin1String("UNIQUE")) == false);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'workers_id_number'")) == 1);
    // The six triggers of v2 and v4 came back after the rebuild (v6 adds a seventh, fingerprint_stale_workers, and
    // v16 three more, promise_parts_worker_*).
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                    "'workers' AND name NOT LIKE 'fingerprint%' AND name NOT LIKE "
                                    "'promise_parts%'")) == 6);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM worker_key_groups k JOIN workers w ON w.id = "
                                    "k.worker_id")) == 2);
    // Deleting a worker still cascades to the links (the foreign keys of the other tables name the new table).
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM workers WHERE id_number = '11010519491231002X'")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM worker_key_groups WHERE worker_id NOT IN (SELECT id FROM "
                                    "workers)")) == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
}

TEST_CASE("A bulk load counts the one-week promise exactly as the triggers do, repeats in the file included",
          "[import][bulk][summary]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const QString path = dir.file(QStringLiteral("hardship.csv"));
    // People in hardship, some in two key groups; line 5 repeats line 2 with another day, another category and
    // another group, line 6 repeats line 3 without any category (its promise clock stops).
    const QString csv = QStringLiteral("姓名,身份证号,重点群体,困难类别,登记日期\r\n"
                                       "甲一,%1,农民工,零就业家庭,2024-03-01\r\n"
                                       "乙二,%2,困难职工及家属、农民工,单亲家庭,2024-03-04\r\n"
                                       "丙三,%3,,零就业家庭、单亲家庭,2024-03-10\r\n"
                                       "甲一,%1,残疾职工,单亲家庭,2024-03-02\r\n"
                                       "乙二,%2,农民工,,2024-03-04\r\n"
                                       "丁四,%4,农民工,,2024-03-12\r\n")
                            .arg(residentId(11), residentId(12), residentId(13), residentId(14));
    jb::test::writeAll(path, csv.toUtf8());
    Expected<ImportSummary> s = importFile(*db, path, ImportKind::Workers);
    REQUIRE(s.hasValue());
    CHECK(s->inserted == 4);
    CHECK(s->updated == 2);
    auto rows = [&] {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT metric || '|' || key_group_id || '|' || org_id || '|' || day || '|' || n "
                                      "FROM activity_daily WHERE n <> 0 ORDER BY 1")));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    const QStringList maintained = rows();
    CHECK(maintained.size() > 0);
    QSqlDatabase c = db->connection();
    REQUIRE(c.transaction());
    REQUIRE(summary::rebuild(c).ok());
    const QStringList recounted = rows();
    REQUIRE(c.rollback());
    CHECK(maintained == recounted);
    // The triggers are back: a later change is counted by them.
    QSqlQuery q(c);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM worker_hardships WHERE worker_id = (SELECT id FROM workers WHERE "
                                  "name = '丙三') AND category_id = (SELECT min(category_id) FROM worker_hardships)")));
    const QStringList afterEdit = rows();
    REQUIRE(c.transaction());
    REQUIRE(summary::rebuild(c).ok());
    CHECK(rows() == afterEdit);
    REQUIRE(c.rollback());
}
