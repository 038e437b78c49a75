#pragma once
// An import on the window's undo stack (Edit ▸ Undo): undoing it is core's batch undo, so Ctrl+Z right after an
// import takes the import back instead of an older edit on another page. An import cannot be redone (that needs
// the file again), so the command leaves the stack once undone; a refusal (records changed since) is reported
// through `failed` and leaves the file as it was.

#include <QUndoCommand>
#include <functional>

namespace jb::core {
class Database;
}

namespace jb::ui {

class ImportCommand final : public QUndoCommand
{
public:
    // `changed` runs after the batch was undone (the pages re-read); `failed` gets core's refusal.
    ImportCommand(core::Database& database, qint64 batchId, const QString& fileName, std::function<void()> changed,
                  std::function<void(const QString&)> failed);

    void undo() override;
    void redo() override;

    qint64 batchId() const { return m_batchId; }

private:
    core::Database& m_database;
    qint64 m_batchId = 0;
    std::function<void()> m_changed;
    std::function<void(const QString&)> m_failed;
};

} // namespace jb::ui
