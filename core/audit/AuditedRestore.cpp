#include "core/audit/AuditedRestore.h"

#include "core/Message.h"
#include "core/audit/AuditLog.h"

#include <QDir>

namespace jb::core {

namespace {

Status recordRestore(QSqlDatabase copy, const QString& backupPath, const RestoreOutcome& outcome)
{
    AuditEntry entry;
    entry.action = QStringLiteral("restore");
    entry.table = QStringLiteral("file");
    const QString backup = QDir::toNativeSeparators(backupPath);
    const QString kept = QDir::toNativeSeparators(outcome.previousKeptAt);
    entry.newValue = backup;
    if (!kept.isEmpty())
        entry.oldValue = kept;
    // Stored in the language of the officer who restored, as every note is.
    entry.note = kept.isEmpty() ? JB_TR("Storage", "Restored from the backup %1").arg(backup).text()
                                : JB_TR("Storage", "Restored from the backup %1; the file it replaced is kept at %2")
                                      .arg(backup)
                                      .arg(kept)
                                      .text();
    return appendAudit(copy, entry);
}

} // namespace

Expected<RestoreOutcome> restoreAudited(const Backups& backups, const QString& databasePath, const QString& backupPath)
{
    return backups.restore(databasePath, backupPath, recordRestore);
}

} // namespace jb::core
