#include "ui/services/ServiceCommand.h"

#include "core/services/ServiceLedger.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace jb::ui {

ServiceCommand::ServiceCommand(core::Database& database, core::RecordChange reverse, qint64 serviceId,
                               const QString& text, FailureSink failed, ShownSink shown)
    : QUndoCommand(text), m_database(database), m_pending(std::move(reverse)), m_serviceId(serviceId),
      m_failed(std::move(failed)), m_shown(std::move(shown))
{
}

void ServiceCommand::step(const QString& failureText)
{
    const auto done = core::undoServiceChange(m_database.connection(), m_pending);
    if (!done) {
        // The service changed since (outside the stack): the stack cannot replay this command any more.
        m_lastError = failureText.arg(text(), done.error());
        setObsolete(true);
        if (m_failed)
            m_failed(m_lastError);
        return;
    }
    m_lastError.clear();
    m_pending = done->undo;
    if (m_shown)
        m_shown(m_serviceId);
}

void ServiceCommand::undo()
{
    step(QCoreApplication::translate("jb::ui::ServiceCommand", "Cannot undo “%1”: %2"));
}

void ServiceCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // applied before it was pushed
        return;
    }
    step(QCoreApplication::translate("jb::ui::ServiceCommand", "Cannot redo “%1”: %2"));
}

} // namespace jb::ui
