#pragma once
// `jobbridge-cli export`: a list — workers, enterprises, or the vacancies of the enterprises — as CSV or XLSX
// (format from the output's extension), the same rows and cells as the page's export: masked unless --unmasked,
// which is written to the file's audit log.

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runExport(const QStringList& args, CliOutput& io);

} // namespace jb::cli
