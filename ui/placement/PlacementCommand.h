#pragma once
// PlacementCommand: a placement change that is not a referral change (a trade synonym added, "unwilling for now"
// recorded) as a named command on the window's undo stack. Core gives each change the operation that takes it back
// (removeTradeSynonym, undoUnwilling); redo applies the change again. Like ReferralCommand, a refused undo or redo
// makes the command obsolete and reports why.

#include "core/Expected.h"

#include <QString>
#include <QUndoCommand>
#include <functional>

class QUndoStack;

namespace jb::ui {

class PlacementCommand final : public QUndoCommand
{
public:
    using Operation = std::function<core::Status()>;
    using FailureSink = std::function<void(const QString&)>;

    // `redoIt` has already been applied once: the first redo() (called by push) does nothing.
    PlacementCommand(const QString& text, Operation undoIt, Operation redoIt, FailureSink failed);

    void undo() override;
    void redo() override;

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
};

} // namespace jb::ui
