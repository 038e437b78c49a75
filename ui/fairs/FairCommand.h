#pragma once
// FairCommand: one applied change to a fair (its record, its status, an enterprise, post or person linked to it) as
// an undoable command on the window's stack. Core has no generic "inverse" for fairs, so the page gives each
// command the core operation that undoes it (removeFair for an add, editFair with the old details for an edit,
// setFairStatus one step back, the unlink for a link, undoNewFairRecord for a record created on the spot) and the one
// that does it again (readdFair, redoNewFairRecord: under the same id, so the later commands that name it still
// apply); each writes its own audit rows. Like RecordChangeCommand, a refused undo or redo makes the command obsolete
// and reports why.

#include "core/Expected.h"

#include <QString>
#include <QUndoCommand>
#include <functional>

class QUndoStack;

namespace jb::ui {

class FairCommand final : public QUndoCommand
{
public:
    using Operation = std::function<core::Status()>;
    using FailureSink = std::function<void(const QString&)>;
    using RedoneSink = std::function<void()>;

    // `redoIt` has already been applied once: the first redo() (called by push) does nothing. `redone` (may be
    // empty) runs after each later redo that worked: the page shows the fair again.
    FairCommand(const QString& text, Operation undoIt, Operation redoIt, FailureSink failed, RedoneSink redone = {});

    void undo() override;
    void redo() override;

    const QString& lastError() const { return m_lastError; }

    // Applies `doIt`; on success pushes a command onto `stack` (none: applied without undo) and returns "", else
    // returns core's refusal and pushes nothing.
    static QString apply(QUndoStack* stack, const QString& text, const Operation& doIt, Operation undoIt,
                         FailureSink failed, RedoneSink redone = {});

private:
    // True when `operation` worked; else the command is obsolete and the failure reported.
    bool run(const Operation& operation, const QString& failureText);

    Operation m_undo;
    Operation m_redo;
    FailureSink m_failed;
    RedoneSink m_redone;
    bool m_firstRedo = true;
    QString m_lastError;
};

} // namespace jb::ui
