#include "ui/placement/PlacementCommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace jb::ui {

PlacementCommand::PlacementCommand(const QString& text, Operation undoIt, Operation redoIt, FailureSink failed)
    : QUndoCommand(text), m_undo(std::move(undoIt)), m_redo(std::move(redoIt)), m_failed(std::move(failed))
{
}

void PlacementCommand::run(const Operation& operation, const QString& failureText)
{
    const core::Status status = operation();
    if (status)
        return;
    // Changed since outside the stack: it cannot replay this command; QUndoStack drops obsolete commands.
    setObsolete(true);
    if (m_failed)
        m_failed(failureText.arg(text(), status.error()));
}

void PlacementCommand::undo()
{
    run(m_undo, QCoreApplication::translate("jb::ui::PlacementCommand", "Cannot undo “%1”: %2"));
}

void PlacementCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // applied before it was pushed
        return;
    }
    run(m_redo, QCoreApplication::translate("jb::ui::PlacementCommand", "Cannot redo “%1”: %2"));
}

QString PlacementCommand::apply(QUndoStack* stack, const QString& text, const Operation& doIt, Operation undoIt,
                                FailureSink failed)
{
    const core::Status status = doIt();
    if (!status)
        return status.error();
    if (stack)
        stack->push(new PlacementCommand(text, std::move(undoIt), doIt, std::move(failed)));
    return {};
}

} // namespace jb::ui
