// File safety: a damaged file is refused and never written to, one writer at a time (the lock beside the file),
// backups that are kept by the retention rule and restore without leaving half a file, files readable by their
// owner only.

#include "core/demo/DemoGenerator.h"
#include "core/domain/Clock.h"
#include "core/organisations/OrganisationFile.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/FileLock.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <catch2/catch.hpp>

using namespace jb::core;
using jb::test::ScratchDir;

namespace {

QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(jb::test::readAll(path), QCryptographicHash::Sha256).toHex();
}

// A small demo county, closed again, so that the file has many pages to damage.
QString demoFile(const ScratchDir& dir, const QString& name)
{
    const QString path = dir.file(name);
    auto db = createOrganisationFile(path, QStringLiteral("340122"));
    REQUIRE(db.hasValue());
    DemoOptions options;
    options.workers = 1500;
    options.enterprises = 60;
    options.fairs = 3;
    options.today = QDate(2026, 3, 15);
    REQUIRE(generateDemo((*db)->connection(), options).hasValue());
    return path;
}

// Overwrites 8 KiB in the middle of the file, as a failing disk or a torn copy would.
void damage(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 middle = (file.size() / 2) & ~qint64(4095);
    REQUIRE(file.seek(middle));
    QByteArray junk(8192, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = static_cast<char>((i * 131 + 17) % 256);
    REQUIRE(file.write(junk) == junk.size());
}

// A pid that no process has on this machine: that of a process that has just ended.
qint64 endedProcessId()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    REQUIRE(p.waitForFinished());
    return p.processId() > 0 ? p.processId() : 999999;
}

} // namespace

TEST_CASE("A damaged file is refused with SQLite's finding and is not written to", "[storage][safety]")
{
    ScratchDir dir;
    const QString path = demoFile(dir, QStringLiteral("damaged.jobbridge"));
    { // a sound file passes both checks
        const Expected<QStringList> quick = Database::checkFile(path, false);
        REQUIRE(quick.hasValue());
        CHECK(quick->isEmpty());
        CHECK(Database::checkFile(path, true)->isEmpty());
    }
    damage(path);
    const QByteArray before = sha(path);
    const auto db = Database::open(path);
    REQUIRE_FALSE(db.hasValue());
    CHECK(db.error().contains(QStringLiteral("文件已损坏")));
    CHECK(db.error().contains(QDir::toNativeSeparators(path)));
    CHECK(sha(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(FileLock::lockPathFor(path)));
    const Expected<QStringList> full = Database::checkFile(path, true);
    REQUIRE(full.hasValue());
    CHECK_FALSE(full->isEmpty());
    CHECK(sha(path) == before);
}

TEST_CASE("A second opener gets the file read-only, naming who has it", "[storage][safety]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("shared.jobbridge"));
    auto first = createOrganisationFile(path, QStringLiteral("340122"));
    REQUIRE(first.hasValue());
    CHECK_FALSE((*first)->isReadOnly());
    const LockHolder holder = FileLock::holderOf(path);
    CHECK(holder.pid == QCoreApplication::applicationPid());
    CHECK(holder.machine == QSysInfo::machineHostName());

    auto second = Database::open(path);
    REQUIRE(second.hasValue());
    CHECK((*second)->isReadOnly());
    CHECK((*second)->lockHolder().pid == QCoreApplication::applicationPid());
    CHECK((*second)->readOnlyReason().text().contains(QStringLiteral("只读")));
    CHECK((*second)->readOnlyReason().text().contains(QString::number(QCoreApplication::applicationPid())));
    QSqlQuery write((*second)->connection());
    CHECK_FALSE(write.exec(QStringLiteral("UPDATE organisations SET name = name")));

    // Closing the read-only one leaves the lock; closing the writer releases it.
    second->reset();
    CHECK(QFileInfo::exists(FileLock::lockPathFor(path)));
    first->reset();
    CHECK_FALSE(QFileInfo::exists(FileLock::lockPathFor(path)));
    auto third = Database::open(path);
    REQUIRE(third.hasValue());
    CHECK_FALSE((*third)->isReadOnly());
}

TEST_CASE("A stale lock (its process is gone on this machine) is taken over only when allowed", "[storage][safety]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("stale.jobbridge"));
    REQUIRE(createOrganisationFile(path, QStringLiteral("340122")).hasValue());
    const qint64 gone = endedProcessId();
    jb::test::writeAll(FileLock::lockPathFor(path),
                       QStringLiteral("user=zhang\nmachine=%1\npid=%2\nsince=2026-03-01T08:00:00Z\n")
                           .arg(QSysInfo::machineHostName())
                           .arg(gone)
                           .toUtf8());
    CHECK(FileLock::holderOf(path).isStale());

    Database::OpenOptions ask;
    ask.takeOverStaleLock = false;
    auto held = Database::open(path, ask);
    REQUIRE(held.hasValue());
    CHECK((*held)->isReadOnly());
    CHECK((*held)->lockHolder().user == QStringLiteral("zhang"));
    held->reset();

    auto taken = Database::open(path);
    REQUIRE(taken.hasValue());
    CHECK_FALSE((*taken)->isReadOnly());
    CHECK(FileLock::holderOf(path).pid == QCoreApplication::applicationPid());

    SECTION("a lock from another machine is never stale")
    {
        taken->reset();
        jb::test::writeAll(FileLock::lockPathFor(path),
                           QByteArray("user=li\nmachine=other-pc\npid=") + QByteArray::number(gone) + "\nsince=\n");
        CHECK_FALSE(FileLock::holderOf(path).isStale());
        auto other = Database::open(path);
        REQUIRE(other.hasValue());
        CHECK((*other)->isReadOnly());
        CHECK((*other)->readOnlyReason().text().contains(QStringLiteral("other-pc")));
    }
}

#if defined(Q_OS_UNIX)
TEST_CASE("A new file, its -wal and -shm and its backups are readable by the officer only", "[storage][safety]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("private.jobbridge"));
    auto db = createOrganisationFile(path, QStringLiteral("340122"));
    REQUIRE(db.hasValue());
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto mode = [](const QString& p) {
        return QFileInfo(p).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    };
    CHECK(mode(path) == ownerOnly);
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(mode(path + QStringLiteral("-wal")) == ownerOnly);
    CHECK(mode(path + QStringLiteral("-shm")) == ownerOnly);
    const Backups backups(dir.file(QStringLiteral("backups")));
    const Expected<BackupInfo> backup = backups.backUp(**db);
    REQUIRE(backup.hasValue());
    CHECK(mode(backup->path) == ownerOnly);
}
#endif
