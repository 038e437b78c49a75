#include "core/storage/Backups.h"

#include "core/domain/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/FileProbe.h"
#include "core/storage/OpeningCheck.h"
#include "core/storage/PrivateFile.h"
#include "core/storage/SqlError.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <algorithm>
#include <utility>

namespace jb::core {

namespace {

const QString kSuffix = QStringLiteral(".jobbridge");

QString stamp(const QDateTime& when)
{
    return when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// The time a backup was taken, read back from its name ("<file>-YYYYMMDD-HHMMSS[-N].jobbridge"), and N (the
// order of backups taken within one second).
QDateTime takenFromName(const QString& fileName, int& sequence)
{
    static const QRegularExpression pattern(QStringLiteral("-(\\d{8}-\\d{6})(?:-(\\d+))?\\.jobbridge$"));
    const QRegularExpressionMatch m = pattern.match(fileName);
    sequence = m.captured(2).toInt();
    return m.hasMatch() ? QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss")) : QDateTime();
}

// VACUUM INTO through a private read-only connection, for a file not open here.
Status vacuumFile(const QString& source, const QString& target, const std::atomic<bool>* cancelled)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("jobbridge-backup-%1").arg(counter.fetchAndAddRelaxed(1));
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = Status::failure(describeSqlError(db.lastError(), QStringLiteral("open for backup")));
        } else {
            stopOnCancel(db, cancelled);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(target);
            if (!q.exec())
                result = Status::failure(describeSqlError(q, QStringLiteral("VACUUM INTO")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status vacuumOpen(const Database& database, const QString& target)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("VACUUM INTO")));
    return {};
}

} // namespace

Backups::Backups(QString root) : m_root(root.isEmpty() ? defaultRoot() : std::move(root)) {}

QString Backups::defaultRoot()
{
    const QString fromEnvironment = qEnvironmentVariable("JOBBRIDGE_BACKUP_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // QSettings("JobBridge", "jobbridge") keeps the program's settings in this folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/JobBridge/backups");
}

QString Backups::folderFor(const QString& databasePath) const
{
    const QFileInfo info(databasePath);
    const QByteArray hash =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return m_root + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash);
}

QList<BackupInfo> Backups::list(const QString& databasePath) const
{
    QList<std::pair<int, BackupInfo>> found;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo& file : folder.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files)) {
        int sequence = 0;
        const QDateTime taken = takenFromName(file.fileName(), sequence);
        if (taken.isValid())
            found.append({sequence, BackupInfo{file.absoluteFilePath(), taken, file.size()}});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.second.taken != b.second.taken ? a.second.taken > b.second.taken : a.first > b.first;
    });
    QList<BackupInfo> newestFirst;
    for (const auto& entry : found)
        newestFirst.append(entry.second);
    return newestFirst;
}

Expected<BackupInfo> Backups::copyInto(const QString& databasePath,
                                       const std::function<Status(const QString&)>& vacuum) const
{
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return Expected<BackupInfo>::failure(
            JB_TR("Storage", "Cannot create the backups folder: %1").arg(QDir::toNativeSeparators(folder)));
    QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner);
    const QDateTime taken(Clock::today(), QTime::currentTime().addMSecs(-QTime::currentTime().msec()));
    const QString base =
        folder + QLatin1Char('/') + QFileInfo(databasePath).completeBaseName() + QLatin1Char('-') + stamp(taken);
    QString target = base + kSuffix;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QStringLiteral("-%1").arg(n) + kSuffix;
    // Written under another name and renamed when whole: a backup that is listed is complete.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Status s = createPrivateFile(partial); !s)
        return Expected<BackupInfo>::failure(s.message());
    if (Status s = vacuum(partial); !s) {
        QFile::remove(partial);
        return Expected<BackupInfo>::failure(JB_TR("Storage", "The backup could not be written: %1").arg(s.message()));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Expected<BackupInfo>::failure(
            JB_TR("Storage", "The backup could not be written: %1").arg(QDir::toNativeSeparators(target)));
    }
    prune(databasePath);
    return BackupInfo{target, taken, QFileInfo(target).size()};
}

Expected<BackupInfo> Backups::backUp(const Database& database) const
{
    return copyInto(database.path(), [&](const QString& target) { return vacuumOpen(database, target); });
}

Expected<BackupInfo> Backups::backUpFile(const QString& databasePath, const std::atomic<bool>* cancelled) const
{
    return copyInto(databasePath, [&](const QString& target) { return vacuumFile(databasePath, target, cancelled); });
}

bool Backups::isDailyBackupDue(const QString& databasePath) const
{
    const QDate today = Clock::today();
    const QList<BackupInfo> taken = list(databasePath);
    return std::none_of(taken.begin(), taken.end(),
                        [&](const BackupInfo& backup) { return backup.taken.date() == today; });
}

Expected<std::optional<BackupInfo>> Backups::dailyBackup(const Database& database) const
{
    using Result = Expected<std::optional<BackupInfo>>;
    if (database.isReadOnly())
        return Result(std::nullopt); // the process that writes the file backs it up
    if (!isDailyBackupDue(database.path()))
        return Result(std::nullopt);
    Expected<BackupInfo> taken = backUp(database);
    if (!taken)
        return Result::failure(taken.message());
    return Result(std::optional<BackupInfo>(*taken));
}

QList<QDateTime> Backups::kept(QList<QDateTime> taken, const QDate& today)
{
    std::sort(taken.begin(), taken.end(), std::greater<QDateTime>());
    QList<QDateTime> keep;
    // Newest first, so the first backup met in a day, week or month is that period's newest.
    QSet<qint64> days, weeks, months;
    for (const QDateTime& t : taken) {
        const QDate d = t.date();
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        const qint64 dayKey = d.toJulianDay();
        const qint64 weekKey = qint64(weekYear) * 100 + week;
        const qint64 monthKey = qint64(d.year()) * 100 + d.month();
        // The first backup of a new period, while fewer than its quota of periods have one, is that period's.
        const auto firstOf = [](QSet<qint64>& periods, qint64 key, int quota) {
            if (periods.contains(key) || periods.size() >= quota)
                return false;
            periods.insert(key);
            return true;
        };
        const bool daily = firstOf(days, dayKey, 7);
        const bool weekly = firstOf(weeks, weekKey, 4);
        const bool monthly = firstOf(months, monthKey, 12);
        if (d >= today || keep.isEmpty() || daily || weekly || monthly)
            keep.append(t);
    }
    return keep;
}

void Backups::prune(const QString& databasePath) const
{
    const QList<BackupInfo> all = list(databasePath);
    QList<QDateTime> taken;
    for (const BackupInfo& b : all)
        taken.append(b.taken);
    const QList<QDateTime> keep = kept(taken, Clock::today());
    for (const BackupInfo& b : all) {
        if (!keep.contains(b.taken))
            QFile::remove(b.path);
    }
}

std::optional<BackupInfo> Backups::newestGood(const QString& databasePath) const
{
    for (const BackupInfo& backup : list(databasePath)) {
        if (probeFile(backup.path).kind != FileProbe::Kind::JobBridge)
            continue;
        const Expected<QStringList> problems = Database::checkFile(backup.path, true);
        if (problems && problems->isEmpty())
            return backup;
    }
    return std::nullopt;
}

Message Backups::offerFor(const QString& databasePath) const
{
    const std::optional<BackupInfo> good = newestGood(databasePath);
    if (!good)
        return JB_TR("Storage", "No good backup of this file was found in %1.")
            .arg(QDir::toNativeSeparators(folderFor(databasePath)));
    return JB_TR("Storage", "The newest good backup is %1 (taken %2); it can be restored beside the damaged file, "
                            "which is kept.")
        .arg(QDir::toNativeSeparators(good->path))
        .arg(good->taken.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace jb::core
