#pragma once
// A read-only connection of its own to a file, for reading on another thread: Qt's connections belong to the thread
// that made them, so work taken off the GUI thread cannot use the window's. With the WAL it reads while the file is
// written, and sees the last committed state.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <functional>

namespace jb::core {

// Opens `path` read-only under a connection name of this thread's own, runs `read` on it, closes it.
Status readOnSide(const QString& path, const std::function<Status(QSqlDatabase)>& read);

} // namespace jb::core
