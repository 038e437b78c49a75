#include "ui/UndoActions.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoCommand>
#include <QUndoStack>

namespace jb::ui {

UndoActions::UndoActions(QUndoStack* stack, Window window, QObject* parent)
    : QObject(parent), m_stack(stack), m_window(std::move(window)), m_undo(new QAction(this)), m_redo(new QAction(this))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, &UndoActions::undo);
    connect(m_redo, &QAction::triggered, this, &UndoActions::redo);
    connect(m_stack, &QUndoStack::undoTextChanged, this, &UndoActions::updateTexts);
    connect(m_stack, &QUndoStack::redoTextChanged, this, &UndoActions::updateTexts);
    connect(m_stack, &QUndoStack::canUndoChanged, this, &UndoActions::updateTexts);
    connect(m_stack, &QUndoStack::canRedoChanged, this, &UndoActions::updateTexts);
    updateTexts();
}

void UndoActions::noteChanges()
{
    // Commands leave the stack when they are undone for good or overwritten by a new change: forget those.
    QHash<const QUndoCommand*, QString> kept;
    const QString shown = m_window.pageOnScreen();
    for (int i = 0; i < m_stack->count(); ++i) {
        const QUndoCommand* command = m_stack->command(i);
        kept.insert(command, m_pageOf.value(command, shown));
    }
    m_pageOf = std::move(kept);
}

QString UndoActions::pageOf(const QUndoCommand* command) const
{
    return command ? m_pageOf.value(command) : QString();
}

void UndoActions::undo()
{
    if (!m_stack->canUndo() || m_readOnly)
        return;
    const QString text = m_stack->undoText();
    const QString page = pageOf(m_stack->command(m_stack->index() - 1));
    if (!page.isEmpty() && page != m_window.pageOnScreen())
        m_window.showPage(page);
    m_stack->undo();
    m_window.sayDone(tr("Undone: %1").arg(text));
}

void UndoActions::redo()
{
    if (!m_stack->canRedo() || m_readOnly)
        return;
    const QString text = m_stack->redoText();
    const QString page = pageOf(m_stack->command(m_stack->index()));
    if (!page.isEmpty() && page != m_window.pageOnScreen())
        m_window.showPage(page);
    m_stack->redo();
    m_window.sayDone(tr("Redone: %1").arg(text));
}

void UndoActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateTexts();
}

void UndoActions::updateTexts()
{
    m_undo->setEnabled(m_stack->canUndo() && !m_readOnly);
    m_redo->setEnabled(m_stack->canRedo() && !m_readOnly);
    m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
}

} // namespace jb::ui
