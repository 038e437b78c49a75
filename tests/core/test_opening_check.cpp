// The check on opening, off the GUI thread: a file opened to be checked later is read-only and writes nothing;
// the quick_check, then the full integrity_check, report through OpeningCheck's results; only a sound check
// makes the file writable; a damaged file stays untouched; a check or a backup stops when cancelled.

#include "core/demo/DemoGenerator.h"
#include "core/organisations/OrganisationFile.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/FileLock.h"
#include "core/storage/OpeningCheck.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <atomic>
#include <catch2/catch.hpp>

using namespace jb::core;
using jb::test::ScratchDir;
using Verdict = FileCheckResult::Verdict;

namespace {

QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(jb::test::readAll(path), QCryptographicHash::Sha256).toHex();
}

// A small demo county, closed again (no -wal, no lock), so that the file has pages to damage.
QString closedDemoFile(const ScratchDir& dir, const QString& name)
{
    const QString path = dir.file(name);
    {
        auto db = createOrganisationFile(path, QStringLiteral("340122"));
        REQUIRE(db.hasValue());
        DemoOptions options;
        options.workers = 800;
        options.enterprises = 40;
        options.today = QDate(2026, 3, 15);
        REQUIRE(generateDemo((*db)->connection(), options).hasValue());
    }
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    return path;
}

// 8 KiB of junk in the middle of the file, as a failing disk would leave.
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

Database::OpenOptions checkLater()
{
    Database::OpenOptions options;
    options.checkLater = true;
    return options;
}

bool nothingBeside(const QString& path)
{
    return !QFileInfo::exists(path + QStringLiteral("-wal")) && !QFileInfo::exists(path + QStringLiteral("-shm")) &&
           !QFileInfo::exists(FileLock::lockPathFor(path));
}

} // namespace

TEST_CASE("A file opened to be checked later is read-only until a sound check makes it writable", "[storage][check]")
{
    ScratchDir dir;
    const QString path = closedDemoFile(dir, QStringLiteral("county.jobbridge"));
    const QByteArray before = sha(path);
    auto opened = Database::open(path, checkLater());
    REQUIRE(opened.hasValue());
    Database& db = **opened;
    CHECK(db.isReadOnly());
    CHECK(db.isAwaitingCheck());
    CHECK(db.readOnlyReason().text().contains(QStringLiteral("检查")));
    QSqlQuery read(db.connection());
    REQUIRE(read.exec(QStringLiteral("SELECT count(*) FROM workers")));
    REQUIRE(read.next());
    CHECK(read.value(0).toInt() == 800);
    QSqlQuery write(db.connection());
    CHECK_FALSE(write.exec(QStringLiteral("UPDATE organisations SET name = name")));

    std::atomic<int> reports{0};
    {
        OpeningCheck check(path, true, [&reports] { ++reports; });
        check.waitForAll();
        CHECK(check.quickCheck().verdict == Verdict::Sound);
        CHECK(check.fullCheck().verdict == Verdict::Sound);
        CHECK(check.fullCheck().elapsedMs >= 0);
    } // the last report may follow waitForAll(); the destructor waits for the thread
    CHECK(reports.load() == 2);
    // Reading and checking wrote nothing, not even a lock or a -wal.
    CHECK(sha(path) == before);
    CHECK(nothingBeside(path));

    REQUIRE(static_cast<bool>(db.becomeWritable(false)));
    CHECK_FALSE(db.isReadOnly());
    CHECK_FALSE(db.isAwaitingCheck());
    CHECK(FileLock::holderOf(path).pid == QCoreApplication::applicationPid());
    QSqlQuery again(db.connection()); // the same connection, reopened for writing
    CHECK(again.exec(QStringLiteral("UPDATE organisations SET name = name")));
}

TEST_CASE("A file taken by another writer while it was checked stays read-only, naming the writer", "[storage][check]")
{
    ScratchDir dir;
    const QString path = closedDemoFile(dir, QStringLiteral("shared.jobbridge"));
    auto checking = Database::open(path, checkLater());
    REQUIRE(checking.hasValue());
    auto writer = Database::open(path);
    REQUIRE(writer.hasValue());
    REQUIRE_FALSE((*writer)->isReadOnly());

    REQUIRE(static_cast<bool>((*checking)->becomeWritable(false)));
    CHECK((*checking)->isReadOnly());
    CHECK_FALSE((*checking)->isAwaitingCheck());
    CHECK((*checking)->readOnlyReason().text().contains(QString::number(QCoreApplication::applicationPid())));
    QSqlQuery write((*checking)->connection());
    CHECK_FALSE(write.exec(QStringLiteral("UPDATE organisations SET name = name")));
}

TEST_CASE("A damaged file opened to be checked later is found damaged and never written", "[storage][check]")
{
    ScratchDir dir;
    const QString path = closedDemoFile(dir, QStringLiteral("damaged.jobbridge"));
    damage(path);
    const QByteArray before = sha(path);
    auto opened = Database::open(path, checkLater());
    REQUIRE(opened.hasValue()); // the header is fine: the pages are read at once, the damage found by the check
    CHECK((*opened)->isReadOnly());

    OpeningCheck check(path, true, {});
    check.waitForAll();
    const FileCheckResult quick = check.quickCheck();
    CHECK(quick.verdict == Verdict::Damaged);
    CHECK_FALSE(quick.problems.isEmpty());
    CHECK(quick.message.text().contains(QStringLiteral("损坏")));
    CHECK(check.fullCheck().verdict == Verdict::Cancelled); // not run after a damaged quick check
    opened->reset();
    CHECK(sha(path) == before);
    CHECK(nothingBeside(path));
}

TEST_CASE("A file needing no check later is checked on opening as before", "[storage][check]")
{
    ScratchDir dir;
    const QString path = closedDemoFile(dir, QStringLiteral("damaged.jobbridge"));
    damage(path);
    const Expected<std::unique_ptr<Database>> refused = Database::open(path);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error().contains(QStringLiteral("损坏")));
}

TEST_CASE("A check and a backup stop when cancelled, leaving nothing behind", "[storage][check]")
{
    ScratchDir dir;
    const QString path = closedDemoFile(dir, QStringLiteral("county.jobbridge"));
    std::atomic<bool> cancelled{true};
    CHECK(checkFileFor(path, true, &cancelled).verdict == Verdict::Cancelled);
    const Backups store(dir.file(QStringLiteral("backups")));
    CHECK(store.isDailyBackupDue(path));
    CHECK_FALSE(store.backUpFile(path, &cancelled).hasValue());
    CHECK(store.list(path).isEmpty());
    CHECK(store.isDailyBackupDue(path));

    cancelled = false;
    CHECK(checkFileFor(path, false, &cancelled).verdict == Verdict::Sound);
    REQUIRE(store.backUpFile(path, &cancelled).hasValue());
    CHECK(store.list(path).size() == 1);
    CHECK_FALSE(store.isDailyBackupDue(path));

    // The destructor of a running check cancels it and waits, so a window can close at any moment.
    {
        OpeningCheck check(path, true, {});
    }
}
