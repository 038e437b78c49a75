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
#include "app/cli/CliServices.h"
#include "app/cli/CliWarnings.h"
#include "core/domain/Officer.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <memory>
#include <utility>

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

// Each command's name and the function that runs it (app/cli/Cli*.h).
using Command = int (*)(const QStringList&, jb::cli::CliOutput&);
const std::pair<const char*, Command> kCommands[] = {
    {"init", &jb::cli::runInit},
    {"demo", &jb::cli::runDemo},
    {"stats", &jb::cli::runStats},
    {"metrics", &jb::cli::runMetrics},
    {"submit", &jb::cli::runSubmit},
    {"unlock", &jb::cli::runUnlock},
    {"report", &jb::cli::runReport},
    {"export", &jb::cli::runExport},
    {"import", &jb::cli::runImport},
    {"import-undo", &jb::cli::runImportUndo},
    {"import-batches", &jb::cli::runImportBatches},
    {"package", &jb::cli::runPackage},
    {"vacancy", &jb::cli::runVacancy},
    {"flag", &jb::cli::runFlag},
    {"check", &jb::cli::runCheck},
    {"backup", &jb::cli::runBackup},
    {"backups", &jb::cli::runBackups},
    {"restore", &jb::cli::runRestore},
    {"fair", &jb::cli::runFair},
    {"fairs", &jb::cli::runFairs},
    {"audit", &jb::cli::runAudit},
    {"refer", &jb::cli::runRefer},
    {"referral", &jb::cli::runReferral},
    {"followups", &jb::cli::runFollowUps},
    {"promise", &jb::cli::runPromise},
    {"settings", &jb::cli::runSettings},
    {"match", &jb::cli::runMatch},
    {"warnings", &jb::cli::runWarnings},
    {"services", &jb::cli::runServices},
    {"service", &jb::cli::runService},
};

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
    // Whose name the audit log records: $JOBBRIDGE_OFFICER, else the name the user gave the GUI, else the login.
    jb::core::setOfficerName(jb::core::officerNameFromUserSettings());
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
    for (const auto& [name, run] : kCommands) {
        if (command == QLatin1String(name))
            return run(args, io);
    }
    return io.fail(jb::cli::Usage, JB_TR("Cli", "Unknown command \"%1\"").arg(command).text() + QStringLiteral("\n\n") +
                                       jb::cli::usageText());
}
