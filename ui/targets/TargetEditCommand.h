#pragma once
// A change of targets on the window's undo stack: the values before and after, written back by core's setTargets
// (one transaction, audited) on undo and redo. Pushed after the change was written, so the push does nothing.

#include "core/targets/TargetRepository.h"

#include <QUndoCommand>
#include <functional>

namespace jb::core {
class Database;
}

namespace jb::ui {

class TargetEditCommand final : public QUndoCommand
{
public:
    // `written` runs after each undo or redo (the table re-reads); `failed` gets core's refusal.
    TargetEditCommand(core::Database& database, qint64 periodId, QVector<core::TargetEdit> before,
                      QVector<core::TargetEdit> after, const QString& text, std::function<void(int)> written,
                      std::function<void(const QString&)> failed);

    void undo() override;
    void redo() override;

private:
    void write(const QVector<core::TargetEdit>& edits);

    core::Database& m_database;
    qint64 m_periodId = 0;
    QVector<core::TargetEdit> m_before;
    QVector<core::TargetEdit> m_after;
    std::function<void(int)> m_written;
    std::function<void(const QString&)> m_failed;
    bool m_firstRedo = true;
};

} // namespace jb::ui
