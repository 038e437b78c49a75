#include "app/cli/CliExport.h"

#include "app/cli/CliParsing.h"
#include "core/lists/WorkerListExport.h"
#include "core/storage/Database.h"
#include "ui/report/WorkerListXlsx.h"

#include <QCommandLineParser>
#include <QDate>

namespace jb::cli {

int runExport(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("清单 / List: workers"),
                                  QStringLiteral("KIND"));
    const QCommandLineOption unmasked(QStringLiteral("unmasked"),
                                      QStringLiteral("导出完整身份证号和手机号（记入审计日志）/ Full ID and phone "
                                                     "numbers (recorded in the audit log)"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QStringLiteral("只导出搜索结果（姓名、身份证或手机号尾号）/ Only the rows a "
                                                   "search finds (name, last digits of ID or phone)"),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("表头语言 zh|en / Header language"),
                                  QStringLiteral("LANG"), QStringLiteral("zh"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("以此日期计算年龄和一周承诺 / Date for ages and the promise"),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({kind, unmasked, search, lang, today});
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("台账文件 / the file"));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("输出文件 .csv 或 .xlsx / the output"));
    if (int code = parseCommand(parser, QStringLiteral("export"), QStringLiteral("导出清单 / Export a list"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(kind))
        return io.fail(Usage, QStringLiteral("需要文件名、输出文件和 --kind / Need the file, the output and --kind\n\n") +
                                  parser.helpText());
    if (parser.value(kind) != QLatin1String("workers"))
        return io.fail(Usage, QStringLiteral("目前只能导出 workers（企业和岗位清单尚未提供）/ Only --kind workers can be "
                                             "exported so far (enterprises and vacancies are not built yet)"));
    const QString out = parser.positionalArguments().at(1);
    const bool xlsx = out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!xlsx && !out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return io.fail(Usage, QStringLiteral("输出文件须以 .csv 或 .xlsx 结尾 / The output must end in .csv or .xlsx"));
    if (parser.value(lang) != QLatin1String("zh") && parser.value(lang) != QLatin1String("en"))
        return io.fail(Usage, QStringLiteral("--lang 须为 zh 或 en / --lang must be zh or en"));
    QDate day = QDate::currentDate();
    if (parser.isSet(today)) {
        day = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!day.isValid())
            return io.fail(Usage, QStringLiteral("--today 需要 YYYY-MM-DD / --today needs YYYY-MM-DD"));
    }

    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    core::WorkerFilter filter;
    filter.search = parser.value(search);
    auto query = core::WorkerListQuery::create(file->connection(), filter, {}, day,
                                               parser.value(lang) == QLatin1String("zh"));
    if (!query)
        return io.fail(BadData, query.error());
    const core::Expected<qint64> rows = xlsx ? report::WorkerListXlsx::write(*query, out, parser.isSet(unmasked))
                                             : core::WorkerListExport::writeCsv(*query, out, parser.isSet(unmasked));
    if (!rows)
        return io.fail(BadData, rows.error());
    io.out() << QStringLiteral("已导出 / Exported %1 行 rows → %2%3")
                    .arg(*rows)
                    .arg(out, parser.isSet(unmasked) ? QStringLiteral("（未遮蔽，已记入审计日志 / unmasked, audited）")
                                                     : QString())
             << Qt::endl;
    return Success;
}

} // namespace jb::cli
