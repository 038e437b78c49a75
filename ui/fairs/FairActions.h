#pragma once
// FairActions: what the officer does to fairs from the 招聘会 page — add or edit a fair (FairEditDialog), move its
// status, link an enterprise, a post or a person of the lists to it (FairPicker), record an intention or contract
// (FairOutcomeDialog). Each goes through core (which checks and audits it) and onto the window's undo stack as a
// FairCommand whose undo is core's inverse: removeFair for an add, the old details for an edit, the status one step
// back, the unlink for a link, undoFairOutcome for an outcome. The dialogs open as children of the page (tests and
// screenshots find them there).

#include "core/Expected.h"
#include "core/fairs/Fair.h"

#include <QObject>
#include <functional>

class QUndoStack;
class QWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

class FairPicker;

class FairActions final : public QObject
{
    Q_OBJECT

public:
    explicit FairActions(QWidget* page);

    void setDatabase(core::Database* database) { m_database = database; }
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    // A read-only file: every action does nothing (the page disables their buttons too).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    void addFair();
    void editFair(qint64 fairId);
    void setStatus(qint64 fairId, core::FairStatus to);
    void addEnterprise(qint64 fairId);
    void addPost(qint64 fairId);
    void addPerson(qint64 fairId);
    void addOutcome(qint64 fairId);

    // The pickers, as addEnterprise / addPost / addPerson open them.
    FairPicker* enterprisePicker();
    FairPicker* postPicker();
    FairPicker* personPicker();

signals:
    // A change was applied (or refused: failed) to fair `fairId`; the page re-reads and shows it.
    void applied(qint64 fairId);
    void failed(const QString& message);

private:
    // Applies `doIt`, pushing it with `undoIt`; emits applied or failed.
    void apply(qint64 fairId, const QString& text, const std::function<core::Status()>& doIt,
               std::function<core::Status()> undoIt);
    void openPicker(FairPicker* picker, const std::function<void(qint64 chosen, FairPicker*)>& chosen);

    bool writable() const { return m_database && !m_readOnly; }

    QWidget* m_page;
    bool m_readOnly = false;
    core::Database* m_database = nullptr;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace jb::ui
