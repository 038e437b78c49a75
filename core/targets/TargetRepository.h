#pragma once
// Targets: (organisation, period, metric, value). Targets are data, typed in or pasted from the plan, never code.
// Reads serve the dashboard and reports; writes (single values, pasted blocks, a parent's split to its sub-units)
// are each one transaction with an audit entry per changed value.

#include "core/Expected.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
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

// One value to write: a target set, changed or (with no value) cleared.
struct TargetEdit
{
    qint64 orgId = 0;
    QString metric;
    std::optional<double> value; // empty: the organisation has no target for this metric any more
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

    // Sets (or, with no value, clears) one target. Writing the value already stored changes nothing.
    Status setTarget(qint64 orgId, qint64 periodId, const QString& metric, std::optional<double> value);
    // Writes several targets of one period in one transaction with an audit entry (old → new) per changed value;
    // if any edit is bad (unknown organisation or metric, negative, fractional or absurd value) nothing is
    // written and the message names the organisation and metric. Returns how many values changed.
    Expected<int> setTargets(qint64 periodId, const QVector<TargetEdit>& edits);
    // A block pasted from Excel: cells[r][c] is the text for the organisation rowOrgIds[r] and the metric
    // columnMetrics[c], read by parseTargetValue (an empty cell clears the target). All or nothing, like
    // setTargets; a bad cell, or a block larger than the rows and columns it lands on, is refused with a message
    // naming the row and column (counted from the first pasted cell) and their organisation and metric.
    Expected<int> pasteTargets(qint64 periodId, const QVector<qint64>& rowOrgIds, const QStringList& columnMetrics,
                               const QVector<QStringList>& cells);
    // The edits such a block stands for, read and checked as pasteTargets does, without writing them.
    Expected<QVector<TargetEdit>> pastedEdits(const QVector<qint64>& rowOrgIds, const QStringList& columnMetrics,
                                              const QVector<QStringList>& cells) const;
    // For each edit, the value stored now for the same organisation and metric (none: no target): applying them
    // with setTargets takes the edits back, which is how the GUI undoes a target change.
    Expected<QVector<TargetEdit>> storedValues(qint64 periodId, const QVector<TargetEdit>& edits) const;

private:
    // The display name of an organisation for messages ("#id" if it has none).
    QString orgName(qint64 orgId) const;
    // Refuses an edit that cannot be stored, naming where it was meant to go.
    Message editProblem(const TargetEdit& edit) const;

    QSqlDatabase m_db;
};

} // namespace jb::core
