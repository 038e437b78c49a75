#pragma once
// A new JobBridge file for one organisation: the file, its schema and its home organisation (a GB/T 2260
// division), created together or not at all. What File ▸ New, `jobbridge-cli init` and the demo call.

#include "core/Expected.h"
#include "core/storage/Database.h"

#include <QString>
#include <memory>

namespace jb::core {

// Refuses an existing path and an unknown division code, leaving nothing behind.
Expected<std::unique_ptr<Database>> createOrganisationFile(const QString& path, const QString& homeCode);

} // namespace jb::core
