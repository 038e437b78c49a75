#include "ui/duplicates/MergeCommand.h"

#include "core/storage/Database.h"

#include <QCoreApplication>

namespace jb::ui {

MergeCommand::MergeCommand(core::Database& database, core::MergeRequest request, core::MergeUndo applied,
                           std::function<void(const QString&)> failed)
    : m_database(database), m_request(std::move(request)), m_applied(std::move(applied)), m_failed(std::move(failed))
{
    setText(QCoreApplication::translate("jb::ui::MergeCommand", "Merge record #%1 into #%2")
                .arg(m_request.loserId)
                .arg(m_request.survivorId));
}

void MergeCommand::undo()
{
    const core::Status undone = core::RecordMerge::undo(m_database.connection(), m_applied);
    if (!undone) {
        setObsolete(true);
        if (m_failed)
            m_failed(undone.error());
    }
}

void MergeCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    core::MergeUndo applied;
    const core::Expected<qint64> merged = core::RecordMerge::merge(m_database.connection(), m_request, &applied);
    if (!merged) {
        setObsolete(true);
        if (m_failed)
            m_failed(merged.error());
        return;
    }
    m_applied = std::move(applied);
}

} // namespace jb::ui
