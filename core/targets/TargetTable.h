#pragma once
// The rows of the targets table of one organisation for one period: the organisation's own targets, the direct
// sub-units the table lists and what their targets add up to. Which sub-units are listed is a rule about the
// figures, not the screen: a retired sub-unit stays while it still has a target for the period, so the listed rows
// always add up to the sum row, and its name says that it is retired.

#include "core/Expected.h"
#include "core/Message.h"
#include "core/domain/Organisation.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace jb::core {

struct TargetRow
{
    Organisation org;
    Message name;                   // the name as the table shows it ("%1 (retired)" for a retired sub-unit)
    QHash<QString, double> targets; // by metric key; a metric without a target is absent
};

struct TargetTable
{
    TargetRow own;
    QVector<TargetRow> subUnits;        // the listed direct sub-units, in the organisation tree's order
    QHash<QString, double> subUnitSums; // per metric that at least one sub-unit has a target for

    std::optional<double> ownTarget(const QString& metric) const;
    std::optional<double> subUnitSum(const QString& metric) const;
    // The sub-units' sum minus the organisation's own target (an own target not set counts as 0); empty when no
    // sub-unit has a target for the metric.
    std::optional<double> difference(const QString& metric) const;
    // True when the sub-units have targets for `metric` that do not add up to the organisation's own.
    bool sumDiffers(const QString& metric) const;
};

Expected<TargetTable> loadTargetTable(QSqlDatabase db, const Organisation& org, qint64 periodId);

} // namespace jb::core
