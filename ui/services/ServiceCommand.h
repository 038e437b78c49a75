#pragma once
// ServiceCommand: one applied change to the services ledger (a service added, changed or removed) on the window's
// undo stack. Core returns with each change the change that undoes it (core::ServiceChange), and with each undo the
// one that redoes it, so undo and redo are the same step: apply what is pending and keep what reverses it. Each
// writes its own audit rows. A refused step makes the command obsolete and reports why.

#include "core/editing/RecordChange.h"

#include <QString>
#include <QUndoCommand>
#include <functional>

namespace jb::core {
class Database;
}

namespace jb::ui {

class ServiceCommand final : public QUndoCommand
{
public:
    using FailureSink = std::function<void(const QString&)>;
    // Runs after each undo or redo that worked, with the service's id (the page shows it).
    using ShownSink = std::function<void(qint64)>;

    // `reverse` undoes the change already applied to service `serviceId`: the first redo() (called by push) does
    // nothing.
    ServiceCommand(core::Database& database, core::RecordChange reverse, qint64 serviceId, const QString& text,
                   FailureSink failed, ShownSink shown = {});

    void undo() override;
    void redo() override;

    const QString& lastError() const { return m_lastError; }

private:
    void step(const QString& failureText);

    core::Database& m_database;
    core::RecordChange m_pending;
    qint64 m_serviceId = 0;
    FailureSink m_failed;
    ShownSink m_shown;
    bool m_firstRedo = true;
    QString m_lastError;
};

} // namespace jb::ui
