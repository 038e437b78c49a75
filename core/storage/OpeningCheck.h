#pragma once
// The damage check of a file that is already shown, run off the GUI thread: the window opens the file read-only at
// once (Database::OpenOptions::checkLater) and this runs SQLite's quick_check, then the full integrity_check, each
// on a read-only connection of its own that writes nothing. Only a sound quick_check lets the file be written
// (Database::becomeWritable); on the 1M-worker file the check reads all 743 MB, which no officer should wait for.

#include "core/Message.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace jb::core {

struct FileCheckResult
{
    enum class Verdict {
        Running,   // not finished yet
        Sound,     // SQLite found nothing
        Damaged,   // problems lists what SQLite found; message says so for the officer
        Failed,    // the check could not run (a busy or unreadable file): no verdict on the file
        Cancelled, // stopped by cancel() or not started because the quick check found damage
    };
    Verdict verdict = Verdict::Running;
    QStringList problems;
    Message message; // for Damaged and Failed
    qint64 elapsedMs = 0;

    bool isDone() const { return verdict != Verdict::Running; }
};

// Runs `work` on a thread of its own; the flag it is given turns true when cancel() is called (SQLite's progress
// handler checks it, so a long check or VACUUM stops within milliseconds). The destructor cancels and waits.
class BackgroundJob final
{
public:
    using Work = std::function<void(const std::atomic<bool>& cancelled)>;
    explicit BackgroundJob(Work work);
    ~BackgroundJob();
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    void cancel() { m_cancelled = true; }
    void wait();

private:
    std::atomic<bool> m_cancelled{false};
    std::thread m_thread;
};

class OpeningCheck final
{
public:
    // Called on the checking thread after each stage (the quick check, then the full one); read the results with
    // quickCheck() and fullCheck(). A GUI posts it to its own thread.
    using Report = std::function<void()>;

    // Starts at once. `full`: the integrity_check follows a sound quick_check.
    OpeningCheck(QString path, bool full, Report report);
    ~OpeningCheck(); // cancels and waits
    OpeningCheck(const OpeningCheck&) = delete;
    OpeningCheck& operator=(const OpeningCheck&) = delete;

    const QString& path() const { return m_path; }
    void cancel() { m_job.cancel(); }
    FileCheckResult quickCheck() const;
    FileCheckResult fullCheck() const;
    // Blocks until the quick check (or everything) is done; the stage's report may still be running.
    void waitForQuickCheck() const;
    void waitForAll() const;

private:
    void run(const std::atomic<bool>& cancelled);
    void store(FileCheckResult& slot, FileCheckResult result);

    QString m_path;
    bool m_full;
    Report m_report;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    FileCheckResult m_quick;
    FileCheckResult m_fullCheck;
    BackgroundJob m_job; // last: started when everything above exists, stopped before it goes
};

// One check of a file through a read-only connection of its own (see Database::checkFile), timed; stops early
// when `cancelled` turns true. Safe on any thread.
FileCheckResult checkFileFor(const QString& path, bool full, const std::atomic<bool>* cancelled);

// Lets `cancelled` (may be null) interrupt whatever runs next on `db` (a connection of the calling thread).
void stopOnCancel(QSqlDatabase& db, const std::atomic<bool>* cancelled);

} // namespace jb::core
