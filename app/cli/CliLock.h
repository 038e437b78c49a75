#pragma once
// `jobbridge-cli submit` and `unlock`: the period lock of monthly reports, as on the Reports page.

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runSubmit(const QStringList& args, CliOutput& io);
int runUnlock(const QStringList& args, CliOutput& io);

} // namespace jb::cli
