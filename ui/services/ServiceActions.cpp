#include "ui/services/ServiceActions.h"

#include "core/editing/RecordChange.h"
#include "core/records/ServiceKinds.h"
#include "core/storage/Database.h"
#include "ui/services/ServiceCommand.h"
#include "ui/services/ServiceDialog.h"

#include <QMenu>
#include <QPointer>
#include <QUndoStack>
#include <QWidget>

namespace jb::ui {

ServiceActions::ServiceActions(QWidget* page) : QObject(page), m_page(page) {}

bool ServiceActions::writable() const
{
    return m_database && !m_readOnly;
}

QMenu* ServiceActions::makeKindMenu(QWidget* parent, std::function<qint64()> person)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("serviceKindMenu"));
    // Filled when it opens: the kinds' names come from the open file's reference list.
    connect(menu, &QMenu::aboutToShow, this, [this, menu, person] {
        menu->clear();
        if (!m_database)
            return;
        for (const QString& kind : core::serviceKindCodes()) {
            QAction* action = menu->addAction(ServiceDialog::kindName(*m_database, kind));
            action->setData(kind);
            connect(action, &QAction::triggered, this, [this, kind, person] { addService(kind, person()); });
        }
    });
    return menu;
}

QString ServiceActions::describe(const QString& kind, qint64 workerId) const
{
    const auto worker = core::loadRecord(m_database->connection(), core::RecordKind::Worker, workerId);
    const QString name = worker ? worker->value(core::fields::worker::name).toString() : QString();
    return tr("%1 %2").arg(ServiceDialog::kindName(*m_database, kind), name).trimmed();
}

QString ServiceActions::push(const core::ServiceChange& change, const QString& text)
{
    if (m_stack) {
        QPointer<ServiceActions> self(this);
        m_stack->push(new ServiceCommand(
            *m_database, change.undo, change.serviceId, text,
            [self](const QString& message) {
                if (self)
                    emit self->failed(message);
            },
            [self](qint64 id) {
                if (self)
                    emit self->applied(id);
            }));
    }
    emit applied(change.serviceId);
    return {};
}

QString ServiceActions::applyNew(const core::NewService& service)
{
    if (!writable())
        return tr("The file is read-only.");
    const auto added = core::addService(m_database->connection(), service);
    if (!added)
        return added.error();
    return push(*added, tr("New service %1").arg(describe(service.kind, service.workerId)));
}

QString ServiceActions::applyEdit(qint64 serviceId, const QVariantMap& values)
{
    if (!writable())
        return tr("The file is read-only.");
    const auto kind = core::serviceKindOf(m_database->connection(), serviceId);
    const auto stored = core::loadRecord(m_database->connection(), core::RecordKind::Service, serviceId);
    if (!kind || !stored)
        return !kind ? kind.error() : stored.error();
    const auto edited = core::editService(m_database->connection(), serviceId, values);
    if (!edited)
        return edited.error();
    return push(*edited,
                tr("Edit service %1").arg(describe(*kind, stored->value(core::fields::service::worker).toLongLong())));
}

QString ServiceActions::applyRemoval(qint64 serviceId)
{
    if (!writable())
        return tr("The file is read-only.");
    const auto kind = core::serviceKindOf(m_database->connection(), serviceId);
    const auto stored = core::loadRecord(m_database->connection(), core::RecordKind::Service, serviceId);
    if (!kind || !stored)
        return !kind ? kind.error() : stored.error();
    const QString text =
        tr("Delete service %1").arg(describe(*kind, stored->value(core::fields::service::worker).toLongLong()));
    const auto removed = core::removeService(m_database->connection(), serviceId);
    if (!removed)
        return removed.error();
    return push(*removed, text);
}

// The dialog opens window-modal and returns at once; what the officer confirms is applied when it closes.
void ServiceActions::openDialog(ServiceDialog* dialog, qint64 serviceId)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, serviceId] {
        QString refusal;
        if (!serviceId)
            refusal = applyNew(dialog->newService());
        else if (const QVariantMap values = dialog->changedValues(); !values.isEmpty())
            refusal = applyEdit(serviceId, values);
        if (!refusal.isEmpty())
            emit failed(refusal);
    });
    dialog->open();
}

void ServiceActions::addService(const QString& kind, qint64 workerId)
{
    if (writable())
        openDialog(new ServiceDialog(*m_database, kind, workerId, 0, m_page), 0);
}

void ServiceActions::editService(qint64 serviceId)
{
    if (writable() && serviceId)
        openDialog(new ServiceDialog(*m_database, {}, 0, serviceId, m_page), serviceId);
}

void ServiceActions::removeService(qint64 serviceId)
{
    if (!writable() || !serviceId)
        return;
    const QString refusal = applyRemoval(serviceId);
    if (!refusal.isEmpty())
        emit failed(refusal);
}

} // namespace jb::ui
