#include "app/cli/CliPackage.h"

#include "app/cli/CliParsing.h"
#include "core/domain/Clock.h"
#include "core/exchange/PackageExport.h"
#include "core/exchange/PackageImport.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>

namespace jb::cli {

using namespace jb::core;
using namespace jb::core::exchange;

namespace {

// What was exported: the file, the organisation and period, the other periods in it, and its checksum.
void printExported(const Package& package, const QString& path, CliOutput& io)
{
    const PackageSection& main = package.main();
    QStringList others;
    for (int i = 1; i < package.sections.size(); ++i)
        others << package.sections.at(i).period.name;
    io.out() << JB_TR("Cli", "Exported: %1").arg(path).text() << Qt::endl;
    io.out() << QStringLiteral("  ")
             << JB_TR("Cli", "%1 %2 · %3 (%4…%5, as of %6) · also: %7")
                    .arg(package.orgCode)
                    .arg(package.orgName)
                    .arg(main.period.name)
                    .arg(main.period.start.toString(Qt::ISODate))
                    .arg(main.period.end.toString(Qt::ISODate))
                    .arg(main.asOf.toString(Qt::ISODate))
                    .arg(others.isEmpty() ? QStringLiteral("—") : others.join(QStringLiteral(", ")))
                    .text()
             << Qt::endl;
    io.out() << QStringLiteral("  ")
             << JB_TR("Cli", "sub-units %1 · fairs %2 · records %3 · SHA-256 %4")
                    .arg(main.units.size() - 1)
                    .arg(package.fairs.size())
                    .arg(package.records)
                    .arg(package.sha256)
                    .text()
             << Qt::endl;
}

int runExport(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption period(QStringLiteral("period"),
                                    JB_TR("Cli", "Period: 2026, 2026-03 or a phase name").text(), QStringLiteral("P"));
    const QCommandLineOption out(QStringLiteral("out"), JB_TR("Cli", "The package file to write").text(),
                                 QStringLiteral("FILE"));
    const QCommandLineOption today = todayOption();
    const QCommandLineOption records(
        QStringLiteral("with-records"),
        JB_TR("Cli", "Add anonymised referrals and services (no names, ID numbers or phones)").text());
    parser.addOptions({period, out, today, records});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("package export"),
                                JB_TR("Cli", "Export a package for the organisation above"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(period) || !parser.isSet(out))
        return usageError(parser, io, JB_TR("Cli", "Need one file name, --period and --out"));
    ExportOptions options;
    options.period = parser.value(period);
    options.withRecords = parser.isSet(records);
    if (parser.isSet(today)) {
        if (int code = readToday(parser, io, options.today); code >= 0)
            return code;
    }
    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file, Access::Read); code >= 0)
        return code;
    const Expected<Package> package = buildPackage(file->connection(), options);
    if (!package)
        return io.fail(BadData, package.error());
    if (Status s = writePackageFile(*package, parser.value(out)); !s)
        return io.fail(BadData, s.error());
    printExported(*package, parser.value(out), io);
    return Success;
}

int runImport(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    parser.addPositionalArgument(QStringLiteral("FILE..."), JB_TR("Cli", "packages of the organisations below").text());
    if (int code = parseCommand(parser, QStringLiteral("package import"),
                                JB_TR("Cli", "Import packages from the organisations below"), args, io);
        code >= 0)
        return code;
    QStringList files = parser.positionalArguments();
    if (files.size() < 2)
        return usageError(parser, io, JB_TR("Cli", "Need the file and at least one package"));
    const QString dbPath = files.takeFirst();
    // Read every package first: with none valid, the file is not even opened.
    QVector<std::pair<QString, Package>> ready;
    int refused = 0;
    for (const QString& path : std::as_const(files)) {
        Expected<Package> package = readPackageFile(path);
        if (package) {
            ready.append({path, std::move(*package)});
        } else {
            io.err() << package.error() << Qt::endl;
            ++refused;
        }
    }
    if (ready.isEmpty())
        return BadData;
    std::unique_ptr<Database> db;
    if (int code = openPath(dbPath, io, db, Access::Write); code >= 0)
        return code;
    for (const FileImport& r : importPackages(db->connection(), ready)) {
        if (r.outcome) {
            io.out() << describeOutcome(*r.outcome).join(QLatin1Char('\n')) << Qt::endl;
        } else {
            io.err() << r.error.text() << Qt::endl;
            ++refused;
        }
    }
    if (refused > 0) {
        io.err() << JB_TR("Cli", "%1 package(s) not imported").arg(refused).text() << Qt::endl;
        return BadData;
    }
    return Success;
}

} // namespace

int runPackage(const QStringList& args, CliOutput& io)
{
    const QString usage = JB_TR("Cli", "Usage: %1")
                              .arg(QStringLiteral("jobbridge-cli package export DB --period P "
                                                  "--out FILE [--today YYYY-MM-DD] "
                                                  "[--with-records]\n"
                                                  "       jobbridge-cli package import DB FILE...\n"))
                              .text();
    if (args.isEmpty())
        return io.fail(Usage, usage);
    const QString sub = args.constFirst();
    if (sub == QLatin1String("export"))
        return runExport(args.mid(1), io);
    if (sub == QLatin1String("import"))
        return runImport(args.mid(1), io);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        io.out() << usage;
        return Success;
    }
    return io.fail(Usage, JB_TR("Cli", "Unknown subcommand \"%1\"").arg(sub).text() + QStringLiteral("\n\n") + usage);
}

} // namespace jb::cli
