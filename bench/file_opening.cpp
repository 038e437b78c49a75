// Times the opening of a file as the GUI does it (docs/reliability.md, "Measured"): the open step before the first
// page can be painted — Database::open with checkLater (version only, read-only, no lock) and the record counts
// every page starts from — against the open with the quick_check first (as the CLI does); then the background
// work: OpeningCheck's quick_check and integrity_check, becomeWritable, and the day's backup (VACUUM INTO).
// Work on a copy: the backup and the lock touch the folder (JOBBRIDGE_BACKUP_DIR moves the backups).
//
//   jb_bench_file_opening FILE.jobbridge

#include "core/stats/StatsRepository.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/OpeningCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace jb::core;

namespace {

void say(const char* what, qint64 ms)
{
    std::printf("%-58s %8lld ms\n", what, static_cast<long long>(ms));
    std::fflush(stdout);
}

// Opens `path`, then collects the counts the window starts from; prints both; false on failure.
bool openAndCount(const QString& path, bool checkLater)
{
    QElapsedTimer clock;
    clock.start();
    Database::OpenOptions options;
    options.checkLater = checkLater;
    auto file = Database::open(path, options);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error()));
        return false;
    }
    say(checkLater ? "open read-only at once (checkLater)" : "open with quick_check first (the CLI's way)",
        clock.elapsed());
    clock.restart();
    if (!StatsRepository((*file)->connection()).collect())
        return false;
    say("  then the record counts the pages start from", clock.elapsed());
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = QCoreApplication::arguments().value(1);
    if (path.isEmpty() || !QFile::exists(path)) {
        std::fprintf(stderr, "usage: jb_bench_file_opening FILE.jobbridge\n");
        return 2;
    }
    if (!openAndCount(path, true) || !openAndCount(path, false))
        return 1;

    auto opened = Database::open(path, [] {
        Database::OpenOptions options;
        options.checkLater = true;
        return options;
    }());
    if (!opened)
        return 1;
    OpeningCheck check(path, true, {});
    check.waitForQuickCheck();
    say("background: quick_check", check.quickCheck().elapsedMs);
    QElapsedTimer clock;
    clock.start();
    if (!(*opened)->becomeWritable(true))
        return 1;
    say("becomeWritable (lock, connection reopened for writing)", clock.elapsed());
    check.waitForAll();
    say("background: integrity_check", check.fullCheck().elapsedMs);
    clock.restart();
    const Expected<BackupInfo> backup = Backups().backUpFile(path);
    if (!backup) {
        std::fprintf(stderr, "%s\n", qPrintable(backup.error()));
        return 1;
    }
    say("background: the day's backup (VACUUM INTO)", clock.elapsed());
    QFile::remove(backup->path);
    return 0;
}
