#include "app/cli/CliExport.h"

#include "app/cli/CliParsing.h"
#include "core/domain/Clock.h"
#include "core/domain/NameLanguage.h"
#include "core/fairs/FairListExport.h"
#include "core/lists/EnterpriseListExport.h"
#include "core/lists/PromiseListExport.h"
#include "core/lists/ReferralListExport.h"
#include "core/lists/WorkerListExport.h"
#include "core/services/ServiceList.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "documents/ListXlsx.h"
#include "documents/WorkerListXlsx.h"

#include <QCommandLineParser>
#include <QDate>

namespace jb::cli {

namespace {

const QStringList kListKinds = {QStringLiteral("workers"),  QStringLiteral("enterprises"), QStringLiteral("vacancies"),
                                QStringLiteral("services"), QStringLiteral("referrals"),   QStringLiteral("fairs"),
                                QStringLiteral("promise")};
// The lists a period narrows: services by their day, referrals by the day of their current stage, fairs by their
// first day (as on their pages).
const QStringList kDatedKinds = {QStringLiteral("services"), QStringLiteral("referrals"), QStringLiteral("fairs")};
const QStringList kSearchedKinds = {QStringLiteral("workers"), QStringLiteral("enterprises"),
                                    QStringLiteral("vacancies")};

// What to export and where, from the command line.
struct ListExport
{
    QString kind; // workers, enterprises, vacancies, services, referrals, fairs or promise
    QString out;
    QString period; // services, referrals, fairs: a period's name (2026, 2026-03, a phase); empty: all
    bool xlsx = false;
    bool unmasked = false;
    QString reason; // for an unmasked export, when the file requires one (core/settings/RevealReason.h)
    QString search;
    QDate since; // promise: the clocks started from this day (default: the last 30 days, as `promise`)
    QDate today;
};

// Reads the export from the parsed command line; -1 to go on, else the usage exit code after saying why.
int readListExport(const QCommandLineParser& parser, CliOutput& io, ListExport& e)
{
    e.kind = parser.value(QStringLiteral("kind"));
    if (!kListKinds.contains(e.kind))
        return io.fail(Usage, JB_TR("Cli", "--kind must be one of %1 (got \"%2\")")
                                  .arg(kListKinds.join(QStringLiteral(", ")))
                                  .arg(e.kind));
    e.period = parser.value(QStringLiteral("period"));
    if (!e.period.isEmpty() && !kDatedKinds.contains(e.kind))
        return io.fail(Usage, JB_TR("Cli", "--period applies to services, referrals and fairs only"));
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
    if (!e.search.isEmpty() && !kSearchedKinds.contains(e.kind))
        return io.fail(Usage, JB_TR("Cli", "--search applies to workers, enterprises and vacancies only"));
    if (parser.isSet(QStringLiteral("since"))) {
        if (e.kind != QLatin1String("promise"))
            return io.fail(Usage, JB_TR("Cli", "--since applies to the promise list only"));
        e.since = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!e.since.isValid())
            return io.fail(Usage, JB_TR("Cli", "--since must be YYYY-MM-DD"));
    }
    return -1;
}

// The casework lists (services, referrals, fairs) over the period's days, in their pages' default order.
core::Expected<qint64> writeCasework(core::Database& file, const ListExport& e, QDate from, QDate to)
{
    if (e.kind == QLatin1String("services")) {
        core::ServiceFilter filter;
        filter.from = from;
        filter.to = to;
        report::ListXlsxSink sink(e.out, core::ServiceListExport::columnWidths());
        return e.xlsx ? core::ServiceListExport::write(file.connection(), filter, sink, e.unmasked, e.out, e.reason)
                      : core::ServiceListExport::writeCsv(file.connection(), filter, e.out, e.unmasked, e.reason);
    }
    if (e.kind == QLatin1String("referrals")) {
        core::ReferralFilter filter;
        filter.from = from;
        filter.to = to;
        report::ListXlsxSink sink(e.out, core::ReferralListExport::columnWidths());
        return e.xlsx ? core::ReferralListExport::write(file.connection(), filter, {}, sink, e.unmasked, e.out,
                                                        e.reason, e.today)
                      : core::ReferralListExport::writeCsv(file.connection(), filter, {}, e.out, e.unmasked, e.reason,
                                                           e.today);
    }
    core::FairFilter filter;
    filter.from = from;
    filter.to = to;
    report::ListXlsxSink sink(e.out, core::FairListExport::columnWidths());
    return e.xlsx ? core::FairListExport::write(file.connection(), filter, core::FairSort::FirstDay, true, sink, e.out)
                  : core::FairListExport::writeCsv(file.connection(), filter, core::FairSort::FirstDay, true, e.out);
}

// The one-week promise list as `promise` shows it: every clock started from --since (or in the last 30 days).
core::Expected<qint64> writePromise(core::Database& file, const ListExport& e)
{
    const core::Expected<core::PromiseList> list = core::promiseList(file.connection(), e.today, e.since);
    if (!list)
        return core::Expected<qint64>::failure(list.message());
    const QString filter = core::PromiseListExport::describe(*list, e.since);
    report::ListXlsxSink sink(e.out, core::PromiseListExport::columnWidths());
    return e.xlsx ? core::PromiseListExport::write(file.connection(), list->entries, sink, e.unmasked, e.out, filter,
                                                   e.reason)
                  : core::PromiseListExport::writeCsv(file.connection(), list->entries, e.out, e.unmasked, filter,
                                                      e.reason);
}

// Writes the list; the rows written, or why none could be. Headers and names follow the CLI's language.
core::Expected<qint64> writeList(core::Database& file, const ListExport& e)
{
    if (e.kind == QLatin1String("promise"))
        return writePromise(file, e);
    if (kDatedKinds.contains(e.kind)) {
        if (e.period.isEmpty())
            return writeCasework(file, e, {}, {});
        const core::Expected<core::Period> period = core::PeriodRepository(file.connection()).find(e.period);
        if (!period)
            return core::Expected<qint64>::failure(period.message());
        return writeCasework(file, e, period->start, period->end);
    }
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
        {{QStringLiteral("kind"),
          JB_TR("Cli", "List: workers|enterprises|vacancies|services|referrals|fairs|promise").text(),
          QStringLiteral("KIND")},
         {QStringLiteral("period"),
          JB_TR("Cli", "Services, referrals or fairs of a period only: 2026, 2026-03 or a phase's name").text(),
          QStringLiteral("P")},
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
         {QStringLiteral("since"),
          JB_TR("Cli", "The promise list: clocks started from this day (default: the last 30 days)").text(),
          QStringLiteral("YYYY-MM-DD")},
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
