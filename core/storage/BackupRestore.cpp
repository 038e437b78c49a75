// Backups::restore (Backups.h): the backup is copied beside the file, the restore is written into the copy (its
// audit log: core/audit/AuditedRestore.h), and the copy is renamed over the file, so a crash leaves the old file or the
// restored one, never half of one, and the restored file says when it was restored, from which backup and where the
// file it replaced went. That matters because the replaced file's later audit entries (reveals, unmasked exports) are
// not in the backup.

#include "core/Message.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/FileLock.h"
#include "core/storage/FileProbe.h"
#include "core/storage/PrivateFile.h"
#include "core/storage/SqlError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <filesystem>

namespace jb::core {

namespace {

// Runs `work` on a private connection to the file at `path`, then closes it.
Status withConnection(const QString& path, const QString& what, const std::function<Status(QSqlDatabase)>& work)
{
    const QString name = QStringLiteral("jobbridge-restore");
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        result = db.open() ? work(db) : Status::failure(describeSqlError(db.lastError(), what));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? Status() : Status::failure(describeSqlError(q, sql));
}

void removeCompanions(const QString& path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

// Merges the WAL into the file and removes it, so that replacing the file cannot pair it with an old WAL.
Status settleWal(const QString& path)
{
    const Status settled = withConnection(path, QStringLiteral("open for restore"), [](QSqlDatabase db) {
        return exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    });
    if (settled)
        removeCompanions(path);
    return settled;
}

// The restore in the copy (`record`, one transaction), merged into the copy so it travels with the rename.
Status recordRestore(const QString& copy, const QString& backupPath, const RestoreOutcome& outcome,
                     const Backups::RecordRestore& record)
{
    const Status recorded = withConnection(copy, QStringLiteral("open the restored copy"), [&](QSqlDatabase db) {
        if (!db.transaction())
            return Status::failure(describeSqlError(db.lastError(), QStringLiteral("BEGIN")));
        if (Status s = record(db, backupPath, outcome); !s) {
            db.rollback();
            return s;
        }
        if (!db.commit())
            return Status::failure(describeSqlError(db.lastError(), QStringLiteral("COMMIT")));
        // The checkpoint also flushes the copied pages to the disk before the rename.
        return exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    });
    removeCompanions(copy);
    return recorded;
}

// Copies `source` to `copy`, a new file readable by its owner only.
Status copyPrivately(const QString& source, const QString& copy)
{
    const Message failed = JB_TR("Storage", "Cannot copy the backup into place (is the disk full?): %1")
                               .arg(QDir::toNativeSeparators(copy));
    QFile::remove(copy);
    removeCompanions(copy);
    if (Status s = createPrivateFile(copy); !s)
        return s;
    QFile in(source);
    QFile out(copy);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return Status::failure(failed);
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty())
        if (out.write(chunk) != chunk.size())
            return Status::failure(failed);
    return out.flush() ? Status() : Status::failure(failed);
}

// Where a damaged file is kept for the record, beside itself.
QString damagedAsideName(const QString& path)
{
    return path + QStringLiteral(".damaged-") +
           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Moves a damaged file aside with its -wal and -shm.
Status moveAside(const QString& path, const QString& aside)
{
    for (const QString& companion : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + companion) && !QFile::rename(path + companion, aside + companion))
            return Status::failure(JB_TR("Storage", "Cannot move the damaged file aside: %1")
                                       .arg(QDir::toNativeSeparators(path + companion)));
    }
    return {};
}

// Renames `copy` over `path` (replacing it in one step where the system allows).
Status replaceWith(const QString& copy, const QString& path)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(copy).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (error)
        return Status::failure(
            JB_TR("Storage", "Cannot copy the backup into place: %1").arg(QDir::toNativeSeparators(path)));
    QFile::setPermissions(path, kOwnerOnly);
    return {};
}

} // namespace

// The steps, each undone or harmless when a later one fails: copy beside; back up the sound current file (or
// choose the damaged file's name aside); record the restore in the copy; move the damaged file aside; rename.
Expected<RestoreOutcome> Backups::restore(const QString& databasePath, const QString& backupPath,
                                          const RecordRestore& record) const
{
    using Result = Expected<RestoreOutcome>;
    if (const FileProbe probe = probeFile(backupPath); probe.kind != FileProbe::Kind::JobBridge)
        return Result::failure(probeRefusal(probe, backupPath));
    const Expected<QStringList> problems = Database::checkFile(backupPath, true);
    if (!problems || !problems->isEmpty())
        return Result::failure(JB_TR("Storage", "The backup is damaged and was not restored: %1")
                                   .arg(QDir::toNativeSeparators(backupPath)));
    LockHolder holder;
    Expected<std::unique_ptr<FileLock>> lock = FileLock::take(databasePath, true, holder);
    if (!lock)
        return Result::failure(lock.message());
    if (!*lock)
        return Result::failure(JB_TR("Storage", "The file is open for writing by %1; close it there before "
                                                "restoring. Nothing was changed.")
                                   .arg(holder.describe()));
    const QString copy = databasePath + QStringLiteral(".restoring");
    const auto fail = [&copy](const Message& why) {
        QFile::remove(copy);
        removeCompanions(copy);
        return Result::failure(why);
    };
    if (Status s = copyPrivately(backupPath, copy); !s)
        return fail(s.message());

    RestoreOutcome outcome;
    if (QFileInfo::exists(databasePath)) {
        const bool ours = probeFile(databasePath).kind == FileProbe::Kind::JobBridge;
        const Expected<QStringList> current = ours ? Database::checkFile(databasePath, false) : QStringList();
        outcome.previousWasDamaged = !ours || !current || !current->isEmpty();
        if (outcome.previousWasDamaged) {
            outcome.previousKeptAt = damagedAsideName(databasePath);
        } else {
            Expected<BackupInfo> before = backUpFile(databasePath);
            if (!before)
                return fail(before.message());
            outcome.previousKeptAt = before->path;
            if (Status s = settleWal(databasePath); !s)
                return fail(s.message());
        }
    }
    if (Status s = recordRestore(copy, backupPath, outcome, record); !s)
        return fail(s.message());
    if (outcome.previousWasDamaged)
        if (Status s = moveAside(databasePath, outcome.previousKeptAt); !s)
            return fail(s.message());
    if (Status s = replaceWith(copy, databasePath); !s) {
        if (outcome.previousWasDamaged)
            (void)moveAside(outcome.previousKeptAt, databasePath); // put it back: the file stays as it was
        return fail(s.message());
    }
    return outcome;
}

} // namespace jb::core
