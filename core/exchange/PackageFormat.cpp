#include "core/exchange/PackageFormat.h"

#include "core/domain/MetricCatalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <optional>

namespace jb::core::exchange {

namespace {

const QStringList kFairLevels = {QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("county"),
                                 QStringLiteral("industry")};

QString periodKindText(PeriodKind kind)
{
    return periodKindKey(kind);
}

std::optional<PeriodKind> periodKindFrom(const QString& key)
{
    if (key == QLatin1String("year"))
        return PeriodKind::Year;
    if (key == QLatin1String("phase"))
        return PeriodKind::Phase;
    if (key == QLatin1String("month"))
        return PeriodKind::Month;
    return std::nullopt;
}

// A figure as a whole number ≥ 0, or nullopt. Checked before any conversion: a double beyond qint64 (1e300 in a
// re-sealed package) converted with static_cast is undefined behaviour (found by tests/fuzz/fuzz_package_reader).
// 2^53 is the largest whole number a JSON double holds exactly, far above any count of people or fairs.
std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= 0 && d <= 9007199254740992.0) || d != std::floor(d))
        return std::nullopt;
    return static_cast<qint64>(d);
}

QJsonObject periodToJson(const Period& p)
{
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("label"), p.label},
                       {QStringLiteral("kind"), periodKindText(p.kind)},
                       {QStringLiteral("start"), p.start.toString(Qt::ISODate)},
                       {QStringLiteral("end"), p.end.toString(Qt::ISODate)}};
}

QJsonObject countsToJson(const QHash<QString, qint64>& counts, bool fairLevels)
{
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const bool isLevel = it.key().startsWith(QLatin1String("fairs_"));
        if (isLevel == fairLevels)
            o.insert(isLevel ? it.key().mid(6) : it.key(), it.value());
    }
    return o;
}

QJsonArray unitsToJson(const QVector<UnitFigures>& units)
{
    QJsonArray out;
    for (const UnitFigures& u : units) {
        QJsonObject groups;
        for (auto it = u.keyGroups.begin(); it != u.keyGroups.end(); ++it)
            groups.insert(it.key(), countsToJson(it.value(), false));
        out.append(QJsonObject{{QStringLiteral("code"), u.code},
                               {QStringLiteral("name"), u.name},
                               {QStringLiteral("kind"), u.kind},
                               {QStringLiteral("figures"), countsToJson(u.totals, false)},
                               {QStringLiteral("fairs_by_level"), countsToJson(u.totals, true)},
                               {QStringLiteral("key_groups"), groups}});
    }
    return out;
}

// Reading: the first problem found, with the member it concerns.
class Reader final
{
public:
    Message problem;

    // `what` says what is wrong with the member, after its name: "is missing or not text".
    bool fail(const QString& member, const Message& what)
    {
        if (problem.isEmpty())
            problem = JB_TR("Exchange", "\"%1\" %2").arg(member).arg(what);
        return false;
    }
    QString text(const QJsonObject& o, const QString& key, const QString& where)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            fail(where + key, JB_TR("Exchange", "is missing or not text"));
        return v.toString().trimmed();
    }
    QDate date(const QJsonObject& o, const QString& key, const QString& where)
    {
        const QDate d = QDate::fromString(text(o, key, where), Qt::ISODate);
        if (!d.isValid())
            fail(where + key, JB_TR("Exchange", "is not a YYYY-MM-DD date"));
        return d;
    }
    QHash<QString, qint64> counts(const QJsonValue& value, const QString& where, const QString& prefix = {})
    {
        QHash<QString, qint64> out;
        if (!value.isObject()) {
            fail(where, JB_TR("Exchange", "is missing or not an object"));
            return out;
        }
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            // Fairs by level are held as "fairs_<level>" beside the figures and written back apart: a figure named
            // so would come back under fairs_by_level, or not at all (found by the package reader's fuzz target).
            if (prefix.isEmpty() && it.key().startsWith(QLatin1String("fairs_")))
                fail(where + QLatin1Char('.') + it.key(),
                     JB_TR("Exchange", "is not a figure's name (fairs by level belong in fairs_by_level)"));
            else if (const std::optional<qint64> n = wholeNumber(it.value()))
                out.insert(prefix + it.key(), *n);
            else
                fail(where + QLatin1Char('.') + it.key(), JB_TR("Exchange", "is not a whole number ≥ 0"));
        }
        return out;
    }
    Period period(const QJsonValue& value, const QString& where)
    {
        const QJsonObject o = value.toObject();
        Period p;
        p.name = text(o, QStringLiteral("name"), where);
        p.label = o.value(QStringLiteral("label")).toString(p.name);
        const auto kind = periodKindFrom(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            fail(where + QStringLiteral("kind"), JB_TR("Exchange", "must be year, phase or month"));
        p.kind = kind.value_or(PeriodKind::Phase);
        p.start = date(o, QStringLiteral("start"), where);
        p.end = date(o, QStringLiteral("end"), where);
        if (p.start.isValid() && p.end.isValid() && p.end < p.start)
            fail(where + QStringLiteral("end"), JB_TR("Exchange", "is before the start"));
        return p;
    }
    QVector<UnitFigures> units(const QJsonValue& value, const QString& where)
    {
        QVector<UnitFigures> out;
        if (!value.isArray() || value.toArray().isEmpty()) {
            fail(where, JB_TR("Exchange", "is missing or empty"));
            return out;
        }
        for (const QJsonValue& v : value.toArray()) {
            const QJsonObject o = v.toObject();
            UnitFigures u;
            u.code = text(o, QStringLiteral("code"), where + QStringLiteral("[]."));
            const QString at = QStringLiteral("%1[%2].").arg(where, u.code);
            u.name = text(o, QStringLiteral("name"), at);
            u.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("other"));
            u.totals = counts(o.value(QStringLiteral("figures")), at + QStringLiteral("figures"));
            if (o.contains(QStringLiteral("fairs_by_level")))
                u.totals.insert(counts(o.value(QStringLiteral("fairs_by_level")), at + QStringLiteral("fairs_by_level"),
                                       QStringLiteral("fairs_")));
            const QJsonObject groups = o.value(QStringLiteral("key_groups")).toObject();
            for (auto it = groups.begin(); it != groups.end(); ++it)
                u.keyGroups.insert(it.key(), counts(it.value(), at + QStringLiteral("key_groups.") + it.key()));
            out << u;
        }
        return out;
    }
    // One fair the sender held, with the figures its organiser reported.
    PackageFair fair(const QJsonObject& f)
    {
        PackageFair fair;
        fair.orgCode = text(f, QStringLiteral("organisation"), QStringLiteral("fairs[]."));
        fair.name = text(f, QStringLiteral("name"), QStringLiteral("fairs[]."));
        fair.heldOn = date(f, QStringLiteral("held_on"), QStringLiteral("fairs[]."));
        fair.organiserLevel = text(f, QStringLiteral("organiser_level"), QStringLiteral("fairs[]."));
        fair.mode = f.value(QStringLiteral("mode")).toString();
        // A figure left out counts as 0, as before; one present must be a whole number ≥ 0.
        const auto n = [&f, this](const char* key) {
            const QJsonValue given = f.value(QLatin1String(key));
            if (given.isUndefined())
                return qint64(0);
            const std::optional<qint64> figure = wholeNumber(given);
            if (!figure)
                fail(QStringLiteral("fairs[].") + QLatin1String(key), JB_TR("Exchange", "is not a whole number ≥ 0"));
            return figure.value_or(0);
        };
        fair.enterprises = n("enterprises");
        fair.jobsOffered = n("jobs_offered");
        fair.attendees = n("attendees");
        fair.intentions = n("intentions");
        fair.contracts = n("contracts");
        return fair;
    }
    PackageSection section(const QJsonObject& o, const QString& where)
    {
        PackageSection s;
        s.period = period(o.value(QStringLiteral("period")), where + QStringLiteral("period."));
        s.asOf = date(o, QStringLiteral("as_of"), where);
        s.units = units(o.value(QStringLiteral("figures")), where + QStringLiteral("figures"));
        return s;
    }
};

// `reason` follows the file's name: "is not a JobBridge exchange package".
Message refusal(const QString& fileName, const Message& reason)
{
    if (fileName.isEmpty())
        return JB_TR("Exchange", "The file %1").arg(reason);
    return JB_TR("Exchange", "\"%1\" %2").arg(fileName).arg(reason);
}

} // namespace

const QStringList& extraFigureKeys()
{
    static const QStringList keys = {QStringLiteral("recommended"),         QStringLiteral("interviewed"),
                                     QStringLiteral("hardship_registered"), QStringLiteral("hardship_served_late"),
                                     QStringLiteral("hardship_due"),        QStringLiteral("hardship_overdue")};
    return keys;
}

QString fairLevelKey(const QString& level)
{
    return QStringLiteral("fairs_") + level;
}

QByteArray canonicalBytes(const QJsonObject& packageWithoutChecksum)
{
    QJsonObject o = packageWithoutChecksum;
    o.remove(QStringLiteral("sha256"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString checksumOf(const QJsonObject& packageWithoutChecksum)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalBytes(packageWithoutChecksum), QCryptographicHash::Sha256).toHex());
}

QJsonObject packageToJson(const Package& p, const QJsonArray& records, bool withRecords)
{
    QJsonArray context;
    for (int i = 1; i < p.sections.size(); ++i) {
        const PackageSection& s = p.sections.at(i);
        context.append(QJsonObject{{QStringLiteral("period"), periodToJson(s.period)},
                                   {QStringLiteral("as_of"), s.asOf.toString(Qt::ISODate)},
                                   {QStringLiteral("figures"), unitsToJson(s.units)}});
    }
    QJsonArray fairs;
    for (const PackageFair& f : p.fairs)
        fairs.append(QJsonObject{{QStringLiteral("organisation"), f.orgCode},
                                 {QStringLiteral("name"), f.name},
                                 {QStringLiteral("held_on"), f.heldOn.toString(Qt::ISODate)},
                                 {QStringLiteral("organiser_level"), f.organiserLevel},
                                 {QStringLiteral("mode"), f.mode},
                                 {QStringLiteral("enterprises"), f.enterprises},
                                 {QStringLiteral("jobs_offered"), f.jobsOffered},
                                 {QStringLiteral("attendees"), f.attendees},
                                 {QStringLiteral("intentions"), f.intentions},
                                 {QStringLiteral("contracts"), f.contracts}});
    QJsonObject o{{QStringLiteral("format"), kPackageFormat},
                  {QStringLiteral("format_version"), p.formatVersion},
                  {QStringLiteral("organisation"), QJsonObject{{QStringLiteral("code"), p.orgCode},
                                                               {QStringLiteral("name"), p.orgName},
                                                               {QStringLiteral("parent_code"), p.parentCode}}},
                  {QStringLiteral("period"), periodToJson(p.main().period)},
                  {QStringLiteral("as_of"), p.main().asOf.toString(Qt::ISODate)},
                  {QStringLiteral("created_at"), p.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("figures"), unitsToJson(p.main().units)},
                  {QStringLiteral("context"), context},
                  {QStringLiteral("fairs"), fairs}};
    if (withRecords)
        o.insert(QStringLiteral("records"), records);
    o.insert(QStringLiteral("sha256"), checksumOf(o));
    return o;
}

Expected<Package> parsePackage(const QByteArray& bytes, const QString& fileName)
{
    using Result = Expected<Package>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result::failure(refusal(
            fileName,
            JB_TR(
                "Exchange",
                "is not an exchange package (not JSON). Choose the .jbpkg file exported by the child organisation.")));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kPackageFormat)
        return Result::failure(
            refusal(fileName, JB_TR("Exchange", "is not a JobBridge exchange package (unknown format).")));
    const QJsonValue version = o.value(QStringLiteral("format_version"));
    if (!version.isDouble() || version.toInt() != kPackageFormatVersion) {
        if (version.toInt() > kPackageFormatVersion)
            return Result::failure(
                refusal(fileName, JB_TR("Exchange", "was exported by a newer JobBridge (format version %1; this one "
                                                    "reads %2). Update JobBridge, then import it again.")
                                      .arg(version.toInt())
                                      .arg(kPackageFormatVersion)));
        return Result::failure(refusal(
            fileName, JB_TR("Exchange", "has an unknown format version \"%1\"; ask the sender to export it again.")
                          .arg(version.toVariant().toString())));
    }
    const QString stated = o.value(QStringLiteral("sha256")).toString();
    if (stated.isEmpty() || stated.compare(checksumOf(o), Qt::CaseInsensitive) != 0)
        return Result::failure(refusal(
            fileName, JB_TR("Exchange", "fails its SHA-256 checksum: it was changed or damaged after export. Ask the "
                                        "sender to export it again and send the file as it is, without editing it.")));

    Reader r;
    Package p;
    p.formatVersion = version.toInt();
    p.json = o;
    p.sha256 = stated.toLower();
    const QJsonObject org = o.value(QStringLiteral("organisation")).toObject();
    p.orgCode = r.text(org, QStringLiteral("code"), QStringLiteral("organisation."));
    p.orgName = r.text(org, QStringLiteral("name"), QStringLiteral("organisation."));
    p.parentCode = org.value(QStringLiteral("parent_code")).toString();
    p.createdAt = QDateTime::fromString(r.text(o, QStringLiteral("created_at"), {}), Qt::ISODateWithMs);
    if (!p.createdAt.isValid())
        r.fail(QStringLiteral("created_at"), JB_TR("Exchange", "is not an ISO 8601 time"));
    p.sections << r.section(o, {});
    for (const QJsonValue& v : o.value(QStringLiteral("context")).toArray())
        p.sections << r.section(v.toObject(), QStringLiteral("context."));
    if (r.problem.isEmpty() && p.main().units.constFirst().code != p.orgCode)
        r.fail(QStringLiteral("figures"), JB_TR("Exchange", "does not start with the sending organisation"));
    for (const QJsonValue& v : o.value(QStringLiteral("fairs")).toArray())
        p.fairs << r.fair(v.toObject());
    p.records = static_cast<int>(o.value(QStringLiteral("records")).toArray().size());
    if (!r.problem.isEmpty())
        return Result::failure(refusal(
            fileName,
            JB_TR("Exchange", "is incomplete: %1. Ask the sender to export it again with JobBridge.").arg(r.problem)));
    return p;
}

Expected<Package> readPackageFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return Expected<Package>::failure(refusal(name, JB_TR("Exchange", "does not exist or is not a file.")));
    if (!file.open(QIODevice::ReadOnly))
        return Expected<Package>::failure(
            refusal(name, JB_TR("Exchange", "cannot be read: %1").arg(file.errorString())));
    // Packages are a few hundred kilobytes; anything far larger is not one.
    if (file.size() > 256LL * 1024 * 1024)
        return Expected<Package>::failure(refusal(name, JB_TR("Exchange", "is too large to be an exchange package.")));
    return parsePackage(file.readAll(), name);
}

} // namespace jb::core::exchange
