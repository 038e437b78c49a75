#pragma once
// Targets: (organisation, period, metric, value). Targets are data, typed in or pasted from the plan, never code.
// Reads serve the dashboard and reports; writes (single values, pasted blocks, a parent's split to its sub-units)
// are each one transaction with an audit entry per changed value.

#include "core/Expected.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace jb::core {

struct TargetValue
{
    qint64 orgId = 0;
    qint64 periodId = 0;
    QString metric; // a key of metricCatalog(): "jobs_collected", ...
    double value = 0;
};

class TargetRepository final
{
public:
    explicit TargetRepository(QSqlDatabase db);

    // The targets set for one organisation and period, by metric key.
    Expected<QHash<QString, double>> targetsFor(qint64 orgId, qint64 periodId) const;
    // Per metric key: the sum of the targets set for the direct children of `parentOrgId` (only metrics where at
    // least one child has a target appear).
    Expected<QHash<QString, double>> childTargetSums(qint64 parentOrgId, qint64 periodId) const;
    // Targets of the direct children of `parentOrgId`, by child id then metric key.
    Expected<QHash<qint64, QHash<QString, double>>> childTargets(qint64 parentOrgId, qint64 periodId) const;

private:
    QSqlDatabase m_db;
};

} // namespace jb::core
