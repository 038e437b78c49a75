// The CLI's one-week promise, settings and matching (declared in CliPlacement.h).

#include "app/cli/CliParsing.h"
#include "app/cli/CliPlacement.h"
#include "core/placement/Matching.h"
#include "core/placement/Promise.h"
#include "core/placement/ReferralPipeline.h"
#include "core/settings/PlacementSettings.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jb::cli {

using namespace jb::core;

namespace {

// The lists of the promise page, in its order: a person is in exactly one.
QString listOf(const PromiseEntry& e)
{
    switch (e.state) {
    case PromiseState::Due:
        return e.daysLeft == 0   ? QStringLiteral("due_today")
               : e.daysLeft <= 2 ? QStringLiteral("due_within_2_days")
                                 : QStringLiteral("due_later");
    case PromiseState::Overdue:
        return QStringLiteral("overdue");
    case PromiseState::MetLate:
        return QStringLiteral("met_late");
    case PromiseState::Met:
        return QStringLiteral("met");
    case PromiseState::Unwilling:
        return QStringLiteral("unwilling");
    }
    return {};
}

const char* const kPromiseLists[] = {"due_today", "due_within_2_days", "overdue", "due_later", "met_late",
                                     "met",       "unwilling"};

QJsonObject personJson(const PromiseEntry& e)
{
    return {{QStringLiteral("worker_id"), e.workerId},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("start"), e.start.toString(Qt::ISODate)},
            {QStringLiteral("due"), e.due.toString(Qt::ISODate)},
            {QStringLiteral("state"), promiseStateKey(e.state)},
            {QStringLiteral("days_left"), e.daysLeft},
            {QStringLiteral("served_on"),
             e.servedOn.isValid() ? QJsonValue(e.servedOn.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("contacts"), e.contacts},
            {QStringLiteral("posts_offered"), e.posts},
            {QStringLiteral("offers_met"), e.offersMet},
            {QStringLiteral("declines"), e.declines},
            {QStringLiteral("beyond_calendar"), e.beyondCalendar}};
}

void printPromiseText(CliOutput& io, const PromiseList& list)
{
    io.out() << JB_TR("Cli", "One-week promise on %1: %2 people (%3 days)")
                    .arg(list.today.toString(Qt::ISODate))
                    .arg(list.entries.size())
                    .arg(list.dayKind == PromiseDayKind::Working ? JB_TR("Cli", "working") : JB_TR("Cli", "calendar"))
                    .text()
             << Qt::endl;
    if (list.beyondCalendar)
        io.out() << JB_TR("Cli", "Some due days fall beyond the holiday calendar's last year: counted on weekdays only")
                        .text()
                 << Qt::endl;
    for (const PromiseEntry& e : list.entries)
        io.out() << e.workerId << QStringLiteral("  ") << e.name << QStringLiteral("  ") << e.due.toString(Qt::ISODate)
                 << QStringLiteral("  ") << promiseStateName(e.state).text() << QStringLiteral("  ")
                 << JB_TR("Cli", "days left %1").arg(e.daysLeft).text() << Qt::endl;
}

} // namespace

int runPromise(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption since(QStringLiteral("since"),
                                   JB_TR("Cli", "Clocks started from this day (default: the last 30 days)").text(),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOptions(
        {since, QCommandLineOption(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text()), todayOption()});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code =
            parseCommand(parser, QStringLiteral("promise"), JB_TR("Cli", "The one-week promise lists"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    QDate today;
    if (int code = readToday(parser, io, today); code >= 0)
        return code;
    const QDate from = parser.isSet(since) ? QDate::fromString(parser.value(since), Qt::ISODate) : QDate();
    if (parser.isSet(since) && !from.isValid())
        return usageError(parser, io, JB_TR("Cli", "--since must be YYYY-MM-DD"));
    std::unique_ptr<Database> file;
    if (int code = openFile(parser, io, file, Access::Read); code >= 0)
        return code;
    const Expected<PromiseList> list = promiseList(file->connection(), today, from);
    if (!list)
        return io.fail(BadData, list.error());
    if (!parser.isSet(QStringLiteral("json"))) {
        printPromiseText(io, *list);
        return Success;
    }
    QJsonObject lists;
    for (const char* name : kPromiseLists)
        lists.insert(QLatin1String(name), QJsonArray());
    for (const PromiseEntry& e : list->entries) {
        QJsonArray a = lists.value(listOf(e)).toArray();
        a.append(personJson(e));
        lists.insert(listOf(e), a);
    }
    lists.insert(QStringLiteral("today"), list->today.toString(Qt::ISODate));
    lists.insert(QStringLiteral("promise_day_kind"),
                 list->dayKind == PromiseDayKind::Working ? QStringLiteral("working") : QStringLiteral("calendar"));
    lists.insert(QStringLiteral("beyond_calendar"), list->beyondCalendar);
    io.out() << QString::fromUtf8(QJsonDocument(lists).toJson(QJsonDocument::Indented));
    return Success;
}

int runSettings(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption set(QStringLiteral("set"), JB_TR("Cli", "Change a setting (repeatable)").text(),
                                 QStringLiteral("KEY=VALUE"));
    parser.addOptions({set, QCommandLineOption(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text())});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("settings"), JB_TR("Cli", "Read and change the file's settings"),
                                args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    std::vector<std::pair<QString, QString>> changes;
    for (const QString& pair : parser.values(set)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(parser, io, JB_TR("Cli", "--set needs KEY=VALUE (got \"%1\")").arg(pair));
        changes.emplace_back(pair.left(eq).trimmed(), pair.mid(eq + 1));
    }
    std::unique_ptr<Database> file;
    if (int code = openFile(parser, io, file, changes.empty() ? Access::Read : Access::Write); code >= 0)
        return code;
    if (!changes.empty())
        if (Status s = changeSettings(file->connection(), changes); !s)
            return io.fail(BadData, s.error());
    const std::vector<std::pair<QString, QString>> all = fileSettings(file->connection());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        for (const auto& [key, value] : all) {
            bool isInt = false;
            const int n = value.toInt(&isInt);
            o.insert(key, isInt ? QJsonValue(n) : QJsonValue(value));
        }
        io.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const auto& [key, value] : all)
        io.out() << key << QStringLiteral(" = ") << value << Qt::endl;
    return Success;
}

namespace {

QJsonObject candidateJson(const MatchCandidate& m)
{
    QJsonArray criteria;
    for (const Criterion& c : m.criteria)
        criteria.append(QJsonObject{{QStringLiteral("name"), c.name},
                                    {QStringLiteral("verdict"), verdictKey(c.verdict)},
                                    {QStringLiteral("worker"), c.worker},
                                    {QStringLiteral("vacancy"), c.vacancy}});
    return {{QStringLiteral("worker_id"), m.workerId},
            {QStringLiteral("vacancy_id"), m.vacancyId},
            {QStringLiteral("name"), m.workerName},
            {QStringLiteral("post"), m.postTitle},
            {QStringLiteral("enterprise"), m.enterpriseName},
            {QStringLiteral("score"), m.score},
            {QStringLiteral("criteria"), criteria}};
}

void printCandidates(CliOutput& io, const QVector<MatchCandidate>& all, bool forWorker)
{
    for (const MatchCandidate& m : all) {
        io.out() << m.score << QStringLiteral("  ")
                 << (forWorker ? QStringLiteral("%1 %2 %3").arg(m.vacancyId).arg(m.postTitle, m.enterpriseName)
                               : QStringLiteral("%1 %2").arg(m.workerId).arg(m.workerName))
                 << Qt::endl;
        for (const Criterion& c : m.criteria)
            io.out() << QStringLiteral("    ") << criterionLabel(c.name).text() << QStringLiteral(": ")
                     << verdictKey(c.verdict) << QStringLiteral("  ") << c.worker << QStringLiteral(" | ") << c.vacancy
                     << Qt::endl;
    }
}

} // namespace

int runMatch(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const auto valued = [](const char* name, const Message& what, const char* value) {
        return QCommandLineOption(QLatin1String(name), what.text(), QLatin1String(value));
    };
    parser.addOptions({valued("worker", JB_TR("Cli", "Posts for the worker with this resident ID number"), "ID_NUMBER"),
                       valued("vacancy", JB_TR("Cli", "Workers for the post with this id"), "ID"),
                       valued("top", JB_TR("Cli", "How many candidates (default 20)"), "N"),
                       QCommandLineOption(QStringLiteral("my-county"), JB_TR("Cli", "Only my county").text()),
                       QCommandLineOption(QStringLiteral("hardship"), JB_TR("Cli", "Only hardship cases").text()),
                       QCommandLineOption(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text()), todayOption()});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("match"), JB_TR("Cli", "Match posts and workers"), args, io);
        code >= 0)
        return code;
    const bool forWorker = parser.isSet(QStringLiteral("worker"));
    if (parser.positionalArguments().size() != 1 || forWorker == parser.isSet(QStringLiteral("vacancy")))
        return usageError(parser, io, JB_TR("Cli", "Need one file name and either --worker or --vacancy"));
    MatchFilter filter;
    filter.myCountyOnly = parser.isSet(QStringLiteral("my-county"));
    filter.hardshipOnly = parser.isSet(QStringLiteral("hardship"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("top")))
        filter.top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || filter.top <= 0)
        return usageError(parser, io, JB_TR("Cli", "--top needs a positive whole number"));
    const qint64 vacancy = forWorker ? 0 : parser.value(QStringLiteral("vacancy")).toLongLong(&ok);
    if (!ok)
        return usageError(parser, io, JB_TR("Cli", "--vacancy needs a post's id"));
    QDate today;
    if (int code = readToday(parser, io, today); code >= 0)
        return code;
    std::unique_ptr<Database> file;
    if (int code = openFile(parser, io, file, Access::Read); code >= 0)
        return code;
    Expected<QVector<MatchCandidate>> found = QVector<MatchCandidate>();
    if (forWorker) {
        const Expected<qint64> worker =
            findWorkerByIdNumber(file->connection(), parser.value(QStringLiteral("worker")));
        if (!worker)
            return io.fail(BadData, worker.error());
        found = matchPostsForWorker(file->connection(), *worker, filter, today);
    } else {
        found = matchWorkersForPost(file->connection(), vacancy, filter, today);
    }
    if (!found)
        return io.fail(BadData, found.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray all;
        for (const MatchCandidate& m : *found)
            all.append(candidateJson(m));
        io.out() << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return Success;
    }
    printCandidates(io, *found, forWorker);
    return Success;
}

} // namespace jb::cli
