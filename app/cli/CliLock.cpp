#include "app/cli/CliLock.h"

#include "app/cli/CliParsing.h"
#include "core/reports/MonthLock.h"
#include "core/reports/ReportMonths.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>

namespace jb::cli {

using namespace jb::core;

namespace {

struct LockArgs
{
    std::unique_ptr<Database> file;
    Organisation org;
    QString month;
    QDate today;
};

// Parses DB --month [--org] [--today] plus `extra`; returns -1 and fills `out` to go on, else an exit code.
int parseLock(const QString& command, const core::Message& synopsis, const QStringList& args, CliOutput& io,
              QCommandLineParser& parser, const QList<QCommandLineOption>& extra, LockArgs& out)
{
    const QCommandLineOption month(QStringLiteral("month"), JB_TR("Cli", "The month").text(),
                                   QStringLiteral("YYYY-MM"));
    parser.addOptions({month, orgOption(), todayOption()});
    parser.addOptions(extra);
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, command, synopsis, args, io); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(month))
        return usageError(parser, io, JB_TR("Cli", "Need one file name and --month"));
    if (int code = readToday(parser, io, out.today); code >= 0)
        return code;
    if (int code = openWithOrganisation(parser, io, out.file, out.org); code >= 0)
        return code;
    out.month = parser.value(month);
    return -1;
}

} // namespace

int runSubmit(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    LockArgs a;
    if (int code =
            parseLock(QStringLiteral("submit"), JB_TR("Cli", "Submit and lock a month"), args, io, parser, {}, a);
        code >= 0)
        return code;
    // The months the Reports page offers, and no other, with the page's reason.
    if (Status s = checkReportMonth(a.file->connection(), a.org.id, a.month, a.today); !s)
        return io.fail(BadData, s.error());
    if (Status s = submitMonth(a.file->connection(), a.org.id, a.month, a.today); !s)
        return io.fail(BadData, s.error());
    io.out() << JB_TR("Cli", "%1 %2 submitted and locked").arg(a.org.name).arg(a.month).text() << Qt::endl;
    return Success;
}

int runUnlock(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"), JB_TR("Cli", "Why the month is unlocked").text(),
                                    QStringLiteral("TEXT"));
    LockArgs a;
    if (int code = parseLock(QStringLiteral("unlock"), JB_TR("Cli", "Unlock a submitted month"), args, io, parser,
                             {reason}, a);
        code >= 0)
        return code;
    if (!parser.isSet(reason))
        return io.fail(Usage, JB_TR("Cli", "Need --reason"));
    if (Status s = unlockMonth(a.file->connection(), a.org.id, a.month, parser.value(reason)); !s)
        return io.fail(BadData, s.error());
    io.out() << JB_TR("Cli", "%1 %2 unlocked").arg(a.org.name).arg(a.month).text() << Qt::endl;
    return Success;
}

} // namespace jb::cli
