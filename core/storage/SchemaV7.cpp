// Schema version 7: job fairs as records (issue 12). A fair gets a status (planned → held → closed), a form
// (offline, online, live-stream, offline with a live-stream; the old `mode`), co-organisers, the key groups it
// targets and the figures its organiser reports (visits in 人次, materials handed out, totals of intentions and
// contracts when no names exist, and a headcount total when no posts are linked). What a fair brought and who came are
// links, never typed counts: participating enterprises (fair_enterprises), the posts they brought (fair_posts, with the
// public-welfare flag), recorded attendees (fair_attendees); a vacancy or worker first recorded at a fair names it as
// its source. The fair's enterprises, posts, headcount, registered people, intentions and contracts are counted from
// these links by the view fair_figures.
//
// Migrating v6 rows: mode both → mixed; the old typed attendees become reported visits, the old intentions,
// contracts and jobs offered the reported totals (no posts were linked then, so the jobs a fair reported are kept as
// its reported headcount); the old enterprises_count (typed twice: the links already hold the enterprises) is
// dropped. Live-stream was a kind and is a form now: those fairs become form livestream
// (mixed if they also had a venue) of kind `regular`, and the kind `livestream` leaves the list. The kinds are then
// exactly unified, industry, group, occupation, regular, campus. Every existing fair was recorded after the fact,
// so it is `held`.
//
// job_fairs and fair_enterprises are rebuilt by SQLite's procedure (as in v5: foreign keys paused by migrate()).

#include "core/Message.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace jb::core::schema {

namespace {

const char* const kSchemaV7[] = {
    "PRAGMA legacy_alter_table = ON",
    R"(CREATE TABLE job_fairs_v7 (
        id                  INTEGER PRIMARY KEY,
        org_id              INTEGER NOT NULL REFERENCES organisations(id),
        organiser_level     TEXT NOT NULL CHECK (organiser_level IN ('province','city','county','industry')),
        name                TEXT NOT NULL,
        held_on             TEXT NOT NULL,
        ends_on             TEXT,
        form                TEXT NOT NULL CHECK (form IN ('offline','online','livestream','mixed')),
        kind_id             INTEGER REFERENCES reference_items(id),
        venue               TEXT NOT NULL DEFAULT '',
        co_organisers       TEXT NOT NULL DEFAULT '',
        status              TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('planned','held','closed')),
        visits              INTEGER NOT NULL DEFAULT 0 CHECK (visits >= 0),
        materials           INTEGER NOT NULL DEFAULT 0 CHECK (materials >= 0),
        reported_intentions INTEGER NOT NULL DEFAULT 0 CHECK (reported_intentions >= 0),
        reported_contracts  INTEGER NOT NULL DEFAULT 0 CHECK (reported_contracts >= 0),
        reported_headcount  INTEGER NOT NULL DEFAULT 0 CHECK (reported_headcount >= 0),
        note                TEXT NOT NULL DEFAULT '',
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL))",
    "INSERT INTO reference_items (list, code, name_zh, name_en, sort_order) "
    "SELECT 'fair_kind', 'regular', '小型常态化招聘会', 'Small regular fair', 5 "
    "WHERE NOT EXISTS (SELECT 1 FROM reference_items WHERE list = 'fair_kind' AND code = 'regular')",
    "INSERT INTO reference_items (list, code, name_zh, name_en, sort_order) "
    "SELECT 'fair_kind', 'campus', '校园招聘会', 'Campus fair', 6 "
    "WHERE NOT EXISTS (SELECT 1 FROM reference_items WHERE list = 'fair_kind' AND code = 'campus')",
    R"(INSERT INTO job_fairs_v7 (id, org_id, organiser_level, name, held_on, ends_on, form, kind_id, venue, status,
                                 visits, reported_intentions, reported_contracts, reported_headcount, note, created_at,
                                 updated_at)
       SELECT f.id, f.org_id, f.organiser_level, f.name, f.held_on, f.ends_on,
              CASE WHEN k.code = 'livestream' THEN (CASE f.mode WHEN 'online' THEN 'livestream' ELSE 'mixed' END)
                   WHEN f.mode = 'both' THEN 'mixed' ELSE f.mode END,
              CASE WHEN k.code = 'livestream'
                   THEN (SELECT id FROM reference_items WHERE list = 'fair_kind' AND code = 'regular')
                   ELSE f.kind_id END,
              f.venue, 'held', f.attendees, f.intentions, f.contracts, f.jobs_offered, f.note, f.created_at,
              f.updated_at
       FROM job_fairs f LEFT JOIN reference_items k ON k.id = f.kind_id)",
    "DROP TABLE job_fairs",
    "ALTER TABLE job_fairs_v7 RENAME TO job_fairs",
    "CREATE INDEX job_fairs_held ON job_fairs(held_on)",
    "CREATE INDEX job_fairs_org ON job_fairs(org_id, held_on)",
    // One statement over two lines: the parentheses tell clang (-Wstring-concatenation) the joining is meant.
    ("DELETE FROM reference_items WHERE list = 'fair_kind' AND code = 'livestream' "
     "AND NOT EXISTS (SELECT 1 FROM job_fairs WHERE kind_id = reference_items.id)"),

    // Participating enterprises: the link alone (an import that added it is remembered for undo).
    R"(CREATE TABLE fair_enterprises_v7 (
        fair_id         INTEGER NOT NULL REFERENCES job_fairs(id) ON DELETE CASCADE,
        enterprise_id   INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
        import_batch_id INTEGER REFERENCES import_batches(id),
        PRIMARY KEY (fair_id, enterprise_id)) WITHOUT ROWID)",
    "INSERT INTO fair_enterprises_v7 (fair_id, enterprise_id) SELECT fair_id, enterprise_id FROM fair_enterprises",
    "DROP TABLE fair_enterprises",
    "ALTER TABLE fair_enterprises_v7 RENAME TO fair_enterprises",
    "CREATE INDEX fair_enterprises_enterprise ON fair_enterprises(enterprise_id)",
    "PRAGMA legacy_alter_table = OFF",

    // The posts each enterprise brought: its vacancies, one of them possibly a public-welfare post (公益性岗位).
    R"(CREATE TABLE fair_posts (
        fair_id         INTEGER NOT NULL REFERENCES job_fairs(id) ON DELETE CASCADE,
        vacancy_id      INTEGER NOT NULL REFERENCES vacancies(id) ON DELETE CASCADE,
        public_welfare  INTEGER NOT NULL DEFAULT 0 CHECK (public_welfare IN (0,1)),
        import_batch_id INTEGER REFERENCES import_batches(id),
        PRIMARY KEY (fair_id, vacancy_id)) WITHOUT ROWID)",
    "CREATE INDEX fair_posts_vacancy ON fair_posts(vacancy_id)",
    // People recorded at the fair, linked to the worker list.
    R"(CREATE TABLE fair_attendees (
        fair_id         INTEGER NOT NULL REFERENCES job_fairs(id) ON DELETE CASCADE,
        worker_id       INTEGER NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
        import_batch_id INTEGER REFERENCES import_batches(id),
        PRIMARY KEY (fair_id, worker_id)) WITHOUT ROWID)",
    "CREATE INDEX fair_attendees_worker ON fair_attendees(worker_id)",
    // The key groups a fair targets.
    R"(CREATE TABLE fair_key_groups (
        fair_id      INTEGER NOT NULL REFERENCES job_fairs(id) ON DELETE CASCADE,
        key_group_id INTEGER NOT NULL REFERENCES reference_items(id),
        PRIMARY KEY (fair_id, key_group_id)) WITHOUT ROWID)",
    // The fair as the source of a vacancy or a worker first recorded there.
    "ALTER TABLE vacancies ADD COLUMN source_fair_id INTEGER REFERENCES job_fairs(id) ON DELETE SET NULL",
    "ALTER TABLE workers ADD COLUMN source_fair_id INTEGER REFERENCES job_fairs(id) ON DELETE SET NULL",
    // Referrals made at a fair, and the stages a sheet import added to a referral: counted per fair, and removable
    // with the import that made them.
    "ALTER TABLE referrals ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id)",
    "ALTER TABLE referral_stages ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id)",
    "CREATE INDEX referrals_fair ON referrals(fair_id) WHERE fair_id IS NOT NULL",

    // A fair's figures, counted from its links. Intentions and contracts are referrals made at the fair that
    // reached that stage (a contract signed on site has its intention row too, as the pipeline's funnel wants).
    R"(CREATE VIEW fair_figures AS SELECT f.id AS fair_id,
        (SELECT count(*) FROM fair_enterprises e WHERE e.fair_id = f.id) AS enterprises,
        (SELECT count(*) FROM fair_posts p WHERE p.fair_id = f.id) AS posts,
        (SELECT coalesce(sum(v.headcount), 0) FROM fair_posts p JOIN vacancies v ON v.id = p.vacancy_id
          WHERE p.fair_id = f.id) AS headcount,
        (SELECT count(*) FROM fair_posts p WHERE p.fair_id = f.id AND p.public_welfare = 1) AS public_welfare_posts,
        f.visits AS visits,
        (SELECT count(*) FROM fair_attendees a WHERE a.fair_id = f.id) AS registered,
        (SELECT count(*) FROM referrals r WHERE r.fair_id = f.id AND EXISTS (SELECT 1 FROM referral_stages s
          WHERE s.referral_id = r.id AND s.stage = 'intention')) AS intentions,
        (SELECT count(*) FROM referrals r WHERE r.fair_id = f.id AND EXISTS (SELECT 1 FROM referral_stages s
          WHERE s.referral_id = r.id AND s.stage = 'contract')) AS contracts
        FROM job_fairs f)",
};

} // namespace

Status upgradeToVersion7(QSqlDatabase& db)
{
    QSqlQuery q(db);
    // Dropping job_fairs with foreign keys enforced would cascade into referrals (fair_id set to NULL).
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 0)
        return Status::failure(JB_TR("Storage", "Foreign keys are enforced; the job fairs table cannot be rebuilt"));
    QStringList statements;
    for (const char* statement : kSchemaV7)
        statements << QString::fromUtf8(statement);
    return execStatements(db, statements, QStringLiteral("schema v7"));
}

} // namespace jb::core::schema
