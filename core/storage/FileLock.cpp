#include "core/storage/FileLock.h"

#include "core/domain/Officer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#if defined(Q_OS_UNIX)
#include <unistd.h> // link()
#endif

namespace jb::core {

namespace {

// The lock file's format: four "key=value" lines, so an officer who finds the file can read it too.
QByteArray serialise(const LockHolder& holder)
{
    QByteArray text;
    text += "user=" + holder.user.toUtf8() + '\n';
    text += "machine=" + holder.machine.toUtf8() + '\n';
    text += "pid=" + QByteArray::number(holder.pid) + '\n';
    text += "since=" + holder.since.toUTC().toString(Qt::ISODate).toUtf8() + '\n';
    return text;
}

LockHolder parse(const QByteArray& text)
{
    LockHolder holder;
    for (const QByteArray& line : text.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (key == "user")
            holder.user = value;
        else if (key == "machine")
            holder.machine = value;
        else if (key == "pid")
            holder.pid = value.toLongLong();
        else if (key == "since")
            holder.since = QDateTime::fromString(value, Qt::ISODate);
    }
    return holder;
}

bool processIsRunning(qint64 pid)
{
#if defined(Q_OS_LINUX)
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
#else
    // Without a portable way to ask, a lock is never called stale here: read-only is the safe answer.
    Q_UNUSED(pid);
    return true;
#endif
}

// Creates the lock file only if it does not exist yet, and only whole. On Unix the holder is written to a file of
// this process's own first and then hard-linked to the lock's name: link() fails when the name exists (so two
// openers cannot both win) and the lock appears complete or not at all, so a crash never leaves a half-written lock
// that nobody could judge stale (a kill trial found one). Elsewhere: O_EXCL and write.
bool createExclusively(const QString& lockPath)
{
    const QByteArray content = serialise(LockHolder::thisProcess());
#if defined(Q_OS_UNIX)
    const QString own = lockPath + QStringLiteral(".%1.tmp").arg(QCoreApplication::applicationPid());
    QFile file(own);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool written = file.write(content) == content.size() && file.flush();
    file.close();
    const bool linked =
        written && ::link(QFile::encodeName(own).constData(), QFile::encodeName(lockPath).constData()) == 0;
    QFile::remove(own);
    return linked;
#else
    QFile file(lockPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    const bool written = file.write(content) == content.size() && file.flush();
    file.close();
    if (!written)
        QFile::remove(lockPath);
    return written;
#endif
}

} // namespace

bool LockHolder::isStale() const
{
    return machine == QSysInfo::machineHostName() && !processIsRunning(pid);
}

Message LockHolder::describe() const
{
    const QString who = user.isEmpty() ? QStringLiteral("?") : user;
    const QString where = machine.isEmpty() ? QStringLiteral("?") : machine;
    return JB_TR("Storage", "%1 on %2 (process %3) since %4")
        .arg(who)
        .arg(where)
        .arg(pid)
        .arg(since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

LockHolder LockHolder::thisProcess()
{
    LockHolder me;
    // The name the audit log records (the officer's, else the operating-system user's): the banner of the other
    // window names the same person as the log does.
    me.user = currentOfficer();
    me.machine = QSysInfo::machineHostName();
    me.pid = QCoreApplication::applicationPid();
    me.since = QDateTime::currentDateTimeUtc();
    return me;
}

FileLock::FileLock(QString lockPath) : m_lockPath(std::move(lockPath)) {}

FileLock::~FileLock()
{
    // Remove the lock only while it is still ours (a colleague may have taken over a lock we left stale).
    const LockHolder holder = parse([&] {
        QFile file(m_lockPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }());
    if (holder.pid == QCoreApplication::applicationPid() && holder.machine == QSysInfo::machineHostName())
        QFile::remove(m_lockPath);
}

QString FileLock::lockPathFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

LockHolder FileLock::holderOf(const QString& databasePath)
{
    QFile file(lockPathFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}

Expected<std::unique_ptr<FileLock>> FileLock::take(const QString& databasePath, bool takeOverStale, LockHolder& holder)
{
    using Result = Expected<std::unique_ptr<FileLock>>;
    const QString lockPath = lockPathFor(databasePath);
    // Two rounds: the second after removing a stale lock (someone else may win that race; then they hold it).
    for (int round = 0; round < 2; ++round) {
        if (createExclusively(lockPath))
            return Result(std::unique_ptr<FileLock>(new FileLock(lockPath)));
        if (!QFileInfo::exists(lockPath))
            return Result::failure(JB_TR("Storage", "Cannot write the lock file beside the file (is the folder "
                                                    "read-only, or the disk full?): %1")
                                       .arg(QDir::toNativeSeparators(lockPath)));
        holder = holderOf(databasePath);
        // An unreadable lock is being written this instant, or was left half-written by a crash: after a few
        // seconds it is the latter, and stale.
        const bool unreadable = holder.isEmpty();
        const bool abandoned =
            unreadable && QFileInfo(lockPath).lastModified().secsTo(QDateTime::currentDateTime()) > 10;
        if (unreadable)
            holder.machine = QStringLiteral("?");
        if (unreadable ? !abandoned || !takeOverStale : !holder.isStale() || !takeOverStale)
            return Result(std::unique_ptr<FileLock>());
        QFile::remove(lockPath);
    }
    return Result(std::unique_ptr<FileLock>());
}

} // namespace jb::core
