#pragma once
// FairActions: what the officer does to fairs from the 招聘会 page — add or edit a fair (FairEditDialog), move its
// status, link an enterprise, a post or a person of the lists to it (FairPicker), record an intention or contract
// (FairOutcomeDialog), or create an enterprise, a post or a person on the spot (the record dialogs). Each goes through
// core (which checks and audits it) and onto the window's undo stack as a FairCommand whose undo is core's inverse:
// removeFair for an add, the old details for an edit, the status one step back, the unlink for a link, undoFairOutcome
// for an outcome. The dialogs open as children of the page (tests and screenshots find them there).

#include "core/Expected.h"
#include "core/editing/RecordChange.h"
#include "core/fairs/Fair.h"

#include <QObject>
#include <functional>
#include <optional>

class QDialog;
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
    // Create on the spot, with the record dialogs' usual checks: a new enterprise that joins the fair, a new post of
    // a participating enterprise, a new person registered at the fair (its first day as registration date). Each is
    // one core operation (core/fairs/FairNewRecords.h) on the undo stack; redo puts the record back under its id.
    void newEnterprise(qint64 fairId);
    void newPost(qint64 fairId, qint64 enterpriseId);
    void newPerson(qint64 fairId);

    // The pickers, as addEnterprise / addPost / addPerson open them.
    FairPicker* enterprisePicker();
    FairPicker* postPicker();
    FairPicker* personPicker();

signals:
    // A change was applied (or refused: failed) to fair `fairId`; the page re-reads and shows it.
    void applied(qint64 fairId);
    void failed(const QString& message);
    // Edit ▸ Redo applied a change to fair `fairId` again (a fair added again shows again).
    void redone(qint64 fairId);

private:
    // Applies `doIt`, pushing it with `undoIt`; emits applied or failed.
    void apply(qint64 fairId, const QString& text, const std::function<core::Status()>& doIt,
               std::function<core::Status()> undoIt);
    void openPicker(FairPicker* picker, const std::function<void(qint64 chosen, FairPicker*)>& chosen);
    // Opens `dialog` (a record dialog for a new record); on OK creates the record at the fair from `change()`.
    void openNewRecord(qint64 fairId, QDialog* dialog, core::RecordKind kind,
                       const std::function<core::RecordChange()>& change, const std::function<bool()>& publicWelfare);
    // The fair's name and first day (for the dialogs' titles and dates); empty when it cannot be read.
    std::optional<core::Fair> fairFor(qint64 fairId);

    bool writable() const { return m_database && !m_readOnly; }

    QWidget* m_page;
    bool m_readOnly = false;
    core::Database* m_database = nullptr;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace jb::ui
