#pragma once
// Page: one screen of the main window's stack. The window tells every page which file is open (or that none is)
// and what it holds; a page reports failures through errorOccurred so the window decides how to show them.

#include "core/records/RecordKind.h"

#include <QWidget>

class QLabel;
class QUndoStack;

namespace jb::core {
class Database;
struct DatabaseStats;
} // namespace jb::core

namespace jb::ui {

class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The name shown in the navigation list.
    virtual QString title() const = 0;

    // `database` is the open file (never null here) and `stats` its current record counts.
    virtual void showFile(core::Database& database, const core::DatabaseStats& stats) = 0;
    // The file was closed: drop every reference to it.
    virtual void clearFile() = 0;

    // The window's undo stack (Edit ▸ Undo/Redo): pages push their edits onto it (ui/editing/EditCommands.h).
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // After any edit, undo or redo the window calls this on the page on screen, and on each other page just
    // before it is next shown: re-read what the page shows, keeping the current row where possible.
    // Default: nothing.
    virtual void recordsEdited();
    // The page's search box, which Edit ▸ Find (Ctrl+F) focuses; none by default.
    virtual QWidget* searchField() const;
    // Whether the page shows records of `kind` (a worker, an enterprise, a fair); none by default. The window asks
    // this when a page wants a record opened, shows the page that does, then calls openRecord: it chooses the record
    // in the list when it is there and shows its detail.
    virtual bool opensRecords(core::RecordKind kind) const;
    virtual void openRecord(core::RecordKind kind, qint64 id);

    // The open file may not be written (another process has it open, or it is still being checked): every
    // action of the page that writes is disabled and a double-click opens no editor. The window calls this
    // after showFile() and whenever the file's state changes.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

signals:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);
    // A record shown on this page (a dashboard drill-down's row) is to be opened on its own page.
    void recordOpenRequested(core::RecordKind kind, qint64 id);

protected:
    // A page heading in the application font, larger and bold.
    static QLabel* makeHeading(const QString& text, QWidget* parent, qreal scale = 1.6);
    // Called by setReadOnly(): pages that write enable or disable their actions (isReadOnly()). Default: nothing.
    virtual void readOnlyChanged();

private:
    QUndoStack* m_undoStack = nullptr;
    bool m_readOnly = false;
};

} // namespace jb::ui
