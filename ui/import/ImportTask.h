#pragma once
// ImportTask: runs one ImportJob::run() on a thread it owns and reports back on the GUI thread. Progress arrives
// as queued signals; cancel() makes the job's progress callback return false, so core rolls everything back.
// The destructor cancels and waits: a wizard closed mid-run never leaves a thread behind or a job half-used.

#include "core/Expected.h"
#include "core/import/ImportTypes.h"

#include <QObject>
#include <atomic>
#include <optional>

class QThread;

namespace jb::core {
class ImportJob;
}

namespace jb::ui {

class ImportTask final : public QObject
{
    Q_OBJECT

public:
    explicit ImportTask(QObject* parent = nullptr);
    ~ImportTask() override;

    // Starts job.run() on a new thread. The job must stay alive and untouched until finished() (or
    // cancelAndWait()). Refused (false) while another run is under way.
    bool start(core::ImportJob& job);
    bool isRunning() const { return m_thread != nullptr; }

    // Asks the run to stop at its next progress report; finished() follows with the cancellation.
    void cancel();
    bool cancelRequested() const { return m_cancel.load(); }
    // Cancels and blocks until the thread has ended; no finished() is emitted for that run. For teardown only.
    void cancelAndWait();

    // The outcome of the last run that finished (empty while running or after cancelAndWait()).
    const std::optional<core::Expected<core::ImportSummary>>& outcome() const { return m_outcome; }
    // The last run ended because cancel() was asked (core reports a cancel as a failure message).
    bool wasCancelled() const { return m_wasCancelled; }

signals:
    // bytes read of the file's total; emitted at most once per thousandth of the file.
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    void onThreadFinished(quint64 generation);

    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    quint64 m_generation = 0; // events of an abandoned run are ignored
    std::optional<core::Expected<core::ImportSummary>> m_outcome;
    std::optional<core::Expected<core::ImportSummary>> m_pending; // written by the worker, read after it ended
    bool m_wasCancelled = false;
};

} // namespace jb::ui
