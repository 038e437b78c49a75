#include "app/cli/CliExport.h"

#include "app/cli/CliParsing.h"
#include "core/domain/Clock.h"
#include "core/domain/NameLanguage.h"
#include "core/lists/EnterpriseListExport.h"
#include "core/lists/WorkerListExport.h"
#include "core/storage/Database.h"
#include "documents/ListXlsx.h"
#include "documents/WorkerListXlsx.h"

#include <QCommandLineParser>
#include <QDate>

namespace jb::cli {

namespace {

// What to export and where, from the command line.
struct ListExport
{
    QString kind; // "workers", "enterprises" or "vacancies"
    QString out;
    bool xlsx = false;
    bool unmasked = false;
    QString reason; // for an unmasked export, when the file requires one (core/settings/RevealReason.h)
    QString search;
    QDate today;
};

// Reads the export from the parsed command line; -1 to go on, else the usage exit code after saying why.
int readListExport(const QCommandLineParser& parser, CliOutput& io, ListExport& e)
{
    e.kind = parser.value(QStringLiteral("kind"));
    if (e.kind != QLatin1String("workers") && e.kind != QLatin1String("enterprises") &&
        e.kind != QLatin1String("vacancies"))
        return io.fail(Usage,
                       JB_TR("Cli", "--kind must be workers, enterprises or vacancies (got \"%1\")").arg(e.kind));
    e.out = parser.positionalArguments().at(1);
    e.xlsx = e.out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!e.xlsx && !e.out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return io.fail(Usage, JB_TR("Cli", "The output must end in .csv or .xlsx"));
    if (parser.isSet(QStringLiteral("today"))) {
        const QDate day = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!day.isValid())
            return io.fail(Usage, JB_TR("Cli", "--today needs YYYY-MM-DD"));
        core::Clock::pin(day); // ages and the promise, and every rule the export runs, count from this day
    }
    e.today = core::Clock::today();
    e.unmasked = parser.isSet(QStringLiteral("unmasked"));
    e.reason = parser.value(QStringLiteral("reason"));
    e.search = parser.value(QStringLiteral("search"));
    return -1;
}

// Writes the list; the rows written, or why none could be. Headers and names follow the CLI's language.
core::Expected<qint64> writeList(core::Database& file, const ListExport& e)
{
    // Reference names in the language the CLI speaks (--lang anywhere on the command line, see main.cpp), as the
    // column titles are.
    const core::NameLanguage names = core::shownNameLanguage();
    if (e.kind == QLatin1String("workers")) {
        core::WorkerFilter filter;
        filter.search = e.search;
        auto query = core::WorkerListQuery::create(file.connection(), filter, {}, e.today, names);
        if (!query)
            return core::Expected<qint64>::failure(query.message());
        return e.xlsx ? report::WorkerListXlsx::write(*query, e.out, e.unmasked, e.reason)
                      : core::WorkerListExport::writeCsv(*query, e.out, e.unmasked, e.reason);
    }
    // The enterprises a search selects, in the list's default order, or the vacancies of those enterprises.
    core::EnterpriseFilter filter;
    filter.search = e.search;
    if (e.kind == QLatin1String("enterprises")) {
        auto query = core::EnterpriseListQuery::create(file.connection(), filter, {}, names);
        if (!query)
            return core::Expected<qint64>::failure(query.message());
        report::ListXlsxSink sink(e.out, core::EnterpriseListExport::columnWidths());
        return e.xlsx ? core::EnterpriseListExport::write(*query, sink, e.unmasked, e.out, e.reason)
                      : core::EnterpriseListExport::writeCsv(*query, e.out, e.unmasked, e.reason);
    }
    const auto query = core::VacancyListQuery::forFilter(file.connection(), filter, names);
    report::ListXlsxSink sink(e.out, core::EnterpriseListExport::vacancyColumnWidths());
    return e.xlsx ? core::EnterpriseListExport::writeVacancies(query, sink, e.unmasked, e.out, e.reason)
                  : core::EnterpriseListExport::writeVacanciesCsv(query, e.out, e.unmasked, e.reason);
}

} // namespace

int runExport(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("kind"), JB_TR("Cli", "List: workers|enterprises|vacancies").text(), QStringLiteral("KIND")},
         {QStringLiteral("unmasked"), JB_TR("Cli", "Full ID and phone numbers, enterprises' contact phones (recorded "
                                                   "in the audit log)")
                                          .text()},
         {QStringLiteral("reason"),
          JB_TR("Cli", "Why the full numbers are needed (recorded; required when the file says so)").text(),
          QStringLiteral("TEXT")},
         {QStringLiteral("search"),
          JB_TR("Cli", "Only the rows a search finds (workers: name, last digits of ID or phone; enterprises and "
                       "vacancies: enterprise name or credit code)")
              .text(),
          QStringLiteral("TEXT")},
         {QStringLiteral("today"), JB_TR("Cli", "Date for ages and the promise").text(),
          QStringLiteral("YYYY-MM-DD")}});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    parser.addPositionalArgument(QStringLiteral("OUT"), JB_TR("Cli", "the output, .csv or .xlsx").text());
    if (int code = parseCommand(parser, QStringLiteral("export"), JB_TR("Cli", "Export a list"), args, io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2 || !parser.isSet(QStringLiteral("kind")))
        return usageError(parser, io, JB_TR("Cli", "Need the file, the output and --kind"));
    ListExport e;
    if (int code = readListExport(parser, io, e); code >= 0)
        return code;
    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file, e.unmasked ? Access::Write : Access::Read); code >= 0)
        return code;
    const core::Expected<qint64> rows = writeList(*file, e);
    if (!rows)
        return io.fail(BadData, rows.error());
    io.out() << (e.unmasked ? JB_TR("Cli", "Exported %1 rows → %2 (unmasked, audited)")
                            : JB_TR("Cli", "Exported %1 rows → %2"))
                    .arg(*rows)
                    .arg(e.out)
                    .text()
             << Qt::endl;
    return Success;
}

} // namespace jb::cli
