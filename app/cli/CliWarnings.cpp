#include "app/cli/CliWarnings.h"

#include "app/cli/CliParsing.h"
#include "core/warnings/Warnings.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jb::cli {

using namespace jb::core;

namespace {

QJsonObject recordJson(const WarningRecord& r)
{
    QJsonObject o{{QStringLiteral("what"), r.what},
                  {QStringLiteral("who"), r.who},
                  {QStringLiteral("enterprise"), r.enterprise},
                  {QStringLiteral("started_on"), r.startedOn.toString(Qt::ISODate)},
                  {QStringLiteral("days_overdue"), r.daysOverdue},
                  {QStringLiteral("subject_id"), r.subjectId},
                  {QStringLiteral("opens"),
                   QJsonObject{{QStringLiteral("kind"), r.opens == WarningOpens::Worker ? QStringLiteral("worker")
                                                                                        : QStringLiteral("enterprise")},
                               {QStringLiteral("id"), r.openId}}}};
    if (r.amountYuan)
        o.insert(QStringLiteral("amount_yuan"), *r.amountYuan);
    if (r.peopleAffected)
        o.insert(QStringLiteral("people_affected"), *r.peopleAffected);
    return o;
}

QJsonObject sectionJson(const WarningSectionList& s)
{
    QJsonArray records;
    for (const WarningRecord& r : s.records)
        records.append(recordJson(r));
    return {{QStringLiteral("key"), warningSectionKey(s.section)},
            {QStringLiteral("name"), warningSectionName(s.section).text()},
            {QStringLiteral("built"), s.built},
            {QStringLiteral("count"), s.built ? QJsonValue(s.count) : QJsonValue()},
            {QStringLiteral("records"), records}};
}

void printText(CliOutput& io, const QDate& today, const QVector<WarningSectionList>& all)
{
    io.out() << JB_TR("Cli", "Early warning on %1").arg(today.toString(Qt::ISODate)).text() << Qt::endl;
    for (const WarningSectionList& s : all) {
        io.out() << Qt::endl
                 << warningSectionName(s.section).text() << QStringLiteral(" (") << warningSectionKey(s.section)
                 << QStringLiteral("): ") << (s.built ? QString::number(s.count) : JB_TR("Cli", "not built yet").text())
                 << Qt::endl;
        for (const WarningRecord& r : s.records)
            io.out() << QStringLiteral("  ") << r.startedOn.toString(Qt::ISODate) << QStringLiteral("  ")
                     << JB_TR("Cli", "%1 days").arg(r.daysOverdue).text() << QStringLiteral("  ") << r.who
                     << QStringLiteral("  ") << r.what << Qt::endl;
        if (s.count > s.records.size())
            io.out() << QStringLiteral("  ") << JB_TR("Cli", "… and %1 more").arg(s.count - s.records.size()).text()
                     << Qt::endl;
    }
}

} // namespace

int runWarnings(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   JB_TR("Cli", "Records per section, the most overdue first (default 200)").text(),
                                   QStringLiteral("N"));
    parser.addOptions(
        {limit, QCommandLineOption(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text()), todayOption()});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("warnings"),
                                JB_TR("Cli", "Early warning: what needs attention today, by section"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    int perSection = 200;
    if (parser.isSet(limit)) {
        bool ok = false;
        perSection = parser.value(limit).toInt(&ok);
        if (!ok || perSection < 0)
            return usageError(parser, io, JB_TR("Cli", "--limit must be a whole number from 0"));
    }
    QDate today;
    if (int code = readToday(parser, io, today); code >= 0)
        return code;
    std::unique_ptr<Database> file;
    if (int code = openFile(parser, io, file, Access::Read); code >= 0)
        return code;
    const Expected<QVector<WarningSectionList>> all = allWarnings(file->connection(), today, perSection);
    if (!all)
        return io.fail(BadData, all.error());
    if (!parser.isSet(QStringLiteral("json"))) {
        printText(io, today, *all);
        return Success;
    }
    QJsonArray sections;
    for (const WarningSectionList& s : *all)
        sections.append(sectionJson(s));
    const QJsonObject o{{QStringLiteral("today"), today.toString(Qt::ISODate)}, {QStringLiteral("sections"), sections}};
    io.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace jb::cli
