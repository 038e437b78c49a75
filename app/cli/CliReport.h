#pragma once
// `jobbridge-cli report`: the monthly report of an organisation as PDF, XLSX or CSV (the format from the output
// file's extension), the same files the Reports page exports. A PDF needs a QGuiApplication: main() makes one for
// this command (see needsGui()).

#include "app/cli/CliOutput.h"

#include <QStringList>

namespace jb::cli {

int runReport(const QStringList& args, CliOutput& io);

// True for the commands that paint (and so need a QGuiApplication rather than a QCoreApplication).
bool needsGui(const QString& command);

} // namespace jb::cli
