#include "core/services/Projects.h"

#include "core/audit/AuditLog.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace jb::core {

namespace {

Status run(QSqlDatabase db, const QString& sql, const QVariantList& binds, const char* what)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return q.exec() ? Status() : Status::failure(describeSqlError(q, QString::fromLatin1(what)));
}

Status audit(QSqlDatabase db, const QString& action, qint64 id, const QString& field, const QVariant& before,
             const QVariant& after)
{
    return appendAudit(db, {action, QStringLiteral("entrepreneurship_projects"), id, field, before, after, {}});
}

bool knownStage(const QString& stage)
{
    return stage == projectstage::candidate || stage == projectstage::selected || stage == projectstage::supported;
}

// The project's services carry its name and stage (project_name, project_status: what the figure counts).
Status carryServices(QSqlDatabase db, qint64 projectId)
{
    return run(db,
               QStringLiteral("UPDATE services SET project_name = p.name, project_status = CASE p.stage WHEN "
                              "'candidate' THEN 'candidate' ELSE 'selected' END FROM entrepreneurship_projects p "
                              "WHERE p.id = ? AND services.project_id = p.id AND (services.project_name IS NOT p.name "
                              "OR services.project_status IS NOT CASE p.stage WHEN 'candidate' THEN 'candidate' ELSE "
                              "'selected' END)"),
               {projectId}, "services");
}

Status writeProject(QSqlDatabase db, const Project& p)
{
    if (Status s =
            run(db,
                QStringLiteral("INSERT INTO entrepreneurship_projects (id, org_id, name, industry_id, stage, "
                               "put_forward_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {p.id > 0 ? QVariant(p.id) : QVariant(), p.orgId, p.name,
                 p.industryId > 0 ? QVariant(p.industryId) : QVariant(), p.stage, p.putForwardOn.toString(Qt::ISODate),
                 p.note.isNull() ? QStringLiteral("") : p.note, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                "entrepreneurship_projects");
        !s)
        return s;
    return {};
}

Expected<qint64> lastId(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT last_insert_rowid()")) || !q.next())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("entrepreneurship_projects")));
    return q.value(0).toLongLong();
}

Status checkProject(QSqlDatabase db, const Project& p)
{
    if (p.name.trimmed().isEmpty())
        return Status::failure(JB_TR("Editing", "Project: the name is required, please fill it in"));
    if (p.orgId <= 0 || !p.putForwardOn.isValid())
        return Status::failure(JB_TR("Editing", "Project: choose the unit and the day it was put forward"));
    if (!knownStage(p.stage))
        return Status::failure(JB_TR("Editing", "Project: the stage must be candidate, selected or supported"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM entrepreneurship_projects WHERE org_id = ? AND name = ?"));
    q.addBindValue(p.orgId);
    q.addBindValue(p.name.trimmed());
    if (q.exec() && q.next())
        return Status::failure(JB_TR("Editing", "Project: this unit already has a project named “%1”; edit that one")
                                   .arg(p.name.trimmed()));
    return {};
}

} // namespace

Expected<ProjectUndo> addProject(QSqlDatabase db, const Project& project)
{
    using Result = Expected<ProjectUndo>;
    if (Status s = checkProject(db, project); !s)
        return Result::failure(s.message());
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.error());
    Project p = project;
    p.id = 0;
    p.name = p.name.trimmed();
    if (Status s = writeProject(db, p); !s)
        return Result::failure(s.message());
    const auto id = lastId(db);
    if (!id)
        return Result::failure(id.message());
    for (qint64 worker : p.people)
        if (Status s = run(db,
                           QStringLiteral("INSERT OR IGNORE INTO project_people (project_id, worker_id) VALUES "
                                          "(?, ?)"),
                           {*id, worker}, "project_people");
            !s)
            return Result::failure(s.message());
    if (Status s = audit(db, QStringLiteral("insert"), *id, QStringLiteral("name"), {}, p.name); !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return ProjectUndo{*id, std::nullopt};
}

Expected<ProjectUndo> setProjectStage(QSqlDatabase db, qint64 projectId, const QString& stage)
{
    using Result = Expected<ProjectUndo>;
    if (!knownStage(stage))
        return Result::failure(JB_TR("Editing", "Project: the stage must be candidate, selected or supported"));
    const auto before = loadProject(db, projectId);
    if (!before)
        return Result::failure(before.message());
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.error());
    if (Status s = run(db, QStringLiteral("UPDATE entrepreneurship_projects SET stage = ? WHERE id = ?"),
                       {stage, projectId}, "entrepreneurship_projects");
        !s)
        return Result::failure(s.message());
    if (Status s = audit(db, QStringLiteral("update"), projectId, QStringLiteral("stage"), before->stage, stage); !s)
        return Result::failure(s.message());
    if (Status s = carryServices(db, projectId); !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return ProjectUndo{projectId, *before};
}

Status undoProjectChange(QSqlDatabase db, const ProjectUndo& undo)
{
    if (undo.before)
        return setProjectStage(db, undo.projectId, undo.before->stage).hasValue()
                   ? Status()
                   : Status::failure(JB_TR("Editing", "The project's change could not be undone"));
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.error());
    if (Status s = run(db, QStringLiteral("DELETE FROM entrepreneurship_projects WHERE id = ?"), {undo.projectId},
                       "entrepreneurship_projects");
        !s)
        return s;
    if (Status s = audit(db, QStringLiteral("delete"), undo.projectId, QStringLiteral("name"), {}, {}); !s)
        return s;
    return tx.commit();
}

Expected<ProjectUndo> restoreProject(QSqlDatabase db, const Project& project)
{
    using Result = Expected<ProjectUndo>;
    if (project.id <= 0)
        return Result::failure(JB_TR("Editing", "The project's change could not be redone"));
    Project p = project;
    p.name = p.name.trimmed();
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.error());
    if (Status s = writeProject(db, p); !s)
        return Result::failure(s.message());
    for (qint64 worker : p.people)
        if (Status s = run(db,
                           QStringLiteral("INSERT OR IGNORE INTO project_people (project_id, worker_id) VALUES "
                                          "(?, ?)"),
                           {p.id, worker}, "project_people");
            !s)
            return Result::failure(s.message());
    if (Status s = audit(db, QStringLiteral("insert"), p.id, QStringLiteral("name"), {}, p.name); !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return ProjectUndo{p.id, std::nullopt};
}

Expected<Project> loadProject(QSqlDatabase db, qint64 projectId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, org_id, name, coalesce(industry_id, 0), stage, put_forward_on, note, "
                             "(SELECT group_concat(worker_id) FROM project_people WHERE project_id = p.id) "
                             "FROM entrepreneurship_projects p WHERE id = ?"));
    q.addBindValue(projectId);
    if (!q.exec())
        return Expected<Project>::failure(describeSqlError(q, QStringLiteral("entrepreneurship_projects")));
    if (!q.next())
        return Expected<Project>::failure(JB_TR("Editing", "There is no project %1").arg(projectId));
    Project p{q.value(0).toLongLong(),
              q.value(1).toLongLong(),
              q.value(2).toString(),
              q.value(3).toLongLong(),
              q.value(4).toString(),
              QDate::fromString(q.value(5).toString(), Qt::ISODate),
              {},
              q.value(6).toString()};
    for (const QString& id : q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.people << id.toLongLong();
    return p;
}

Expected<QVector<Project>> projectsOf(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM entrepreneurship_projects WHERE org_id IN (SELECT org_id FROM "
                             "organisation_tree WHERE ancestor_id = ?) AND put_forward_on BETWEEN ? AND ? "
                             "ORDER BY put_forward_on, id"));
    q.addBindValue(orgId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return Expected<QVector<Project>>::failure(describeSqlError(q, QStringLiteral("entrepreneurship_projects")));
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QVector<Project> out;
    for (qint64 id : ids) {
        auto p = loadProject(db, id);
        if (!p)
            return Expected<QVector<Project>>::failure(p.message());
        out << *p;
    }
    return out;
}

Expected<QVector<ProjectRow>> projectRows(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to,
                                          NameLanguage language)
{
    using Result = Expected<QVector<ProjectRow>>;
    // One statement for the whole list (a demo county puts forward thousands): the people as ids and as names, each
    // in worker id order.
    QSqlQuery q(db);
    q.setForwardOnly(true); // read once, in order: no row cache
    q.prepare(QStringLiteral("SELECT p.id, p.org_id, p.name, coalesce(p.industry_id, 0), p.stage, p.put_forward_on, "
                             "p.note, o.name, (SELECT %1 FROM reference_items WHERE id = p.industry_id), "
                             "(SELECT group_concat(worker_id) FROM (SELECT worker_id FROM project_people WHERE "
                             "project_id = p.id ORDER BY worker_id)), (SELECT group_concat(name, char(10)) FROM "
                             "(SELECT w.name FROM project_people pp JOIN workers w ON w.id = pp.worker_id WHERE "
                             "pp.project_id = p.id ORDER BY pp.worker_id)) FROM entrepreneurship_projects p JOIN "
                             "organisations o ON o.id = p.org_id WHERE p.org_id IN (SELECT org_id FROM "
                             "organisation_tree WHERE ancestor_id = ?) AND p.put_forward_on BETWEEN ? AND ? "
                             "ORDER BY p.put_forward_on, p.id")
                  .arg(language == NameLanguage::Chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en")));
    q.addBindValue(orgId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return Result::failure(describeSqlError(q, QStringLiteral("entrepreneurship_projects")));
    QVector<ProjectRow> rows;
    while (q.next()) {
        ProjectRow row{{q.value(0).toLongLong(),
                        q.value(1).toLongLong(),
                        q.value(2).toString(),
                        q.value(3).toLongLong(),
                        q.value(4).toString(),
                        QDate::fromString(q.value(5).toString(), Qt::ISODate),
                        {},
                        q.value(6).toString()},
                       q.value(7).toString(),
                       q.value(8).toString(),
                       q.value(10).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)};
        for (const QString& id : q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            row.project.people << id.toLongLong();
        rows.append(std::move(row));
    }
    return rows;
}

Expected<ProjectQuota> projectQuota(QSqlDatabase db, qint64 orgId, qint64 periodId, const QDate& from, const QDate& to)
{
    const auto counts = projectCounts(db, orgId, from, to);
    if (!counts)
        return Expected<ProjectQuota>::failure(counts.message());
    ProjectQuota r{*counts, std::nullopt};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM targets WHERE org_id = ? AND period_id = ? AND metric = "
                             "'entrepreneurship_projects'"));
    q.addBindValue(orgId);
    q.addBindValue(periodId);
    if (!q.exec())
        return Expected<ProjectQuota>::failure(describeSqlError(q, QStringLiteral("targets")));
    if (q.next())
        r.quota = q.value(0).toDouble();
    return r;
}

} // namespace jb::core
