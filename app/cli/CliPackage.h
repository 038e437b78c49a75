#pragma once
// `jobbridge-cli package export|import`: exchange packages between a county and its city (or a city and the
// province), as the File menu's export and import do.

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runPackage(const QStringList& args, CliOutput& io);

} // namespace jb::cli
