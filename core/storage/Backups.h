#pragma once
// Automatic and manual backups of a JobBridge file. A backup is a consistent copy (VACUUM INTO) in a folder of
// its own per file, under a backups folder beside the program's settings; its name carries the time it was taken.
// Taken on opening (at most once a day), before a migration, a batch undo, a merge and a restore, and by hand.
// Kept: every backup of today, then the newest of each of the last 7 days, 4 weeks and 12 months that have one.
// A restore checks the backup first, backs up (or, when damaged, keeps aside) the current file, and replaces it
// through a temporary file beside it, so a crash leaves either the old file or the new one, never half of one.
// Before the copy replaces the file, the restore is recorded in the copy itself (core/audit/AuditedRestore.h).

#include "core/Expected.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace jb::core {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime taken; // local time, from the name
    qint64 bytes = 0;
};

struct RestoreOutcome
{
    // Where the file that was replaced went: a backup of it, or (when it was damaged) the damaged file itself,
    // renamed beside it for the record. Empty when there was no file.
    QString previousKeptAt;
    bool previousWasDamaged = false;
};

class Backups final
{
public:
    // `root` holds one folder per database file; empty means defaultRoot().
    explicit Backups(QString root = {});

    // $JOBBRIDGE_BACKUP_DIR when set, else "backups" beside the program's settings (the JobBridge folder of the
    // user's configuration).
    static QString defaultRoot();
    const QString& root() const { return m_root; }

    // The folder of one file's backups: its name and a short hash of its full path (two files may share a name).
    QString folderFor(const QString& databasePath) const;
    // The file's backups, newest first.
    QList<BackupInfo> list(const QString& databasePath) const;

    // Takes a backup of an open file now (also of a file open read-only here), then prunes.
    Expected<BackupInfo> backUp(const Database& database) const;
    // Takes a backup of a file that is not open here (before a migration or a restore).
    // Safe on any thread (its own read-only connection); `cancelled` stops it (a failure, nothing left behind).
    Expected<BackupInfo> backUpFile(const QString& databasePath, const std::atomic<bool>* cancelled = nullptr) const;
    // The backup on opening: taken only when the file has none from today (Clock::today()); nullopt when skipped.
    Expected<std::optional<BackupInfo>> dailyBackup(const Database& database) const;
    // True when the file has no backup from today (the GUI then takes it with backUpFile, off its thread).
    bool isDailyBackupDue(const QString& databasePath) const;

    // Removes the backups the retention rule does not keep.
    void prune(const QString& databasePath) const;
    // The retention rule on its own: of `taken` (any order), the ones kept on `today`.
    static QList<QDateTime> kept(QList<QDateTime> taken, const QDate& today);

    // The newest backup that passes SQLite's full integrity_check.
    std::optional<BackupInfo> newestGood(const QString& databasePath) const;
    // What a damaged file's message offers: its newest good backup, or that there is none.
    Message offerFor(const QString& databasePath) const;
    // Writes into the restored copy, in the transaction restore() opens on it, what the restore did: where the
    // replaced file went (`outcome`) and which backup came back.
    using RecordRestore =
        std::function<Status(QSqlDatabase copy, const QString& backupPath, const RestoreOutcome& outcome)>;
    // Replaces the file with `backupPath` (see the header comment), `record` writing the restore into the copy
    // first (restoreAudited() passes the audit entry). Refuses a damaged backup, a file another process has open
    // for writing, and leaves the file as it was on any failure.
    Expected<RestoreOutcome> restore(const QString& databasePath, const QString& backupPath,
                                     const RecordRestore& record) const;

private:
    Expected<BackupInfo> copyInto(const QString& databasePath,
                                  const std::function<Status(const QString&)>& vacuum) const;
    QString m_root;
};

} // namespace jb::core
