#include "app/cli/CliReport.h"

#include "app/cli/CliParsing.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/reports/MonthlyReport.h"
#include "core/reports/ReportFormat.h"
#include "core/reports/ReportMonths.h"
#include "core/storage/Database.h"
#include "documents/ReportTables.h"
#include "documents/ReportWriter.h"

#include <QCommandLineParser>

namespace jb::cli {

using namespace jb::core;

bool needsGui(const QString& command)
{
    return command == QLatin1String("report");
}

int runReport(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"), JB_TR("Cli", "The month").text(),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption out(QStringLiteral("out"), JB_TR("Cli", "Output file: .pdf, .xlsx or .csv").text(),
                                 QStringLiteral("FILE"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   JB_TR("Cli", "The day the report is made and counted as of (default: today)").text(),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({month, orgOption(), out, today});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("report"), JB_TR("Cli", "Monthly report (PDF, Excel or CSV)"),
                                args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(month) || !parser.isSet(out))
        return usageError(parser, io, JB_TR("Cli", "Need one file name, --month and --out"));
    const QString path = parser.value(out);
    const Expected<ReportFormat> format = reportFormatForPath(path);
    if (!format)
        return io.fail(Usage, JB_TR("Cli", "--out: %1").arg(format.message()));
    QDate asOf;
    if (int code = readToday(parser, io, asOf); code >= 0)
        return code;
    std::unique_ptr<Database> file;
    Organisation organisation;
    if (int code = openWithOrganisation(parser, io, file, organisation, Access::Read); code >= 0)
        return code;
    QSqlDatabase c = file->connection();
    // The months the Reports page offers, and no other, with the page's reason.
    if (const Status selectable = checkReportMonth(c, organisation.id, parser.value(month), asOf); !selectable)
        return io.fail(BadData, selectable.error());
    const Expected<MonthlyReport> monthly = buildMonthlyReport(c, organisation.id, parser.value(month), asOf);
    if (!monthly)
        return io.fail(BadData, monthly.error());
    // The report speaks the CLI's language (--lang, $JOBBRIDGE_LANG or the system's).
    const report::ReportDocument document = report::buildReportDocument(*monthly);
    if (const Status written = report::write(document, path, *format); !written)
        return io.fail(BadData, JB_TR("Cli", "Cannot write %1: %2").arg(path).arg(written.message()));
    io.out() << JB_TR("Cli", "Written %1: %2 %3").arg(path).arg(monthly->org.name).arg(monthly->month.label).text()
             << Qt::endl;
    return Success;
}

} // namespace jb::cli
