#include "core/import/checking/PlaceSubUnit.h"

namespace jb::core {

namespace {

QString withoutSpaces(const QString& text)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            kept += c;
    return kept;
}

QString withoutUnionWords(const QString& name)
{
    for (const QString& suffix : {QStringLiteral("总工会"), QStringLiteral("工会")})
        if (name.endsWith(suffix) && name.size() > suffix.size())
            return name.left(name.size() - suffix.size());
    return name;
}

} // namespace

std::optional<qint64> subUnitNamedIn(const QString& place, const QVector<NamedSubUnit>& subUnits)
{
    const QString text = withoutSpaces(place);
    if (text.isEmpty())
        return std::nullopt;
    qint64 best = 0;
    qsizetype bestLength = 0;
    bool ambiguous = false;
    for (const NamedSubUnit& unit : subUnits) {
        const QString name = withoutUnionWords(withoutSpaces(unit.name));
        if (name.size() < 2 || name.size() < bestLength || !text.contains(name))
            continue;
        if (name.size() == bestLength) {
            ambiguous = ambiguous || unit.id != best;
            continue;
        }
        best = unit.id;
        bestLength = name.size();
        ambiguous = false;
    }
    if (best == 0 || ambiguous)
        return std::nullopt;
    return best;
}

} // namespace jb::core
