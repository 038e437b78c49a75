#pragma once
// Argument parsing shared by the CLI's commands: every command accepts --help and reports usage errors the same way.

#include "app/cli/CliOutput.h"
#include "core/domain/Organisation.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <memory>

namespace jb::cli {

// Parses `args` for one command. Returns -1 to go on, or an exit code (help printed, or a usage error).
int parseCommand(QCommandLineParser& parser, const QString& command, const core::Message& synopsis,
                 const QStringList& args, CliOutput& io);

// Prints why the arguments cannot be used, then the command's usage; returns the usage exit code.
int usageError(const QCommandLineParser& parser, CliOutput& io, const core::Message& why);

// True when the CLI speaks Chinese (core/i18n made the chosen language the default QLocale): names from reference
// data and list headers follow it.
bool inChinese();
// A name from reference data in the CLI's language (Chinese when there is no English).
QString localName(const QString& zh, const QString& en);

// The --today option every counting command has: today unless given. A given day pins core::Clock for the whole
// command. Returns -1 to go on, or an exit code.
QCommandLineOption todayOption();
int readToday(const QCommandLineParser& parser, CliOutput& io, QDate& today);

// Whether a command only reads the file. A writing command refuses a file another process has open for writing
// (exit 2); a reading one works on it read-only.
enum class Access { Read, Write };

// Opens the file at `path` as every command does (app/cli/CliBackup.cpp): a damaged file is refused, offering its
// newest good backup; a backup is taken before a migration and once a day. Returns -1 to go on, or the exit code
// after printing why (a file that cannot be used is not touched).
int openPath(const QString& path, CliOutput& io, std::unique_ptr<core::Database>& file, Access access);

// Opens the file named by the first positional argument (openPath).
int openFile(const QCommandLineParser& parser, CliOutput& io, std::unique_ptr<core::Database>& file,
             Access access = Access::Write);

// The --org option (default: the home organisation).
QCommandLineOption orgOption();
// Opens the file named by the first positional argument and finds the organisation of --org. Returns -1 to go
// on, or the exit code after printing why (the file is not touched if it cannot be used).
int openWithOrganisation(const QCommandLineParser& parser, CliOutput& io, std::unique_ptr<core::Database>& file,
                         core::Organisation& organisation, Access access = Access::Write);

} // namespace jb::cli
