#include "core/metrics/ProgressJson.h"

#include "core/i18n/Language.h"

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

QJsonObject progressToJson(const Progress& p, bool withSeries)
{
    QJsonArray metrics;
    for (const MetricProgress& m : p.metrics) {
        const MetricInfo& info = metricInfo(m.metric);
        metrics.append(QJsonObject{{QStringLiteral("metric"), info.key},
                                   {QStringLiteral("name_zh"), textIn(info.name, kChinese)},
                                   {QStringLiteral("name_en"), textIn(info.name, kEnglish)},
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
    QJsonObject root{
        {QStringLiteral("organisation"), QJsonObject{{QStringLiteral("id"), p.org.id},
                                                     {QStringLiteral("code"), p.org.code},
                                                     {QStringLiteral("name"), p.org.name}}},
        {QStringLiteral("period_kind"), periodKindKey(p.period.kind)},
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
    if (withSeries) {
        QJsonObject series;
        for (auto it = p.cumulative.begin(); it != p.cumulative.end(); ++it) {
            QJsonArray points;
            for (const CumulativePoint& point : it.value())
                points.append(QJsonArray{point.day.toString(Qt::ISODate), point.total});
            series.insert(it.key(), points);
        }
        root.insert(QStringLiteral("cumulative"), series);
    }
    return root;
}

namespace {

QHash<QString, qint64> countsFrom(const QJsonObject& o)
{
    QHash<QString, qint64> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toInteger());
    return out;
}

std::optional<double> numberFrom(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

PaceStatus statusFrom(const QString& key)
{
    for (PaceStatus s : {PaceStatus::Green, PaceStatus::Amber, PaceStatus::Red})
        if (paceStatusKey(s) == key)
            return s;
    return PaceStatus::NoTarget;
}

// Every metric of the catalogue, with the figures the JSON holds for it (none: zero and no target).
QVector<MetricProgress> metricsFrom(const QJsonArray& metrics)
{
    QVector<MetricProgress> all;
    for (const MetricInfo& info : metricCatalog()) {
        MetricProgress m;
        m.metric = info.metric;
        for (const QJsonValue& v : metrics) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("metric")).toString() != info.key)
                continue;
            m.actual = o.value(QStringLiteral("actual")).toInteger();
            m.target = numberFrom(o.value(QStringLiteral("target")));
            m.subUnitTargets = numberFrom(o.value(QStringLiteral("sub_unit_targets")));
            m.pace.expected = numberFrom(o.value(QStringLiteral("expected_by_now")));
            m.pace.elapsedShare = o.value(QStringLiteral("elapsed_share")).toDouble();
            m.pace.status = statusFrom(o.value(QStringLiteral("status")).toString());
        }
        all << m;
    }
    return all;
}

QVector<SubUnitFigures> subUnitsFrom(const QJsonArray& units)
{
    QVector<SubUnitFigures> all;
    for (const QJsonValue& v : units) {
        const QJsonObject o = v.toObject();
        SubUnitFigures s;
        s.org.code = o.value(QStringLiteral("code")).toString();
        s.org.name = o.value(QStringLiteral("name")).toString();
        s.actual = countsFrom(o.value(QStringLiteral("actual")).toObject());
        const QJsonObject targets = o.value(QStringLiteral("target")).toObject();
        for (auto it = targets.begin(); it != targets.end(); ++it)
            s.target.insert(it.key(), it.value().toDouble());
        all << s;
    }
    return all;
}

QVector<KeyGroupFigures> keyGroupsFrom(const QJsonArray& groups)
{
    QVector<KeyGroupFigures> all;
    for (const QJsonValue& v : groups) {
        const QJsonObject o = v.toObject();
        KeyGroupFigures g;
        g.code = o.value(QStringLiteral("code")).toString();
        g.nameZh = o.value(QStringLiteral("name_zh")).toString();
        g.nameEn = o.value(QStringLiteral("name_en")).toString();
        g.actual = countsFrom(o.value(QStringLiteral("actual")).toObject());
        all << g;
    }
    return all;
}

} // namespace

Expected<Progress> progressFromJson(const QJsonObject& json)
{
    Progress p;
    const QJsonObject org = json.value(QStringLiteral("organisation")).toObject();
    p.org.id = org.value(QStringLiteral("id")).toInteger();
    p.org.code = org.value(QStringLiteral("code")).toString();
    p.org.name = org.value(QStringLiteral("name")).toString();
    const QJsonObject period = json.value(QStringLiteral("period")).toObject();
    const QString kind = json.value(QStringLiteral("period_kind")).toString();
    p.period.kind = kind == QLatin1String("month")   ? PeriodKind::Month
                    : kind == QLatin1String("phase") ? PeriodKind::Phase
                                                     : PeriodKind::Year;
    p.period.name = period.value(QStringLiteral("name")).toString();
    p.period.label = period.value(QStringLiteral("label")).toString();
    p.period.start = QDate::fromString(period.value(QStringLiteral("start")).toString(), Qt::ISODate);
    p.period.end = QDate::fromString(period.value(QStringLiteral("end")).toString(), Qt::ISODate);
    p.asOf = QDate::fromString(json.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    if (p.org.code.isEmpty() || !p.period.start.isValid() || !p.asOf.isValid())
        return Expected<Progress>::failure(JB_TR("Metrics", "The stored figures are incomplete."));

    p.metrics = metricsFrom(json.value(QStringLiteral("metrics")).toArray());
    p.bySubUnit = subUnitsFrom(json.value(QStringLiteral("sub_units")).toArray());
    p.byKeyGroup = keyGroupsFrom(json.value(QStringLiteral("key_groups")).toArray());
    const QJsonObject funnel = json.value(QStringLiteral("funnel")).toObject();
    for (const FunnelStage& stage : funnelStages())
        p.funnel << funnel.value(stage.key).toInteger();
    const QJsonObject promise = json.value(QStringLiteral("promise")).toObject();
    p.promise.promiseDays = promise.value(QStringLiteral("promise_days")).toInt(7);
    p.promise.registered = promise.value(QStringLiteral("registered")).toInteger();
    p.promise.servedInPromise = promise.value(QStringLiteral("served_in_promise")).toInteger();
    p.promise.servedLate = promise.value(QStringLiteral("served_late")).toInteger();
    p.promise.due = promise.value(QStringLiteral("due")).toInteger();
    p.promise.overdue = promise.value(QStringLiteral("overdue")).toInteger();
    const QJsonObject fairs = json.value(QStringLiteral("fairs_by_level")).toObject();
    for (const char* level : {"province", "city", "county", "industry"})
        p.fairsByLevel << FairLevelCount{QLatin1String(level), fairs.value(QLatin1String(level)).toInteger()};
    const QJsonObject series = json.value(QStringLiteral("cumulative")).toObject();
    for (auto it = series.begin(); it != series.end(); ++it) {
        QVector<CumulativePoint> points;
        for (const QJsonValue& point : it.value().toArray())
            points << CumulativePoint{QDate::fromString(point.toArray().at(0).toString(), Qt::ISODate),
                                      point.toArray().at(1).toInteger()};
        p.cumulative.insert(it.key(), points);
    }
    return p;
}

} // namespace jb::core
