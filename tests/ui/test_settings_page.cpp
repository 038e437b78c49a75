// The Settings page: what the file is, file settings written through SettingsRepository, and the program's own
// (the officer's name, which is the user's and goes into every file's audit log; the language).

#include "core/domain/Officer.h"
#include "core/settings/PlacementSettings.h"
#include "core/settings/SettingsRepository.h"
#include "core/storage/Database.h"
#include "ui/AppSettings.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/UiFixture.h"
#include "ui/audit/OfficerNameDialog.h"
#include "ui/settings/SettingsPage.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

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
    auto* apply = child<QPushButton>(page, QStringLiteral("applyFileSettings"));
    CHECK_FALSE(apply->isEnabled());

    promise->selectAll();
    QTest::keyClicks(promise, QStringLiteral("10"));
    CHECK(promise->value() == 10);
    stable->setValue(6);
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
}

TEST_CASE("The officer's name is the user's: kept in the program's settings and recorded in every file", "[settings]")
{
    UiFixture fx;
    const QString first = fx.createFile(QStringLiteral("first.jobbridge"));
    const QString second = fx.createFile(QStringLiteral("second.jobbridge"));
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    window.show();
    REQUIRE(window.openFile(first));
    auto* officer = child<QLineEdit>(window.page(QStringLiteral("settings")), QStringLiteral("officerName"));
    CHECK(officer->text().isEmpty());
    CHECK(officer->placeholderText().contains(jb::core::systemUserName()));
    officer->setText(QStringLiteral("王芳"));
    emit officer->editingFinished();
    CHECK(jb::ui::AppSettings(fx.settingsFile()).officerName() == QStringLiteral("王芳"));
    CHECK(jb::core::currentOfficer() == QStringLiteral("王芳"));

    // Another file opened here records the same officer; nothing about the name is stored in either file.
    REQUIRE(window.openFile(second));
    REQUIRE(window.showPage(QStringLiteral("settings")));
    CHECK(officer->text() == QStringLiteral("王芳"));
    auto* stable = child<QSpinBox>(window.page(QStringLiteral("settings")), QStringLiteral("stableMonths"));
    stable->setValue(6);
    REQUIRE(qobject_cast<SettingsPage*>(window.page(QStringLiteral("settings")))->apply());
    QSqlQuery q(window.database()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT officer FROM audit_log WHERE field = 'stable_months'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("王芳"));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'officer'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);

    // A name given elsewhere (the first-run question) is the one the page shows when it is shown again.
    REQUIRE(window.showPage(QStringLiteral("dashboard")));
    jb::ui::OfficerNameDialog::store(fx.settings(), QStringLiteral("李强"));
    REQUIRE(window.showPage(QStringLiteral("settings")));
    CHECK(officer->text() == QStringLiteral("李强"));

    // Cleared: the login name again.
    officer->clear();
    emit officer->editingFinished();
    CHECK(jb::core::currentOfficer() == jb::core::systemUserName());
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

TEST_CASE("The placement, warning and insurance rules are changed on the page, checked by core, audited and undone",
          "[settings][undo]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("rules.jobbridge"));
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    QStringList errors;
    QObject::connect(&window, &MainWindow::errorShown, [&errors](const QString& m) { errors << m; });
    window.show();
    REQUIRE(window.openFile(path));
    REQUIRE(window.showPage(QStringLiteral("settings")));
    QWidget* page = window.page(QStringLiteral("settings"));
    auto* apply = child<QPushButton>(page, QStringLiteral("applyFileSettings"));
    // Every rule the settings command reaches is on the page, with the file's values (core's defaults).
    auto* dayKind = child<QComboBox>(page, QStringLiteral("promiseDayKind"));
    auto* months = child<QLineEdit>(page, QStringLiteral("followUpMonths"));
    auto* premium = child<QDoubleSpinBox>(page, QStringLiteral("insurancePremium"));
    auto* share = child<QSpinBox>(page, QStringLiteral("insuranceProvinceShare"));
    CHECK(dayKind->currentText() == QStringLiteral("Calendar days"));
    CHECK(months->text() == QStringLiteral("3,6"));
    CHECK(child<QSpinBox>(page, QStringLiteral("staleDays"))->value() == 14);
    CHECK(child<QSpinBox>(page, QStringLiteral("offerContacts"))->value() == 3);
    CHECK(child<QSpinBox>(page, QStringLiteral("declinesBeforeUnwilling"))->value() == 3);
    CHECK(child<QSpinBox>(page, QStringLiteral("staleWorkerDays"))->value() == 90);
    CHECK(child<QSpinBox>(page, QStringLiteral("staleEnterpriseDays"))->value() == 90);
    CHECK(child<QSpinBox>(page, QStringLiteral("paceAmberRatio"))->value() == 90);
    CHECK(premium->value() == 50);
    CHECK(share->value() == 50);
    CHECK(child<QLabel>(page, QStringLiteral("insuranceSplit"))->text() ==
          QStringLiteral("Each enrolment: province 25 yuan, city 25 yuan"));
    CHECK_FALSE(apply->isEnabled());

    // A value core refuses: nothing is stored and the refusal names the setting by its label.
    months->setText(QStringLiteral("0"));
    REQUIRE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().startsWith(QStringLiteral("Retention checks, in months after the contract starts must be")));
    CHECK(window.undoStack()->count() == 0);
    months->setText(QStringLiteral("3,6"));
    errors.clear();

    // Working days and a premium of 60 with the province paying 40 %: one change, audited, named on the Edit menu.
    dayKind->setCurrentIndex(dayKind->findData(QStringLiteral("working")));
    premium->setValue(60);
    share->setValue(40);
    CHECK(child<QLabel>(page, QStringLiteral("insuranceSplit"))->text() ==
          QStringLiteral("Each enrolment: province 24 yuan, city 36 yuan"));
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(errors.isEmpty());
    CHECK_FALSE(apply->isEnabled());
    const auto read = [&window](const QString& key) {
        return jb::core::SettingsRepository(window.database()->connection()).value(key);
    };
    CHECK(read(jb::core::setting::promiseDayKind) == QStringLiteral("working"));
    CHECK(read(jb::core::setting::insurancePremium) == QStringLiteral("60"));
    CHECK(read(jb::core::setting::insuranceProvinceShare) == QStringLiteral("0.4"));
    QSqlQuery audit(window.database()->connection());
    REQUIRE(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'settings' AND field IN "
                                      "('promise_day_kind', 'insurance_premium_yuan', 'insurance_province_share')")));
    REQUIRE(audit.next());
    CHECK(audit.value(0).toInt() == 3);
    REQUIRE(window.undoStack()->count() == 1);
    CHECK(window.undoStack()->undoText() == QStringLiteral("Change the settings"));

    window.undoStack()->undo();
    CHECK(read(jb::core::setting::promiseDayKind) == QStringLiteral("calendar"));
    CHECK(read(jb::core::setting::insurancePremium) == QStringLiteral("50"));
    CHECK(read(jb::core::setting::insuranceProvinceShare) == QStringLiteral("0.5"));
    CHECK(dayKind->currentText() == QStringLiteral("Calendar days"));
    CHECK(premium->value() == 50);
    CHECK_FALSE(apply->isEnabled());
    window.undoStack()->redo();
    CHECK(read(jb::core::setting::insurancePremium) == QStringLiteral("60"));
    CHECK(share->value() == 40);
    CHECK(errors.isEmpty());
}
