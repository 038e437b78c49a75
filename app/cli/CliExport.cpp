#include "app/cli/CliExport.h"

#include "app/cli/CliParsing.h"
#include "core/domain/Clock.h"
#include "core/lists/EnterpriseListExport.h"
#include "core/lists/WorkerListExport.h"
#include "core/storage/Database.h"
#include "documents/ListXlsx.h"
#include "documents/WorkerListXlsx.h"

#include <QCommandLineParser>
#include <QDate>

namespace jb::cli {

int runExport(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("清单 / List: workers|enterprises|vacancies"),
                                  QStringLiteral("KIND"));
    const QCommandLineOption unmasked(QStringLiteral("unmasked"),
                                      QStringLiteral("导出完整身份证号和手机号、企业联系电话（记入审计日志）/ Full ID "
                                                     "and phone numbers, enterprises' contact phones (recorded in "
                                                     "the audit log)"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QStringLiteral("只导出搜索结果（劳动者：姓名、身份证或手机号尾号；企业和岗位："
                                                   "企业名称或信用代码）/ Only the rows a search finds (workers: name, "
                                                   "last digits of ID or phone; enterprises and vacancies: "
                                                   "enterprise name or credit code)"),
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
    const QString what = parser.value(kind);
    if (what != QLatin1String("workers") && what != QLatin1String("enterprises") && what != QLatin1String("vacancies"))
        return io.fail(Usage, QStringLiteral("--kind 须为 workers、enterprises 或 vacancies（收到“%1”）/ --kind must be "
                                             "workers, enterprises or vacancies (got \"%1\")")
                                  .arg(what));
    const QString out = parser.positionalArguments().at(1);
    const bool xlsx = out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!xlsx && !out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return io.fail(Usage, QStringLiteral("输出文件须以 .csv 或 .xlsx 结尾 / The output must end in .csv or .xlsx"));
    if (parser.value(lang) != QLatin1String("zh") && parser.value(lang) != QLatin1String("en"))
        return io.fail(Usage, QStringLiteral("--lang 须为 zh 或 en / --lang must be zh or en"));
    QDate day = core::Clock::today();
    if (parser.isSet(today)) {
        day = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!day.isValid())
            return io.fail(Usage, QStringLiteral("--today 需要 YYYY-MM-DD / --today needs YYYY-MM-DD"));
        core::Clock::pin(day);
    }

    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    const bool chinese = parser.value(lang) == QLatin1String("zh");
    const bool full = parser.isSet(unmasked);
    core::Expected<qint64> rows = qint64(0);
    if (what == QLatin1String("workers")) {
        core::WorkerFilter filter;
        filter.search = parser.value(search);
        auto query = core::WorkerListQuery::create(file->connection(), filter, {}, day, chinese);
        if (!query)
            return io.fail(BadData, query.error());
        rows = xlsx ? report::WorkerListXlsx::write(*query, out, full)
                    : core::WorkerListExport::writeCsv(*query, out, full);
    } else {
        // The enterprises a search selects, in the list's default order, or the vacancies of those enterprises.
        core::EnterpriseFilter filter;
        filter.search = parser.value(search);
        if (what == QLatin1String("enterprises")) {
            auto query = core::EnterpriseListQuery::create(file->connection(), filter, {}, chinese);
            if (!query)
                return io.fail(BadData, query.error());
            report::ListXlsxSink sink(out, core::EnterpriseListExport::columnWidths());
            rows = xlsx ? core::EnterpriseListExport::write(*query, sink, full, out)
                        : core::EnterpriseListExport::writeCsv(*query, out, full);
        } else {
            const auto query = core::VacancyListQuery::forFilter(file->connection(), filter, chinese);
            report::ListXlsxSink sink(out, core::EnterpriseListExport::vacancyColumnWidths());
            rows = xlsx ? core::EnterpriseListExport::writeVacancies(query, sink, full, out)
                        : core::EnterpriseListExport::writeVacanciesCsv(query, out, full);
        }
    }
    if (!rows)
        return io.fail(BadData, rows.error());
    io.out() << QStringLiteral("已导出 / Exported %1 行 rows → %2%3")
                    .arg(*rows)
                    .arg(out, full ? QStringLiteral("（未遮蔽，已记入审计日志 / unmasked, audited）")
                                                     : QString())
             << Qt::endl;
    return Success;
}

} // namespace jb::cli
