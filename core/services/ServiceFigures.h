#pragma once
// The services figures an organisation reports upward and receives (issue 14): per kind the people (distinct) and
// the services (人次), the insurance split in yuan, and the entrepreneurship projects put forward. A package carries
// them for each unit as figures (`service_people_<kind>`, `service_count_<kind>`, `insurance_people`,
// `insurance_total_yuan`, `insurance_province_yuan`, `insurance_city_yuan`, `entrepreneurship_candidates`,
// `entrepreneurship_selected`), so a city that received its counties' packages shows their services beside its own.

#include "core/Expected.h"
#include "core/domain/Period.h"
#include "core/services/ServiceQueries.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

namespace jb::core {

// Projects put forward (any stage) and those selected or supported, in the subtree of `orgId`, in [from, to].
struct ProjectCounts
{
    qint64 candidates = 0;
    qint64 selected = 0;
};
Expected<ProjectCounts> projectCounts(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to);

// Adds the unit's services figures over [from, to] to a package's `figures` (zeros are left out by the receiver).
Status addServiceFigures(QSqlDatabase db, qint64 orgId, const QDate& from, const QDate& to,
                         QHash<QString, qint64>& figures);

struct ServiceFigures
{
    QVector<ServiceKindTotal> kinds; // the file's own records plus what packages brought
    InsuranceSplit insurance;
    ProjectCounts projects;
    bool received = false; // a package covered the organisation and period
};

// The organisation's figures over `period` as of `asOf`: its own records (totals by `kind` only when set) plus the
// current packages its children sent for the period.
Expected<ServiceFigures> serviceFigures(QSqlDatabase db, qint64 orgId, const Period& period, const QDate& asOf,
                                        const QString& kind = {});

} // namespace jb::core
