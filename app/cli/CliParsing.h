#pragma once
// Argument parsing shared by the CLI's commands: every command accepts --help and reports usage errors the same way.

#include "app/cli/CliOutput.h"

#include <QCommandLineParser>
#include <QStringList>

namespace jb::cli {

// Parses `args` for one command. Returns -1 to go on, or an exit code (help printed, or a usage error).
int parseCommand(QCommandLineParser& parser, const QString& command, const QString& synopsis,
                 const QStringList& args, CliOutput& io);

} // namespace jb::cli
