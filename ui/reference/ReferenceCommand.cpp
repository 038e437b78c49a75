#include "ui/reference/ReferenceCommand.h"

#include "core/reference/ReferenceEditor.h"
#include "core/storage/Database.h"

namespace jb::ui {

ReferenceCommand::ReferenceCommand(core::Database& database, std::optional<core::ReferenceItem> before,
                                   std::optional<core::ReferenceItem> after, const QString& text, Written written,
                                   std::function<void(const QString&)> failed)
    : m_database(database), m_before(std::move(before)), m_after(std::move(after)), m_written(std::move(written)),
      m_failed(std::move(failed))
{
    setText(text);
}

void ReferenceCommand::undo()
{
    write(m_after, m_before);
}

void ReferenceCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    write(m_before, m_after);
}

void ReferenceCommand::write(const std::optional<core::ReferenceItem>& from,
                             const std::optional<core::ReferenceItem>& to)
{
    core::ReferenceEditor editor(m_database.connection());
    core::Status written;
    if (!from && to) {
        written = editor.restore(*to);
    } else if (from && !to) {
        written = editor.remove(from->id);
    } else if (from && to) {
        // One command changes either the names or the state (one button each).
        if (from->nameZh != to->nameZh || from->nameEn != to->nameEn)
            written = editor.rename(to->id, to->nameZh, to->nameEn);
        if (written && from->retired != to->retired)
            written = editor.setRetired(to->id, to->retired);
    }
    if (!written) {
        // The stack drops a command that cannot be replayed; the list stays as it is.
        setObsolete(true);
        if (m_failed)
            m_failed(written.error());
        return;
    }
    const core::ReferenceItem& shown = to ? *to : *from;
    if (m_written)
        m_written(shown.list, to ? to->id : 0);
}

} // namespace jb::ui
