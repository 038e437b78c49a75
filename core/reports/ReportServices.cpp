// The monthly report's services (issue 14): the people served per kind beside the services (人次), this month and
// the year to date, and the entrepreneurship projects put forward this year against the quota. Both from
// core/services/ServiceFigures.h: the organisation's own records plus what its children's packages reported.

#include "core/reports/MonthlyReport.h"
#include "core/services/ServiceFigures.h"
#include "core/storage/SqlError.h"
#include "core/targets/PeriodRepository.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace jb::core {

namespace {

Expected<QVector<ReportProject>> ownProjects(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.name, o.name, p.stage, p.put_forward_on FROM entrepreneurship_projects p "
                             "JOIN organisations o ON o.id = p.org_id WHERE p.org_id IN (SELECT org_id FROM "
                             "organisation_tree WHERE ancestor_id = ?) AND p.put_forward_on BETWEEN ? AND ? "
                             "ORDER BY p.put_forward_on, p.id"));
    q.addBindValue(orgId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return Expected<QVector<ReportProject>>::failure(describeSqlError(q, QStringLiteral("projects")));
    QVector<ReportProject> list;
    while (q.next())
        list << ReportProject{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              QDate::fromString(q.value(3).toString(), Qt::ISODate)};
    return list;
}

} // namespace

Status addServicePeopleAndProjects(QSqlDatabase db, qint64 orgId, MonthlyReport& r, const QDate& asOf)
{
    const auto month = serviceFigures(db, orgId, r.month, asOf);
    const auto year = serviceFigures(db, orgId, r.yearToDate.period, asOf);
    if (!month || !year)
        return Status::failure(!month ? month.message() : year.message());
    for (ReportServiceTotal& s : r.services) {
        for (const ServiceKindTotal& t : month->kinds)
            if (t.kind == s.code)
                s.peopleMonth = t.people;
        for (const ServiceKindTotal& t : year->kinds)
            if (t.kind == s.code)
                s.peopleYearToDate = t.people;
    }
    r.projects.candidates = year->projects.candidates;
    r.projects.selected = year->projects.selected;
    r.projects.quota = r.yearToDate.figure(Metric::EntrepreneurshipProjects).target;
    auto list = ownProjects(db, orgId, r.yearToDate.period.start, std::min(asOf, r.yearToDate.period.end));
    if (!list)
        return Status::failure(list.message());
    r.projects.list = *list;
    return {};
}

QJsonObject projectsToJson(const ReportProjects& p)
{
    QJsonArray list;
    for (const ReportProject& x : p.list)
        list.append(QJsonObject{{QStringLiteral("name"), x.name},
                                {QStringLiteral("unit"), x.unit},
                                {QStringLiteral("stage"), x.stage},
                                {QStringLiteral("put_forward_on"), x.putForwardOn.toString(Qt::ISODate)}});
    return {{QStringLiteral("candidates"), p.candidates},
            {QStringLiteral("selected"), p.selected},
            {QStringLiteral("quota"), p.quota ? QJsonValue(*p.quota) : QJsonValue()},
            {QStringLiteral("list"), list}};
}

ReportProjects projectsFromJson(const QJsonObject& json)
{
    ReportProjects p;
    p.candidates = json.value(QStringLiteral("candidates")).toInteger();
    p.selected = json.value(QStringLiteral("selected")).toInteger();
    if (json.value(QStringLiteral("quota")).isDouble())
        p.quota = json.value(QStringLiteral("quota")).toDouble();
    for (const QJsonValue& v : json.value(QStringLiteral("list")).toArray()) {
        const QJsonObject o = v.toObject();
        p.list << ReportProject{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("unit")).toString(),
                                o.value(QStringLiteral("stage")).toString(),
                                QDate::fromString(o.value(QStringLiteral("put_forward_on")).toString(), Qt::ISODate)};
    }
    return p;
}

} // namespace jb::core
