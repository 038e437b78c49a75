#pragma once
// Looks at a file's first 100 bytes, without SQLite, to decide whether it may be opened as a JobBridge file.
// Opening a file we are not sure of could modify it (journal mode, WAL files); reading the header cannot.

#include "core/Message.h"

#include <QString>

namespace jb::core {

struct FileProbe
{
    enum class Kind { Missing, NotAFile, Unreadable, NotSqlite, ForeignSqlite, JobBridge };
    Kind kind = Kind::Missing;
    qint64 size = 0;
    int applicationId = 0;
    int headerUserVersion = 0;
};

FileProbe probeFile(const QString& path);

// The message to show when a probe says the file cannot be used (empty for JobBridge files).
Message probeRefusal(const FileProbe& probe, const QString& path);

} // namespace jb::core
