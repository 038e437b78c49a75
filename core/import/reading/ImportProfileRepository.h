#pragma once
// Named column mappings (import profiles): saved when an officer confirms a mapping, found again by the header
// signature when a file with the same layout comes back, so the monthly list from the same town maps itself.

#include "core/Expected.h"
#include "core/import/ImportTypes.h"
#include "core/import/reading/ColumnMapping.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace jb::core {

struct ImportProfile
{
    qint64 id = 0;
    QString name;
    ImportKind kind = ImportKind::Workers;
    QString headerSignature;
    QJsonObject mapping; // ColumnMapping::toJson()
    QDateTime updatedAt; // UTC

    // The saved mapping applied to a file's header (columns matched by header text).
    ColumnMapping apply(const QStringList& header) const { return ColumnMapping::fromJson(mapping, header); }
};

class ImportProfileRepository final
{
public:
    explicit ImportProfileRepository(QSqlDatabase db);

    // Saves the mapping under `name`, replacing a profile of that name. One transaction with its audit entry.
    Expected<ImportProfile> save(const QString& name, const ColumnMapping& mapping);
    // Profiles by name; only those of `kind` when given.
    Expected<QVector<ImportProfile>> list(std::optional<ImportKind> kind = std::nullopt) const;
    Expected<std::optional<ImportProfile>> findByName(const QString& name) const;
    // The most recently saved profile of `kind` for exactly this header layout; nullopt when there is none.
    Expected<std::optional<ImportProfile>> findBySignature(ImportKind kind, const QString& signature) const;
    // Deletes a profile (and records it in the audit log). Deleting a profile that does not exist fails.
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace jb::core
