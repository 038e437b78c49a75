#include "core/targets/TargetDoubt.h"

#include "core/domain/MetricCatalog.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/targets/PeriodRepository.h"

#include <QLocale>

namespace jb::core {

namespace {

QString shown(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

Message metricNameOf(const QString& key)
{
    const MetricInfo* info = findMetric(key);
    return info ? info->name : Message::verbatim(key);
}

// The parent's target for the metric divided among its current sub-units; none without a parent target.
Expected<std::optional<double>> parentShare(QSqlDatabase db, qint64 periodId, const TargetEdit& edit)
{
    using Result = Expected<std::optional<double>>;
    OrganisationRepository orgs(db);
    const auto org = orgs.byId(edit.orgId);
    if (!org)
        return Result::failure(org.message());
    if (!org->parentId)
        return std::optional<double>();
    const auto parentTargets = TargetRepository(db).targetsFor(*org->parentId, periodId);
    if (!parentTargets)
        return Result::failure(parentTargets.message());
    const auto siblings = orgs.children(*org->parentId);
    if (!siblings)
        return Result::failure(siblings.message());
    qint64 current = 0;
    for (const Organisation& o : *siblings)
        current += o.retired ? 0 : 1;
    if (!parentTargets->contains(edit.metric) || current == 0)
        return std::optional<double>();
    return std::optional<double>(parentTargets->value(edit.metric) / static_cast<double>(current));
}

// The same organisation's target for the metric in the period of the same name a year earlier ("2025" for
// "2026", "2025-03" for "2026-03"); none for a phase or when there is no such target.
Expected<std::optional<double>> lastYears(QSqlDatabase db, qint64 periodId, const TargetEdit& edit)
{
    using Result = Expected<std::optional<double>>;
    PeriodRepository periods(db);
    const auto period = periods.byId(periodId);
    if (!period)
        return Result::failure(period.message());
    if (period->kind == PeriodKind::Phase)
        return std::optional<double>();
    const QString earlier = QString::number(period->start.year() - 1) +
                            (period->kind == PeriodKind::Month ? period->name.mid(4) : QString());
    const auto before = periods.find(earlier);
    if (!before || before->id == 0)
        return std::optional<double>();
    const auto targets = TargetRepository(db).targetsFor(edit.orgId, before->id);
    if (!targets)
        return Result::failure(targets.message());
    if (!targets->contains(edit.metric))
        return std::optional<double>();
    return std::optional<double>(targets->value(edit.metric));
}

bool tooLarge(double value, const std::optional<double>& against)
{
    return against && *against > 0 && value > kDoubtfulTargetFactor * *against;
}

} // namespace

Expected<std::optional<Message>> doubtfulTarget(QSqlDatabase db, qint64 periodId, const TargetEdit& edit)
{
    using Result = Expected<std::optional<Message>>;
    if (!edit.value)
        return std::optional<Message>();
    const double value = *edit.value;
    const auto stored = TargetRepository(db).storedValues(periodId, {edit});
    if (!stored)
        return Result::failure(stored.message());
    const Message metric = metricNameOf(edit.metric);
    if (const std::optional<double> before = stored->constFirst().value; tooLarge(value, before))
        return std::optional<Message>(JB_TR("Targets", "Change %1 from %2 to %3? That is more than ten times the "
                                                       "value it replaces.")
                                          .arg(metric)
                                          .arg(shown(*before))
                                          .arg(shown(value)));
    const auto share = parentShare(db, periodId, edit);
    if (!share)
        return Result::failure(share.message());
    if (tooLarge(value, *share))
        return std::optional<Message>(JB_TR("Targets", "Set %1 to %2? That is more than ten times this unit's share "
                                                       "of its parent's target (%3).")
                                          .arg(metric)
                                          .arg(shown(value))
                                          .arg(shown(**share)));
    const auto lastYear = lastYears(db, periodId, edit);
    if (!lastYear)
        return Result::failure(lastYear.message());
    if (tooLarge(value, *lastYear))
        return std::optional<Message>(JB_TR("Targets", "Set %1 to %2? That is more than ten times the same target a "
                                                       "year earlier (%3).")
                                          .arg(metric)
                                          .arg(shown(value))
                                          .arg(shown(**lastYear)));
    return std::optional<Message>();
}

} // namespace jb::core
