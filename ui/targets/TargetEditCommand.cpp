#include "ui/targets/TargetEditCommand.h"

#include "core/storage/Database.h"

namespace jb::ui {

TargetEditCommand::TargetEditCommand(core::Database& database, qint64 periodId, QVector<core::TargetEdit> before,
                                     QVector<core::TargetEdit> after, const QString& text,
                                     std::function<void(int)> written, std::function<void(const QString&)> failed)
    : m_database(database), m_periodId(periodId), m_before(std::move(before)), m_after(std::move(after)),
      m_written(std::move(written)), m_failed(std::move(failed))
{
    setText(text);
}

void TargetEditCommand::undo()
{
    write(m_before);
}

void TargetEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    write(m_after);
}

void TargetEditCommand::write(const QVector<core::TargetEdit>& edits)
{
    const auto written = core::TargetRepository(m_database.connection()).setTargets(m_periodId, edits);
    if (!written) {
        // The stack drops a command that cannot be replayed; the targets stay as they are.
        setObsolete(true);
        if (m_failed)
            m_failed(written.error());
        return;
    }
    if (m_written)
        m_written(*written);
}

} // namespace jb::ui
