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

int runExport(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption period(QStringLiteral("period"),
                                    QStringLiteral("统计期：2026、2026-03 或阶段名称 / Period: 2026, 2026-03 or a "
                                                   "phase name"),
                                    QStringLiteral("P"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("上报包文件 / The package file to write"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("按哪一天计算（默认今天）/ Count as of this day (default: today)"),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption records(QStringLiteral("with-records"),
                                     QStringLiteral("附匿名的推荐和服务记录（无姓名、证件号、电话）/ Add anonymised "
                                                    "referrals and services (no names, ID numbers or phones)"));
    parser.addOptions({period, out, today, records});
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("台账文件 / the file"));
    if (int code = parseCommand(parser, QStringLiteral("package export"),
                                QStringLiteral("导出上报包 / Export a package for the organisation above"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(period) || !parser.isSet(out))
        return io.fail(Usage, QStringLiteral("需要一个文件名、--period 和 --out / Need one file name, --period and "
                                             "--out\n\n") +
                                  parser.helpText());
    ExportOptions options;
    options.period = parser.value(period);
    options.withRecords = parser.isSet(records);
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid())
            return io.fail(Usage, QStringLiteral("--today 须写成 YYYY-MM-DD / --today must be YYYY-MM-DD"));
        core::Clock::pin(options.today);
    }
    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    const Expected<Package> package = buildPackage(file->connection(), options);
    if (!package)
        return io.fail(BadData, package.error());
    if (Status s = writePackageFile(*package, parser.value(out)); !s)
        return io.fail(BadData, s.error());
    const PackageSection& main = package->main();
    io.out() << QStringLiteral("已导出 / exported: %1\n  %2 %3 · %4（%5…%6，截至 / as of %7）· 另含 / also: %8")
                    .arg(parser.value(out), package->orgCode, package->orgName, main.period.name,
                         main.period.start.toString(Qt::ISODate), main.period.end.toString(Qt::ISODate),
                         main.asOf.toString(Qt::ISODate))
                    .arg([&package] {
                        QStringList names;
                        for (int i = 1; i < package->sections.size(); ++i)
                            names << package->sections.at(i).period.name;
                        return names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral(", "));
                    }())
             << Qt::endl;
    io.out() << QStringLiteral("  下级单位 / sub-units %1 · 招聘会 / fairs %2 · 记录 / records %3 · SHA-256 %4")
                    .arg(main.units.size() - 1)
                    .arg(package->fairs.size())
                    .arg(package->records)
                    .arg(package->sha256)
             << Qt::endl;
    return Success;
}

int runImport(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("台账文件 / the file"));
    parser.addPositionalArgument(QStringLiteral("FILE..."), QStringLiteral("下级单位的上报包 / packages of the "
                                                                           "organisations below"));
    if (int code = parseCommand(parser, QStringLiteral("package import"),
                                QStringLiteral("导入下级上报包 / Import packages from the organisations below"), args, io);
        code >= 0)
        return code;
    QStringList files = parser.positionalArguments();
    if (files.size() < 2)
        return io.fail(Usage, QStringLiteral("需要台账文件和至少一个上报包 / Need the file and at least one package\n\n") +
                                  parser.helpText());
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
    Expected<std::unique_ptr<Database>> db = Database::open(dbPath);
    if (!db)
        return io.fail(BadData, db.error());
    for (const FileImport& r : importPackages((*db)->connection(), ready)) {
        if (r.outcome) {
            io.out() << describeOutcome(*r.outcome).join(QLatin1Char('\n')) << Qt::endl;
        } else {
            io.err() << r.error << Qt::endl;
            ++refused;
        }
    }
    if (refused > 0) {
        io.err() << QStringLiteral("%1 个上报包未导入 / %1 package(s) not imported").arg(refused) << Qt::endl;
        return BadData;
    }
    return Success;
}

} // namespace

int runPackage(const QStringList& args, CliOutput& io)
{
    const QString usage = QStringLiteral("用法 / Usage: jobbridge-cli package export DB --period P --out FILE "
                                         "[--today YYYY-MM-DD] [--with-records]\n"
                                         "       jobbridge-cli package import DB FILE...\n");
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
    return io.fail(Usage, QStringLiteral("未知子命令“%1” / Unknown subcommand \"%1\"\n\n").arg(sub) + usage);
}

} // namespace jb::cli
