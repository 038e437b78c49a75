#include "core/targets/TargetTable.h"

#include "core/organisations/OrganisationRepository.h"
#include "core/targets/TargetRepository.h"

namespace jb::core {

namespace {

std::optional<double> valueIn(const QHash<QString, double>& values, const QString& metric)
{
    const auto it = values.constFind(metric);
    return it == values.cend() ? std::nullopt : std::optional<double>(*it);
}

} // namespace

std::optional<double> TargetTable::ownTarget(const QString& metric) const
{
    return valueIn(own.targets, metric);
}

std::optional<double> TargetTable::subUnitSum(const QString& metric) const
{
    return valueIn(subUnitSums, metric);
}

std::optional<double> TargetTable::difference(const QString& metric) const
{
    const std::optional<double> sum = subUnitSum(metric);
    if (!sum)
        return std::nullopt;
    return *sum - ownTarget(metric).value_or(0);
}

bool TargetTable::sumDiffers(const QString& metric) const
{
    const std::optional<double> sum = subUnitSum(metric);
    return sum && *sum != ownTarget(metric).value_or(0);
}

Expected<TargetTable> loadTargetTable(QSqlDatabase db, const Organisation& org, qint64 periodId)
{
    using Result = Expected<TargetTable>;
    const TargetRepository targets(db);
    const auto own = targets.targetsFor(org.id, periodId);
    if (!own)
        return Result::failure(own.message());
    const auto children = targets.childTargets(org.id, periodId);
    if (!children)
        return Result::failure(children.message());
    const auto sums = targets.childTargetSums(org.id, periodId);
    if (!sums)
        return Result::failure(sums.message());
    const auto subUnits = OrganisationRepository(db).children(org.id);
    if (!subUnits)
        return Result::failure(subUnits.message());

    TargetTable table;
    table.own = {org, Message::verbatim(org.name), *own};
    table.subUnitSums = *sums;
    for (const Organisation& unit : *subUnits) {
        // A retired sub-unit that still has targets stays, or the rows would not add up to the sum row.
        const bool hasTargets = children->contains(unit.id);
        if (unit.retired && !hasTargets)
            continue;
        const Message name =
            unit.retired ? JB_TR("Targets", "%1 (retired)").arg(unit.name) : Message::verbatim(unit.name);
        table.subUnits.append({unit, name, children->value(unit.id)});
    }
    return table;
}

} // namespace jb::core
