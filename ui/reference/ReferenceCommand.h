#pragma once
// A change of one reference-list value on the window's undo stack (Edit ▸ Undo/Redo): the value before and after
// (absent before an add, absent after a delete). Undo and redo write the other state back through core's
// ReferenceEditor (each one transaction, audited): restore() puts a deleted value back with its id and code,
// remove() takes an added one away, rename() and setRetired() set the names and the state. Pushed after the
// change was made, so the first redo does nothing. A refused undo or redo (the value came into use, its name was
// taken) makes the command obsolete and is reported through `failed`; the list stays as it is.

#include "core/domain/ReferenceItem.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

namespace jb::core {
class Database;
}

namespace jb::ui {

class ReferenceCommand final : public QUndoCommand
{
public:
    using Written = std::function<void(const QString& list, qint64 itemId)>;
    ReferenceCommand(core::Database& database, std::optional<core::ReferenceItem> before,
                     std::optional<core::ReferenceItem> after, const QString& text, Written written,
                     std::function<void(const QString&)> failed);

    void undo() override;
    void redo() override;

private:
    void write(const std::optional<core::ReferenceItem>& from, const std::optional<core::ReferenceItem>& to);

    core::Database& m_database;
    std::optional<core::ReferenceItem> m_before;
    std::optional<core::ReferenceItem> m_after;
    Written m_written;
    std::function<void(const QString&)> m_failed;
    bool m_firstRedo = true;
};

} // namespace jb::ui
