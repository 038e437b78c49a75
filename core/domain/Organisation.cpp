#include "core/domain/Organisation.h"

#include <QtGlobal>
#include <array>
#include <utility>

namespace jb::core {

namespace {

struct KindText
{
    OrgKind kind;
    const char* key;
    const char* label; // English source text, translated in context "Storage"
};

const std::array<KindText, 7> kKinds = {{
    {OrgKind::Province, "province", QT_TRANSLATE_NOOP("Storage", "Province")},
    {OrgKind::Prefecture, "prefecture", QT_TRANSLATE_NOOP("Storage", "City")},
    {OrgKind::County, "county", QT_TRANSLATE_NOOP("Storage", "County")},
    {OrgKind::Town, "town", QT_TRANSLATE_NOOP("Storage", "Town")},
    {OrgKind::Park, "park", QT_TRANSLATE_NOOP("Storage", "Industrial park")},
    {OrgKind::IndustryUnion, "industry_union", QT_TRANSLATE_NOOP("Storage", "Industry union")},
    {OrgKind::Other, "other", QT_TRANSLATE_NOOP("Storage", "Other")},
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

Message orgKindLabel(OrgKind kind)
{
    for (const KindText& k : kKinds)
        if (k.kind == kind)
            return Message("Storage", k.label);
    return {};
}

} // namespace jb::core
