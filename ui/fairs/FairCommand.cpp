#include "ui/fairs/FairCommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace jb::ui {

FairCommand::FairCommand(const QString& text, Operation undoIt, Operation redoIt, FailureSink failed)
    : QUndoCommand(text), m_undo(std::move(undoIt)), m_redo(std::move(redoIt)), m_failed(std::move(failed))
{
}

void FairCommand::run(const Operation& operation, const QString& failureText)
{
    const core::Status status = operation();
    if (status) {
        m_lastError.clear();
        return;
    }
    // The fair changed since (another edit outside the stack): the stack cannot replay this command any more.
    // QUndoStack drops obsolete commands, so the stack stays consistent with the file.
    m_lastError = failureText.arg(text(), status.error());
    setObsolete(true);
    if (m_failed)
        m_failed(m_lastError);
}

void FairCommand::undo()
{
    run(m_undo, QCoreApplication::translate("jb::ui::FairCommand", "Cannot undo “%1”: %2"));
}

void FairCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // applied before it was pushed
        return;
    }
    run(m_redo, QCoreApplication::translate("jb::ui::FairCommand", "Cannot redo “%1”: %2"));
}

QString FairCommand::apply(QUndoStack* stack, const QString& text, const Operation& doIt, Operation undoIt,
                           FailureSink failed)
{
    const core::Status status = doIt();
    if (!status)
        return status.error();
    if (stack)
        stack->push(new FairCommand(text, std::move(undoIt), doIt, std::move(failed)));
    return {};
}

} // namespace jb::ui
