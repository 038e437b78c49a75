#pragma once
// Restoring a backup as the officer does it (File ▸ Restore…, the damaged-file dialog, `jobbridge-cli restore`):
// Backups::restore, with the restore written into the restored file's audit log before it replaces the file
// (action `restore`, table `file`; the backup as the new value, where the replaced file went as the old one). The
// replaced file's entries made after the backup (reveals, unmasked exports) are not in the backup, so the entry
// says where they are kept.

#include "core/Expected.h"
#include "core/storage/Backups.h"

namespace jb::core {

Expected<RestoreOutcome> restoreAudited(const Backups& backups, const QString& databasePath, const QString& backupPath);

} // namespace jb::core
