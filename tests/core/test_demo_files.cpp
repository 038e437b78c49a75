// The demo generator, as a whole file: sums that add up, byte-identical output for the same seed (threaded or
// not), refusals that change nothing, a file that reopens, and homes other than 肥东县.

#include "test_demo_support.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

TEST_CASE("Demo fairs, snapshots and targets add up", "[demo]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("fairs.jobbridge"));
    QSqlDatabase db = file->connection();
    requireOk(generateDemo(db, smallOptions()));

    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM job_fairs WHERE organiser_level = 'county' AND "
                                   "held_on BETWEEN '2026-01-15' AND '2026-04-10'")) >= 15);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM job_fairs WHERE organiser_level = 'county'")) >= 20);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM job_fairs WHERE organiser_level IN ('city', 'province')")) >
          0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(DISTINCT form) FROM job_fairs")) >= 2);
    // Figures come from links: every post brought belongs to a participating enterprise and was posted by the fair's
    // day; reported contracts never exceed reported intentions; people with a referral at a fair attended it.
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM fair_posts p JOIN vacancies v ON v.id = p.vacancy_id JOIN "
                                   "job_fairs f ON f.id = p.fair_id WHERE v.posted_on > f.held_on OR NOT EXISTS "
                                   "(SELECT 1 FROM fair_enterprises e WHERE e.fair_id = p.fair_id AND "
                                   "e.enterprise_id = v.enterprise_id)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM job_fairs WHERE reported_contracts > reported_intentions OR "
                                   "visits <= 0 OR status = 'planned'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM referrals r WHERE r.fair_id IS NOT NULL AND NOT EXISTS "
                                   "(SELECT 1 FROM fair_attendees a WHERE a.fair_id = r.fair_id AND a.worker_id = "
                                   "r.worker_id)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM fair_figures WHERE posts > 0 AND headcount > 0")) > 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM fair_posts WHERE public_welfare = 1")) > 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM job_fairs f JOIN fair_figures x ON x.fair_id = f.id WHERE "
                                   "f.organiser_level = 'county' AND f.form <> 'livestream' AND x.enterprises NOT "
                                   "BETWEEN 20 AND 80")) == 0);

    // Periods: the year, the phase and twelve months.
    CHECK(scalar(db, QStringLiteral("SELECT label FROM periods WHERE name = '2026'")).toString() ==
          QStringLiteral("2026年"));
    CHECK(scalar(db, QStringLiteral("SELECT starts_on || ' ' || ends_on FROM periods WHERE name = "
                                    "'2026-concentrated'"))
              .toString() == QLatin1String("2026-01-15 2026-04-10"));
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM periods WHERE kind = 'month'")) == 12);
    CHECK(scalar(db, QStringLiteral("SELECT label FROM periods WHERE name = '2026-02'")).toString() ==
          QStringLiteral("2026年2月"));

    // Targets for the home in the year and the phase; the year's visits and jobs split to the sub-units exactly.
    const QString homeTarget = QStringLiteral(
        "SELECT value FROM targets t JOIN periods p ON p.id = t.period_id JOIN organisations o ON o.id = t.org_id "
        "WHERE o.is_home = 1 AND p.name = '%1' AND t.metric = '%2'");
    CHECK(scalar(db, homeTarget.arg(QStringLiteral("2026"), QStringLiteral("job_fairs"))).toInt() >= 20);
    CHECK(scalar(db, homeTarget.arg(QStringLiteral("2026-concentrated"), QStringLiteral("job_fairs"))).toInt() >= 15);
    for (const char* metric :
         {"enterprises_visited", "jobs_collected", "stable_employment", "intentions", "contracts", "people_trained"})
        CHECK(scalar(db, homeTarget.arg(QStringLiteral("2026"), QString::fromLatin1(metric))).toDouble() > 0);
    for (const char* metric : {"enterprises_visited", "jobs_collected"}) {
        const double home = scalar(db, homeTarget.arg(QStringLiteral("2026"), QString::fromLatin1(metric))).toDouble();
        const double units =
            scalar(db, QStringLiteral("SELECT TOTAL(value) FROM targets t JOIN periods p ON p.id = t.period_id JOIN "
                                      "organisations o ON o.id = t.org_id WHERE o.code LIKE '340122-%' AND "
                                      "p.name = '2026' AND t.metric = '%1'")
                           .arg(QString::fromLatin1(metric)))
                .toDouble();
        INFO(metric);
        CHECK(units == home);
    }
}

TEST_CASE("The same seed gives the same demo; another seed another", "[demo]")
{
    ScratchDir dir;
    auto first = newFile(dir, QStringLiteral("a.jobbridge"));
    auto second = newFile(dir, QStringLiteral("b.jobbridge"));
    auto third = newFile(dir, QStringLiteral("c.jobbridge"));
    requireOk(generateDemo(first->connection(), smallOptions(7)));
    requireOk(generateDemo(second->connection(), smallOptions(7)));
    requireOk(generateDemo(third->connection(), smallOptions(8)));
    const QByteArray a = contentHash(first->connection());
    CHECK(a == contentHash(second->connection()));
    CHECK(a != contentHash(third->connection()));
    CHECK(column(first->connection(), QStringLiteral("SELECT name FROM workers ORDER BY id LIMIT 20")) !=
          column(third->connection(), QStringLiteral("SELECT name FROM workers ORDER BY id LIMIT 20")));
}

TEST_CASE("Without a scratch folder the demo is staged in memory and comes out the same", "[demo]")
{
    ScratchDir dir;
    auto threaded = newFile(dir, QStringLiteral("threaded.jobbridge"));
    auto inMemory = newFile(dir, QStringLiteral("memory.jobbridge"));
    requireOk(generateDemo(threaded->connection(), smallOptions(11)));
    {
        // The staging scratch file goes to the temporary folder; point that at a plain file, so no folder can be
        // made there.
        const QString notAFolder = dir.file(QStringLiteral("not-a-folder"));
        jb::test::writeAll(notAFolder, "x");
        const QByteArray saved = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(notAFolder));
        const auto result = generateDemo(inMemory->connection(), smallOptions(11));
        if (saved.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", saved);
        requireOk(result);
    }
    CHECK(contentHash(threaded->connection()) == contentHash(inMemory->connection()));
    CHECK(column(inMemory->connection(), QStringLiteral("SELECT name FROM sqlite_temp_master")).isEmpty());
}

TEST_CASE("A file with records, a cancelled run and bad options are refused and nothing changes", "[demo]")
{
    ScratchDir dir;
    SECTION("a second run into a demo file")
    {
        auto file = newFile(dir, QStringLiteral("twice.jobbridge"));
        QSqlDatabase db = file->connection();
        requireOk(generateDemo(db, smallOptions()));
        const QByteArray before = contentHash(db);
        const qint64 orgs = count(db, QStringLiteral("SELECT COUNT(*) FROM organisations"));
        const auto again = generateDemo(db, smallOptions(99));
        REQUIRE_FALSE(again.hasValue());
        CHECK(again.error().contains(QStringLiteral("未作改动")));
        CHECK(contentHash(db) == before);
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM organisations")) == orgs);
        CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    }
    SECTION("a file with one enterprise typed in by hand")
    {
        auto file = newFile(dir, QStringLiteral("one.jobbridge"));
        QSqlDatabase db = file->connection();
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) SELECT id, "
                                      "'某公司', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM organisations "
                                      "WHERE is_home = 1")));
        const qint64 orgs = count(db, QStringLiteral("SELECT COUNT(*) FROM organisations"));
        REQUIRE_FALSE(generateDemo(db, smallOptions()).hasValue());
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM organisations")) == orgs);
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM enterprises")) == 1);
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM periods")) == 0);
    }
    SECTION("cancelled from the progress callback")
    {
        auto file = newFile(dir, QStringLiteral("cancel.jobbridge"));
        QSqlDatabase db = file->connection();
        const auto result = generateDemo(db, smallOptions(), [](int percent) { return percent < 40; });
        REQUIRE_FALSE(result.hasValue());
        CHECK(result.error().contains(QStringLiteral("取消")));
        for (const char* table : {"enterprises", "workers", "vacancies", "job_fairs", "referrals", "services",
                                  "periods", "targets", "audit_log"})
            CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))) == 0);
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM organisations WHERE code LIKE '%-%'")) == 0);
        // and the file still takes a demo afterwards
        CHECK(generateDemo(db, smallOptions()).hasValue());
    }
    SECTION("impossible options")
    {
        auto file = newFile(dir, QStringLiteral("bad.jobbridge"));
        QSqlDatabase db = file->connection();
        DemoOptions o = smallOptions();
        o.workers = -5;
        CHECK_FALSE(generateDemo(db, o).hasValue());
        o = smallOptions();
        o.enterprises = 0;
        o.vacancies = 10;
        CHECK_FALSE(generateDemo(db, o).hasValue());
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM organisations WHERE code LIKE '%-%'")) == 0);
    }
}

TEST_CASE("A demo file closes and opens again like any other", "[demo]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("reopen.jobbridge"));
    {
        auto file = newFile(dir, QStringLiteral("reopen.jobbridge"));
        requireOk(generateDemo(file->connection(), smallOptions()));
    }
    auto reopened = Database::open(path);
    INFO(reopened.error().toStdString());
    REQUIRE(reopened.hasValue());
    QSqlDatabase db = (*reopened)->connection();
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers")) == 800);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
}

TEST_CASE("Another home gets generic sub-units; tiny and empty demos work", "[demo]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("other.jobbridge"), "341126"); // 凤阳县
    QSqlDatabase db = file->connection();
    DemoOptions o = smallOptions();
    o.workers = 50;
    o.enterprises = 5;
    o.vacancies = 12;
    o.fairs = 3;
    o.today = QDate(2026, 2, 1); // early in the phase: nothing may fall after today
    const auto summary = generateDemo(db, o);
    requireOk(summary);
    CHECK(summary->vacancies == 12);
    CHECK(scalar(db, QStringLiteral("SELECT name FROM organisations WHERE code = '341126-001'")).toString() ==
          QStringLiteral("第一街道"));
    CHECK(count(db, QStringLiteral(
                        "SELECT COUNT(*) FROM organisations WHERE code LIKE '341126-%' AND kind = 'park'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE id_number LIKE '341126%'")) > 25);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM job_fairs WHERE held_on > '2026-02-01'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM referral_stages WHERE occurred_on > '2026-02-01'")) == 0);
    CHECK(column(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());

    auto empty = newFile(dir, QStringLiteral("empty.jobbridge"));
    DemoOptions none;
    none.workers = 0;
    none.enterprises = 0;
    none.fairs = 0;
    none.today = kToday;
    const auto nothing = generateDemo(empty->connection(), none);
    requireOk(nothing);
    CHECK(nothing->workers == 0);
    CHECK(nothing->vacancies == 0);
    CHECK(nothing->targets > 0);
}
