#pragma once
// `jobbridge-cli check`, `backup`, `backups` and `restore`: a file's soundness and its backups, as the File menu's
// "Back up now" and "Restore…" and the damaged-file dialog offer them.

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::core {
class Database;
}

namespace jb::cli {

// The backup before a change that is hard to take back (a batch undo): returns -1 to go on, or exit 2 when the
// backup cannot be written (the change is not made without it).
int backUpBefore(const core::Database& file, CliOutput& io);

int runCheck(const QStringList& args, CliOutput& io);
int runBackup(const QStringList& args, CliOutput& io);
int runBackups(const QStringList& args, CliOutput& io);
int runRestore(const QStringList& args, CliOutput& io);

} // namespace jb::cli
