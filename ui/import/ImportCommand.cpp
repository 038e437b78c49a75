#include "ui/import/ImportCommand.h"

#include "core/import/batches/ImportBatchRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace jb::ui {

ImportCommand::ImportCommand(core::Database& database, qint64 batchId, const QString& fileName,
                             std::function<void()> changed, std::function<void(const QString&)> failed)
    : m_database(database), m_batchId(batchId), m_changed(std::move(changed)), m_failed(std::move(failed))
{
    setText(QCoreApplication::translate("jb::ui::ImportCommand", "Import of %1").arg(fileName));
}

void ImportCommand::undo()
{
    // Whatever happens the command leaves the stack: an undone import cannot be redone from here.
    setObsolete(true);
    core::ImportBatchRepository batches(m_database.connection());
    // Undone already (on the Import page, or in the wizard): nothing more to do.
    if (const auto batch = batches.byId(m_batchId); batch && batch->undoneAt.isValid())
        return;
    if (const core::Status undone = batches.undo(m_batchId); !undone) {
        if (m_failed)
            m_failed(undone.error());
        return;
    }
    if (m_changed)
        m_changed();
}

void ImportCommand::redo()
{
    // Pushed after the import was written: the push's redo has nothing to do, and no later redo reaches here.
}

} // namespace jb::ui
