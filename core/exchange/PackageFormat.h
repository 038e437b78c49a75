#pragma once
// The exchange package: what a county sends its city (and a city its province) for one period — its figures per
// sub-unit and key group, its fairs and, if asked, anonymised records — as one UTF-8 JSON file with a format
// version and a SHA-256 checksum. This header reads and checks a package's shape and checksum; it needs no
// database, so a file that is not a valid package is refused before any JobBridge file is opened.
// The format is described in docs/exchange.md.

#include "core/Expected.h"
#include "core/domain/Period.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace jb::core::exchange {

inline const QString kPackageFormat = QStringLiteral("jobbridge-package");
inline constexpr int kPackageFormatVersion = 1;

// Figures of one organisation (the sender or one of its direct sub-units) for one period.
struct UnitFigures
{
    QString code;
    QString name;
    QString kind;                                     // organisation kind key ("county", "town", …)
    QHash<QString, qint64> totals;                    // metric key → value (fair levels as "fairs_<level>")
    QHash<QString, QHash<QString, qint64>> keyGroups; // key group code → metric key → value
};

// The figures of one period: the period sent, or one that gives it context (year to date, overlapping phase).
struct PackageSection
{
    Period period; // id is 0: a package names periods, it does not know the receiver's ids
    QDate asOf;
    QVector<UnitFigures> units; // the sender first, then its sub-units by code
};

struct PackageFair
{
    QString orgCode;
    QString name;
    QDate heldOn;
    QString organiserLevel;
    QString mode;
    qint64 enterprises = 0;
    qint64 jobsOffered = 0;
    qint64 attendees = 0;
    qint64 intentions = 0;
    qint64 contracts = 0;
};

struct Package
{
    int formatVersion = kPackageFormatVersion;
    QString orgCode;
    QString orgName;
    QString parentCode;
    QDateTime createdAt; // UTC, milliseconds: a newer package for the same child and period replaces an older one
    QString sha256;
    QVector<PackageSection> sections; // the period sent first
    QVector<PackageFair> fairs;
    int records = 0;  // anonymised records carried (kept in the package, not added to the receiver's lists)
    QJsonObject json; // the whole package as read (stored by the receiver)

    const PackageSection& main() const { return sections.constFirst(); }
};

// The bytes the checksum covers: the package without its "sha256" member, as compact JSON with sorted keys.
QByteArray canonicalBytes(const QJsonObject& packageWithoutChecksum);
QString checksumOf(const QJsonObject& packageWithoutChecksum);

// Parses and checks a package: JSON, format name and version, checksum, required members. Messages say what is
// wrong and what to do.
Expected<Package> parsePackage(const QByteArray& bytes, const QString& fileName = {});
Expected<Package> readPackageFile(const QString& path);

// The package's JSON (with its checksum) from its parts; what the exporter writes.
QJsonObject packageToJson(const Package& package, const QJsonArray& records, bool withRecords);

// The figure keys a unit carries besides the metric catalogue's (funnel and promise); fair levels are stored as
// "fairs_province", "fairs_city", "fairs_county", "fairs_industry".
const QStringList& extraFigureKeys();
QString fairLevelKey(const QString& level);

} // namespace jb::core::exchange
