// Stable keys for the import vocabulary: they appear in profiles, the CLI's JSON and error files.

#include "core/import/ImportTypes.h"

namespace jb::core {

QString importKindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Workers:
        return QStringLiteral("workers");
    case ImportKind::Vacancies:
        return QStringLiteral("vacancies");
    case ImportKind::Fair:
        return QStringLiteral("fair");
    case ImportKind::Services:
        return QStringLiteral("services");
    }
    return {};
}

std::optional<ImportKind> importKindFromKey(const QString& key)
{
    if (key == QLatin1String("workers"))
        return ImportKind::Workers;
    if (key == QLatin1String("vacancies"))
        return ImportKind::Vacancies;
    if (key == QLatin1String("fair"))
        return ImportKind::Fair;
    if (key == QLatin1String("services"))
        return ImportKind::Services;
    return std::nullopt;
}

QString severityKey(IssueSeverity severity)
{
    switch (severity) {
    case IssueSeverity::Rejected:
        return QStringLiteral("rejected");
    case IssueSeverity::Warning:
        return QStringLiteral("warning");
    case IssueSeverity::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace jb::core
