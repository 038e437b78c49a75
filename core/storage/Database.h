#pragma once
// One JobBridge file: one organisation's records in SQLite. Opening checks that the file is ours and not newer
// than this build before anything can write to it, then upgrades it stepwise; creating builds the file beside its
// final name and renames it into place only when complete.

#include "core/Expected.h"
#include "core/storage/FileLock.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace jb::core {

class Database final
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    struct OpenOptions
    {
        // Called with the file's path before a migration changes it (a backup, core/storage/Backups.h); a failure
        // stops the opening with the file untouched. Empty: no backup.
        std::function<Status(const QString& path)> beforeMigration;
        // Take over a lock left by a process of this machine that is gone (the GUI asks first; the CLI does it).
        bool takeOverStaleLock = true;
        // Skip the quick_check and open the file read-only at once, taking no lock: the caller checks it off its
        // thread (core/storage/OpeningCheck.h) and calls becomeWritable() when the check is sound. A file that
        // needs an upgrade is checked now all the same (the upgrade writes).
        bool checkLater = false;
    };

    // Opens an existing file. Refuses (and leaves untouched) missing files, non-SQLite files, other programs'
    // databases, files written by a newer JobBridge and damaged files. When another process holds the file's lock,
    // the file is opened read-only (isReadOnly(), readOnlyReason()).
    static Expected<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options);
    static Expected<std::unique_ptr<Database>> open(const QString& path) { return open(path, OpenOptions()); }

    // SQLite's own check of a file through a read-only connection: quick_check, or the full integrity_check.
    // Returns the problems it found (empty when the file is sound); fails when the check cannot run at all (a
    // file that is not SQLite, a busy file).
    // `cancelled` (optional) stops the check when it turns true (the result is then a failure).
    static Expected<QStringList> checkFile(const QString& path, bool full,
                                           const std::atomic<bool>* cancelled = nullptr);
    // What the officer reads when a check found `problems` in the file at `path`.
    static Message damageMessage(const QStringList& problems, const QString& path);

    // What fills a new file once its schema is in place (the home organisation, see
    // core/organisations/OrganisationFile.h). Storage knows nothing of organisations; the caller supplies this.
    using Seed = std::function<Status(QSqlDatabase)>;

    // Creates a new file, builds the schema and runs `seed` on it, all beside the final name; renames it into
    // place only when everything worked. Refuses an existing path.
    static Expected<std::unique_ptr<Database>> create(const QString& path, const Seed& seed);

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    // True when another process had the file open for writing: nothing may be written, and readOnlyReason() says
    // who has it.
    bool isReadOnly() const { return !m_lock; }
    const Message& readOnlyReason() const { return m_readOnlyReason; }
    // Who else holds the lock (empty when this process holds it).
    const LockHolder& lockHolder() const { return m_holder; }
    // Opened with checkLater and not yet made writable: read-only because it is being checked.
    bool isAwaitingCheck() const { return m_awaitingCheck; }
    // After a sound check: takes the lock and reopens the connection for writing. When another process has
    // taken the lock meanwhile, the file stays read-only naming it (isReadOnly(), lockHolder()). A file already
    // writable is left as it is.
    Status becomeWritable(bool takeOverStaleLock);

    // Writes a consistent copy of the whole file (VACUUM INTO); refuses to overwrite an existing file.
    Status saveCopy(const QString& target) const;

private:
    Database(QString path, QString connectionName);
    static Expected<std::unique_ptr<Database>> openReadOnly(std::unique_ptr<Database> database, int version,
                                                            const LockHolder& holder);
    static Expected<std::unique_ptr<Database>> openUnchecked(const QString& path);
    QString m_path;
    QString m_connectionName;
    std::unique_ptr<FileLock> m_lock;
    LockHolder m_holder;
    Message m_readOnlyReason;
    bool m_awaitingCheck = false;
};

} // namespace jb::core
