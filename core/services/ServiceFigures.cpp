#include "core/services/ServiceFigures.h"

#include "core/metrics/ReceivedFigures.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <cmath>

namespace jb::core {

namespace {

const QString kPeople = QStringLiteral("service_people_");
const QString kCount = QStringLiteral("service_count_");

qint64 wholeYuan(double yuan)
{
    return static_cast<qint64>(std::llround(yuan));
}

} // namespace

Expected<ProjectCounts> projectCounts(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(p.stage <> 'candidate'), 0) FROM entrepreneurship_projects "
                             "p WHERE p.org_id IN (SELECT org_id FROM organisation_tree WHERE ancestor_id = ?) AND "
                             "p.put_forward_on BETWEEN ? AND ?"));
    q.addBindValue(orgId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Expected<ProjectCounts>::failure(describeSqlError(q, QStringLiteral("entrepreneurship projects")));
    return ProjectCounts{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Status addServiceFigures(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to,
                         QHash<QString, qint64>& figures)
{
    ServiceFilter filter;
    filter.from = from;
    filter.to = to;
    filter.orgId = orgId;
    const auto totals = serviceTotals(db, filter);
    if (!totals)
        return Status::failure(totals.message());
    for (const ServiceKindTotal& t : *totals) {
        figures.insert(kPeople + t.kind, t.people);
        figures.insert(kCount + t.kind, t.services);
    }
    const auto split = insuranceSplit(db, filter);
    if (!split)
        return Status::failure(split.message());
    figures.insert(QStringLiteral("insurance_people"), split->people);
    figures.insert(QStringLiteral("insurance_total_yuan"), wholeYuan(split->total));
    figures.insert(QStringLiteral("insurance_province_yuan"), wholeYuan(split->province));
    figures.insert(QStringLiteral("insurance_city_yuan"), wholeYuan(split->city));
    const auto projects = projectCounts(db, orgId, from, to);
    if (!projects)
        return Status::failure(projects.message());
    figures.insert(QStringLiteral("entrepreneurship_candidates"), projects->candidates);
    figures.insert(QStringLiteral("entrepreneurship_selected"), projects->selected);
    return {};
}

Expected<ServiceFigures> serviceFigures(QSqlDatabase db, qint64 orgId, const Period& period, const QDate& asOf,
                                        const QString& kind)
{
    using Result = Expected<ServiceFigures>;
    ServiceFilter filter;
    filter.from = period.start;
    filter.to = std::min(asOf, period.end);
    filter.orgId = orgId;
    filter.kind = kind;
    ServiceFigures f;
    auto totals = serviceTotals(db, filter);
    auto split = insuranceSplit(db, filter);
    auto projects = projectCounts(db, orgId, filter.from, filter.to);
    if (!totals || !split || !projects)
        return Result::failure(!totals ? totals.message() : !split ? split.message() : projects.message());
    f.kinds = *totals;
    f.insurance = *split;
    f.projects = *projects;
    const auto children = OrganisationRepository(db).children(orgId);
    if (!children)
        return Result::failure(children.message());
    QVector<qint64> childIds;
    for (const Organisation& c : *children)
        childIds << c.id;
    const auto received = receivedFigures(db, orgId, period, childIds, asOf);
    if (!received)
        return Result::failure(received.message());
    f.received = received->any;
    const QHash<QString, qint64>& r = received->totals;
    for (ServiceKindTotal& t : f.kinds) {
        t.people += r.value(kPeople + t.kind);
        t.services += r.value(kCount + t.kind);
    }
    f.insurance.people += r.value(QStringLiteral("insurance_people"));
    f.insurance.total += static_cast<double>(r.value(QStringLiteral("insurance_total_yuan")));
    f.insurance.province += static_cast<double>(r.value(QStringLiteral("insurance_province_yuan")));
    f.insurance.city += static_cast<double>(r.value(QStringLiteral("insurance_city_yuan")));
    f.projects.candidates += r.value(QStringLiteral("entrepreneurship_candidates"));
    f.projects.selected += r.value(QStringLiteral("entrepreneurship_selected"));
    return f;
}

} // namespace jb::core
