#pragma once
// ServiceActions: what the 服务 page and the worker page's services tab do to the ledger: a menu of the kinds
// (the kind is chosen first) that opens ServiceDialog for a new service, the dialog on a stored one, and the
// removal. Each change goes through core (core/services/ServiceLedger.h, one audited transaction) and onto the
// window's undo stack as a command named for what it did ("New service: Training, 张三").

#include "core/services/ServiceLedger.h"

#include <QObject>
#include <functional>

class QMenu;
class QUndoStack;
class QWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ServiceDialog;

class ServiceActions final : public QObject
{
    Q_OBJECT

public:
    explicit ServiceActions(QWidget* page);

    void setDatabase(core::Database* database) { m_database = database; }
    void setUndoStack(QUndoStack* stack) { m_stack = stack; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // A menu with one entry per kind; choosing one opens the dialog for a new service of that kind on the person
    // `person()` gives (0: the officer chooses the person in the dialog).
    QMenu* makeKindMenu(QWidget* parent, std::function<qint64()> person);

    // Opens the dialog (ServiceDialog, named "serviceDialog") and applies what the officer confirms.
    void addService(const QString& kind, qint64 workerId);
    void editService(qint64 serviceId);
    void removeService(qint64 serviceId);

    // The changes themselves (the dialog's outcome), each pushed onto the undo stack; "" or core's refusal.
    QString applyNew(const core::NewService& service);
    QString applyEdit(qint64 serviceId, const QVariantMap& values);
    QString applyRemoval(qint64 serviceId);

signals:
    void failed(const QString& message);
    // A change (or an undo or redo of one) was applied to service `serviceId`.
    void applied(qint64 serviceId);

private:
    bool writable() const;
    void openDialog(ServiceDialog* dialog, qint64 serviceId);
    QString push(const core::ServiceChange& change, const QString& text);
    QString describe(const QString& kind, qint64 workerId) const;

    QWidget* m_page;
    core::Database* m_database = nullptr;
    QUndoStack* m_stack = nullptr;
    bool m_readOnly = false;
};

} // namespace jb::ui
