#include "core/metrics/ProgressJson.h"

#include <QJsonArray>

namespace jb::core {

namespace {

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject counts(const QHash<QString, qint64>& byKey)
{
    QJsonObject o;
    for (auto it = byKey.begin(); it != byKey.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QJsonObject progressToJson(const Progress& p)
{
    QJsonArray metrics;
    for (const MetricProgress& m : p.metrics) {
        const MetricInfo& info = metricInfo(m.metric);
        metrics.append(QJsonObject{{QStringLiteral("metric"), info.key},
                                   {QStringLiteral("name_zh"), info.nameZh},
                                   {QStringLiteral("name_en"), info.nameEn},
                                   {QStringLiteral("actual"), m.actual},
                                   {QStringLiteral("target"), optionalNumber(m.target)},
                                   {QStringLiteral("sub_unit_targets"), optionalNumber(m.subUnitTargets)},
                                   {QStringLiteral("expected_by_now"), optionalNumber(m.pace.expected)},
                                   {QStringLiteral("elapsed_share"), m.pace.elapsedShare},
                                   {QStringLiteral("status"), paceStatusKey(m.pace.status)}});
    }
    QJsonArray subUnits;
    for (const SubUnitFigures& s : p.bySubUnit) {
        QJsonObject targets;
        for (auto it = s.target.begin(); it != s.target.end(); ++it)
            targets.insert(it.key(), it.value());
        subUnits.append(QJsonObject{{QStringLiteral("code"), s.org.code},
                                    {QStringLiteral("name"), s.org.name},
                                    {QStringLiteral("actual"), counts(s.actual)},
                                    {QStringLiteral("target"), targets}});
    }
    QJsonArray keyGroups;
    for (const KeyGroupFigures& g : p.byKeyGroup)
        keyGroups.append(QJsonObject{{QStringLiteral("code"), g.code},
                                     {QStringLiteral("name_zh"), g.nameZh},
                                     {QStringLiteral("name_en"), g.nameEn},
                                     {QStringLiteral("actual"), counts(g.actual)}});
    QJsonObject funnel;
    for (int i = 0; i < funnelStages().size() && i < p.funnel.size(); ++i)
        funnel.insert(funnelStages().at(i).key, p.funnel.at(i));
    QJsonObject fairs;
    for (const FairLevelCount& f : p.fairsByLevel)
        fairs.insert(f.level, f.fairs);
    return QJsonObject{
        {QStringLiteral("organisation"),
         QJsonObject{{QStringLiteral("code"), p.org.code}, {QStringLiteral("name"), p.org.name}}},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("name"), p.period.name},
                                               {QStringLiteral("label"), p.period.label},
                                               {QStringLiteral("start"), p.period.start.toString(Qt::ISODate)},
                                               {QStringLiteral("end"), p.period.end.toString(Qt::ISODate)}}},
        {QStringLiteral("as_of"), p.asOf.toString(Qt::ISODate)},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("sub_units"), subUnits},
        {QStringLiteral("key_groups"), keyGroups},
        {QStringLiteral("funnel"), funnel},
        {QStringLiteral("promise"), QJsonObject{{QStringLiteral("promise_days"), p.promise.promiseDays},
                                                {QStringLiteral("registered"), p.promise.registered},
                                                {QStringLiteral("served_in_promise"), p.promise.servedInPromise},
                                                {QStringLiteral("served_late"), p.promise.servedLate},
                                                {QStringLiteral("due"), p.promise.due},
                                                {QStringLiteral("overdue"), p.promise.overdue}}},
        {QStringLiteral("fairs_by_level"), fairs}};
}

} // namespace jb::core
