#pragma once
// MergeCommand: a merge on the window's undo stack (Edit ▸ Undo/Redo). Pushed after the merge has been applied,
// so the first redo() does nothing; undo() reverses it through core::RecordMerge::undo, redo() merges again with
// the same choices. A refused undo or redo (the survivor changed meanwhile) makes the command obsolete and is
// reported through `failed`; the records stay as they are.

#include "core/duplicates/RecordMerge.h"

#include <QUndoCommand>
#include <functional>

namespace jb::core {
class Database;
}

namespace jb::ui {

class MergeCommand final : public QUndoCommand
{
public:
    MergeCommand(core::Database& database, core::MergeRequest request, core::MergeUndo applied,
                 std::function<void(const QString&)> failed);

    void undo() override;
    void redo() override;

private:
    core::Database& m_database;
    core::MergeRequest m_request;
    core::MergeUndo m_applied;
    std::function<void(const QString&)> m_failed;
    bool m_firstRedo = true;
};

} // namespace jb::ui
