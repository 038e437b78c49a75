#pragma once
// Officer edits as undoable commands: RecordChangeCommand holds one applied core::RecordChange and its inverse,
// so Edit ▸ Undo/Redo replay them through core (each in its own transaction with its audit rows).

#include "core/editing/RecordChange.h"

#include <QString>
#include <QUndoCommand>

class QUndoStack;

namespace jb::core {
class Database;
}

namespace jb::ui {

// One applied edit. Pushed after the change has been applied, so the first redo() (called by push) does nothing.
// If an undo or redo is refused (the record changed meanwhile), the command becomes obsolete, the error is kept in
// lastError() and the stack's owner shows it; the record is left as it was.
class RecordChangeCommand final : public QUndoCommand
{
public:
    RecordChangeCommand(core::Database& database, core::RecordChange applied, qint64 appliedId, const QString& text);

    void undo() override;
    void redo() override;

    qint64 appliedId() const { return m_appliedId; }
    // The last failure of undo() or redo() (bilingual), empty when both worked.
    const QString& lastError() const { return m_lastError; }
    // Takes and clears the last failure of any RecordChangeCommand (the window shows it after indexChanged).
    static QString takeLastFailure();

private:
    core::Database& m_database;
    core::RecordChange m_change;
    qint64 m_appliedId = 0;
    bool m_firstRedo = true;
    QString m_lastError;
};

// Applies `change` now; on success pushes an undoable command (Edit ▸ Undo/Redo) labelled `text` onto `stack`
// and returns the applied record id; on failure returns 0 and sets *error (bilingual), pushing nothing.
// A null `stack` applies without undo.
qint64 applyAndPush(QUndoStack* stack, core::Database& database, const core::RecordChange& change, const QString& text,
                    QString* error);

} // namespace jb::ui
