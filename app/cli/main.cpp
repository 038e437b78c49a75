// jobbridge-cli: the same work as the GUI, headless, for scripts and tests.

#include "app/cli/CliCommands.h"
#include "app/cli/CliExport.h"
#include "app/cli/CliImport.h"
#include "app/cli/CliLock.h"
#include "app/cli/CliMetrics.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CliPackage.h"
#include "app/cli/CliRecords.h"
#include "app/cli/CliReport.h"

#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QGuiApplication>

#include <memory>

namespace {

// Removes "--lang X" or "--lang=X" from `args` and returns X ("" when absent; "?" when the value is missing).
QString takeLanguageOption(QStringList& args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            const QString value = args.takeAt(i).mid(7);
            return value.isEmpty() ? QStringLiteral("?") : value;
        }
        if (args.at(i) == QLatin1String("--lang")) {
            args.removeAt(i);
            return i < args.size() ? args.takeAt(i) : QStringLiteral("?");
        }
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    // `report` paints a PDF, which needs a QGuiApplication: offscreen when no display is set.
    const bool gui = argc > 1 && jb::cli::needsGui(QString::fromLocal8Bit(argv[1]));
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    const std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jobbridge-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JB_VERSION));
    jb::cli::CliOutput io;

    QStringList args = QCoreApplication::arguments().mid(1);
    // --lang zh_CN|en may stand anywhere; without it, JOBBRIDGE_LANG, then the system locale (as the GUI chooses).
    const QString language = jb::core::chooseLanguage(takeLanguageOption(args), qEnvironmentVariable("JOBBRIDGE_LANG"),
                                                      QLocale::system());
    if (language.isEmpty())
        return io.fail(jb::cli::Usage, QStringLiteral("--lang: zh_CN | en"));
    if (const jb::core::Message failed = jb::core::installCoreTranslation(language); !failed.isEmpty())
        return io.fail(jb::cli::BadData, failed.text());
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
    return io.fail(jb::cli::Usage, QStringLiteral("未知命令“%1” / Unknown command \"%1\"\n\n").arg(command) +
                                       jb::cli::usageText());
}
