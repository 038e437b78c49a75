#pragma once
// How the placement views follow the window's undo stack: any change pushed, undone or redone anywhere may move a
// referral they show. Matching and the lists take tens of milliseconds on a large file, so a view on screen reads
// again at once and a hidden one only notes it is outdated (its showEvent reads again).

#include <QUndoStack>
#include <QWidget>
#include <functional>

namespace jb::ui {

// Follows `stack` instead of `current` (either may be null) and sets `current`; `readAgain` runs for a view on screen
// when `hasContent()` says it shows something, else `outdated` is set.
inline void followUndoStack(QWidget* view, QUndoStack*& current, QUndoStack* stack, std::function<bool()> hasContent,
                            std::function<void()> readAgain, bool& outdated)
{
    if (current)
        QObject::disconnect(current, nullptr, view, nullptr);
    current = stack;
    if (!current)
        return;
    QObject::connect(current, &QUndoStack::indexChanged, view,
                     [view, hasContent = std::move(hasContent), readAgain = std::move(readAgain), &outdated] {
                         if (!hasContent())
                             return;
                         if (view->isVisible())
                             readAgain();
                         else
                             outdated = true;
                     });
}

} // namespace jb::ui
