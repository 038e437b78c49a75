#include "app/cli/CliParsing.h"

namespace jb::cli {

int parseCommand(QCommandLineParser& parser, const QString& command, const QString& synopsis,
                 const QStringList& args, CliOutput& io)
{
    parser.setApplicationDescription(synopsis);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("显示本命令的用法 / Show this command's usage"));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("jobbridge-cli ") + command} + args))
        return io.fail(Usage, parser.errorText() + QStringLiteral("\n\n") + parser.helpText());
    if (parser.isSet(help)) {
        io.out() << parser.helpText();
        return Success;
    }
    return -1;
}

} // namespace jb::cli
