#include "app/cli/CliFairs.h"

#include "app/cli/CliParsing.h"
#include "core/Message.h"
#include "core/fairs/FairList.h"
#include "core/fairs/FairRecord.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/targets/PeriodRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jb::cli {

using namespace jb::core;

namespace {

QDate dateOf(const QString& text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

// The options of `fair add`, read into the fair's details; -1 to go on, else an exit code.
int readDetails(const QCommandLineParser& parser, CliOutput& io, QSqlDatabase db, FairDetails& d)
{
    d.name = parser.value(QStringLiteral("name"));
    d.firstDay = dateOf(parser.value(QStringLiteral("date")));
    if (!d.firstDay.isValid())
        return usageError(
            parser, io,
            JB_TR("Cli", "--date needs a day as YYYY-MM-DD (got \"%1\")").arg(parser.value(QStringLiteral("date"))));
    if (parser.isSet(QStringLiteral("last-day"))) {
        d.lastDay = dateOf(parser.value(QStringLiteral("last-day")));
        if (!d.lastDay.isValid())
            return usageError(parser, io,
                              JB_TR("Cli", "--last-day needs a day as YYYY-MM-DD (got \"%1\")")
                                  .arg(parser.value(QStringLiteral("last-day"))));
    }
    const std::optional<FairForm> form = fairFormFromKey(parser.value(QStringLiteral("form")));
    if (!form)
        return usageError(parser, io,
                          JB_TR("Cli", "--form must be offline, online, livestream or mixed (got \"%1\")")
                              .arg(parser.value(QStringLiteral("form"))));
    d.form = *form;
    d.kindCode = parser.value(QStringLiteral("kind"));
    if (!fairKindCodes().contains(d.kindCode))
        return usageError(parser, io,
                          JB_TR("Cli", "--kind must be one of %1 (got \"%2\")")
                              .arg(fairKindCodes().join(QStringLiteral(", ")))
                              .arg(d.kindCode));
    const QString code = parser.value(QStringLiteral("organiser"));
    const Expected<Organisation> org = OrganisationRepository(db).byCode(code);
    if (!org)
        return io.fail(BadData, org.error());
    d.organiserId = org->id;
    return -1;
}

} // namespace

int runFair(const QStringList& args, CliOutput& io)
{
    const QString usage = JB_TR("Cli", "Usage: jobbridge-cli fair add DB --name N --date YYYY-MM-DD [--last-day D] "
                                       "--organiser CODE --form offline|online|livestream|mixed --kind "
                                       "unified|industry|group|occupation|regular|campus [--json]\n")
                              .text();
    const QString sub = args.isEmpty() ? QString() : args.constFirst();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        io.out() << usage;
        return Success;
    }
    if (sub != QLatin1String("add"))
        return io.fail(Usage, sub.isEmpty() ? usage
                                            : JB_TR("Cli", "Unknown subcommand \"%1\"").arg(sub).text() +
                                                  QStringLiteral("\n\n") + usage);
    QCommandLineParser parser;
    const auto valued = [](const char* name, const Message& what, const char* value) {
        return QCommandLineOption(QLatin1String(name), what.text(), QLatin1String(value));
    };
    parser.addOptions({valued("name", JB_TR("Cli", "The fair's name"), "N"),
                       valued("date", JB_TR("Cli", "Its first day"), "YYYY-MM-DD"),
                       valued("last-day", JB_TR("Cli", "Its last day, for a fair of several days"), "YYYY-MM-DD"),
                       valued("organiser", JB_TR("Cli", "The organiser's organisation code"), "CODE"),
                       valued("form", JB_TR("Cli", "offline, online, livestream or mixed"), "FORM"),
                       valued("kind", JB_TR("Cli", "unified, industry, group, occupation, regular or campus"), "KIND"),
                       QCommandLineOption(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text()), todayOption()});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("fair add"), JB_TR("Cli", "Record a job fair"), args.mid(1), io);
        code >= 0)
        return code;
    for (const char* required : {"name", "date", "organiser", "form", "kind"})
        if (!parser.isSet(QLatin1String(required)))
            return usageError(parser, io, JB_TR("Cli", "Need one file name and --%1").arg(QLatin1String(required)));
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    QDate today;
    if (int code = readToday(parser, io, today); code >= 0)
        return code;
    std::unique_ptr<Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    FairDetails details;
    if (int code = readDetails(parser, io, file->connection(), details); code >= 0)
        return code;
    const Expected<qint64> id = addFair(file->connection(), details, today);
    if (!id)
        return io.fail(BadData, id.error());
    if (parser.isSet(QStringLiteral("json")))
        io.out() << QString::fromUtf8(
                        QJsonDocument(QJsonObject{{QStringLiteral("id"), *id}}).toJson(QJsonDocument::Compact))
                 << Qt::endl;
    else
        io.out() << *id << Qt::endl;
    return Success;
}

namespace {

QJsonObject fairJson(const FairRow& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("date"), r.firstDay.toString(Qt::ISODate)},
            {QStringLiteral("last_day"), r.lastDay.isValid() ? QJsonValue(r.lastDay.toString(Qt::ISODate))
                                                             : QJsonValue(r.firstDay.toString(Qt::ISODate))},
            {QStringLiteral("organiser"), r.organiserName},
            {QStringLiteral("status"), fairStatusKey(r.status)},
            {QStringLiteral("form"), fairFormKey(r.form)},
            {QStringLiteral("kind"), r.kindCode},
            {QStringLiteral("enterprises"), r.enterprises},
            {QStringLiteral("posts"), r.posts},
            {QStringLiteral("headcount"), r.headcount},
            {QStringLiteral("visits"), r.visits},
            {QStringLiteral("registered"), r.registered},
            {QStringLiteral("intentions"), r.intentions},
            {QStringLiteral("contracts"), r.contracts},
            {QStringLiteral("reported_intentions"), r.reportedIntentions},
            {QStringLiteral("reported_contracts"), r.reportedContracts},
            {QStringLiteral("reported_headcount"), r.reportedHeadcount}};
}

} // namespace

int runFairs(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption period(QStringLiteral("period"),
                                    JB_TR("Cli", "Only fairs whose first day is in the period (2026, 2026-03 or a "
                                                 "phase's name)")
                                        .text(),
                                    QStringLiteral("P"));
    const QCommandLineOption json(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text());
    parser.addOptions({period, json});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("fairs"), JB_TR("Cli", "List job fairs"), args, io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    std::unique_ptr<Database> file;
    if (int code = openFile(parser, io, file, Access::Read); code >= 0)
        return code;
    QSqlDatabase db = file->connection();
    FairFilter filter;
    if (parser.isSet(period)) {
        const Expected<Period> p = PeriodRepository(db).find(parser.value(period));
        if (!p)
            return io.fail(BadData, p.error());
        filter.from = p->start;
        filter.to = p->end;
    }
    const Expected<qint64> total = countFairs(db, filter);
    if (!total)
        return io.fail(BadData, total.error());
    const Expected<QVector<FairRow>> rows =
        fairWindow(db, filter, 0, static_cast<int>(std::max<qint64>(*total, 1)), FairSort::FirstDay, false,
                   inChinese() ? NameLanguage::Chinese : NameLanguage::English);
    if (!rows)
        return io.fail(BadData, rows.error());
    if (parser.isSet(json)) {
        QJsonArray fairs;
        for (const FairRow& r : *rows)
            fairs.append(fairJson(r));
        io.out() << QString::fromUtf8(QJsonDocument(fairs).toJson(QJsonDocument::Indented));
        return Success;
    }
    io.out() << JB_TR("Cli", "%1 job fairs").arg(rows->size()).text() << Qt::endl;
    for (const FairRow& r : *rows) {
        const Message figures = JB_TR("Cli", "enterprises %1, posts %2, headcount %3, visits %4, registered %5, "
                                             "intentions %6, contracts %7")
                                    .arg(r.enterprises)
                                    .arg(r.posts)
                                    .arg(r.headcount)
                                    .arg(r.visits)
                                    .arg(r.registered)
                                    .arg(r.intentions)
                                    .arg(r.contracts);
        io.out() << r.id << QStringLiteral("  ") << r.firstDay.toString(Qt::ISODate) << QStringLiteral("  ")
                 << fairStatusName(r.status).text() << QStringLiteral("  ") << r.name << QStringLiteral("  ")
                 << r.organiserName << QStringLiteral("  ") << figures.text() << Qt::endl;
    }
    return Success;
}

} // namespace jb::cli
