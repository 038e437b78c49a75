// jobbridge-cli: the same work as the GUI, headless, for scripts and tests.

#include "app/cli/CliAudit.h"
#include "app/cli/CliBackup.h"
#include "app/cli/CliCommands.h"
#include "app/cli/CliExport.h"
#include "app/cli/CliFairs.h"
#include "app/cli/CliImport.h"
#include "app/cli/CliLock.h"
#include "app/cli/CliMetrics.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CliPackage.h"
#include "app/cli/CliPlacement.h"
#include "app/cli/CliRecords.h"
#include "app/cli/CliReport.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <memory>

namespace {

// Removes "--lang X" or "--lang=X" from `args` and returns X ("" when absent; "?" when the value is missing).
// "zh", which `report --lang` took before --lang applied to every command, still means zh_CN.
QString takeLanguageOption(QStringList& args)
{
    QString value;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            value = args.takeAt(i).mid(7);
            value = value.isEmpty() ? QStringLiteral("?") : value;
            break;
        }
        if (args.at(i) == QLatin1String("--lang")) {
            args.removeAt(i);
            value = i < args.size() ? args.takeAt(i) : QStringLiteral("?");
            break;
        }
    }
    return value == QLatin1String("zh") ? jb::core::kChinese : value;
}

// Chooses the language and installs its translation. Returns -1 to go on, or the exit code after saying why; an
// unknown --lang is refused in the language the CLI would have spoken without it.
int installLanguage(QStringList& args, jb::cli::CliOutput& io)
{
    const QString requested = takeLanguageOption(args);
    const QString stored = qEnvironmentVariable("JOBBRIDGE_LANG");
    QString language = jb::core::chooseLanguage(requested, stored, QLocale::system());
    const bool refused = language.isEmpty();
    if (refused)
        language = jb::core::chooseLanguage(QString(), stored, QLocale::system());
    if (const jb::core::Message failed = jb::core::installCoreTranslation(language); !failed.isEmpty())
        return io.fail(jb::cli::BadData, failed);
    if (refused)
        return io.fail(jb::cli::Usage, JB_TR("Cli", "--lang must be zh_CN or en (got \"%1\")").arg(requested));
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    // `report` paints a PDF, which needs a QGuiApplication: offscreen when no display is set. The command is the
    // first argument once --lang (which may come first) is set aside.
    QStringList commandLine;
    for (int i = 1; i < argc; ++i)
        commandLine << QString::fromLocal8Bit(argv[i]);
    takeLanguageOption(commandLine);
    const bool gui = !commandLine.isEmpty() && jb::cli::needsGui(commandLine.constFirst());
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jobbridge-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JB_VERSION));
    jb::cli::CliOutput io;

    QStringList args = QCoreApplication::arguments().mid(1);
    // --lang zh_CN|en may stand anywhere; without it, JOBBRIDGE_LANG, then the system locale (as the GUI chooses).
    if (int code = installLanguage(args, io); code >= 0)
        return code;
    if (args.isEmpty())
        return io.fail(jb::cli::Usage, jb::cli::usageText());
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        io.out() << jb::cli::usageText() << Qt::endl;
        return jb::cli::Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        io.out() << "jobbridge-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return jb::cli::Success;
    }
    if (command == QLatin1String("init"))
        return jb::cli::runInit(args, io);
    if (command == QLatin1String("demo"))
        return jb::cli::runDemo(args, io);
    if (command == QLatin1String("stats"))
        return jb::cli::runStats(args, io);
    if (command == QLatin1String("metrics"))
        return jb::cli::runMetrics(args, io);
    if (command == QLatin1String("submit"))
        return jb::cli::runSubmit(args, io);
    if (command == QLatin1String("unlock"))
        return jb::cli::runUnlock(args, io);
    if (command == QLatin1String("report"))
        return jb::cli::runReport(args, io);
    if (command == QLatin1String("export"))
        return jb::cli::runExport(args, io);
    if (command == QLatin1String("import"))
        return jb::cli::runImport(args, io);
    if (command == QLatin1String("import-undo"))
        return jb::cli::runImportUndo(args, io);
    if (command == QLatin1String("import-batches"))
        return jb::cli::runImportBatches(args, io);
    if (command == QLatin1String("package"))
        return jb::cli::runPackage(args, io);
    if (command == QLatin1String("vacancy"))
        return jb::cli::runVacancy(args, io);
    if (command == QLatin1String("flag"))
        return jb::cli::runFlag(args, io);
    if (command == QLatin1String("check"))
        return jb::cli::runCheck(args, io);
    if (command == QLatin1String("backup"))
        return jb::cli::runBackup(args, io);
    if (command == QLatin1String("backups"))
        return jb::cli::runBackups(args, io);
    if (command == QLatin1String("restore"))
        return jb::cli::runRestore(args, io);
    if (command == QLatin1String("fair"))
        return jb::cli::runFair(args, io);
    if (command == QLatin1String("fairs"))
        return jb::cli::runFairs(args, io);
    if (command == QLatin1String("audit"))
        return jb::cli::runAudit(args, io);
    if (command == QLatin1String("refer"))
        return jb::cli::runRefer(args, io);
    if (command == QLatin1String("referral"))
        return jb::cli::runReferral(args, io);
    if (command == QLatin1String("followups"))
        return jb::cli::runFollowUps(args, io);
    if (command == QLatin1String("promise"))
        return jb::cli::runPromise(args, io);
    if (command == QLatin1String("settings"))
        return jb::cli::runSettings(args, io);
    if (command == QLatin1String("match"))
        return jb::cli::runMatch(args, io);
    return io.fail(jb::cli::Usage, JB_TR("Cli", "Unknown command \"%1\"").arg(command).text() + QStringLiteral("\n\n") +
                                       jb::cli::usageText());
}
