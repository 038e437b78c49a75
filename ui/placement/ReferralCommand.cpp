#include "ui/placement/ReferralCommand.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace jb::ui {

ReferralCommand::ReferralCommand(core::Database& database, const QString& text, core::ReferralUndo undo,
                                 core::ReferralRedo redo, FailureSink failed, RedoneSink redone)
    : QUndoCommand(text), m_database(database), m_undo(std::move(undo)), m_redo(std::move(redo)),
      m_failed(std::move(failed)), m_redone(std::move(redone))
{
}

bool ReferralCommand::worked(const core::Status& status, const QString& failureText)
{
    if (status) {
        m_lastError.clear();
        return true;
    }
    // The file could not take the photographs back (a write refused): the stack cannot replay this command any
    // more. QUndoStack drops obsolete commands, so the stack stays consistent with the file.
    m_lastError = failureText.arg(text(), status.error());
    setObsolete(true);
    if (m_failed)
        m_failed(m_lastError);
    return false;
}

void ReferralCommand::undo()
{
    worked(core::undoReferralChange(m_database.connection(), m_undo),
           QCoreApplication::translate("jb::ui::ReferralCommand", "Cannot undo “%1”: %2"));
}

void ReferralCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // applied before it was pushed
        return;
    }
    if (worked(core::redoReferralChange(m_database.connection(), m_redo),
               QCoreApplication::translate("jb::ui::ReferralCommand", "Cannot redo “%1”: %2")) &&
        m_redone)
        m_redone();
}

core::Expected<core::ReferralChange> ReferralCommand::apply(QUndoStack* stack, core::Database& database,
                                                            const QString& text, const Change& change,
                                                            FailureSink failed, RedoneSink redone)
{
    core::Expected<core::ReferralChange> applied = change();
    if (!applied || !stack)
        return applied;
    // Photographed right after the change, before anything else can touch these referrals: what redo puts back.
    core::Expected<core::ReferralRedo> after = core::snapshotAfterChange(database.connection(), applied->undo);
    if (!after) {
        // The change stands but cannot be redone after an undo; it is still undoable, so push it with nothing to
        // redo (a redo then reports why and drops the command).
        after = core::ReferralRedo{};
    }
    stack->push(new ReferralCommand(database, text, applied->undo, *after, std::move(failed), std::move(redone)));
    return applied;
}

} // namespace jb::ui
