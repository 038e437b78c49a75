#pragma once
// One writer at a time: a small lock file beside the database says who has it open for writing (user, machine,
// process, since when). A second opener reads it and gets the file read-only. SQLite's own locks are not enough:
// they stop two writes at the same instant, not two officers editing the same records all day, and over a network
// share they do not hold at all (WAL needs shared memory on one machine; see docs/reliability.md).

#include "core/Expected.h"

#include <QDateTime>
#include <QString>
#include <memory>

namespace jb::core {

// Who holds a file's lock, as written in the lock file.
struct LockHolder
{
    QString user;
    QString machine;
    qint64 pid = 0;
    QDateTime since;

    bool isEmpty() const { return pid == 0 && machine.isEmpty(); }
    // True when the holder is a process on this machine that is no longer running (a crash, a power cut): its
    // lock protects nothing and may be taken over.
    bool isStale() const;
    // The holder in the officer's words: "USER on MACHINE (process PID) since TIME".
    Message describe() const;
    // This process.
    static LockHolder thisProcess();
};

class FileLock final
{
public:
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // The lock file of a database: "<file>.lock" beside it.
    static QString lockPathFor(const QString& databasePath);
    // Who holds the database's lock (empty when nobody does or the lock file cannot be read).
    static LockHolder holderOf(const QString& databasePath);

    // Takes the lock. When another live process holds it, returns null and fills `holder`. A stale lock is taken
    // over only when `takeOverStale` is set; otherwise null is returned with `holder` filled. Fails when the lock
    // file cannot be written (a read-only folder).
    static Expected<std::unique_ptr<FileLock>> take(const QString& databasePath, bool takeOverStale,
                                                    LockHolder& holder);

    const QString& lockPath() const { return m_lockPath; }

private:
    explicit FileLock(QString lockPath);
    QString m_lockPath;
};

} // namespace jb::core
