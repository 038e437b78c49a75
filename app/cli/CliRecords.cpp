#include "app/cli/CliRecords.h"

#include "app/cli/CliParsing.h"
#include "core/Message.h"
#include "core/editing/FlagResolution.h"
#include "core/editing/VacancyClosing.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVector>
#include <functional>
#include <utility>

namespace jb::cli {

using namespace jb::core;

namespace {

struct RecordArgs
{
    std::unique_ptr<Database> file;
    qint64 id = 0;
    QDate today;
    bool json = false;
};

// Parses DB --id N [--json] (and --today when `dated`) plus `extra`; returns -1 and fills `out` to go on, else an
// exit code.
int parseRecord(const QString& command, const Message& synopsis, const QStringList& args, CliOutput& io,
                QCommandLineParser& parser, bool dated, const QList<QCommandLineOption>& extra, RecordArgs& out)
{
    const QCommandLineOption id(QStringLiteral("id"), JB_TR("Cli", "The record's number").text(), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text());
    parser.addOptions({id, json});
    if (dated)
        parser.addOption(todayOption());
    parser.addOptions(extra);
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, command, synopsis, args, io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(id))
        return io.fail(Usage,
                       JB_TR("Cli", "Need one file name and --id").text() + QStringLiteral("\n\n") + parser.helpText());
    bool ok = false;
    out.id = parser.value(id).toLongLong(&ok);
    if (!ok || out.id <= 0)
        return io.fail(Usage, JB_TR("Cli", "--id needs a record number (got \"%1\")").arg(parser.value(id)).text());
    out.json = parser.isSet(json);
    if (dated) {
        if (int code = readToday(parser, io, out.today); code >= 0)
            return code;
    }
    return openFile(parser, io, out.file);
}

void printJson(CliOutput& io, const QJsonObject& object)
{
    io.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString subcommandOf(const QStringList& args)
{
    return args.isEmpty() ? QString() : args.constFirst();
}

int closeOrReopen(const QStringList& args, CliOutput& io, bool close)
{
    QCommandLineParser parser;
    RecordArgs a;
    const Message synopsis =
        close ? JB_TR("Cli", "Close a vacancy as of today") : JB_TR("Cli", "Reopen a closed or filled vacancy");
    if (int code = parseRecord(close ? QStringLiteral("vacancy close") : QStringLiteral("vacancy reopen"), synopsis,
                               args, io, parser, close, {}, a);
        code >= 0)
        return code;
    const Expected<RecordChange> applied =
        close ? closeVacancy(a.file->connection(), a.id, a.today) : reopenVacancy(a.file->connection(), a.id);
    if (!applied)
        return io.fail(BadData, applied.error());
    const QString closedOn = close ? a.today.toString(Qt::ISODate) : QString();
    if (a.json) {
        printJson(io, {{QStringLiteral("id"), a.id},
                       {QStringLiteral("status"), close ? QStringLiteral("closed") : QStringLiteral("open")},
                       {QStringLiteral("closed_on"), close ? QJsonValue(closedOn) : QJsonValue()}});
        return Success;
    }
    const Message done = close ? JB_TR("Cli", "Vacancy %1 closed on %2.").arg(a.id).arg(closedOn)
                               : JB_TR("Cli", "Vacancy %1 reopened.").arg(a.id);
    io.out() << done.text() << Qt::endl;
    return Success;
}

int resolve(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption note(QStringLiteral("note"),
                                  JB_TR("Cli", "How the flag was settled (added to its note)").text(),
                                  QStringLiteral("TEXT"));
    RecordArgs a;
    if (int code = parseRecord(QStringLiteral("flag resolve"), JB_TR("Cli", "Resolve a monitoring flag as of today"),
                               args, io, parser, true, {note}, a);
        code >= 0)
        return code;
    const Expected<RecordChange> applied = resolveFlag(a.file->connection(), a.id, parser.value(note), a.today);
    if (!applied)
        return io.fail(BadData, applied.error());
    const QString resolvedOn = a.today.toString(Qt::ISODate);
    if (a.json) {
        printJson(io, {{QStringLiteral("id"), a.id},
                       {QStringLiteral("resolved_on"), resolvedOn},
                       {QStringLiteral("note"), parser.value(note).trimmed()}});
        return Success;
    }
    io.out() << JB_TR("Cli", "Flag %1 resolved on %2.").arg(a.id).arg(resolvedOn).text() << Qt::endl;
    return Success;
}

// Runs `run` for a known subcommand, prints the usage for --help, refuses anything else.
int dispatch(const QStringList& args, CliOutput& io, const QString& usage,
             const QVector<std::pair<QString, std::function<int(const QStringList&)>>>& subcommands)
{
    const QString sub = subcommandOf(args);
    for (const auto& [name, run] : subcommands)
        if (sub == name)
            return run(args.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        io.out() << usage;
        return Success;
    }
    const QString why = sub.isEmpty() ? QString() : JB_TR("Cli", "Unknown subcommand \"%1\"").arg(sub).text();
    return io.fail(Usage, why.isEmpty() ? usage : why + QStringLiteral("\n\n") + usage);
}

} // namespace

int runVacancy(const QStringList& args, CliOutput& io)
{
    const QString usage = JB_TR("Cli", "Usage: jobbridge-cli vacancy close DB --id N [--today YYYY-MM-DD] [--json]\n"
                                       "       jobbridge-cli vacancy reopen DB --id N [--json]\n")
                              .text();
    return dispatch(args, io, usage,
                    {{QStringLiteral("close"), [&io](const QStringList& a) { return closeOrReopen(a, io, true); }},
                     {QStringLiteral("reopen"), [&io](const QStringList& a) { return closeOrReopen(a, io, false); }}});
}

int runFlag(const QStringList& args, CliOutput& io)
{
    const QString usage =
        JB_TR("Cli", "Usage: jobbridge-cli flag resolve DB --id N [--note TEXT] [--today YYYY-MM-DD] [--json]\n")
            .text();
    return dispatch(args, io, usage,
                    {{QStringLiteral("resolve"), [&io](const QStringList& a) { return resolve(a, io); }}});
}

} // namespace jb::cli
