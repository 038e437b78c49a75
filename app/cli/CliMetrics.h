#pragma once
// `jobbridge-cli metrics`: the dashboard's numbers for one organisation and period, as text or JSON.

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runMetrics(const QStringList& args, CliOutput& io);

} // namespace jb::cli
