#include "app/cli/CliAudit.h"

#include "app/cli/CliParsing.h"
#include "core/auditlog/AuditQuery.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jb::cli {

namespace {

QJsonObject rowJson(const core::AuditRow& row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.id},           {QStringLiteral("when"), row.when.toString(Qt::ISODate)},
        {QStringLiteral("officer"), row.officer}, {QStringLiteral("action"), row.actionWords},
        {QStringLiteral("record"), row.record},   {QStringLiteral("field"), row.field},
        {QStringLiteral("old"), row.oldValue},    {QStringLiteral("new"), row.newValue},
        {QStringLiteral("note"), row.note}};
}

void printRow(CliOutput& io, const core::AuditRow& row)
{
    io.out() << QStringLiteral("#%1 %2 [%3] %4 %5")
                    .arg(row.id)
                    .arg(row.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), row.officer, row.actionWords,
                         row.record);
    if (!row.field.isEmpty())
        io.out() << QStringLiteral(" %1: %2 → %3").arg(row.field, row.oldValue, row.newValue);
    if (!row.note.isEmpty())
        io.out() << QStringLiteral(" (%1)").arg(row.note);
    io.out() << Qt::endl;
}

} // namespace

int runAudit(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption since(QStringLiteral("since"), JB_TR("Cli", "Only entries from this day on").text(),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text());
    parser.addOptions({since, json});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("audit"), JB_TR("Cli", "The audit log"), args, io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    core::AuditFilter filter;
    if (parser.isSet(since)) {
        filter.from = QDate::fromString(parser.value(since), Qt::ISODate);
        if (!filter.from.isValid())
            return usageError(
                parser, io, JB_TR("Cli", "--since must be a day as YYYY-MM-DD (got \"%1\")").arg(parser.value(since)));
    }
    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file, Access::Read); code >= 0)
        return code;
    const core::Expected<core::AuditQuery> query = core::AuditQuery::open(file->connection(), filter);
    if (!query)
        return io.fail(BadData, query.error());
    QJsonArray rows;
    const bool asJson = parser.isSet(json);
    const core::Status read = query->forEach([&](const core::AuditRow& row) {
        if (asJson)
            rows.append(rowJson(row));
        else
            printRow(io, row);
        return true;
    });
    if (!read)
        return io.fail(BadData, read.error());
    if (asJson)
        io.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return Success;
}

} // namespace jb::cli
