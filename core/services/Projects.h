#pragma once
// Entrepreneurship projects as records (issue 14 item 2): a name, an industry, the people in it and a stage —
// candidate → selected high-quality → supported. Each change is one transaction, audited, and returns what undoes
// it; a stage change carries the project's services along (their project words, which the
// entrepreneurship_projects figure counts), so the dashboard follows. The candidates are counted against the quota,
// the targets of entrepreneurship_projects entered as data (core/targets).

#include "core/Expected.h"
#include "core/domain/NameLanguage.h"
#include "core/services/ServiceFigures.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace jb::core {

namespace projectstage {
inline const QString candidate = QStringLiteral("candidate");
inline const QString selected = QStringLiteral("selected");
inline const QString supported = QStringLiteral("supported");
} // namespace projectstage

struct Project
{
    qint64 id = 0;
    qint64 orgId = 0;
    QString name;
    qint64 industryId = 0; // 0: not given
    QString stage = projectstage::candidate;
    QDate putForwardOn;
    QVector<qint64> people; // worker ids
    QString note;
};

// What undoes a project change: the project as it was (nullopt: it did not exist, so undoing removes it).
struct ProjectUndo
{
    qint64 projectId = 0;
    std::optional<Project> before;
};

// Refused without a name, an organisation, a day, or when the organisation already has a project of that name.
Expected<ProjectUndo> addProject(QSqlDatabase db, const Project& project);
// Moves the project to `stage` (any of the three; a step back is a correction).
Expected<ProjectUndo> setProjectStage(QSqlDatabase db, qint64 projectId, const QString& stage);
Status undoProjectChange(QSqlDatabase db, const ProjectUndo& undo);
// Puts back, under its id and with its people, a project that undoing its addition removed (the redo of addProject:
// later changes that name the project still apply). One transaction, audited.
Expected<ProjectUndo> restoreProject(QSqlDatabase db, const Project& project);

Expected<Project> loadProject(QSqlDatabase db, qint64 projectId);
// The projects of the organisation's subtree put forward in [from, to], oldest first.
Expected<QVector<Project>> projectsOf(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to);

// What the projects list shows: each project with the names of its unit, its industry and its people.
struct ProjectRow
{
    Project project;
    QString unit;
    QString industry;   // empty: not given
    QStringList people; // names, in the order the people were recorded
};
// The projects of projectsOf(), with names in `language`.
Expected<QVector<ProjectRow>> projectRows(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to,
                                          NameLanguage language);

// Candidates put forward against the quota (the target of entrepreneurship_projects for the organisation and
// period; nullopt when none is set).
struct ProjectQuota
{
    ProjectCounts counts;
    std::optional<double> quota;
};
Expected<ProjectQuota> projectQuota(QSqlDatabase db, qint64 orgId, qint64 periodId, const QDate& from, const QDate& to);

} // namespace jb::core
