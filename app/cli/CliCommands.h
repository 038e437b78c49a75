#pragma once
// The CLI's commands. Each parses its own arguments and calls core; none holds logic of its own that the GUI
// would lack.

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runInit(const QStringList& args, CliOutput& io);
int runDemo(const QStringList& args, CliOutput& io);
int runStats(const QStringList& args, CliOutput& io);

QString usageText();

} // namespace jb::cli
