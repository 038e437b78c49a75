#pragma once
// Finishing a file written through QSaveFile (exported lists, packages, error files, reports), and saying in the
// officer's words why a file could not be written: a full disk and a folder that cannot be written to are named
// as such, with what to do, instead of the system's "Unknown error".

#include "core/Expected.h"

#include <QSaveFile>

namespace jb::core {

// Flushes, checks, then commits. Qt 6.4's QSaveFile::commit() renames the temporary file into place even when its
// last buffered bytes could not be written: on a full disk an export "succeeded" with an empty file. Here a failed
// flush discards the temporary file and the target is left as it was.
Status commitSaveFile(QSaveFile& file);

// Why `path` could not be written: no space left on its disk, its folder read-only or not ours, else the system's
// own text. Ends by saying nothing was written, which is true for every QSaveFile failure.
Message fileWriteProblem(const QString& path, const QString& systemText);

} // namespace jb::core
