// MainWindow's file safety: opening a file through the damage check and the one-writer lock, the daily backup,
// File ▸ Back Up Now and Restore…, and the read-only banner. Kept apart from MainWindow.cpp to keep each file
// short; the rules are core's (core/storage/Database.h, Backups.h).

#include "core/audit/AuditedRestore.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/FileProbe.h"
#include "core/storage/OpeningCheck.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/UndoActions.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/safety/BackupBeforeChange.h"
#include "ui/safety/FileSafetyDialogs.h"
#include "ui/services/ServicesPage.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QStatusBar>
#include <cstdio>

namespace jb::ui {

namespace {

const int kStatusTimeoutMs = 6000;

// JOBBRIDGE_TIMING=1: the background work's times on stderr (measured for docs/reliability.md).
void reportTime(const QString& what, qint64 ms)
{
    if (qEnvironmentVariableIsSet("JOBBRIDGE_TIMING"))
        std::fprintf(stderr, "%s: %lld ms\n", qPrintable(what), static_cast<long long>(ms));
}

// What SQLite's quick check finds wrong with a file of ours (empty: nothing, or not ours, or unreadable).
QStringList damageFound(const QString& path)
{
    if (core::probeFile(path).kind != core::FileProbe::Kind::JobBridge)
        return {};
    const core::Expected<QStringList> problems = core::Database::checkFile(path, false);
    return problems ? *problems : QStringList();
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
    options.takeOverStaleLock = false; // asked when the file becomes writable
    options.checkLater = true;         // opened read-only at once; startChecks() runs the checks behind
    auto opened = core::Database::open(path, options);
    if (!opened) {
        showOpenFailure(path, opened.error());
        return nullptr;
    }
    return std::move(*opened);
}

void MainWindow::showOpenFailure(const QString& path, const QString& message)
{
    // A file not yet checked can fail to read: when the check then finds damage, the damaged-file dialog says so in
    // its own words (SQLite's read error names only the table it tripped on).
    if (const QStringList problems = damageFound(path); !problems.isEmpty())
        offerBackupOfDamaged(path, core::Database::damageMessage(problems, path).text());
    else
        showError(message);
}

// A page that fails to read a file still being checked: when the file is damaged, the check's report (the damaged-file
// dialog) says so in its own words, and SQLite's read error, which names only the table it tripped on, is not shown.
void MainWindow::showPageFailure(const QString& message)
{
    if (m_database && m_database->isAwaitingCheck() && !damageFound(m_database->path()).isEmpty())
        return;
    showError(message);
}

void MainWindow::setChecksInBackground(bool enabled)
{
    m_checksInBackground = enabled;
    if (auto* dashboard = qobject_cast<DashboardPage*>(page(QStringLiteral("dashboard"))))
        dashboard->setCountsInBackground(enabled);
    for (Page* shown : std::as_const(m_pages))
        if (auto* services = qobject_cast<ServicesPage*>(shown))
            services->setCountsInBackground(enabled);
}

bool MainWindow::isCheckingFile() const
{
    return m_database && m_database->isAwaitingCheck();
}

void MainWindow::startChecks()
{
    m_quickCheckShown = false;
    m_fullCheckShown = false;
    // The report comes on the checking thread: the window reads the results on its own thread.
    m_check = std::make_unique<core::OpeningCheck>(m_database->path(), true, [this] {
        QMetaObject::invokeMethod(
            this, [this] { takeCheckReports(); }, Qt::QueuedConnection);
    });
    if (!m_database->isAwaitingCheck()) { // checked on opening already (an upgrade): writable at once
        m_quickCheckShown = true;
        offerTakeOver();
        startDailyBackup();
        return;
    }
    if (!m_checksInBackground) {
        m_check->waitForQuickCheck();
        takeCheckReports();
    }
}

void MainWindow::waitForFileChecks()
{
    if (m_check)
        m_check->waitForAll();
    takeCheckReports();
    if (m_backup)
        m_backup->wait();
    QCoreApplication::processEvents(); // the backup's report
}

void MainWindow::takeCheckReports()
{
    if (!m_check || !m_database)
        return;
    if (!m_quickCheckShown && m_check->quickCheck().isDone()) {
        m_quickCheckShown = true;
        quickCheckDone();
    }
    if (m_check && !m_fullCheckShown && m_check->fullCheck().isDone()) {
        m_fullCheckShown = true;
        fullCheckDone();
    }
}

void MainWindow::quickCheckDone()
{
    using Verdict = core::FileCheckResult::Verdict;
    const core::FileCheckResult quick = m_check->quickCheck();
    reportTime(QStringLiteral("quick_check"), quick.elapsedMs);
    if (quick.verdict == Verdict::Damaged) {
        // Nothing was written: the file was read-only, without a lock, since it was opened.
        const QString path = m_database->path();
        closeFile();
        offerBackupOfDamaged(path, quick.message.text());
        return;
    }
    if (quick.verdict != Verdict::Sound) {
        showError(quick.message.text()); // no verdict (busy, unreadable): it stays read-only
        return;
    }
    if (const core::Status s = m_database->becomeWritable(false); !s) {
        showError(s.error());
        showFileSafety();
        return;
    }
    offerTakeOver();
    reload(); // the pages read again through the connection, reopened for writing
    startDailyBackup();
}

void MainWindow::fullCheckDone()
{
    using Verdict = core::FileCheckResult::Verdict;
    const core::FileCheckResult full = m_check->fullCheck();
    reportTime(QStringLiteral("integrity_check"), full.elapsedMs);
    if (full.verdict == Verdict::Damaged) {
        const QString path = m_database->path();
        closeFile();
        offerBackupOfDamaged(path, full.message.text());
    } else if (full.verdict == Verdict::Failed) {
        statusBar()->showMessage(full.message.text(), kStatusTimeoutMs);
    }
}

// A lock left by a program of this machine that is no longer running protects nothing: offer to take it over.
bool MainWindow::offerTakeOver()
{
    if (m_database->isReadOnly() && m_database->lockHolder().isStale() && m_modalDialogs &&
        QMessageBox::question(this, tr("Take over the file?"),
                              tr("The file was left open by %1, which is no longer running on this computer (perhaps "
                                 "after a crash). Open it for writing here?")
                                  .arg(m_database->lockHolder().describe().text())) == QMessageBox::Yes) {
        if (const core::Status s = m_database->becomeWritable(true); !s)
            showError(s.error());
        reload();
    }
    showFileSafety();
    return !m_database->isReadOnly();
}

void MainWindow::startDailyBackup()
{
    const core::Backups store = backups();
    if (!m_automaticBackups || m_database->isReadOnly() || !store.isDailyBackupDue(m_database->path()))
        return;
    if (!m_checksInBackground) {
        if (const auto daily = store.dailyBackup(*m_database); !daily)
            showError(daily.error()); // the file is open all the same; the officer knows the backup failed
        return;
    }
    // VACUUM INTO on a connection of its own reads a snapshot: the officer works meanwhile.
    const QString path = m_database->path();
    m_backup = std::make_unique<core::BackgroundJob>([this, store, path](const std::atomic<bool>& cancelled) {
        QElapsedTimer clock;
        clock.start();
        const core::Expected<core::BackupInfo> taken = store.backUpFile(path, &cancelled);
        reportTime(QStringLiteral("daily backup"), clock.elapsed());
        if (cancelled)
            return;
        const QString failure = taken ? QString() : taken.error();
        QMetaObject::invokeMethod(
            this,
            [this, failure] {
                if (!failure.isEmpty())
                    showError(failure);
                else
                    statusBar()->showMessage(tr("Today's backup is done"), kStatusTimeoutMs);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::stopBackgroundWork()
{
    m_check.reset(); // cancels and waits (SQLite stops within milliseconds)
    m_backup.reset();
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
    const core::Expected<core::RestoreOutcome> restored = core::restoreAudited(backups(), path, backupPath);
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
    for (Page* page : std::as_const(m_pages))
        page->setReadOnly(!writable);
    m_undoActions->setReadOnly(!writable);
    if (m_database)
        updateTitle(); // "(read-only)" comes and goes with the check and the lock
}

} // namespace jb::ui
