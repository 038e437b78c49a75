// libFuzzer target for the exchange-package reader (parsePackage: JSON, format and version, SHA-256, required
// members), the part of a package import that runs before any JobBridge file is opened. Any bytes must be refused
// with a message or read, never crash or hang, and a package that is read must keep the reader's promises:
// - it has its period and the sender's figures first, a valid creation time and a 64-digit checksum;
// - written again by packageToJson (what the exporter writes), it is read again with the same periods, units,
//   figures and fairs.
// A mutated package almost always fails its checksum, which would hide everything after it from the fuzzer: when
// the first input byte is odd the target seals the JSON with the right checksum first, so the structural checks
// are reached too. Built by -DJB_FUZZ=ON (tests/CMakeLists.txt); run by tests/fuzz/run.sh.

#include "core/exchange/PackageFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace jb::core;
using namespace jb::core::exchange;

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s\n", what);
        std::abort();
    }
}

QByteArray sealed(const QByteArray& bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return bytes;
    QJsonObject o = doc.object();
    o.remove(QStringLiteral("sha256"));
    o.insert(QStringLiteral("sha256"), checksumOf(o));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void requireSameSection(const PackageSection& a, const PackageSection& b)
{
    require(a.period.start == b.period.start && a.period.end == b.period.end && a.period.kind == b.period.kind,
            "the same period");
    require(a.asOf == b.asOf, "the same as-of day");
    require(a.units.size() == b.units.size(), "the same units");
    for (qsizetype i = 0; i < a.units.size(); ++i) {
        require(a.units.at(i).code == b.units.at(i).code, "the same unit codes");
        require(a.units.at(i).totals == b.units.at(i).totals, "the same figures");
        require(a.units.at(i).keyGroups == b.units.at(i).keyGroups, "the same key-group figures");
    }
}

void checkRead(const Package& p)
{
    require(!p.sections.isEmpty(), "a package has its period");
    for (const PackageSection& s : p.sections)
        require(!s.units.isEmpty(), "every section has the sender's figures");
    require(p.main().units.constFirst().code == p.orgCode, "the sender's figures come first");
    require(p.createdAt.isValid(), "a valid creation time");
    require(p.sha256.size() == 64, "a SHA-256 checksum");
    require(p.records >= 0, "a record count");

    const QJsonObject rewritten = packageToJson(p, p.json.value(QStringLiteral("records")).toArray(), true);
    const Expected<Package> again = parsePackage(QJsonDocument(rewritten).toJson(QJsonDocument::Compact));
    require(again.hasValue(), "a package read is read again after the exporter writes it");
    require(again->orgCode == p.orgCode && again->orgName == p.orgName && again->parentCode == p.parentCode,
            "the same organisation");
    require(again->sections.size() == p.sections.size(), "the same sections");
    for (qsizetype i = 0; i < p.sections.size(); ++i)
        requireSameSection(p.sections.at(i), again->sections.at(i));
    require(again->fairs.size() == p.fairs.size() && again->records == p.records, "the same fairs and records");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    if (data[0] & 1)
        bytes = sealed(bytes);
    const Expected<Package> package = parsePackage(bytes, QStringLiteral("fuzz.jbpkg"));
    if (package)
        checkRead(*package);
    else
        require(!package.error().isEmpty(), "a refusal says why");
    return 0;
}
