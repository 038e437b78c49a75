#include "core/storage/OpeningCheck.h"

#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <sqlite3.h>
#include <utility>

namespace jb::core {

namespace {

int stopWhenCancelled(void* cancelled)
{
    return static_cast<const std::atomic<bool>*>(cancelled)->load() ? 1 : 0;
}

} // namespace

void stopOnCancel(QSqlDatabase& db, const std::atomic<bool>* cancelled)
{
    const QVariant handle = db.driver()->handle();
    if (!cancelled || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    // SQLite calls the handler every 1000 steps of its machine; a nonzero answer interrupts the statement.
    if (sqlite3* raw = *static_cast<sqlite3* const*>(handle.data()))
        sqlite3_progress_handler(raw, 1000, stopWhenCancelled, const_cast<std::atomic<bool>*>(cancelled));
}

BackgroundJob::BackgroundJob(Work work) : m_thread([this, work = std::move(work)] { work(m_cancelled); }) {}

BackgroundJob::~BackgroundJob()
{
    cancel();
    wait();
}

void BackgroundJob::wait()
{
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

FileCheckResult checkFileFor(const QString& path, bool full, const std::atomic<bool>* cancelled)
{
    QElapsedTimer clock;
    clock.start();
    FileCheckResult result;
    const Expected<QStringList> problems = Database::checkFile(path, full, cancelled);
    result.elapsedMs = clock.elapsed();
    if (cancelled && *cancelled) {
        result.verdict = FileCheckResult::Verdict::Cancelled;
    } else if (!problems) {
        result.verdict = FileCheckResult::Verdict::Failed;
        result.message = JB_TR("Storage", "The file could not be checked: %1").arg(problems.message());
    } else if (!problems->isEmpty()) {
        result.verdict = FileCheckResult::Verdict::Damaged;
        result.problems = *problems;
        result.message = Database::damageMessage(*problems, path);
    } else {
        result.verdict = FileCheckResult::Verdict::Sound;
    }
    return result;
}

OpeningCheck::OpeningCheck(QString path, bool full, Report report)
    : m_path(std::move(path)), m_full(full), m_report(std::move(report)),
      m_job([this](const std::atomic<bool>& cancelled) { run(cancelled); })
{
}

OpeningCheck::~OpeningCheck()
{
    m_job.cancel();
    m_job.wait();
}

void OpeningCheck::run(const std::atomic<bool>& cancelled)
{
    FileCheckResult quick = checkFileFor(m_path, false, &cancelled);
    const bool sound = quick.verdict == FileCheckResult::Verdict::Sound;
    store(m_quick, std::move(quick));
    FileCheckResult full;
    full.verdict = FileCheckResult::Verdict::Cancelled; // not run: not asked for, or the quick check said no
    if (sound && m_full && !cancelled)
        full = checkFileFor(m_path, true, &cancelled);
    store(m_fullCheck, std::move(full));
}

void OpeningCheck::store(FileCheckResult& slot, FileCheckResult result)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        slot = std::move(result);
    }
    m_changed.notify_all();
    if (m_report)
        m_report();
}

FileCheckResult OpeningCheck::quickCheck() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_quick;
}

FileCheckResult OpeningCheck::fullCheck() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_fullCheck;
}

void OpeningCheck::waitForQuickCheck() const
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_quick.isDone(); });
}

void OpeningCheck::waitForAll() const
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_fullCheck.isDone(); });
}

} // namespace jb::core
