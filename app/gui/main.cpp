// The GUI program: parses the command line, sets up language and fonts, and hands over to jb::ui::MainWindow.

#include "core/domain/Officer.h"
#include "screenshots/ScreenshotRenderer.h"
#include "ui/AppSettings.h"
#include "ui/Localisation.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Translation context of the command-line texts.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void printTo(FILE* stream, const QString& message)
{
    std::fputs((message + QLatin1Char('\n')).toLocal8Bit().constData(), stream);
}

// The platform plugin is chosen when QApplication is constructed, so this looks at argv before Qt does.
bool wantsScreenshots(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshots") == 0 || std::strncmp(argv[i], "--screenshots=", 14) == 0)
            return true;
    return false;
}

// Translations must be installed before the help text is built, so --lang is read ahead of the parser.
QString requestedLanguage(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == option)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QStringLiteral("?");
        if (arguments.at(i).startsWith(option + QLatin1Char('=')))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}

// JOBBRIDGE_QUIT_AFTER_PAINT=1: prints the time from the start of main() to the first painting of the page on
// screen and quits (the cold start measured in docs/reliability.md; the checks running behind are cancelled).
class FirstPaintTimer final : public QObject
{
public:
    explicit FirstPaintTimer(QObject* parent) : QObject(parent) { m_clock.start(); }
    void watch(QWidget* widget) { widget->installEventFilter(this); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            printTo(stderr, QStringLiteral("first paint after %1 ms").arg(m_clock.elapsed()));
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    bool m_done = false;
};

// `jobbridge --screenshots DIR`: opens `dbFile` (if given), renders every page and dialog into `folder`, prints the
// files written; 1 when the file cannot be opened or a picture cannot be made.
int renderScreenshots(jb::ui::MainWindow& window, const QString& dbFile, const QString& folder)
{
    QString failure;
    window.setModalDialogsEnabled(false);
    QObject::connect(&window, &jb::ui::MainWindow::errorShown, &window,
                     [&failure](const QString& message) { failure = message; });
    if (!dbFile.isEmpty() && !window.openFile(dbFile)) {
        printTo(stderr, failure);
        return 1;
    }
    jb::ui::ScreenshotRenderer renderer(folder);
    const QStringList written = renderer.renderAll(window);
    for (const QString& file : written)
        printTo(stdout, QDir::toNativeSeparators(file));
    if (!renderer.error().isEmpty()) {
        printTo(stderr, renderer.error());
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    auto* firstPaint = qEnvironmentVariableIsSet("JOBBRIDGE_QUIT_AFTER_PAINT") ? new FirstPaintTimer(nullptr) : nullptr;
    const bool screenshots = wantsScreenshots(argc, argv);
    if (screenshots)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JobBridge"));
    QApplication::setApplicationName(QStringLiteral("jobbridge"));
    QApplication::setApplicationVersion(QStringLiteral(JB_VERSION));

    // Screenshots never touch the officer's own preferences (recent files, window layout).
    QTemporaryDir scratch;
    std::unique_ptr<jb::ui::AppSettings> settings =
        screenshots ? std::make_unique<jb::ui::AppSettings>(scratch.filePath(QStringLiteral("settings.ini")))
                    : std::make_unique<jb::ui::AppSettings>();

    const QString requested = requestedLanguage(QApplication::arguments());
    const QString language = jb::ui::Localisation::choose(requested, settings->language(), QLocale::system());
    if (const QString error =
            jb::ui::Localisation::install(app, language.isEmpty() ? jb::ui::Localisation::kEnglish : language);
        !error.isEmpty())
        printTo(stderr, error);
    jb::ui::Localisation::applyChineseFont(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("JobBridge: the employment assistance ledger of a trade-union federation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), CommandLine::tr("Open FILE instead of the last file."),
                                      CommandLine::tr("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), CommandLine::tr("Interface language: zh_CN or en (default: the system language)."),
        CommandLine::tr("LANG"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshots"), CommandLine::tr("Save every page as DIR/<page>.png at 1366×768, then exit."),
        CommandLine::tr("DIR"));
    parser.addOptions({dbOption, langOption, screenshotOption});
    parser.process(app);

    if (language.isEmpty()) {
        printTo(stderr, CommandLine::tr("Unknown language \"%1\": use zh_CN or en.").arg(parser.value(langOption)));
        return 2;
    }

    // Whose name the audit log records: the user's own (asked on the first run, changed in Settings).
    jb::core::setOfficerName(settings->officerName());
    jb::ui::MainWindow window(*settings);
    // The officer's name is asked of a person, never of a screenshot run.
    window.setAsksOfficerName(!screenshots);
    const QString dbFile = parser.value(dbOption);

    if (screenshots)
        return renderScreenshots(window, dbFile, parser.value(screenshotOption));

    // The file opens read-only at once; SQLite's checks and the day's backup run behind (MainWindow).
    window.setChecksInBackground(true);
    window.restoreWindow();
    window.show();
    if (!dbFile.isEmpty())
        window.openFile(dbFile);
    else
        window.reopenLastFile();
    // JOBBRIDGE_QUIT_AFTER_CHECKS=1: quits when the checks and the day's backup are done (with JOBBRIDGE_TIMING=1
    // they print their times: the background figures of docs/reliability.md).
    if (qEnvironmentVariableIsSet("JOBBRIDGE_QUIT_AFTER_CHECKS"))
        QTimer::singleShot(0, &window, [&window] {
            window.waitForFileChecks();
            QCoreApplication::quit();
        });
    if (firstPaint) {
        firstPaint->setParent(&window);
        if (jb::ui::Page* shown = window.page(QStringLiteral("dashboard")))
            firstPaint->watch(shown);
    }
    return QApplication::exec();
}
