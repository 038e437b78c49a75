#pragma once
// Which sub-unit (town, street, park) a place an officer wrote lies in: how the importer files a person whose row
// names no organisation but does name where they live (现居住地) or are registered (户籍地).
//
// The rule:
// - spaces are ignored; a sub-unit matches when its whole name appears in the text: "店埠镇" matches
//   "店埠镇", "肥东县店埠镇" and "安徽省合肥市肥东县店埠镇王村"; a name written as a union ("店埠镇工会") counts
//   without the union words;
// - a short form ("店埠" for 店埠镇) does not match: place names share stems (店埠村, 店埠河) too often to guess;
// - when several sub-units match, the longest name wins (a park named after its town beats the town); two different
//   sub-units matching with names equally long make the text ambiguous: no sub-unit;
// - names shorter than two characters never match.
// The home organisation (the county) is not a sub-unit: a text naming only the county matches nothing.

#include <QString>
#include <QVector>
#include <optional>

namespace jb::core {

struct NamedSubUnit
{
    qint64 id = 0;
    QString name;
};

std::optional<qint64> subUnitNamedIn(const QString& place, const QVector<NamedSubUnit>& subUnits);

} // namespace jb::core
