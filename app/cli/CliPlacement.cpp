#include "app/cli/CliPlacement.h"

#include "app/cli/CliParsing.h"
#include "core/placement/FollowUps.h"
#include "core/placement/ReferralPipeline.h"
#include "core/services/ServiceQueries.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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

// A day option: -1 to go on, else the usage error. `day` stays as it was when the option is absent.
int readDay(const QCommandLineParser& parser, CliOutput& io, const char* name, QDate& day)
{
    if (!parser.isSet(QLatin1String(name)))
        return -1;
    day = QDate::fromString(parser.value(QLatin1String(name)).trimmed(), Qt::ISODate);
    if (!day.isValid())
        return usageError(parser, io,
                          JB_TR("Cli", "--%1 needs a day as YYYY-MM-DD (got \"%2\")")
                              .arg(QLatin1String(name))
                              .arg(parser.value(QLatin1String(name))));
    return -1;
}

int readNumber(const QCommandLineParser& parser, CliOutput& io, const char* name, qint64& number)
{
    bool ok = false;
    number = parser.value(QLatin1String(name)).toLongLong(&ok);
    if (!ok || number <= 0)
        return usageError(parser, io,
                          JB_TR("Cli", "--%1 needs a positive whole number (got \"%2\")")
                              .arg(QLatin1String(name))
                              .arg(parser.value(QLatin1String(name))));
    return -1;
}

QJsonObject changeJson(const ReferralChange& c)
{
    QJsonArray others;
    for (qint64 id : c.otherOpenReferrals)
        others.append(id);
    return {{QStringLiteral("id"), c.referralId},
            {QStringLiteral("correction"), c.correction},
            {QStringLiteral("other_open_referrals"), others},
            {QStringLiteral("vacancy_id"), c.vacancyId},
            {QStringLiteral("hired"), c.hired},
            {QStringLiteral("headcount"), c.headcount},
            {QStringLiteral("post_filled"), c.postFilled}};
}

// What the officer is offered after a contract, in words.
void printOffers(CliOutput& io, const ReferralChange& c)
{
    if (!c.otherOpenReferrals.isEmpty()) {
        QStringList ids;
        for (qint64 id : c.otherOpenReferrals)
            ids << QString::number(id);
        io.out() << JB_TR("Cli", "Other open referrals of this person: %1 (close them with --stage hired_elsewhere "
                                 "if the officer confirms)")
                        .arg(ids.join(QStringLiteral(", ")))
                        .text()
                 << Qt::endl;
    }
    if (c.postFilled)
        io.out() << JB_TR("Cli", "Post %1 has %2 contracts for a headcount of %3: it may be closed "
                                 "(vacancy close DB --id %1)")
                        .arg(c.vacancyId)
                        .arg(c.hired)
                        .arg(c.headcount)
                        .text()
                 << Qt::endl;
}

// After a contract inside a concentrated phase, the mutual insurance the GUI's checklist offers (core never enrols
// anyone by itself); with --json the offer goes into the object.
void addInsuranceOffer(QSqlDatabase db, qint64 referralId, const ReferralChange& c, QJsonObject* json, CliOutput& io)
{
    if (c.correction)
        return;
    const Expected<InsuranceOffer> offer = insuranceOfferFor(db, referralId);
    if (!offer || !offer->offered)
        return;
    if (json) {
        json->insert(QStringLiteral("insurance_offer"),
                     QJsonObject{{QStringLiteral("phase"), offer->phase},
                                 {QStringLiteral("premium_yuan"), offer->premiumYuan},
                                 {QStringLiteral("worker_id"), offer->workerId}});
        return;
    }
    io.out() << JB_TR("Cli", "Signed inside the concentrated phase %1: the person may be enrolled in the workers' "
                             "accident-injury mutual insurance (%2 yuan) with service add DB --worker ID_NUMBER "
                             "--kind insurance --date %3")
                    .arg(offer->phase)
                    .arg(QString::number(offer->premiumYuan, 'f', QLocale::FloatingPointShortest))
                    .arg(offer->contractOn.toString(Qt::ISODate))
                    .text()
             << Qt::endl;
}

} // namespace

int runRefer(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    parser.addOptions({valued("worker", JB_TR("Cli", "The worker's resident ID number"), "ID_NUMBER"),
                       valued("vacancy", JB_TR("Cli", "The post's id"), "ID"),
                       valued("date", JB_TR("Cli", "The day of the recommendation (default today)"), "YYYY-MM-DD"),
                       jsonOption(), todayOption()});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code =
            parseCommand(parser, QStringLiteral("refer"), JB_TR("Cli", "Recommend a worker for a post"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("worker")) ||
        !parser.isSet(QStringLiteral("vacancy")))
        return usageError(parser, io, JB_TR("Cli", "Need one file name, --worker and --vacancy"));
    QDate today;
    if (int code = readToday(parser, io, today); code >= 0)
        return code;
    QDate day = today;
    qint64 vacancy = 0;
    if (int code = readDay(parser, io, "date", day); code >= 0)
        return code;
    if (int code = readNumber(parser, io, "vacancy", vacancy); code >= 0)
        return code;
    std::unique_ptr<Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    const Expected<qint64> worker = findWorkerByIdNumber(file->connection(), parser.value(QStringLiteral("worker")));
    if (!worker)
        return io.fail(BadData, worker.error());
    const Expected<ReferralChange> r = startReferral(file->connection(), *worker, vacancy, day);
    if (!r)
        return io.fail(BadData, r.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(io, {{QStringLiteral("id"), r->referralId}});
    else
        io.out() << r->referralId << Qt::endl;
    return Success;
}

namespace {

// Runs the stage or exit named by --stage; the change or core's refusal.
Expected<ReferralChange> applyStage(QSqlDatabase db, const QString& stage, qint64 id, const QDate& day,
                                    const QString& reason, const ContractTerms& terms)
{
    if (const std::optional<ReferralStage> s = referralStageFromKey(stage))
        return moveReferral(db, id, *s, day, reason, terms);
    const std::optional<ReferralExit> exit = referralExitFromKey(stage);
    if (exit == ReferralExit::HiredElsewhere)
        return closeAsHiredElsewhere(db, {id}, day);
    return exitReferral(db, id, *exit, day, reason);
}

int readTerms(const QCommandLineParser& parser, CliOutput& io, ContractTerms& terms)
{
    if (int code = readDay(parser, io, "start", terms.startsOn); code >= 0)
        return code;
    for (const char* name : {"wage", "term"}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        qint64 n = 0;
        if (int code = readNumber(parser, io, name, n); code >= 0)
            return code;
        (qstrcmp(name, "wage") == 0 ? terms.monthlyWage : terms.termMonths) = static_cast<int>(n);
    }
    return -1;
}

} // namespace

int runReferral(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    parser.addOptions({valued("id", JB_TR("Cli", "The referral's id"), "N"),
                       valued("stage",
                              JB_TR("Cli", "recommended, interviewed, intention, contract, left, declined, rejected, "
                                           "withdrawn or hired_elsewhere"),
                              "STAGE"),
                       valued("date", JB_TR("Cli", "The day it happened"), "YYYY-MM-DD"),
                       valued("reason", JB_TR("Cli", "The reason's code (leaving and side exits)"), "CODE"),
                       valued("start", JB_TR("Cli", "A contract's first day (default: the day signed)"), "YYYY-MM-DD"),
                       valued("wage", JB_TR("Cli", "A contract's monthly wage in yuan"), "N"),
                       valued("term", JB_TR("Cli", "A contract's term in months"), "MONTHS"), jsonOption(),
                       todayOption()});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code =
            parseCommand(parser, QStringLiteral("referral"), JB_TR("Cli", "Move a referral to a stage"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    for (const char* required : {"id", "stage", "date"})
        if (!parser.isSet(QLatin1String(required)))
            return usageError(parser, io, JB_TR("Cli", "Need one file name and --%1").arg(QLatin1String(required)));
    const QString stage = parser.value(QStringLiteral("stage"));
    if (!referralStageFromKey(stage) && !referralExitFromKey(stage))
        return usageError(parser, io,
                          JB_TR("Cli", "--stage must be recommended, interviewed, intention, contract, left, "
                                       "declined, rejected, withdrawn or hired_elsewhere (got \"%1\"); stable "
                                       "employment follows from the contract by the rule")
                              .arg(stage));
    QDate today, day;
    qint64 id = 0;
    ContractTerms terms;
    if (int code = readToday(parser, io, today); code >= 0)
        return code;
    if (int code = readDay(parser, io, "date", day); code >= 0)
        return code;
    if (int code = readNumber(parser, io, "id", id); code >= 0)
        return code;
    if (int code = readTerms(parser, io, terms); code >= 0)
        return code;
    std::unique_ptr<Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    const Expected<ReferralChange> change =
        applyStage(file->connection(), stage, id, day, parser.value(QStringLiteral("reason")), terms);
    if (!change)
        return io.fail(BadData, change.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = changeJson(*change);
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("stage"), stage);
        addInsuranceOffer(file->connection(), id, *change, &o, io);
        printJson(io, o);
        return Success;
    }
    io.out() << (change->correction ? JB_TR("Cli", "Referral %1 corrected back to %2")
                                    : JB_TR("Cli", "Referral %1 is now at %2"))
                    .arg(id)
                    .arg(stage)
                    .text()
             << Qt::endl;
    printOffers(io, *change);
    addInsuranceOffer(file->connection(), id, *change, nullptr, io);
    return Success;
}

int runFollowUps(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    parser.addOptions({jsonOption(), todayOption()});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("followups"),
                                JB_TR("Cli", "Retention checks due and stale referrals"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    QDate today;
    if (int code = readToday(parser, io, today); code >= 0)
        return code;
    std::unique_ptr<Database> file;
    if (int code = openFile(parser, io, file, Access::Read); code >= 0)
        return code;
    const Expected<QVector<FollowUpDue>> due = followUpsDue(file->connection(), today);
    if (!due)
        return io.fail(BadData, due.error());
    const Expected<QVector<StaleReferral>> stale = staleReferrals(file->connection(), today);
    if (!stale)
        return io.fail(BadData, stale.error());
    QJsonArray dueJson, staleJson;
    for (const FollowUpDue& d : *due)
        dueJson.append(QJsonObject{{QStringLiteral("referral_id"), d.referralId},
                                   {QStringLiteral("worker_id"), d.workerId},
                                   {QStringLiteral("name"), d.workerName},
                                   {QStringLiteral("enterprise"), d.enterpriseName},
                                   {QStringLiteral("post"), d.postTitle},
                                   {QStringLiteral("contract_start"), d.contractStart.toString(Qt::ISODate)},
                                   {QStringLiteral("months"), d.months},
                                   {QStringLiteral("due"), d.dueOn.toString(Qt::ISODate)},
                                   {QStringLiteral("attempts"), d.attempts}});
    for (const StaleReferral& s : *stale)
        staleJson.append(QJsonObject{{QStringLiteral("referral_id"), s.referralId},
                                     {QStringLiteral("worker_id"), s.workerId},
                                     {QStringLiteral("name"), s.workerName},
                                     {QStringLiteral("post"), s.postTitle},
                                     {QStringLiteral("stage"), s.stage},
                                     {QStringLiteral("stage_on"), s.stageOn.toString(Qt::ISODate)},
                                     {QStringLiteral("days_at_stage"), s.daysAtStage}});
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(io, {{QStringLiteral("today"), today.toString(Qt::ISODate)},
                       {QStringLiteral("followups_due"), dueJson},
                       {QStringLiteral("stale"), staleJson}});
        return Success;
    }
    io.out() << JB_TR("Cli", "%1 retention checks due, %2 stale referrals").arg(due->size()).arg(stale->size()).text()
             << Qt::endl;
    for (const FollowUpDue& d : *due)
        io.out() << d.referralId << QStringLiteral("  ") << d.dueOn.toString(Qt::ISODate) << QStringLiteral("  ")
                 << JB_TR("Cli", "%1-month check").arg(d.months).text() << QStringLiteral("  ") << d.workerName
                 << QStringLiteral("  ") << d.enterpriseName << QStringLiteral("  ") << d.postTitle << Qt::endl;
    for (const StaleReferral& s : *stale)
        io.out() << s.referralId << QStringLiteral("  ") << s.stage << QStringLiteral("  ")
                 << JB_TR("Cli", "%1 days at this stage").arg(s.daysAtStage).text() << QStringLiteral("  ")
                 << s.workerName << QStringLiteral("  ") << s.postTitle << Qt::endl;
    return Success;
}

} // namespace jb::cli
