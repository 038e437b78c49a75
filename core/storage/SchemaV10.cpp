// Schema version 10: the services ledger (issue 14). A service keeps the fields its kind needs as nullable columns
// beside the v1 ones (training: course, provider, hours, certificate; entrepreneurship: mentor and a project;
// legal aid and consultation: topic, channel, outcome; a visit: where), who delivered it (provider), and the import
// that brought it (a roster import is undone by its batch). "Employed within 3 months after" a training is derived
// from the person's contracts (core/services/ServiceQueries.h); the old employed_after column is left as it was.
//
// Entrepreneurship projects become records: a name, an industry, a stage (candidate → selected → supported) and the
// people in it. The projects the v1 services named by text (project_name, project_status) are adopted: one project
// per organisation and name, selected when any of its services said so, its people the services' workers, and each
// service linked to it. project_name and project_status stay on the service (the entrepreneurship_projects figure
// counts them, so every existing figure is the same); core keeps them in step with the linked project.
//
// "other" joins the service types (psychological support was there). Indexes serve the services list's filters.

#include "core/storage/ActivitySummary.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

namespace jb::core::schema {

QStringList projectAdoptionStatements()
{
    return {
        QStringLiteral(R"(INSERT INTO entrepreneurship_projects (org_id, name, stage, put_forward_on, created_at)
            SELECT org_id, project_name, CASE WHEN max(project_status = 'selected') THEN 'selected' ELSE 'candidate' END,
                   min(provided_on), min(created_at)
            FROM services WHERE project_name <> '' AND project_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM entrepreneurship_projects p WHERE p.org_id = services.org_id
                              AND p.name = services.project_name)
            GROUP BY org_id, project_name)"),
        QStringLiteral(R"(INSERT OR IGNORE INTO project_people (project_id, worker_id)
            SELECT p.id, s.worker_id FROM services s JOIN entrepreneurship_projects p
              ON p.org_id = s.org_id AND p.name = s.project_name
            WHERE s.project_name <> '' AND s.project_id IS NULL AND s.worker_id IS NOT NULL)"),
        QStringLiteral(R"(UPDATE services SET project_id = (SELECT p.id FROM entrepreneurship_projects p
              WHERE p.org_id = services.org_id AND p.name = services.project_name)
            WHERE project_name <> '' AND project_id IS NULL)"),
    };
}

Status upgradeToVersion10(QSqlDatabase& db)
{
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE entrepreneurship_projects (
            id             INTEGER PRIMARY KEY,
            org_id         INTEGER NOT NULL REFERENCES organisations(id),
            name           TEXT NOT NULL,
            industry_id    INTEGER REFERENCES reference_items(id),
            stage          TEXT NOT NULL DEFAULT 'candidate' CHECK (stage IN ('candidate','selected','supported')),
            put_forward_on TEXT NOT NULL,
            note           TEXT NOT NULL DEFAULT '',
            created_at     TEXT NOT NULL,
            UNIQUE (org_id, name)))"),
        QStringLiteral(R"(CREATE TABLE project_people (
            project_id INTEGER NOT NULL REFERENCES entrepreneurship_projects(id) ON DELETE CASCADE,
            worker_id  INTEGER NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
            PRIMARY KEY (project_id, worker_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX project_people_worker ON project_people(worker_id)"),
        QStringLiteral("ALTER TABLE services ADD COLUMN provider TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE services ADD COLUMN course TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE services ADD COLUMN hours REAL CHECK (hours IS NULL OR hours >= 0)"),
        QStringLiteral("ALTER TABLE services ADD COLUMN certificate INTEGER CHECK (certificate IN (0,1))"),
        QStringLiteral("ALTER TABLE services ADD COLUMN mentor TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE services ADD COLUMN project_id INTEGER REFERENCES entrepreneurship_projects(id) "
                       "ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE services ADD COLUMN topic TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE services ADD COLUMN channel TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE services ADD COLUMN outcome TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE services ADD COLUMN place TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE services ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id)"),
        QStringLiteral("CREATE INDEX services_date ON services(provided_on)"),
        QStringLiteral("CREATE INDEX services_org_date ON services(org_id, provided_on)"),
        QStringLiteral("CREATE INDEX services_provider ON services(provider, provided_on) WHERE provider <> ''"),
        QStringLiteral("CREATE INDEX services_project ON services(project_id) WHERE project_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX services_batch ON services(import_batch_id) WHERE import_batch_id IS NOT NULL"),
        QStringLiteral(R"(INSERT INTO reference_items (list, code, name_zh, name_en, sort_order)
            SELECT 'service_type', 'other', '其他服务', 'Other service',
                   (SELECT coalesce(max(sort_order), 0) + 1 FROM reference_items WHERE list = 'service_type')
            WHERE NOT EXISTS (SELECT 1 FROM reference_items WHERE list = 'service_type' AND code = 'other'))"),
    };
    if (Status s = execStatements(db, statements, QStringLiteral("schema v10")); !s)
        return s;
    // Linking the services to their projects changes no figure, but each updated row would fire the summary's
    // service triggers (a subtraction and an addition that cancel out): set aside for the adoption, as the demo does.
    if (Status s = summary::dropTriggers(db); !s)
        return s;
    if (Status s = execStatements(db, projectAdoptionStatements(), QStringLiteral("schema v10 projects")); !s)
        return s;
    return summary::createTriggers(db);
}

} // namespace jb::core::schema
