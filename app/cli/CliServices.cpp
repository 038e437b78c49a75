#include "app/cli/CliServices.h"

#include "app/cli/CliParsing.h"
#include "core/domain/Clock.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/placement/ReferralPipeline.h"
#include "core/records/ServiceKinds.h"
#include "core/services/ServiceFigures.h"
#include "core/services/ServiceLedger.h"
#include "core/services/ServiceQueries.h"
#include "core/targets/PeriodRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jb::cli {

using namespace jb::core;

namespace {

QCommandLineOption valued(const char* name, const Message& what, const char* value)
{
    return QCommandLineOption(QLatin1String(name), what.text(), QLatin1String(value));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text());
}

void printJson(CliOutput& io, const QJsonObject& object)
{
    io.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

Message kindsList()
{
    return Message::verbatim(serviceKindCodes().join(QStringLiteral(", ")));
}

QJsonObject totalsJson(const QString& period, const QVector<ServiceKindTotal>& totals, const InsuranceSplit& split)
{
    QJsonArray kinds;
    for (const ServiceKindTotal& t : totals)
        kinds.append(QJsonObject{{QStringLiteral("kind"), t.kind},
                                 {QStringLiteral("name"), localName(t.nameZh, t.nameEn)},
                                 {QStringLiteral("people"), t.people},
                                 {QStringLiteral("services"), t.services}});
    return {{QStringLiteral("period"), period.isEmpty() ? QJsonValue() : QJsonValue(period)},
            {QStringLiteral("kinds"), kinds},
            {QStringLiteral("insurance"), QJsonObject{{QStringLiteral("people"), split.people},
                                                      {QStringLiteral("total"), split.total},
                                                      {QStringLiteral("province"), split.province},
                                                      {QStringLiteral("city"), split.city}}}};
}

void printTotals(CliOutput& io, const QVector<ServiceKindTotal>& totals, const InsuranceSplit& split)
{
    io.out() << JB_TR("Cli", "Kind\tPeople\tServices (person-times)").text() << Qt::endl;
    for (const ServiceKindTotal& t : totals)
        io.out() << localName(t.nameZh, t.nameEn) << '\t' << t.people << '\t' << t.services << Qt::endl;
    io.out() << JB_TR("Cli", "Mutual insurance: %1 people, %2 yuan in all, the province %3 yuan, the city %4 yuan")
                    .arg(split.people)
                    .arg(QString::number(split.total, 'f', 2))
                    .arg(QString::number(split.province, 'f', 2))
                    .arg(QString::number(split.city, 'f', 2))
                    .text()
             << Qt::endl;
}

// --field key=value pairs, each value read as the kind's field reads it (a choice's words, 是/否).
int readFields(const QCommandLineParser& parser, CliOutput& io, const QString& kind, QVariantMap& fields)
{
    for (const QString& pair : parser.values(QStringLiteral("field"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(parser, io, JB_TR("Cli", "--field needs key=value (got \"%1\")").arg(pair));
        const QString key = pair.left(eq).trimmed();
        fields.insert(key, serviceValueFromText(kind, key, pair.mid(eq + 1)));
    }
    return -1;
}

int runServiceAdd(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    parser.addOptions({valued("worker", JB_TR("Cli", "The worker's resident ID number"), "ID_NUMBER"),
                       valued("kind", JB_TR("Cli", "The service's kind: %1").arg(kindsList()), "K"),
                       valued("date", JB_TR("Cli", "The day of the service"), "YYYY-MM-DD"),
                       valued("field", JB_TR("Cli", "A field of the kind, as key=value (repeatable)"), "KEY=VALUE"),
                       jsonOption(), todayOption()});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code =
            parseCommand(parser, QStringLiteral("service add"), JB_TR("Cli", "Record a service on a person"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("worker")) ||
        !parser.isSet(QStringLiteral("kind")) || !parser.isSet(QStringLiteral("date")))
        return usageError(parser, io, JB_TR("Cli", "Need one file name, --worker, --kind and --date"));
    const QString kind = parser.value(QStringLiteral("kind")).trimmed();
    if (!isServiceKind(kind))
        return usageError(parser, io, JB_TR("Cli", "--kind must be one of %1 (got \"%2\")").arg(kindsList()).arg(kind));
    const QDate day = QDate::fromString(parser.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
    if (!day.isValid())
        return usageError(parser, io,
                          JB_TR("Cli", "--%1 needs a day as YYYY-MM-DD (got \"%2\")")
                              .arg(QStringLiteral("date"))
                              .arg(parser.value(QStringLiteral("date"))));
    QDate today;
    if (int code = readToday(parser, io, today); code >= 0)
        return code;
    NewService service{0, kind, day, {}, 0};
    if (int code = readFields(parser, io, kind, service.fields); code >= 0)
        return code;
    std::unique_ptr<Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    const Expected<qint64> worker = findWorkerByIdNumber(file->connection(), parser.value(QStringLiteral("worker")));
    if (!worker)
        return io.fail(BadData, worker.error());
    service.workerId = *worker;
    const Expected<ServiceChange> added = addService(file->connection(), service);
    if (!added)
        return io.fail(BadData, added.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(io, {{QStringLiteral("id"), added->serviceId}});
    else
        io.out() << added->serviceId << Qt::endl;
    return Success;
}

} // namespace

int runServices(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    parser.addOptions({valued("period", JB_TR("Cli", "A period: 2026, 2026-03 or a phase's name"), "P"),
                       valued("kind", JB_TR("Cli", "Only this kind: %1").arg(kindsList()), "K"), jsonOption()});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code =
            parseCommand(parser, QStringLiteral("services"),
                         JB_TR("Cli", "Services per kind: people and person-times, and the insurance split"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    ServiceFilter filter;
    filter.kind = parser.value(QStringLiteral("kind")).trimmed();
    if (!filter.kind.isEmpty() && !isServiceKind(filter.kind))
        return usageError(parser, io,
                          JB_TR("Cli", "--kind must be one of %1 (got \"%2\")").arg(kindsList()).arg(filter.kind));
    std::unique_ptr<Database> file;
    if (int code = openFile(parser, io, file, Access::Read); code >= 0)
        return code;
    if (parser.isSet(QStringLiteral("period"))) {
        // A period: the file's own services and what its children's packages reported for it.
        const Expected<Period> period =
            PeriodRepository(file->connection()).find(parser.value(QStringLiteral("period")));
        if (!period)
            return io.fail(BadData, period.error());
        const auto home = OrganisationRepository(file->connection()).home();
        if (!home)
            return io.fail(BadData, home.error());
        const auto figures = serviceFigures(file->connection(), home->id, *period, Clock::today(), filter.kind);
        if (!figures)
            return io.fail(BadData, figures.error());
        if (parser.isSet(QStringLiteral("json")))
            printJson(io, totalsJson(period->name, figures->kinds, figures->insurance));
        else
            printTotals(io, figures->kinds, figures->insurance);
        return Success;
    }
    const QString periodName;
    const auto totals = serviceTotals(file->connection(), filter);
    if (!totals)
        return io.fail(BadData, totals.error());
    const auto split = insuranceSplit(file->connection(), filter);
    if (!split)
        return io.fail(BadData, split.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(io, totalsJson(periodName, *totals, *split));
    else
        printTotals(io, *totals, *split);
    return Success;
}

int runService(const QStringList& args, CliOutput& io)
{
    QStringList rest = args;
    if (!rest.isEmpty() && rest.constFirst() == QLatin1String("add")) {
        rest.removeFirst();
        return runServiceAdd(rest, io);
    }
    return io.fail(Usage, JB_TR("Cli", "Usage: jobbridge-cli service add DB --worker ID_NUMBER --kind K --date D "
                                       "[--field key=value ...] [--json]"));
}

} // namespace jb::cli
