#pragma once
// An organisation in the union tree: province, city (prefecture), county, or a sub-unit an officer adds
// (town, industrial park, industry union).

#include "core/Message.h"

#include <QString>
#include <optional>

namespace jb::core {

enum class OrgKind { Province, Prefecture, County, Town, Park, IndustryUnion, Other };

QString orgKindKey(OrgKind kind); // stored value, e.g. "county"
std::optional<OrgKind> orgKindFromKey(const QString& key);
Message orgKindLabel(OrgKind kind); // "County" (县级)

struct Organisation
{
    qint64 id = 0;
    QString code;
    QString name;
    OrgKind kind = OrgKind::Other;
    std::optional<qint64> parentId;
    bool isHome = false;
    bool retired = false;
};

} // namespace jb::core
