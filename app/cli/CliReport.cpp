#include "app/cli/CliReport.h"

#include "app/cli/CliParsing.h"
#include "core/reports/MonthlyReport.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/reports/ReportMonths.h"
#include "core/storage/Database.h"
#include "documents/ReportCsv.h"
#include "documents/ReportPdf.h"
#include "documents/ReportTables.h"
#include "documents/ReportXlsx.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace jb::cli {

using namespace jb::core;

bool needsGui(const QString& command)
{
    return command == QLatin1String("report");
}

int runReport(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("月份 YYYY-MM / The month"),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption org = orgOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("输出文件 .pdf、.xlsx 或 .csv / Output file: .pdf, .xlsx or .csv"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("制表日期与统计截至日（默认今天）/ The day the report is made and "
                                                  "counted as of (default: today)"),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("报表语言 zh 或 en（默认 zh）/ Language"),
                                  QStringLiteral("zh|en"), QStringLiteral("zh"));
    parser.addOptions({month, org, out, today, lang});
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("台账文件 / the file"));
    if (int code = parseCommand(parser, QStringLiteral("report"),
                                QStringLiteral("月报（PDF、Excel 或 CSV）/ Monthly report (PDF, Excel or CSV)"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(month) || !parser.isSet(out))
        return io.fail(Usage, QStringLiteral("需要一个文件名、--month 和 --out / Need one file name, --month and --out\n\n") +
                                  parser.helpText());
    const QString path = parser.value(out);
    const QString format = QFileInfo(path).suffix().toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("xlsx") && format != QLatin1String("csv"))
        return io.fail(Usage, QStringLiteral("--out 须以 .pdf、.xlsx 或 .csv 结尾 / --out must end in .pdf, .xlsx or .csv"));
    const std::optional<report::ReportLanguage> language = report::reportLanguageFromKey(parser.value(lang));
    if (!language)
        return io.fail(Usage, QStringLiteral("--lang 须为 zh 或 en / --lang must be zh or en"));
    QDate asOf;
    if (int code = readToday(parser, io, asOf); code >= 0)
        return code;
    std::unique_ptr<Database> file;
    Organisation organisation;
    if (int code = openWithOrganisation(parser, io, file, organisation); code >= 0)
        return code;
    QSqlDatabase c = file->connection();
    // The months the Reports page offers, and no other, with the page's reason.
    if (const Status selectable = checkReportMonth(c, organisation.id, parser.value(month), asOf); !selectable)
        return io.fail(BadData, selectable.error());
    const Expected<MonthlyReport> monthly = buildMonthlyReport(c, organisation.id, parser.value(month), asOf);
    if (!monthly)
        return io.fail(BadData, monthly.error());

    const report::ReportDocument document = report::buildReportDocument(*monthly, *language);
    QString error;
    const bool written = format == QLatin1String("pdf")    ? report::ReportPdf::write(document, path, &error)
                         : format == QLatin1String("xlsx") ? report::ReportXlsx::write(document, path, &error)
                                                           : report::ReportCsv::write(document, path, &error);
    if (!written)
        return io.fail(BadData, QStringLiteral("无法写入 %1：%2 / Cannot write %1: %2").arg(path, error));
    io.out() << QStringLiteral("已写入 / Written %1: %2 %3").arg(path, monthly->org.name, monthly->month.label)
             << Qt::endl;
    return Success;
}

} // namespace jb::cli
