#include "screenshots/FileSafetyScreenshots.h"

#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "screenshots/ScreenshotRenderer.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/safety/FileSafetyDialogs.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace jb::ui {

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

// Overwrites 8 KiB in the middle of the file, as a failing disk would.
bool damage(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((file.size() / 2) & ~qint64(4095)))
        return false;
    QByteArray junk(8192, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = static_cast<char>((i * 131 + 17) % 256);
    return file.write(junk) == junk.size();
}

bool renderBanner(MainWindow& window, const QTemporaryDir& scratch, const FileSafetyScreenshots::Save& save)
{
    AppSettings settings(scratch.filePath(QStringLiteral("second.ini")));
    MainWindow second(settings);
    second.setModalDialogsEnabled(false);
    second.setAutomaticBackupsEnabled(false);
    second.resize(ScreenshotRenderer::kWindowSize);
    second.show();
    if (!second.openFile(window.database()->path()))
        return true; // nothing to show
    settle();
    return save(second, QStringLiteral("read-only-banner"));
}

// The banner while the file is checked in the background (as the program opens every file): shown before the
// check's report is let in, which only the event loop delivers.
bool renderCheckingBanner(MainWindow& window, const QTemporaryDir& scratch, const FileSafetyScreenshots::Save& save)
{
    AppSettings settings(scratch.filePath(QStringLiteral("third.ini")));
    MainWindow third(settings);
    third.setModalDialogsEnabled(false);
    third.setAutomaticBackupsEnabled(false);
    third.setChecksInBackground(true);
    third.resize(ScreenshotRenderer::kWindowSize);
    third.show();
    if (!third.openFile(window.database()->path()) || !third.isCheckingFile())
        return true; // nothing to show
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return save(third, QStringLiteral("checking-banner"));
}

} // namespace

bool FileSafetyScreenshots::render(MainWindow& window, const Save& save, QString& error)
{
    core::Database* original = window.database();
    if (!original)
        return true;
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        error = tr("Cannot create a scratch folder for the file-safety screenshots.");
        return false;
    }
    if (!renderBanner(window, scratch, save) || !renderCheckingBanner(window, scratch, save))
        return false;

    // Three backups of the open file, into the scratch folder: the restore dialog lists them.
    const core::Backups backups(scratch.filePath(QStringLiteral("backups")));
    for (int i = 0; i < 3; ++i) {
        if (const auto taken = backups.backUp(*original); !taken) {
            error = taken.error();
            return false;
        }
    }
    RestoreDialog restore(original->path(), backups, &window);
    restore.show();
    // The chosen backup is checked behind the dialog; the picture shows the verdict.
    QElapsedTimer waited;
    waited.start();
    while (restore.isChecking() && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    settle();
    const bool restoreSaved = save(restore, QStringLiteral("restore-dialog"));
    restore.hide();
    if (!restoreSaved)
        return false;

    // A damaged scratch copy, with one good backup of its own.
    const QString copy = scratch.filePath(QFileInfo(original->path()).fileName());
    if (const core::Status copied = original->saveCopy(copy); !copied) {
        error = copied.error();
        return false;
    }
    if (const auto taken = backups.backUpFile(copy); !taken || !damage(copy)) {
        error = taken ? tr("Cannot damage the scratch copy %1").arg(copy) : taken.error();
        return false;
    }
    const auto refused = core::Database::open(copy);
    DamagedFileDialog damaged(copy, refused ? QString() : refused.error(), backups, &window);
    damaged.show();
    settle();
    const bool damagedSaved = save(damaged, QStringLiteral("damaged-file-dialog"));
    damaged.hide();
    return damagedSaved;
}

} // namespace jb::ui
