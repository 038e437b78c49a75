#pragma once
// The CLI's record operations, the same ones the Enterprises page offers: closing and reopening a vacancy and
// resolving a monitoring flag. Each is core's operation (core/editing/VacancyClosing.h, FlagResolution.h): the
// CLI parses, calls it and prints the result or core's refusal.
//   vacancy close DB --id N [--today YYYY-MM-DD] [--json]
//   vacancy reopen DB --id N [--json]
//   flag resolve DB --id N [--note TEXT] [--today YYYY-MM-DD] [--json]

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runVacancy(const QStringList& args, CliOutput& io);
int runFlag(const QStringList& args, CliOutput& io);

} // namespace jb::cli
