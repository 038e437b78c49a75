// Schema version 1: everything DOMAIN.md names, declared in one place.
// Later versions add steps in Migrations.cpp; this text never changes once released.
//
// Conventions: dates are ISO text 'YYYY-MM-DD', timestamps ISO 8601 UTC; money in yuan (REAL);
// reference values (key groups, industries, ...) live in reference_items and are linked by id;
// every record that an import can create carries import_batch_id so a batch can be undone.

#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QStringList>

namespace jb::core::schema {

namespace {

const char* const kSchemaV1[] = {
    // Key/value settings of this file: home organisation, promise days, stable-employment rule, officer name.
    R"(CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL))",

    // The organisation tree: province → cities → counties (GB/T 2260 codes), plus user-added sub-units
    // (towns, parks, industry unions) whose code is generated. Exactly one row is the file's home.
    R"(CREATE TABLE organisations (
        id         INTEGER PRIMARY KEY,
        code       TEXT NOT NULL UNIQUE,
        name       TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('province','prefecture','county','town','park',
                                                 'industry_union','other')),
        parent_id  INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
        is_home    INTEGER NOT NULL DEFAULT 0 CHECK (is_home IN (0,1)),
        retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0,1)),
        created_at TEXT NOT NULL))",
    "CREATE UNIQUE INDEX organisations_one_home ON organisations(is_home) WHERE is_home = 1",
    "CREATE INDEX organisations_parent ON organisations(parent_id)",

    // Editable reference lists, one table: key_group, hardship_category, industry (GB/T 4754 sections),
    // occupation_group, education, skill_level, service_type, employment_status, employment_form, fair_kind.
    // A value in use is retired, never deleted.
    R"(CREATE TABLE reference_items (
        id         INTEGER PRIMARY KEY,
        list       TEXT NOT NULL,
        code       TEXT NOT NULL,
        name_zh    TEXT NOT NULL,
        name_en    TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0,
        retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0,1)),
        UNIQUE (list, code)))",

    // Every import is a batch, so it can be reported and undone.
    R"(CREATE TABLE import_batches (
        id            INTEGER PRIMARY KEY,
        kind          TEXT NOT NULL,
        file_name     TEXT NOT NULL,
        file_sha256   TEXT NOT NULL,
        encoding      TEXT NOT NULL,
        delimiter     TEXT NOT NULL DEFAULT ',',
        rows_read     INTEGER NOT NULL DEFAULT 0,
        inserted      INTEGER NOT NULL DEFAULT 0,
        updated       INTEGER NOT NULL DEFAULT 0,
        unchanged     INTEGER NOT NULL DEFAULT 0,
        rejected      INTEGER NOT NULL DEFAULT 0,
        warnings      INTEGER NOT NULL DEFAULT 0,
        skipped_empty INTEGER NOT NULL DEFAULT 0,
        officer       TEXT NOT NULL DEFAULT '',
        started_at    TEXT NOT NULL,
        finished_at   TEXT,
        undone_at     TEXT))",
    // What a batch did to each record: enough to remove what it created and restore what it updated.
    R"(CREATE TABLE import_changes (
        id          INTEGER PRIMARY KEY,
        batch_id    INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        table_name  TEXT NOT NULL,
        record_id   INTEGER NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('insert','update')),
        before_json TEXT))",
    "CREATE INDEX import_changes_batch ON import_changes(batch_id)",
    // Saved column mappings, re-applied when the same header comes again.
    R"(CREATE TABLE import_profiles (
        id               INTEGER PRIMARY KEY,
        name             TEXT NOT NULL UNIQUE,
        kind             TEXT NOT NULL,
        header_signature TEXT NOT NULL,
        mapping_json     TEXT NOT NULL,
        updated_at       TEXT NOT NULL))",

    // Enterprise demand list (企业招工用工需求清单).
    R"(CREATE TABLE enterprises (
        id               INTEGER PRIMARY KEY,
        org_id           INTEGER NOT NULL REFERENCES organisations(id),
        name             TEXT NOT NULL,
        credit_code      TEXT,
        industry_id      INTEGER REFERENCES reference_items(id),
        address          TEXT NOT NULL DEFAULT '',
        contact_name     TEXT NOT NULL DEFAULT '',
        contact_phone    TEXT NOT NULL DEFAULT '',
        is_key_enterprise INTEGER NOT NULL DEFAULT 0 CHECK (is_key_enterprise IN (0,1)),
        is_major_project INTEGER NOT NULL DEFAULT 0 CHECK (is_major_project IN (0,1)),
        note             TEXT NOT NULL DEFAULT '',
        import_batch_id  INTEGER REFERENCES import_batches(id),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL))",
    "CREATE INDEX enterprises_org ON enterprises(org_id)",
    "CREATE INDEX enterprises_credit_code ON enterprises(credit_code) WHERE credit_code IS NOT NULL",
    "CREATE INDEX enterprises_name ON enterprises(org_id, name)",

    // Vacancies (岗位). Wages in yuan per month; wage_text keeps what was written ("面议").
    R"(CREATE TABLE vacancies (
        id                  INTEGER PRIMARY KEY,
        enterprise_id       INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
        title               TEXT NOT NULL,
        trade               TEXT NOT NULL DEFAULT '',
        occupation_group_id INTEGER REFERENCES reference_items(id),
        headcount           INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0),
        wage_min            INTEGER,
        wage_max            INTEGER,
        wage_text           TEXT NOT NULL DEFAULT '',
        benefits            TEXT NOT NULL DEFAULT '',
        education_id        INTEGER REFERENCES reference_items(id),
        age_min             INTEGER,
        age_max             INTEGER,
        skill_level_id      INTEGER REFERENCES reference_items(id),
        requirements        TEXT NOT NULL DEFAULT '',
        work_location       TEXT NOT NULL DEFAULT '',
        employment_form_id  INTEGER REFERENCES reference_items(id),
        posted_on           TEXT NOT NULL,
        status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','filled','closed')),
        closed_on           TEXT,
        import_batch_id     INTEGER REFERENCES import_batches(id),
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        UNIQUE (enterprise_id, title)))",
    "CREATE INDEX vacancies_posted ON vacancies(posted_on)",

    // Dated demand snapshots per visit or call: hiring plan (用工计划), hired so far (招工进度), gap (缺工人数).
    R"(CREATE TABLE demand_snapshots (
        id            INTEGER PRIMARY KEY,
        enterprise_id INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
        recorded_on   TEXT NOT NULL,
        contact_kind  TEXT NOT NULL DEFAULT 'visit' CHECK (contact_kind IN ('visit','call','fair','other')),
        planned       INTEGER NOT NULL DEFAULT 0,
        hired         INTEGER NOT NULL DEFAULT 0,
        gap           INTEGER NOT NULL DEFAULT 0,
        officer       TEXT NOT NULL DEFAULT '',
        note          TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX demand_snapshots_enterprise ON demand_snapshots(enterprise_id, recorded_on)",
    "CREATE INDEX demand_snapshots_date ON demand_snapshots(recorded_on, enterprise_id)",

    // Monitoring flags: wage arrears (欠薪), staff attrition (减员), labour-relations risk (劳动关系隐患).
    R"(CREATE TABLE enterprise_flags (
        id              INTEGER PRIMARY KEY,
        enterprise_id   INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
        kind            TEXT NOT NULL CHECK (kind IN ('wage_arrears','attrition','labour_risk')),
        flagged_on      TEXT NOT NULL,
        resolved_on     TEXT,
        amount_yuan     REAL,
        people_affected INTEGER,
        note            TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX enterprise_flags_enterprise ON enterprise_flags(enterprise_id)",

    // Worker needs list (劳动者求职需求清单). id_number is the normalised 18-character resident ID.
    R"(CREATE TABLE workers (
        id                   INTEGER PRIMARY KEY,
        org_id               INTEGER NOT NULL REFERENCES organisations(id),
        name                 TEXT NOT NULL,
        gender               TEXT CHECK (gender IN ('M','F')),
        id_number            TEXT UNIQUE,
        birth_date           TEXT,
        phone                TEXT NOT NULL DEFAULT '',
        hukou_place          TEXT NOT NULL DEFAULT '',
        current_place        TEXT NOT NULL DEFAULT '',
        employment_status_id INTEGER REFERENCES reference_items(id),
        returned_on          TEXT,
        return_destination   TEXT CHECK (return_destination IN ('in_province','out_of_province')),
        desired_trade        TEXT NOT NULL DEFAULT '',
        desired_place        TEXT NOT NULL DEFAULT '',
        expected_wage_min    INTEGER,
        expected_wage_max    INTEGER,
        skill_level_id       INTEGER REFERENCES reference_items(id),
        education_id         INTEGER REFERENCES reference_items(id),
        registered_on        TEXT NOT NULL,
        last_contact_on      TEXT,
        note                 TEXT NOT NULL DEFAULT '',
        import_batch_id      INTEGER REFERENCES import_batches(id),
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL))",
    "CREATE INDEX workers_org ON workers(org_id)",
    "CREATE INDEX workers_registered ON workers(registered_on)",
    // One person may be in several key groups, hardship categories and service needs.
    R"(CREATE TABLE worker_key_groups (
        worker_id    INTEGER NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
        key_group_id INTEGER NOT NULL REFERENCES reference_items(id),
        PRIMARY KEY (worker_id, key_group_id)) WITHOUT ROWID)",
    "CREATE INDEX worker_key_groups_group ON worker_key_groups(key_group_id, worker_id)",
    R"(CREATE TABLE worker_hardships (
        worker_id   INTEGER NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
        category_id INTEGER NOT NULL REFERENCES reference_items(id),
        PRIMARY KEY (worker_id, category_id)) WITHOUT ROWID)",
    "CREATE INDEX worker_hardships_category ON worker_hardships(category_id, worker_id)",
    R"(CREATE TABLE worker_service_needs (
        worker_id       INTEGER NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
        service_type_id INTEGER NOT NULL REFERENCES reference_items(id),
        PRIMARY KEY (worker_id, service_type_id)) WITHOUT ROWID)",
    "CREATE INDEX worker_service_needs_type ON worker_service_needs(service_type_id, worker_id)",

    // Job fairs (招聘会). Reported figures are kept as reported; participants are linked where known.
    R"(CREATE TABLE job_fairs (
        id                INTEGER PRIMARY KEY,
        org_id            INTEGER NOT NULL REFERENCES organisations(id),
        organiser_level   TEXT NOT NULL CHECK (organiser_level IN ('province','city','county','industry')),
        name              TEXT NOT NULL,
        held_on           TEXT NOT NULL,
        ends_on           TEXT,
        mode              TEXT NOT NULL CHECK (mode IN ('online','offline','both')),
        kind_id           INTEGER REFERENCES reference_items(id),
        venue             TEXT NOT NULL DEFAULT '',
        enterprises_count INTEGER NOT NULL DEFAULT 0,
        jobs_offered      INTEGER NOT NULL DEFAULT 0,
        attendees         INTEGER NOT NULL DEFAULT 0,
        intentions        INTEGER NOT NULL DEFAULT 0,
        contracts         INTEGER NOT NULL DEFAULT 0,
        note              TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL))",
    "CREATE INDEX job_fairs_held ON job_fairs(held_on)",
    R"(CREATE TABLE fair_enterprises (
        fair_id       INTEGER NOT NULL REFERENCES job_fairs(id) ON DELETE CASCADE,
        enterprise_id INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
        jobs_offered  INTEGER NOT NULL DEFAULT 0,
        intentions    INTEGER NOT NULL DEFAULT 0,
        contracts     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (fair_id, enterprise_id)) WITHOUT ROWID)",

    // Referral pipeline: recommended → interviewed → intention → contract → stable → left.
    // stage/stage_on mirror the latest row of referral_stages (kept in the same transaction).
    R"(CREATE TABLE referrals (
        id           INTEGER PRIMARY KEY,
        worker_id    INTEGER NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
        vacancy_id   INTEGER REFERENCES vacancies(id) ON DELETE SET NULL,
        enterprise_id INTEGER NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
        fair_id      INTEGER REFERENCES job_fairs(id) ON DELETE SET NULL,
        stage        TEXT NOT NULL CHECK (stage IN ('recommended','interviewed','intention','contract',
                                                    'stable','left')),
        stage_on     TEXT NOT NULL,
        officer      TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL))",
    "CREATE INDEX referrals_worker ON referrals(worker_id)",
    "CREATE INDEX referrals_vacancy ON referrals(vacancy_id)",
    "CREATE INDEX referrals_enterprise ON referrals(enterprise_id)",
    R"(CREATE TABLE referral_stages (
        id          INTEGER PRIMARY KEY,
        referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
        stage       TEXT NOT NULL CHECK (stage IN ('recommended','interviewed','intention','contract',
                                                   'stable','left')),
        occurred_on TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX referral_stages_referral ON referral_stages(referral_id, occurred_on)",
    "CREATE INDEX referral_stages_date ON referral_stages(stage, occurred_on)",

    // Services: training, entrepreneurship, legal aid, consultation, visits/condolence, mutual insurance,
    // financial and psychological support. Type-specific fields are nullable columns.
    R"(CREATE TABLE services (
        id                INTEGER PRIMARY KEY,
        org_id            INTEGER NOT NULL REFERENCES organisations(id),
        service_type_id   INTEGER NOT NULL REFERENCES reference_items(id),
        worker_id         INTEGER REFERENCES workers(id) ON DELETE CASCADE,
        enterprise_id     INTEGER REFERENCES enterprises(id) ON DELETE SET NULL,
        provided_on       TEXT NOT NULL,
        ends_on           TEXT,
        subtype           TEXT NOT NULL DEFAULT '',
        delivery          TEXT NOT NULL DEFAULT '',
        completed         INTEGER CHECK (completed IN (0,1)),
        employed_after    INTEGER CHECK (employed_after IN (0,1)),
        project_name      TEXT NOT NULL DEFAULT '',
        project_status    TEXT CHECK (project_status IN ('candidate','selected')),
        amount_yuan       REAL,
        province_share    REAL,
        city_share        REAL,
        officer           TEXT NOT NULL DEFAULT '',
        note              TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL))",
    "CREATE INDEX services_worker ON services(worker_id)",
    "CREATE INDEX services_type_date ON services(service_type_id, provided_on)",

    // Periods: years, named phases (the concentrated-action phase) and months, each with inclusive dates.
    R"(CREATE TABLE periods (
        id        INTEGER PRIMARY KEY,
        kind      TEXT NOT NULL CHECK (kind IN ('year','phase','month')),
        name      TEXT NOT NULL UNIQUE,
        label     TEXT NOT NULL,
        starts_on TEXT NOT NULL,
        ends_on   TEXT NOT NULL,
        CHECK (starts_on <= ends_on)))",
    // Targets: (organisation, period, metric, value). Targets are data, never code.
    R"(CREATE TABLE targets (
        id        INTEGER PRIMARY KEY,
        org_id    INTEGER NOT NULL REFERENCES organisations(id),
        period_id INTEGER NOT NULL REFERENCES periods(id) ON DELETE CASCADE,
        metric    TEXT NOT NULL,
        value     REAL NOT NULL CHECK (value >= 0),
        note      TEXT NOT NULL DEFAULT '',
        UNIQUE (org_id, period_id, metric)))",

    // Monthly reports as sent upward (the lock), and packages received from child organisations.
    R"(CREATE TABLE report_submissions (
        id           INTEGER PRIMARY KEY,
        org_id       INTEGER NOT NULL REFERENCES organisations(id),
        period_id    INTEGER NOT NULL REFERENCES periods(id),
        figures_json TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        submitted_by TEXT NOT NULL DEFAULT '',
        unlocked_at  TEXT,
        unlocked_by  TEXT))",
    R"(CREATE TABLE received_packages (
        id             INTEGER PRIMARY KEY,
        child_org_id   INTEGER NOT NULL REFERENCES organisations(id),
        period_id      INTEGER NOT NULL REFERENCES periods(id),
        format_version INTEGER NOT NULL,
        sha256         TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        imported_at    TEXT NOT NULL,
        content_json   TEXT NOT NULL,
        superseded_by  INTEGER REFERENCES received_packages(id)))",

    // Audit trail of every edit, reveal of personal data, unmasked export, merge and unlock.
    R"(CREATE TABLE audit_log (
        id         INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        officer    TEXT NOT NULL DEFAULT '',
        action     TEXT NOT NULL,
        table_name TEXT NOT NULL DEFAULT '',
        record_id  INTEGER,
        field      TEXT NOT NULL DEFAULT '',
        old_value  TEXT,
        new_value  TEXT,
        note       TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX audit_log_record ON audit_log(table_name, record_id)",
};

} // namespace

Status createVersion1(QSqlDatabase& db)
{
    for (const char* statement : kSchemaV1) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(statement)))
            return Status::failure(describeSqlError(q, QStringLiteral("schema v1")));
    }
    return {};
}

} // namespace jb::core::schema
