// Backups: taken as a consistent copy into the file's own folder, once a day on opening, kept 7 daily, 4 weekly
// and 12 monthly; a restore checks the backup, keeps the file it replaces, records itself in the restored file's
// audit log and never leaves half a file.

#include "core/audit/AuditedRestore.h"
#include "core/domain/Clock.h"
#include "core/organisations/OrganisationFile.h"
#include "core/storage/Backups.h"
#include "core/storage/Database.h"
#include "core/storage/FileLock.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace jb::core;
using jb::test::ScratchDir;

namespace {

QString homeName(const Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM organisations ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

void renameHome(const Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE organisations SET name = ? WHERE id = (SELECT MIN(id) FROM organisations)"));
    q.addBindValue(name);
    REQUIRE(q.exec());
}

QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(9, 0));
}

// The restore entries of a file's audit log: "old → new|note", oldest first.
QStringList restoreEntries(const Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT table_name, coalesce(old_value, ''), new_value, note FROM audit_log "
                                  "WHERE action = 'restore' ORDER BY id")));
    QStringList entries;
    while (q.next()) {
        CHECK(q.value(0).toString() == QStringLiteral("file"));
        entries << q.value(1).toString() + QStringLiteral(" → ") + q.value(2).toString() + QLatin1Char('|') +
                       q.value(3).toString();
    }
    return entries;
}

void damage(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((file.size() / 2) & ~qint64(4095)));
    REQUIRE(file.write(QByteArray(8192, '\x5a')) == 8192);
}

} // namespace

TEST_CASE("Retention keeps today's, then 7 daily, 4 weekly and 12 monthly backups", "[backup]")
{
    const QDate today(2026, 6, 30);
    QList<QDateTime> taken;
    // One backup a day for 400 days, and three on the last day.
    for (int i = 0; i < 400; ++i)
        taken.append(at(2026, 6, 30).addDays(-i));
    taken.append(QDateTime(today, QTime(8, 0)));
    taken.append(QDateTime(today, QTime(7, 0)));
    const QList<QDateTime> kept = Backups::kept(taken, today);

    // Today's three; the newest of the 6 days before (7 days in all); of the 4 newest ISO weeks, the two not
    // yet covered (Sundays 21 and 14 June); of the 12 newest months, the 11 not yet covered (their last days).
    CHECK(kept.size() == 3 + 6 + 2 + 11);
    CHECK(kept.count(QDateTime(today, QTime(7, 0))) == 1);
    CHECK(kept.contains(at(2026, 6, 24)));
    CHECK_FALSE(kept.contains(at(2026, 6, 23)));
    CHECK(kept.contains(at(2026, 6, 21)));
    CHECK(kept.contains(at(2026, 6, 14)));
    CHECK_FALSE(kept.contains(at(2026, 6, 13)));
    CHECK(kept.contains(at(2026, 5, 31)));
    CHECK_FALSE(kept.contains(at(2026, 5, 30)));
    CHECK(kept.last() == at(2025, 7, 31));
}

TEST_CASE("Retention on sparse backups keeps the newest of each period that has one", "[backup]")
{
    const QList<QDateTime> taken{at(2026, 1, 5), at(2026, 1, 6), at(2025, 12, 1), at(2025, 12, 20), at(2024, 2, 1)};
    const QList<QDateTime> kept = Backups::kept(taken, QDate(2026, 1, 10));
    // Five distinct days: all are among the 7 newest days with a backup.
    CHECK(kept.size() == 5);
    QList<QDateTime> many;
    for (int i = 0; i < 30; ++i)
        many.append(at(2026, 1, 1).addSecs(i * 60)); // 30 backups on one day, not today
    CHECK(Backups::kept(many, QDate(2026, 1, 10)) == QList<QDateTime>{at(2026, 1, 1).addSecs(29 * 60)});
}

TEST_CASE("A backup is a consistent copy in the file's own folder; the daily one is taken once a day", "[backup]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("county.jobbridge"));
    auto db = createOrganisationFile(path, QStringLiteral("340122"));
    REQUIRE(db.hasValue());
    const Backups backups(dir.file(QStringLiteral("backups")));
    PinnedDay day(QDate(2026, 3, 2));

    const auto first = backups.dailyBackup(**db);
    REQUIRE(first.hasValue());
    REQUIRE(first->has_value());
    const BackupInfo info = **first;
    CHECK(QFileInfo(info.path).absolutePath() == QFileInfo(backups.folderFor(path)).absoluteFilePath());
    CHECK(QFileInfo(info.path).fileName().startsWith(QStringLiteral("county-20260302-")));
    CHECK(info.taken.date() == QDate(2026, 3, 2));
    const auto again = backups.dailyBackup(**db);
    REQUIRE(again.hasValue());
    CHECK_FALSE(again->has_value());
    CHECK(backups.list(path).size() == 1);

    // The backup opens as a JobBridge file of its own.
    auto copy = Database::open(info.path);
    REQUIRE(copy.hasValue());
    CHECK(homeName(**copy) == homeName(**db));

    // Another day, another daily backup; both kept.
    PinnedDay next(QDate(2026, 3, 3));
    const auto second = backups.dailyBackup(**db);
    REQUIRE(second.hasValue());
    CHECK(second->has_value());
    CHECK(backups.list(path).size() == 2);
    CHECK(backups.list(path).first().taken.date() == QDate(2026, 3, 3));
    // Two files of the same name in different folders do not share backups.
    CHECK(backups.folderFor(path) != backups.folderFor(dir.file(QStringLiteral("other/county.jobbridge"))));
}

TEST_CASE("A restore brings back the backup and keeps the file it replaced as a backup", "[backup]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("county.jobbridge"));
    const Backups backups(dir.file(QStringLiteral("backups")));
    QString original;
    QString backupPath;
    {
        auto db = createOrganisationFile(path, QStringLiteral("340122"));
        REQUIRE(db.hasValue());
        original = homeName(**db);
        const Expected<BackupInfo> backup = backups.backUp(**db);
        REQUIRE(backup.hasValue());
        backupPath = backup->path;
        renameHome(**db, QStringLiteral("改过的名字"));

        // Refused while the file is open for writing.
        const Expected<RestoreOutcome> refused = restoreAudited(backups, path, backupPath);
        REQUIRE_FALSE(refused.hasValue());
        CHECK(refused.error().contains(QStringLiteral("恢复")));
        CHECK(homeName(**db) == QStringLiteral("改过的名字"));
    }
    const Expected<RestoreOutcome> restored = restoreAudited(backups, path, backupPath);
    REQUIRE(restored.hasValue());
    CHECK_FALSE(restored->previousWasDamaged);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    auto back = Database::open(path);
    REQUIRE(back.hasValue());
    CHECK(homeName(**back) == original);
    // The restored file says when, from which backup, and where the file it replaced went: that file's own audit
    // entries after the backup (reveals, unmasked exports) are not in the backup.
    const QStringList entries = restoreEntries(**back);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().startsWith(QDir::toNativeSeparators(restored->previousKeptAt) + QStringLiteral(" → ") +
                                     QDir::toNativeSeparators(backupPath) + QLatin1Char('|')));
    CHECK(entries.first().contains(QStringLiteral("恢复")));
    CHECK(QFile::permissions(path) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".restoring")));
    // The replaced file, with its change, is a backup now, without the restore entry.
    auto kept = Database::open(restored->previousKeptAt);
    REQUIRE(kept.hasValue());
    CHECK(homeName(**kept) == QStringLiteral("改过的名字"));
    CHECK(restoreEntries(**kept).isEmpty());
    CHECK(backups.list(path).size() == 2);
}

TEST_CASE("A damaged file offers its newest good backup, which restores beside it; a damaged backup is refused",
          "[backup]")
{
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("county.jobbridge"));
    const Backups backups(dir.file(QStringLiteral("backups")));
    QString good;
    {
        auto db = createOrganisationFile(path, QStringLiteral("340122"));
        REQUIRE(db.hasValue());
        good = backups.backUp(**db)->path;
        const Expected<BackupInfo> newer = backups.backUp(**db);
        REQUIRE(newer.hasValue());
        damage(newer->path);
        const Expected<RestoreOutcome> refused = restoreAudited(backups, path, newer->path);
        REQUIRE_FALSE(refused.hasValue());
        CHECK(refused.error().contains(QStringLiteral("备份已损坏")));
    }
    // The newest backup is damaged: the newest good one is the older.
    REQUIRE(backups.newestGood(path).has_value());
    CHECK(backups.newestGood(path)->path == good);

    damage(path);
    const QByteArray damagedBytes = jb::test::readAll(path);
    REQUIRE_FALSE(Database::open(path).hasValue());
    const Expected<RestoreOutcome> restored = restoreAudited(backups, path, good);
    REQUIRE(restored.hasValue());
    CHECK(restored->previousWasDamaged);
    CHECK(jb::test::readAll(restored->previousKeptAt) == damagedBytes);
    CHECK(QFileInfo(restored->previousKeptAt).absolutePath() == QFileInfo(path).absolutePath());
    auto back = Database::open(path);
    REQUIRE(back.hasValue());
    CHECK_FALSE((*back)->isReadOnly());
    const QStringList entries = restoreEntries(**back);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().startsWith(QDir::toNativeSeparators(restored->previousKeptAt) + QStringLiteral(" → ") +
                                     QDir::toNativeSeparators(good)));
}
