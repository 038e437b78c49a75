#pragma once
// A change of the file's settings on the window's undo stack: the values before and after, written back by core's
// SettingsRepository::setValues (one transaction, each change audited) on undo and redo. Pushed after the change
// was saved, so the first redo does nothing. A refused write makes the command obsolete and is reported through
// `failed`; the settings stay as they are.

#include <QString>
#include <QUndoCommand>
#include <functional>
#include <utility>
#include <vector>

namespace jb::core {
class Database;
}

namespace jb::ui {

class SettingsCommand final : public QUndoCommand
{
public:
    using Values = std::vector<std::pair<QString, QString>>; // key → value
    // `written` runs after each undo or redo (the page re-reads).
    SettingsCommand(core::Database& database, Values before, Values after, const QString& text,
                    std::function<void()> written, std::function<void(const QString&)> failed);

    void undo() override;
    void redo() override;

private:
    void write(const Values& values);

    core::Database& m_database;
    Values m_before;
    Values m_after;
    std::function<void()> m_written;
    std::function<void(const QString&)> m_failed;
    bool m_firstRedo = true;
};

} // namespace jb::ui
