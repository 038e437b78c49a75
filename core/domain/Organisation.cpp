#include "core/domain/Organisation.h"

#include <array>
#include <utility>

namespace jb::core {

namespace {

struct KindText
{
    OrgKind kind;
    const char* key;
    const char* label;
};

const std::array<KindText, 7> kKinds = {{
    {OrgKind::Province, "province", "省级 / Province"},
    {OrgKind::Prefecture, "prefecture", "市级 / City"},
    {OrgKind::County, "county", "县级 / County"},
    {OrgKind::Town, "town", "乡镇（街道） / Town"},
    {OrgKind::Park, "park", "园区 / Industrial park"},
    {OrgKind::IndustryUnion, "industry_union", "产业（行业）工会 / Industry union"},
    {OrgKind::Other, "other", "其他 / Other"},
}};

} // namespace

QString orgKindKey(OrgKind kind)
{
    for (const KindText& k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return QStringLiteral("other");
}

std::optional<OrgKind> orgKindFromKey(const QString& key)
{
    for (const KindText& k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString orgKindLabel(OrgKind kind)
{
    for (const KindText& k : kKinds)
        if (k.kind == kind)
            return QString::fromUtf8(k.label);
    return {};
}

} // namespace jb::core
