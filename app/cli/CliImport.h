#pragma once
// The CLI's import commands: import a worker or vacancy list, list past imports, undo one. Exit status 0 when
// the import ran (rejected rows included: they are reported), 1 on wrong usage, 2 when the file or the database
// could not be used or an undo was refused — and then nothing was written.

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

// jobbridge-cli import DB --kind workers|vacancies FILE [--dry-run] [--errors OUT.csv]
//               [--encoding auto|utf-8|gb18030] [--json]
int runImport(const QStringList& args, CliOutput& io);
// jobbridge-cli import-undo DB --batch N
int runImportUndo(const QStringList& args, CliOutput& io);
// jobbridge-cli import-batches DB [--json]
int runImportBatches(const QStringList& args, CliOutput& io);

} // namespace jb::cli
