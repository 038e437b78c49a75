// The Settings page: what the file is, and file settings written through SettingsRepository.

#include "core/settings/SettingsRepository.h"
#include "core/storage/Database.h"
#include "ui/AppSettings.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/UiFixture.h"
#include "ui/settings/SettingsPage.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::MainWindow;
using jb::ui::SettingsPage;

TEST_CASE("The Settings page describes the open file", "[settings]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("describe.jobbridge"));
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    REQUIRE(window.openFile(path));
    const QWidget* page = window.page(QStringLiteral("settings"));
    REQUIRE(page);
    CHECK(child<QLabel>(page, QStringLiteral("filePath"))->text() ==
          QDir::toNativeSeparators(window.database()->path()));
    CHECK(child<QLabel>(page, QStringLiteral("schemaVersion"))->text() ==
          QString::number(window.database()->schemaVersion()));
    CHECK(window.database()->schemaVersion() > 0);
    const QString home = child<QLabel>(page, QStringLiteral("homeOrganisation"))->text();
    CHECK(home.contains(QStringLiteral("安徽省合肥市肥东县")));
    CHECK(home.contains(QStringLiteral("340122")));
    CHECK(child<QSpinBox>(page, QStringLiteral("promiseDays"))->value() == 7);
    CHECK(child<QSpinBox>(page, QStringLiteral("stableMonths"))->value() == 3);
}

TEST_CASE("Applying settings stores them in the file", "[settings]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("apply.jobbridge"));
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    QSignalSpy errors(&window, &MainWindow::errorShown);
    window.show();
    REQUIRE(window.openFile(path));
    REQUIRE(window.showPage(QStringLiteral("settings")));
    QWidget* page = window.page(QStringLiteral("settings"));

    auto* promise = child<QSpinBox>(page, QStringLiteral("promiseDays"));
    auto* stable = child<QSpinBox>(page, QStringLiteral("stableMonths"));
    auto* officer = child<QLineEdit>(page, QStringLiteral("officerName"));
    auto* apply = child<QPushButton>(page, QStringLiteral("applyFileSettings"));
    CHECK_FALSE(apply->isEnabled());

    promise->selectAll();
    QTest::keyClicks(promise, QStringLiteral("10"));
    CHECK(promise->value() == 10);
    stable->setValue(6);
    QTest::keyClicks(officer, QStringLiteral("Wang Fang"));
    CHECK(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(errors.isEmpty());
    CHECK_FALSE(apply->isEnabled());

    // Read back through core from a separate connection, as the next session would.
    auto reopened = jb::core::Database::open(path);
    REQUIRE(reopened);
    const jb::core::SettingsRepository settings((*reopened)->connection());
    CHECK(settings.intValue(SettingsPage::kPromiseDays, 0) == 10);
    CHECK(settings.intValue(SettingsPage::kStableMonths, 0) == 6);
    CHECK(settings.value(SettingsPage::kOfficerName) == QStringLiteral("Wang Fang"));
}

TEST_CASE("The language choice is kept for the next start", "[settings]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("language.jobbridge"), QStringLiteral("340122"), false);
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    REQUIRE(window.openFile(path));
    auto* language = child<QComboBox>(window.page(QStringLiteral("settings")), QStringLiteral("language"));
    CHECK(fx.settings().language().isEmpty());
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    CHECK(jb::ui::AppSettings(fx.settingsFile()).language() == QStringLiteral("zh_CN"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    CHECK(jb::ui::AppSettings(fx.settingsFile()).language() == QStringLiteral("en"));
}
