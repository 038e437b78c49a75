#pragma once
// Writes a file through QSaveFile: the target is replaced only when everything was written, so a failure never
// leaves half a report where the officer expects one.

#include "core/storage/FileCommit.h"

#include <QSaveFile>
#include <QString>

namespace jb::report {

// `write(QIODevice&, QString* error)` produces the content; returns false with `*error` set on failure.
template <typename Write> bool saveAtomically(const QString& path, QString* error, Write write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = core::fileWriteProblem(path, file.errorString()).text();
        return false;
    }
    if (!write(file, error)) {
        file.cancelWriting();
        return false;
    }
    if (const core::Status committed = core::commitSaveFile(file); !committed) {
        if (error)
            *error = committed.error();
        return false;
    }
    return true;
}

} // namespace jb::report
