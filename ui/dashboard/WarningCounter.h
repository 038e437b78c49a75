#pragma once
// WarningCounter: early warning's counts for the dashboard, read off the GUI thread in the application (on the
// 1M-worker demo they take about half a second, which would otherwise stand before the window's first paint), or at
// once where asked (tests, screenshots). A count asked for while one is under way is counted again when it ends, so
// what is shown is never older than the last change.

#include "core/Expected.h"
#include "core/warnings/Warnings.h"

#include <QDate>
#include <QObject>
#include <functional>
#include <memory>

namespace jb::core {
class BackgroundJob;
class Database;
} // namespace jb::core

namespace jb::ui {

class WarningCounter final : public QObject
{
public:
    using Counts = core::Expected<QVector<core::WarningSectionList>>;
    // `show` receives each count on the GUI thread.
    WarningCounter(std::function<void(const Counts&)> show, QObject* parent);
    ~WarningCounter() override;

    void setInBackground(bool inBackground) { m_inBackground = inBackground; }
    // Counts `database` as of `today`: now, or on another thread with its own connection to the file.
    void count(core::Database& database, const QDate& today);
    // The file is closed: a count under way is dropped.
    void cancel();

private:
    void start();
    void finished(quint64 round, const Counts& counts);

    std::function<void(const Counts&)> m_show;
    bool m_inBackground = false;
    QString m_path;
    QDate m_today;
    quint64 m_round = 0; // counts of a closed file, or superseded, are dropped
    bool m_running = false;
    bool m_again = false;
    std::unique_ptr<core::BackgroundJob> m_job;
};

} // namespace jb::ui
