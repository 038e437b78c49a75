#include "core/storage/PrivateFile.h"

#include <QDir>
#include <QFile>

namespace jb::core {

Status createPrivateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return Status::failure(JB_TR("Storage", "Cannot create the file: %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace jb::core
