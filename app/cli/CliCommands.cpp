#include "app/cli/CliCommands.h"

#include "app/cli/CliParsing.h"
#include "core/demo/DemoGenerator.h"
#include "core/domain/Clock.h"
#include "core/organisations/OrganisationFile.h"
#include "core/stats/StatsRepository.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jb::cli {

using core::Database;
using core::Expected;

namespace {

const QString kDefaultOrg = QStringLiteral("340122"); // 肥东县, under 合肥市

bool parseCount(const QString& text, int minimum, int& value)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < minimum)
        return false;
    value = v;
    return true;
}

} // namespace

namespace {

// One command of the usage text: its synopsis (one or more lines) and what it does.
struct UsageEntry
{
    const char* synopsis;
    core::Message description;
};

// The commands as listed by --help. The synopses are the same in every language; the descriptions are translated.
const QVector<UsageEntry>& usageEntries()
{
    static const QVector<UsageEntry> entries = {
        {"init DB --org CODE", JB_TR("Cli", "Create a file whose home organisation is division CODE")},
        {"demo DB [--seed N] [--workers N] [--enterprises N] [--org CODE] [--today YYYY-MM-DD]",
         JB_TR("Cli", "Fill a file with a demo county (created if missing; default 340122)")},
        {"stats DB [--json]", JB_TR("Cli", "Record counts per table and key group")},
        {"metrics DB --period 2026|2026-03|PHASE [--org CODE] [--today YYYY-MM-DD] [--json]",
         JB_TR("Cli", "Progress against targets (as the dashboard)")},
        {"submit DB --month YYYY-MM [--org CODE]", JB_TR("Cli", "Submit a month's report and lock it")},
        {"unlock DB --month YYYY-MM --reason TEXT", JB_TR("Cli", "Unlock a submitted month (audited)")},
        {"report DB --month YYYY-MM [--org CODE] --out FILE.pdf|FILE.xlsx|FILE.csv [--today YYYY-MM-DD]",
         JB_TR("Cli", "Monthly report (format from the extension)")},
        {"import DB --kind workers|vacancies FILE [--dry-run] [--errors OUT.csv]\n"
         "       [--encoding auto|utf-8|gb18030] [--json]",
         JB_TR("Cli", "Import a worker or vacancy list (CSV); rows with issues go to an error file")},
        {"import DB --kind services --service-kind K FILE [--dry-run] [--json]",
         JB_TR("Cli", "Import a roster of services given (a training class list, an insurance list): people are "
                      "matched by ID number")},
        {"import DB --kind fair --fair ID FILE [--dry-run] [--errors OUT.csv] [--json]",
         JB_TR("Cli", "Import a fair organiser's sign-in / intention sheet into fair ID")},
        {"export DB --kind workers|enterprises|vacancies OUT.csv|OUT.xlsx [--unmasked] [--search TEXT]\n"
         "       [--today YYYY-MM-DD]",
         JB_TR("Cli", "Export the worker, enterprise or vacancy list (masked unless --unmasked, which is audited)")},
        {"export DB --kind services|referrals|fairs OUT.csv|OUT.xlsx [--period P] [--unmasked]",
         JB_TR("Cli", "Export the services, referrals or job fairs, all or of a period (masked unless --unmasked)")},
        {"export DB --kind promise OUT.csv|OUT.xlsx [--since D] [--today D] [--unmasked]",
         JB_TR("Cli",
               "Export the one-week promise list, with ID numbers and phones to call (masked unless --unmasked)")},
        {"import-batches DB [--json]", JB_TR("Cli", "Past imports")},
        {"audit DB [--since D] [--json]",
         JB_TR("Cli", "The audit log: who changed, revealed or exported what, newest first")},
        {"import-undo DB --batch N", JB_TR("Cli", "Undo an import (created records removed, updated ones restored)")},
        {"package export DB --period P --out FILE [--today YYYY-MM-DD] [--with-records]\n"
         "package import DB FILE...",
         JB_TR("Cli", "Export a package for the organisation above; import packages from below (lists what changed)")},
        {"vacancy close DB --id N [--today YYYY-MM-DD] [--json]\n"
         "vacancy reopen DB --id N [--json]",
         JB_TR("Cli", "Close a vacancy as of today, or reopen it")},
        {"flag resolve DB --id N [--note TEXT] [--today YYYY-MM-DD] [--json]",
         JB_TR("Cli", "Resolve a monitoring flag (audited)")},
        {"check DB", JB_TR("Cli", "Check the file (exit 2 naming the damage and the newest good backup)")},
        {"backup DB [--out PATH]", JB_TR("Cli", "Back up the file now (to the backups folder, or to PATH)")},
        {"backups DB [--json]", JB_TR("Cli", "List the file's backups, newest first")},
        {"restore DB --from BACKUP", JB_TR("Cli", "Replace the file with a checked backup (the old file is kept)")},
        {"fair add DB --name N --date YYYY-MM-DD [--last-day D] --organiser CODE\n"
         "       --form offline|online|livestream|mixed\n"
         "       --kind unified|industry|group|occupation|regular|campus [--json]",
         JB_TR("Cli", "Record a job fair (planned if its first day is after today, else held); prints its id")},
        {"fairs DB [--period P] [--json]",
         JB_TR("Cli", "List job fairs with enterprises, posts, headcount, visits, people, intentions, contracts")},
        {"refer DB --worker ID_NUMBER --vacancy ID [--date D] [--json]",
         JB_TR("Cli", "Recommend a worker for a post; prints the referral's id")},
        {"referral DB --id N --stage STAGE --date D [--reason CODE] [--start D] [--wage N]\n"
         "       [--term MONTHS] [--json]",
         JB_TR("Cli", "Move a referral on, correct it back, or end it (declined, rejected, withdrawn, "
                      "hired_elsewhere)")},
        {"followups DB [--today D] [--json]", JB_TR("Cli", "Retention checks due and stale referrals")},
        {"promise DB [--today D] [--since D] [--json]",
         JB_TR("Cli", "The one-week promise: due, overdue, met late, met")},
        {"settings DB [--set KEY=VALUE ...] [--json]", JB_TR("Cli", "Read and change the file's settings (audited)")},
        {"match DB (--worker ID_NUMBER | --vacancy ID) [--top N] [--my-county] [--hardship]\n"
         "       [--json]",
         JB_TR("Cli", "Rank posts for a worker or workers for a post, every criterion explained")},
        {"warnings DB [--today D] [--limit N] [--json]",
         JB_TR("Cli", "Early warning: what needs attention today, by section")},
        {"services DB [--period P] [--kind K] [--json]",
         JB_TR("Cli", "Services per kind: people and person-times, and the insurance split")},
        {"service add DB --worker ID_NUMBER --kind K --date D [--field key=value ...]\n"
         "       [--json]",
         JB_TR("Cli", "Record a service on a person; prints its id")},
        {"--lang zh_CN|en",
         JB_TR("Cli", "Language of the output, anywhere on the line (default: $JOBBRIDGE_LANG, else the system's)")},
        {"--help, --version", JB_TR("Cli", "This text; the version")},
    };
    return entries;
}

} // namespace

QString usageText()
{
    // A synopsis that fits leaves its description beside it; a longer one puts it on the next line.
    constexpr int kColumn = 29;
    QString text = JB_TR("Cli", "Usage: jobbridge-cli <command> [options]").text() + QStringLiteral("\n\n");
    for (const UsageEntry& entry : usageEntries()) {
        const QStringList lines = QString::fromUtf8(entry.synopsis).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size() - 1; ++i)
            text += QStringLiteral("  ") + lines.at(i) + QLatin1Char('\n');
        const QString last = QStringLiteral("  ") + lines.constLast();
        if (last.size() < kColumn)
            text += last.leftJustified(kColumn);
        else
            text += last + QLatin1Char('\n') + QString(kColumn, QLatin1Char(' '));
        text += entry.description.text() + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') +
           JB_TR("Cli", "The audit log records the officer's name: $JOBBRIDGE_OFFICER, else the name given in the "
                        "program's Settings, else the login name.")
               .text() +
           QLatin1Char('\n') + JB_TR("Cli", "Exit status: 0 success; 1 wrong usage; 2 bad data or file").text() +
           QLatin1Char('\n');
}

int runInit(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption org(QStringLiteral("org"), JB_TR("Cli", "Home division code (GB/T 2260)").text(),
                                 QStringLiteral("CODE"));
    parser.addOption(org);
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the new file").text());
    if (int code = parseCommand(parser, QStringLiteral("init"), JB_TR("Cli", "Create a file"), args, io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(org))
        return usageError(parser, io, JB_TR("Cli", "Need one file name and --org CODE"));
    const QString path = parser.positionalArguments().constFirst();
    Expected<std::unique_ptr<Database>> db = core::createOrganisationFile(path, parser.value(org).trimmed());
    if (!db)
        return io.fail(BadData, db.error());
    const core::Expected<core::DatabaseStats> stats = core::StatsRepository((*db)->connection()).collect();
    io.out() << JB_TR("Cli", "Created %1: %2 (%3)")
                    .arg(path)
                    .arg(stats ? stats->homeName : QString())
                    .arg(stats ? stats->homeCode : QString())
                    .text()
             << Qt::endl;
    return Success;
}

namespace {

// The demo's options from the command line; -1 to go on, else the usage exit code after saying why.
int readDemoOptions(const QCommandLineParser& parser, CliOutput& io, core::DemoOptions& options)
{
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return io.fail(Usage, JB_TR("Cli", "--seed needs a non-negative integer"));
    }
    const struct
    {
        const char* name;
        int& value;
        core::Message refusal;
    } counts[] = {
        {"workers", options.workers, JB_TR("Cli", "--workers needs a non-negative integer")},
        {"enterprises", options.enterprises, JB_TR("Cli", "--enterprises needs a non-negative integer")},
        {"vacancies", options.vacancies, JB_TR("Cli", "--vacancies needs a non-negative integer")},
    };
    for (const auto& count : counts) {
        const QString name = QString::fromLatin1(count.name);
        if (parser.isSet(name) && !parseCount(parser.value(name), 0, count.value))
            return io.fail(Usage, count.refusal);
    }
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid())
            return io.fail(Usage, JB_TR("Cli", "--today needs a date as YYYY-MM-DD"));
        core::Clock::pin(options.today); // every rule the demo runs counts from this day
    }
    return -1;
}

} // namespace

int runDemo(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("seed"), JB_TR("Cli", "Random seed").text(), QStringLiteral("N")},
         {QStringLiteral("workers"), JB_TR("Cli", "Workers").text(), QStringLiteral("N")},
         {QStringLiteral("enterprises"), JB_TR("Cli", "Enterprises").text(), QStringLiteral("N")},
         {QStringLiteral("vacancies"), JB_TR("Cli", "Vacancies (default ~4 each)").text(), QStringLiteral("N")},
         {QStringLiteral("org"), JB_TR("Cli", "Home code for a new file (default 340122)").text(),
          QStringLiteral("CODE"), kDefaultOrg},
         {QStringLiteral("today"), JB_TR("Cli", "Treat this date as today (default: today)").text(),
          QStringLiteral("YYYY-MM-DD")}});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("demo"), JB_TR("Cli", "Generate demo data"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    core::DemoOptions options;
    if (int code = readDemoOptions(parser, io, options); code >= 0)
        return code;

    const QString path = parser.positionalArguments().constFirst();
    const bool existed = QFileInfo::exists(path);
    Expected<std::unique_ptr<Database>> db =
        existed ? Database::open(path)
                : core::createOrganisationFile(path, parser.value(QStringLiteral("org")).trimmed());
    if (!db)
        return io.fail(BadData, db.error());
    const Expected<core::DemoSummary> summary = core::generateDemo((*db)->connection(), options);
    if (!summary) {
        const QString message = summary.error();
        db = Expected<std::unique_ptr<Database>>::failure(core::Message());
        if (!existed)
            QFile::remove(path); // a file this command created and could not fill is not left behind
        return io.fail(BadData, message);
    }
    io.out() << JB_TR("Cli", "Demo data written to %1: %2 enterprises, %3 vacancies, %4 workers, %5 fairs, "
                             "%6 referrals, %7 services")
                    .arg(path)
                    .arg(summary->enterprises)
                    .arg(summary->vacancies)
                    .arg(summary->workers)
                    .arg(summary->fairs)
                    .arg(summary->referrals)
                    .arg(summary->services)
                    .text()
             << Qt::endl;
    return Success;
}

namespace {

QJsonObject statsJson(const core::DatabaseStats& stats, const QString& path)
{
    QJsonObject tables;
    for (const core::TableCount& t : stats.tables)
        tables.insert(t.table, t.rows);
    QJsonArray groups;
    for (const core::KeyGroupCount& g : stats.keyGroups)
        groups.append(QJsonObject{{QStringLiteral("code"), g.code},
                                  {QStringLiteral("name_zh"), g.nameZh},
                                  {QStringLiteral("name_en"), g.nameEn},
                                  {QStringLiteral("workers"), g.workers}});
    return QJsonObject{{QStringLiteral("file"), path},
                       {QStringLiteral("schema_version"), stats.schemaVersion},
                       {QStringLiteral("home"), QJsonObject{{QStringLiteral("code"), stats.homeCode},
                                                            {QStringLiteral("name"), stats.homeName}}},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("key_groups"), groups}};
}

} // namespace

int runStats(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text());
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("stats"), JB_TR("Cli", "Record counts"), args, io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file, Access::Read); code >= 0)
        return code;
    const Expected<core::DatabaseStats> stats = core::StatsRepository(file->connection()).collect();
    if (!stats)
        return io.fail(BadData, stats.error());

    if (parser.isSet(json)) {
        io.out() << QString::fromUtf8(QJsonDocument(statsJson(*stats, file->path())).toJson(QJsonDocument::Indented));
        return Success;
    }
    io.out() << JB_TR("Cli", "%1 (%2) — %3, schema v%4")
                    .arg(stats->homeName)
                    .arg(stats->homeCode)
                    .arg(file->path())
                    .arg(stats->schemaVersion)
                    .text()
             << Qt::endl;
    for (const core::TableCount& t : stats->tables)
        io.out() << QStringLiteral("  %1 %2").arg(t.table, -22).arg(t.rows, 10) << Qt::endl;
    io.out() << JB_TR("Cli", "Key groups:").text() << Qt::endl;
    for (const core::KeyGroupCount& g : stats->keyGroups)
        io.out() << QStringLiteral("  %1 %2").arg(g.workers, 10).arg(localName(g.nameZh, g.nameEn)) << Qt::endl;
    return Success;
}

} // namespace jb::cli
