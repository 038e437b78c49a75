// Test runner for the UI suite. The offscreen platform must be chosen before QApplication exists, because
// catch_discover_tests runs this binary at build time on machines without a display.

#define CATCH_CONFIG_RUNNER
#include "ui/Localisation.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

// The offscreen platform warns on every window that it cannot pass size hints on; that says nothing about us.
QtMessageHandler g_defaultHandler = nullptr;

void filterMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(filterMessages);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JobBridgeTests"));
    QApplication::setApplicationName(QStringLiteral("jb_ui_tests"));

    // Any QSettings a test forgets to redirect lands in a scratch folder, never in the user's settings.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());

    // The tests read English source strings; one test installs the Chinese translation itself.
    jb::ui::Localisation::install(app, jb::ui::Localisation::kEnglish);
    jb::ui::Localisation::applyChineseFont(app);

    return Catch::Session().run(argc, argv);
}
