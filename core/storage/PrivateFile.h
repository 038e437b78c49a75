#pragma once
// Files holding personal data (the database and its -wal and -shm, backups, unmasked exports, error files) are
// readable by their owner only: 0600 on Unix. The file is created with that mode, never widened and then narrowed.

#include "core/Expected.h"

#include <QFileDevice>
#include <QString>

namespace jb::core {

inline constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Creates an empty file with owner-only permissions. Fails when the file exists or cannot be created.
Status createPrivateFile(const QString& path);

} // namespace jb::core
