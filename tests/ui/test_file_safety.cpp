// The main window's file safety as an officer meets it: a file another window has open is read-only with a banner
// naming who has it; a damaged file is refused with a dialog offering its newest good backup, which restores it;
// Back Up Now and Restore… in the File menu, which checks the backup chosen before it may be restored.

#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/UiFixture.h"
#include "ui/safety/FileSafetyDialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::MainWindow;

namespace {

void damage(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((file.size() / 2) & ~qint64(4095)));
    QByteArray junk(8192, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = static_cast<char>((i * 131 + 17) % 256);
    REQUIRE(file.write(junk) == junk.size());
}

QAction* fileAction(const MainWindow& window, const char* name)
{
    return child<QAction>(&window, QString::fromLatin1(name));
}

jb::core::Backups backupsOf(UiFixture& fx)
{
    return jb::core::Backups(fx.settings().backupsFolder());
}

} // namespace

TEST_CASE("A file another window has open is read-only, with a banner naming who has it", "[ui][safety]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("shared.jobbridge"));
    MainWindow first(fx.settings());
    first.setModalDialogsEnabled(false);
    REQUIRE(first.openFile(path));
    CHECK_FALSE(first.database()->isReadOnly());
    CHECK(child<jb::ui::ReadOnlyBanner>(&first, QStringLiteral("readOnlyBanner"))->isHidden());

    MainWindow second(fx.settings());
    second.setModalDialogsEnabled(false);
    second.show();
    REQUIRE(second.openFile(path));
    REQUIRE(second.database()->isReadOnly());
    auto* banner = child<jb::ui::ReadOnlyBanner>(&second, QStringLiteral("readOnlyBanner"));
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Read-only")));
    CHECK(banner->text().contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(second.windowTitle().contains(QStringLiteral("(read-only)")));
    CHECK_FALSE(fileAction(second, "importPackagesAction")->isEnabled());
    CHECK_FALSE(fileAction(second, "restoreAction")->isEnabled());
    CHECK(fileAction(second, "backUpAction")->isEnabled()); // a backup only reads
    CHECK(fileAction(first, "importPackagesAction")->isEnabled());

    // When the first window closes the file, opening it again here may write.
    first.closeFile();
    REQUIRE(second.openFile(path));
    CHECK_FALSE(second.database()->isReadOnly());
    CHECK(banner->isHidden());
    CHECK(fileAction(second, "restoreAction")->isEnabled());
}

TEST_CASE("Back Up Now writes a backup beside the settings; Restore… lists it and restores it", "[ui][safety]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("county.jobbridge"));
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    REQUIRE(window.openFile(path));
    // Opening took the daily backup; Back Up Now takes another.
    const jb::core::Backups backups = backupsOf(fx);
    CHECK(QFileInfo(backups.root()).absolutePath() == QFileInfo(fx.settingsFile()).absolutePath());
    REQUIRE(backups.list(path).size() == 1);
    REQUIRE(window.backUpNow());
    REQUIRE(backups.list(path).size() == 2);

    fileAction(window, "restoreAction")->trigger();
    auto* dialog = child<jb::ui::RestoreDialog>(&window, QStringLiteral("restoreDialog"));
    auto* list = child<QListWidget>(dialog, QStringLiteral("backupList"));
    CHECK(list->count() == 2);
    CHECK(dialog->selectedBackup() == backups.list(path).first().path);
    // 恢复 waits for the chosen backup's check.
    REQUIRE(QTest::qWaitFor([dialog] { return !dialog->isChecking(); }, 10000));
    CHECK(child<QLabel>(dialog, QStringLiteral("backupCheckNote"))->text().contains(QStringLiteral("integrity")));
    REQUIRE(child<QPushButton>(dialog, QStringLiteral("restoreButton"))->isEnabled());
    QSignalSpy opened(&window, &MainWindow::fileChanged);
    child<QPushButton>(dialog, QStringLiteral("restoreButton"))->click();
    CHECK(opened.count() >= 1);
    REQUIRE(window.database() != nullptr);
    CHECK(window.database()->path() == QFileInfo(path).absoluteFilePath());
    // The file it replaced was backed up first.
    CHECK(backups.list(path).size() == 3);
}

TEST_CASE("A damaged file is refused with a dialog offering the newest good backup, which restores it", "[ui][safety]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("county.jobbridge"));
    const jb::core::Backups backups = backupsOf(fx);
    MainWindow window(fx.settings());
    window.setModalDialogsEnabled(false);
    REQUIRE(window.openFile(path));
    REQUIRE(window.backUpNow());
    const QString good = backups.list(path).first().path;
    window.closeFile();
    damage(path);
    REQUIRE_FALSE(jb::core::Database::checkFile(path, false)->isEmpty());
    const QByteArray damaged = [&] {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    QSignalSpy errors(&window, &MainWindow::errorShown);
    CHECK_FALSE(window.openFile(path));
    CHECK(window.database() == nullptr);
    REQUIRE(errors.count() == 1);
    auto* dialog = child<jb::ui::DamagedFileDialog>(&window, QStringLiteral("damagedFileDialog"));
    const QString damageText = child<QLabel>(dialog, QStringLiteral("damageText"))->text();
    INFO(damageText.toStdString());
    CHECK(damageText.contains(QStringLiteral("damaged")));
    CHECK(child<QLabel>(dialog, QStringLiteral("backupOffer"))->text().contains(QDir::toNativeSeparators(good)));
    CHECK(dialog->offeredBackup() == good);

    child<QPushButton>(dialog, QStringLiteral("restoreBackupButton"))->click();
    REQUIRE(window.database() != nullptr);
    CHECK_FALSE(window.database()->isReadOnly());
    const QStringList kept =
        QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("county.jobbridge.damaged-*")}, QDir::Files);
    REQUIRE(kept.size() == 1);
    QFile keptFile(QFileInfo(path).absoluteDir().filePath(kept.first()));
    REQUIRE(keptFile.open(QIODevice::ReadOnly));
    CHECK(keptFile.readAll() == damaged);
}

TEST_CASE("Restore… checks the backup chosen: a damaged one is marked and cannot be restored", "[ui][safety]")
{
    UiFixture fx;
    const QString path = fx.createFile(QStringLiteral("county.jobbridge"));
    const jb::core::Backups backups = backupsOf(fx);
    {
        auto db = jb::core::Database::open(path);
        REQUIRE(db.hasValue());
        REQUIRE(backups.backUp(**db).hasValue());
        REQUIRE(backups.backUp(**db).hasValue());
    }
    const QList<jb::core::BackupInfo> taken = backups.list(path);
    REQUIRE(taken.size() == 2);
    damage(taken.first().path); // the newest

    jb::ui::RestoreDialog dialog(path, backups);
    auto* list = child<QListWidget>(&dialog, QStringLiteral("backupList"));
    auto* restore = child<QPushButton>(&dialog, QStringLiteral("restoreButton"));
    auto* note = child<QLabel>(&dialog, QStringLiteral("backupCheckNote"));
    REQUIRE(dialog.selectedBackup() == taken.first().path);
    CHECK_FALSE(restore->isEnabled()); // not before the check
    REQUIRE(QTest::qWaitFor([&dialog] { return !dialog.isChecking(); }, 10000));
    CHECK_FALSE(restore->isEnabled());
    CHECK(note->text().contains(QStringLiteral("damaged")));
    CHECK(list->item(0)->text().endsWith(QStringLiteral(" (damaged)")));

    list->setCurrentRow(1);
    REQUIRE(QTest::qWaitFor([&dialog] { return !dialog.isChecking(); }, 10000));
    CHECK(restore->isEnabled());
    // Back to the damaged one: known already, refused at once.
    list->setCurrentRow(0);
    CHECK_FALSE(dialog.isChecking());
    CHECK_FALSE(restore->isEnabled());
    CHECK(list->item(0)->text().count(QStringLiteral("(damaged)")) == 1);
}
