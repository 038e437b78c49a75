#include "ui/editing/EditCommands.h"

#include "core/storage/Database.h"

#include <QUndoStack>

namespace jb::ui {

namespace {

QString& lastFailure()
{
    static QString failure;
    return failure;
}

} // namespace

RecordChangeCommand::RecordChangeCommand(core::Database& database, core::RecordChange applied, qint64 appliedId,
                                         const QString& text)
    : QUndoCommand(text), m_database(database), m_change(std::move(applied)), m_appliedId(appliedId)
{
    // Redo re-applies the same record (an added person comes back with the id the rest of the file may know).
    m_change.recordId = appliedId;
}

void RecordChangeCommand::undo()
{
    const auto result = core::applyRecordChange(m_database.connection(), core::invertedChange(m_change, m_appliedId));
    if (result) {
        m_lastError.clear();
        return;
    }
    // The record changed since (another edit outside the stack, another officer on a shared file): the stack
    // cannot replay this command any more. Obsolete commands are dropped by QUndoStack after undo, so the stack
    // stays consistent with the file.
    m_lastError = QStringLiteral("无法撤销“%1”：%2 / Cannot undo “%1”: %2").arg(text(), result.error());
    lastFailure() = m_lastError;
    setObsolete(true);
}

void RecordChangeCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // applied before it was pushed
        return;
    }
    const auto result = core::applyRecordChange(m_database.connection(), m_change);
    if (result) {
        m_lastError.clear();
        return;
    }
    m_lastError = QStringLiteral("无法重做“%1”：%2 / Cannot redo “%1”: %2").arg(text(), result.error());
    lastFailure() = m_lastError;
    setObsolete(true);
}

QString RecordChangeCommand::takeLastFailure()
{
    QString failure;
    failure.swap(lastFailure());
    return failure;
}

qint64 applyAndPush(QUndoStack* stack, core::Database& database, const core::RecordChange& change, const QString& text,
                    QString* error)
{
    const auto result = core::applyRecordChange(database.connection(), change);
    if (!result) {
        if (error)
            *error = result.error();
        return 0;
    }
    if (error)
        error->clear();
    if (stack)
        stack->push(new RecordChangeCommand(database, change, result.value(), text));
    return result.value();
}

} // namespace jb::ui
