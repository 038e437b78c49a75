#pragma once
// The backup taken before a change that is hard to take back (a batch undo, a merge), from whichever page makes
// it. The folder is the window's (beside the program's settings); MainWindow sets it once when it is built.

#include "core/Expected.h"

#include <QString>

namespace jb::core {
class Database;
}

namespace jb::ui {

void setBackupsFolder(const QString& folder);
// Backs up `database` into the folder set above (nothing when none was set); the caller does not make the change
// when this fails.
core::Status backUpBeforeChange(const core::Database& database);

} // namespace jb::ui
