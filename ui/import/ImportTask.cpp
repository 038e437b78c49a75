#include "ui/import/ImportTask.h"

#include "core/import/ImportJob.h"

#include <QThread>
#include <algorithm>

namespace jb::ui {

ImportTask::ImportTask(QObject* parent) : QObject(parent) {}

ImportTask::~ImportTask()
{
    cancelAndWait();
}

bool ImportTask::start(core::ImportJob& job)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_wasCancelled = false;
    m_outcome.reset();
    m_pending.reset();
    const quint64 generation = ++m_generation;

    // The worker writes m_pending only; the GUI thread reads it after QThread::wait(), which orders the two.
    m_thread = QThread::create([this, &job, generation] {
        int lastPermille = -1;
        auto progress = [this, &lastPermille, generation](qint64 done, qint64 total) {
            const int permille = total > 0 ? static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
            if (permille != lastPermille) {
                lastPermille = permille;
                QMetaObject::invokeMethod(
                    this,
                    [this, done, total, generation] {
                        if (generation == m_generation && m_thread)
                            emit progressed(done, total);
                    },
                    Qt::QueuedConnection);
            }
            return !m_cancel.load();
        };
        m_pending.emplace(job.run(progress));
    });
    m_thread->setObjectName(QStringLiteral("import"));
    // QThread::finished is emitted on the worker thread; with `this` as context it arrives queued on ours.
    connect(m_thread, &QThread::finished, this, [this, generation] { onThreadFinished(generation); });
    m_thread->start();
    return true;
}

void ImportTask::cancel()
{
    m_cancel = true;
}

void ImportTask::cancelAndWait()
{
    if (!m_thread)
        return;
    m_cancel = true;
    ++m_generation; // the queued finished and progress events of this run find a newer generation and do nothing
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_pending.reset();
    m_wasCancelled = true;
}

void ImportTask::onThreadFinished(quint64 generation)
{
    if (generation != m_generation || !m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_outcome = std::move(m_pending);
    m_pending.reset();
    // A cancel that came after the last progress report loses the race: the import completed and counts.
    m_wasCancelled = m_cancel.load() && !(m_outcome && m_outcome->hasValue());
    emit finished();
}

} // namespace jb::ui
