#pragma once
// Edit ▸ Undo and Redo over the window's one undo stack, which every page pushes its changes onto (record edits,
// merges, imports …). Each change remembers the page it was made on; undoing or redoing it first shows that page,
// so nothing changes out of sight, and the status bar then says what was undone or redone. The actions' texts
// name the change they would undo or redo.

#include <QHash>
#include <QObject>
#include <functional>

class QAction;
class QUndoCommand;
class QUndoStack;

namespace jb::ui {

class UndoActions final : public QObject
{
    Q_OBJECT

public:
    struct Window
    {
        std::function<QString()> pageOnScreen;        // object name of the page shown
        std::function<void(const QString&)> showPage; // shows a page by object name
        std::function<void(const QString&)> sayDone;  // a status bar message
    };
    UndoActions(QUndoStack* stack, Window window, QObject* parent);

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    // After every change of the stack's index: a newly pushed change is noted with the page on screen.
    void noteChanges();
    // A read-only file: neither undo nor redo (they would write).
    void setReadOnly(bool readOnly);

private:
    void undo();
    void redo();
    void updateTexts();
    QString pageOf(const QUndoCommand* command) const;

    QUndoStack* m_stack;
    Window m_window;
    QAction* m_undo;
    QAction* m_redo;
    QHash<const QUndoCommand*, QString> m_pageOf;
    bool m_readOnly = false;
};

} // namespace jb::ui
