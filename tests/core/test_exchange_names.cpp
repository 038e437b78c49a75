// A package's figures by name (core/exchange/PackageFormat): a figure or key-group figure named like a fair level
// ("fairs_…") is refused, naming the member, since the exporter writes fairs by level apart and such a name would
// not come back as it was read (found by the package reader's fuzz target; its input is a seed there now).

#include "core/exchange/PackageFormat.h"
#include "test_demo_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jb::core;
using namespace jb::core::exchange;

namespace {

// A month's package the exporter wrote (the fuzz target's seed; its first byte is the target's option byte).
QJsonObject monthPackage()
{
    QFile seed(QStringLiteral(JB_TEST_DATA_DIR "/../fuzz/corpus_package_reader/month_sealed"));
    REQUIRE(seed.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(seed.readAll().mid(1));
    REQUIRE(doc.isObject());
    return doc.object();
}

QByteArray sealed(QJsonObject o)
{
    o.remove(QStringLiteral("sha256"));
    o.insert(QStringLiteral("sha256"), checksumOf(o));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Adds `name` = 1 to the sender's figures (or to its first key group's) and returns the package sealed again.
QByteArray withFigure(const QString& name, bool inKeyGroup)
{
    QJsonObject o = monthPackage();
    QJsonArray units = o.value(QStringLiteral("figures")).toArray();
    REQUIRE_FALSE(units.isEmpty());
    QJsonObject sender = units.first().toObject();
    if (inKeyGroup) {
        QJsonObject groups = sender.value(QStringLiteral("key_groups")).toObject();
        REQUIRE_FALSE(groups.isEmpty());
        QJsonObject first = groups.begin().value().toObject();
        first.insert(name, 1);
        groups.insert(groups.begin().key(), first);
        sender.insert(QStringLiteral("key_groups"), groups);
    } else {
        QJsonObject figures = sender.value(QStringLiteral("figures")).toObject();
        figures.insert(name, 1);
        sender.insert(QStringLiteral("figures"), figures);
    }
    units.replace(0, sender);
    o.insert(QStringLiteral("figures"), units);
    return sealed(o);
}

} // namespace

TEST_CASE("exchange: a figure named like a fair level is refused where it stands", "[exchange]")
{
    REQUIRE(parsePackage(sealed(monthPackage())).hasValue());
    for (const bool inKeyGroup : {false, true}) {
        INFO((inKeyGroup ? "in a key group" : "in the figures"));
        const Expected<Package> p = parsePackage(withFigure(QStringLiteral("fairs_bhardship"), inKeyGroup));
        REQUIRE_FALSE(p.hasValue());
        CHECK(p.message().sourceText().contains(QStringLiteral("fairs_by_level")));
        CHECK(p.error().contains(QStringLiteral("fairs_bhardship")));
        // Another unknown name is read and written back as it came.
        const Expected<Package> other = parsePackage(withFigure(QStringLiteral("visits_extra"), inKeyGroup));
        REQUIRE(other.hasValue());
    }
}
