#include "core/storage/FileCommit.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace jb::core {

namespace {

// Below this a disk is full for our purposes: a list or a report needs more, and SQLite's journal too.
constexpr qint64 kNearlyFullBytes = 256 * 1024;

} // namespace

Status commitSaveFile(QSaveFile& file)
{
    if (!file.flush()) {
        const QString systemText = file.errorString();
        file.cancelWriting();
        file.commit(); // after cancelWriting this only removes the temporary file
        return Status::failure(fileWriteProblem(file.fileName(), systemText));
    }
    if (!file.commit())
        return Status::failure(fileWriteProblem(file.fileName(), file.errorString()));
    return {};
}

Message fileWriteProblem(const QString& path, const QString& systemText)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo disk(folder);
    if (disk.isValid() && disk.isReady() && disk.bytesAvailable() < kNearlyFullBytes)
        return JB_TR("Storage", "Cannot write %1: the disk is full. Free some space or choose another disk, then try "
                                "again; nothing was written.")
            .arg(shown);
    if (disk.isValid() && disk.isReadOnly())
        return JB_TR("Storage", "Cannot write %1: the disk is read-only. Choose a folder on another disk; nothing "
                                "was written.")
            .arg(shown);
    if (!QFileInfo(folder).isWritable())
        return JB_TR("Storage", "Cannot write %1: this folder cannot be written to. Choose another folder; nothing "
                                "was written.")
            .arg(shown);
    return JB_TR("Storage", "Cannot write %1: %2. Nothing was written.").arg(shown).arg(systemText);
}

} // namespace jb::core
