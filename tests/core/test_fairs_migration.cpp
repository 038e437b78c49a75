// Schema v7 on a version 6 file: fairs keep their rows, links and referrals; mode becomes form (both → mixed), the
// kind live-stream becomes the form livestream of a regular fair, the old typed figures become the reported ones,
// and the fair kinds are exactly the six of issue 12.

#include "core/storage/Migrations.h"
#include "test_demo_support.h"

#include <QSqlDatabase>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

void run(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("Schema v7 turns v6 fairs into records: form, kind, reported figures and links",
          "[storage][migration][fairs]")
{
    ScratchDir dir;
    const QString connection = QStringLiteral("v6-fairs");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.file(QStringLiteral("v6.jobbridge")));
        REQUIRE(db.open());
        run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        std::vector<MigrationStep> v6;
        for (const MigrationStep& step : standardMigrations())
            if (step.toVersion <= 6)
                v6.push_back(step);
        REQUIRE(migrate(db, v6).ok());
        REQUIRE(count(db, QStringLiteral("PRAGMA user_version")) == 6);
        run(db, QStringLiteral("INSERT INTO organisations (id, code, name, kind, is_home, created_at) VALUES "
                               "(1, '340122', '肥东县总工会', 'county', 1, 't')"));
        run(db, QStringLiteral("INSERT INTO enterprises (id, org_id, name, created_at, updated_at) VALUES "
                               "(1, 1, '甲公司', 't', 't')"));
        run(db, QStringLiteral("INSERT INTO workers (id, org_id, name, registered_on, created_at, updated_at) VALUES "
                               "(1, 1, '张三', '2026-01-02', 't', 't')"));
        run(db, QStringLiteral(
                    "INSERT INTO job_fairs (id, org_id, organiser_level, name, held_on, mode, kind_id, venue, "
                    "enterprises_count, jobs_offered, attendees, intentions, contracts, created_at, updated_at) VALUES "
                    "(1, 1, 'county', '专场', '2026-02-01', 'both', (SELECT id FROM reference_items WHERE code = "
                    "'industry' AND list = 'fair_kind'), '广场', 1, 40, 300, 20, 8, 't', 't'), "
                    "(2, 1, 'county', '直播带岗第1期', '2026-02-08', 'online', (SELECT id FROM reference_items WHERE "
                    "code = 'livestream'), '直播间', 0, 0, 5000, 3, 1, 't', 't')"));
        run(db, QStringLiteral("INSERT INTO fair_enterprises (fair_id, enterprise_id, jobs_offered, intentions, "
                               "contracts) VALUES (1, 1, 40, 20, 8)"));
        run(db, QStringLiteral("INSERT INTO referrals (worker_id, enterprise_id, fair_id, stage, stage_on, "
                               "created_at) VALUES (1, 1, 2, 'intention', '2026-02-08', 't')"));
        REQUIRE(migrate(db).ok());
        CHECK(count(db, QStringLiteral("PRAGMA user_version")) == kCurrentSchemaVersion);
        CHECK(
            column(db, QStringLiteral("SELECT form || '/' || (SELECT code FROM reference_items WHERE id = kind_id) "
                                      "|| '/' || status || '/' || visits || '/' || reported_intentions || '/' || "
                                      "reported_contracts || '/' || reported_headcount FROM job_fairs ORDER BY id")) ==
            QStringList{QStringLiteral("mixed/industry/held/300/20/8/40"),
                        QStringLiteral("livestream/regular/held/5000/3/1/0")});
        CHECK(column(db, QStringLiteral("SELECT code FROM reference_items WHERE list = 'fair_kind' ORDER BY "
                                        "sort_order")) ==
              QStringList{QStringLiteral("unified"), QStringLiteral("industry"), QStringLiteral("group"),
                          QStringLiteral("occupation"), QStringLiteral("regular"), QStringLiteral("campus")});
        CHECK(count(db, QStringLiteral("SELECT enterprises FROM fair_figures WHERE fair_id = 1")) == 1);
        CHECK(count(db, QStringLiteral("SELECT fair_id FROM referrals")) == 2);
        CHECK(column(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        CHECK(count(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
        // Deleting a fair still reaches the links (the foreign keys name the rebuilt table).
        run(db, QStringLiteral("DELETE FROM job_fairs WHERE id = 1"));
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM fair_enterprises")) == 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}
