#include "ui/dashboard/WarningCounter.h"

#include "core/storage/Database.h"
#include "core/storage/OpeningCheck.h"

namespace jb::ui {

WarningCounter::WarningCounter(std::function<void(const Counts&)> show, QObject* parent)
    : QObject(parent), m_show(std::move(show))
{
}

WarningCounter::~WarningCounter() = default; // the job's destructor cancels and waits

void WarningCounter::count(core::Database& database, const QDate& today)
{
    if (!m_inBackground) {
        m_show(core::warningCounts(database.connection(), today));
        return;
    }
    m_path = database.path();
    m_today = today;
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void WarningCounter::cancel()
{
    ++m_round;
    m_running = false;
    m_again = false;
    if (m_job)
        m_job->cancel();
}

void WarningCounter::start()
{
    m_running = true;
    m_again = false;
    const quint64 round = ++m_round;
    const QString path = m_path;
    const QDate today = m_today;
    m_job.reset(); // the one before has ended (or was cancelled): joins at once
    // `this` outlives the job (its destructor waits for it); a call queued to it is dropped if it is deleted first.
    m_job = std::make_unique<core::BackgroundJob>([this, round, path, today](const std::atomic<bool>& cancelled) {
        const Counts result = core::warningCountsOfFile(path, today);
        if (cancelled)
            return;
        QMetaObject::invokeMethod(
            this, [this, round, result] { finished(round, result); }, Qt::QueuedConnection);
    });
}

void WarningCounter::finished(quint64 round, const Counts& counts)
{
    if (round != m_round)
        return; // a closed file's, or cancelled
    m_running = false;
    if (m_again) {
        start();
        return;
    }
    m_show(counts);
}

} // namespace jb::ui
