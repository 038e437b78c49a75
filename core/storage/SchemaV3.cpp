// Schema version 3: figures received from child organisations in exchange packages (see docs/exchange.md).
// received_packages (v1) keeps every package as it arrived; v3 adds its figures in rows that the dashboard can
// sum quickly, one section per period the package covers (the period sent, the year to date, overlapping
// phases), and the fairs it lists. Rows of a superseded package are removed; its content_json stays.

#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace jb::core::schema {

namespace {

const char* const kSchemaV3[] = {
    "CREATE INDEX received_packages_child ON received_packages(child_org_id, period_id)",
    // One period of one package. Periods are matched by name and dates, so a section needs no periods row
    // (a phase the receiving file has not set up yet still arrives, and counts once the phase is added).
    R"(CREATE TABLE received_sections (
        id           INTEGER PRIMARY KEY,
        package_id   INTEGER NOT NULL REFERENCES received_packages(id) ON DELETE CASCADE,
        child_org_id INTEGER NOT NULL REFERENCES organisations(id),
        period_name  TEXT NOT NULL,
        starts_on    TEXT NOT NULL,
        ends_on      TEXT NOT NULL,
        as_of        TEXT NOT NULL,
        created_at   TEXT NOT NULL))",
    "CREATE INDEX received_sections_period ON received_sections(period_name, child_org_id)",
    "CREATE INDEX received_sections_package ON received_sections(package_id)",
    // A figure of the child or one of its sub-units; key_group_id 0 = everyone. Zero values are not stored.
    R"(CREATE TABLE received_figures (
        section_id   INTEGER NOT NULL REFERENCES received_sections(id) ON DELETE CASCADE,
        org_id       INTEGER NOT NULL REFERENCES organisations(id),
        key_group_id INTEGER NOT NULL,
        metric       TEXT NOT NULL,
        value        INTEGER NOT NULL,
        PRIMARY KEY (section_id, org_id, key_group_id, metric)) WITHOUT ROWID)",
    // Fairs listed by a package (held in its period by the child or its sub-units), as reported.
    R"(CREATE TABLE received_fairs (
        id                INTEGER PRIMARY KEY,
        package_id        INTEGER NOT NULL REFERENCES received_packages(id) ON DELETE CASCADE,
        org_id            INTEGER NOT NULL REFERENCES organisations(id),
        organiser_level   TEXT NOT NULL,
        name              TEXT NOT NULL,
        held_on           TEXT NOT NULL,
        mode              TEXT NOT NULL DEFAULT '',
        enterprises_count INTEGER NOT NULL DEFAULT 0,
        jobs_offered      INTEGER NOT NULL DEFAULT 0,
        attendees         INTEGER NOT NULL DEFAULT 0,
        intentions        INTEGER NOT NULL DEFAULT 0,
        contracts         INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX received_fairs_package ON received_fairs(package_id)",
};

} // namespace

Status upgradeToVersion3(QSqlDatabase& db)
{
    for (const char* statement : kSchemaV3) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(statement)))
            return Status::failure(describeSqlError(q, QStringLiteral("schema v3")));
    }
    return {};
}

} // namespace jb::core::schema
