#include "app/cli/CliParsing.h"

#include "core/domain/Clock.h"
#include "core/organisations/OrganisationRepository.h"

#include <QLocale>

namespace jb::cli {

int parseCommand(QCommandLineParser& parser, const QString& command, const core::Message& synopsis,
                 const QStringList& args, CliOutput& io)
{
    parser.setApplicationDescription(synopsis.text());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  JB_TR("Cli", "Show this command's usage").text());
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("jobbridge-cli ") + command} + args))
        return io.fail(Usage, parser.errorText() + QStringLiteral("\n\n") + parser.helpText());
    if (parser.isSet(help)) {
        io.out() << parser.helpText();
        return Success;
    }
    return -1;
}

int usageError(const QCommandLineParser& parser, CliOutput& io, const core::Message& why)
{
    return io.fail(Usage, why.text() + QStringLiteral("\n\n") + parser.helpText());
}

bool inChinese()
{
    return QLocale().language() == QLocale::Chinese;
}

QString localName(const QString& zh, const QString& en)
{
    return inChinese() || en.isEmpty() ? zh : en;
}

QCommandLineOption todayOption()
{
    return QCommandLineOption(QStringLiteral("today"), JB_TR("Cli", "Count as of this day (default: today)").text(),
                              QStringLiteral("YYYY-MM-DD"));
}

int readToday(const QCommandLineParser& parser, CliOutput& io, QDate& today)
{
    if (parser.isSet(QStringLiteral("today"))) {
        const QDate day = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!day.isValid())
            return io.fail(Usage, JB_TR("Cli", "--today must be YYYY-MM-DD"));
        // Every rule the command runs counts from this day, not only the ones handed `today`.
        core::Clock::pin(day);
    }
    today = core::Clock::today();
    return -1;
}

QCommandLineOption orgOption()
{
    return QCommandLineOption(QStringLiteral("org"),
                              JB_TR("Cli", "Organisation code (default: the home organisation)").text(),
                              QStringLiteral("CODE"));
}

int openFile(const QCommandLineParser& parser, CliOutput& io, std::unique_ptr<core::Database>& file, Access access)
{
    return openPath(parser.positionalArguments().constFirst(), io, file, access);
}

int openWithOrganisation(const QCommandLineParser& parser, CliOutput& io, std::unique_ptr<core::Database>& file,
                         core::Organisation& organisation, Access access)
{
    if (int code = openFile(parser, io, file, access); code >= 0)
        return code;
    core::OrganisationRepository orgs(file->connection());
    const QString code = parser.value(QStringLiteral("org"));
    const core::Expected<core::Organisation> found = code.isEmpty() ? orgs.home() : orgs.byCode(code);
    if (!found)
        return io.fail(BadData, found.error());
    organisation = *found;
    return -1;
}

} // namespace jb::cli
