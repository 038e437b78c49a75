#pragma once
// One JobBridge file: one organisation's records in SQLite. Opening checks that the file is ours and not newer
// than this build before anything can write to it, then upgrades it stepwise; creating builds the file beside its
// final name and renames it into place only when complete.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace jb::core {

class Database final
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens an existing file. Refuses (and leaves untouched) missing files, non-SQLite files, other programs'
    // databases and files written by a newer JobBridge.
    static Expected<std::unique_ptr<Database>> open(const QString& path);

    // What fills a new file once its schema is in place (the home organisation, see
    // core/organisations/OrganisationFile.h). Storage knows nothing of organisations; the caller supplies this.
    using Seed = std::function<Status(QSqlDatabase)>;

    // Creates a new file, builds the schema and runs `seed` on it, all beside the final name; renames it into
    // place only when everything worked. Refuses an existing path.
    static Expected<std::unique_ptr<Database>> create(const QString& path, const Seed& seed);

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    // Writes a consistent copy of the whole file (VACUUM INTO); refuses to overwrite an existing file.
    Status saveCopy(const QString& target) const;

private:
    Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
};

} // namespace jb::core
