#pragma once
// FairCommand: one applied change to a fair (its record, its status, an enterprise, post or person linked to it) as
// an undoable command on the window's stack. Core has no generic "inverse" for fairs, so the page gives each
// command the core operation that undoes it (removeFair for an add, editFair with the old details for an edit,
// setFairStatus one step back, the unlink for a link) and the one that does it again; each writes its own audit
// rows. Like RecordChangeCommand, a refused undo or redo makes the command obsolete and reports why.

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

    // `redoIt` has already been applied once: the first redo() (called by push) does nothing.
    FairCommand(const QString& text, Operation undoIt, Operation redoIt, FailureSink failed);

    void undo() override;
    void redo() override;

    const QString& lastError() const { return m_lastError; }

    // Applies `doIt`; on success pushes a command onto `stack` (none: applied without undo) and returns "", else
    // returns core's refusal and pushes nothing.
    static QString apply(QUndoStack* stack, const QString& text, const Operation& doIt, Operation undoIt,
                         FailureSink failed);

private:
    void run(const Operation& operation, const QString& failureText);

    Operation m_undo;
    Operation m_redo;
    FailureSink m_failed;
    bool m_firstRedo = true;
    QString m_lastError;
};

} // namespace jb::ui
