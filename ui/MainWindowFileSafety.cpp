// MainWindow's file safety: opening a file through the damage check and the one-writer lock, the daily backup,
// File ▸ Back Up Now and Restore…, and the read-only banner. Kept apart from MainWindow.cpp to keep each file
// short; the rules are core's (core/storage/Database.h, Backups.h).

#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/FileProbe.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/safety/BackupBeforeChange.h"
#include "ui/safety/FileSafetyDialogs.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>

namespace jb::ui {

namespace {

const int kStatusTimeoutMs = 6000;

bool isDamaged(const QString& path)
{
    if (core::probeFile(path).kind != core::FileProbe::Kind::JobBridge)
        return false;
    const core::Expected<QStringList> problems = core::Database::checkFile(path, false);
    return problems && !problems->isEmpty();
}

} // namespace

core::Backups MainWindow::backups() const
{
    return core::Backups(m_settings.backupsFolder());
}

std::unique_ptr<core::Database> MainWindow::openGuarded(const QString& path)
{
    const core::Backups store = backups();
    core::Database::OpenOptions options;
    options.beforeMigration = [&store](const QString& p) {
        const core::Expected<core::BackupInfo> taken = store.backUpFile(p);
        return taken ? core::Status() : core::Status::failure(taken.message());
    };
    options.takeOverStaleLock = false; // asked below
    auto opened = core::Database::open(path, options);
    if (!opened) {
        if (isDamaged(path))
            offerBackupOfDamaged(path, opened.error());
        else
            showError(opened.error());
        return nullptr;
    }
    std::unique_ptr<core::Database> database = std::move(*opened);
    // A lock left by a program of this machine that is no longer running protects nothing: offer to take it over.
    if (database->isReadOnly() && database->lockHolder().isStale() && m_modalDialogs &&
        QMessageBox::question(this, tr("Take over the file?"),
                              tr("The file was left open by %1, which is no longer running on this computer (perhaps "
                                 "after a crash). Open it for writing here?")
                                  .arg(database->lockHolder().describe().text())) == QMessageBox::Yes) {
        database.reset();
        options.takeOverStaleLock = true;
        auto taken = core::Database::open(path, options);
        if (!taken) {
            showError(taken.error());
            return nullptr;
        }
        database = std::move(*taken);
    }
    if (!m_automaticBackups)
        return database;
    if (const auto daily = store.dailyBackup(*database); !daily)
        showError(daily.error()); // the file is open all the same; the officer knows the backup failed
    return database;
}

void MainWindow::offerBackupOfDamaged(const QString& path, const QString& refusal)
{
    emit errorShown(refusal);
    auto* dialog = new DamagedFileDialog(path, refusal, backups(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DamagedFileDialog::restoreRequested, this,
            [this](const QString& file, const QString& backup) { restoreBackup(file, backup); });
    dialog->open();
}

bool MainWindow::backUpNow()
{
    if (!m_database)
        return false;
    const core::Expected<core::BackupInfo> taken = backups().backUp(*m_database);
    if (!taken) {
        showError(taken.error());
        return false;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(taken->path)), kStatusTimeoutMs);
    return true;
}

void MainWindow::restoreInteractive()
{
    if (!m_database)
        return;
    auto* dialog = new RestoreDialog(m_database->path(), backups(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::restoreRequested, this,
            [this](const QString& file, const QString& backup) { restoreBackup(file, backup); });
    dialog->open();
}

bool MainWindow::restoreBackup(const QString& path, const QString& backupPath)
{
    if (m_modalDialogs &&
        QMessageBox::question(this, tr("Restore a Backup"),
                              tr("Replace %1 with the backup %2?\nThe file as it is now is kept (backed up, or set "
                                 "aside when damaged).")
                                  .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backupPath))) !=
            QMessageBox::Yes)
        return false;
    // The open file is closed first, so that this window's lock does not refuse the restore.
    const bool wasOpen = m_database && QDir::cleanPath(m_database->path()) == QDir::cleanPath(path);
    if (wasOpen)
        closeFile();
    const core::Expected<core::RestoreOutcome> restored = backups().restore(path, backupPath);
    if (!restored) {
        showError(restored.error());
        if (wasOpen)
            openFile(path);
        return false;
    }
    if (!openFile(path))
        return false;
    statusBar()->showMessage(
        restored->previousWasDamaged
            ? tr("Restored; the damaged file is kept as %1").arg(QDir::toNativeSeparators(restored->previousKeptAt))
            : tr("Restored; the file it replaced was backed up to %1")
                  .arg(QDir::toNativeSeparators(restored->previousKeptAt)),
        kStatusTimeoutMs);
    return true;
}

void MainWindow::setAutomaticBackupsEnabled(bool enabled)
{
    m_automaticBackups = enabled;
    if (!enabled)
        setBackupsFolder(QString());
}

void MainWindow::showFileSafety()
{
    // The pages back up before an undo or a merge into this window's folder (the window that opened a file last).
    setBackupsFolder(m_automaticBackups ? m_settings.backupsFolder() : QString());
    m_readOnlyBanner->showFor(m_database.get());
    const bool writable = m_database && !m_database->isReadOnly();
    for (QAction* action : std::as_const(m_writingActions))
        action->setEnabled(writable);
}

} // namespace jb::ui
