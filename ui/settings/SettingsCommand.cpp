#include "ui/settings/SettingsCommand.h"

#include "core/settings/SettingsRepository.h"
#include "core/storage/Database.h"

namespace jb::ui {

SettingsCommand::SettingsCommand(core::Database& database, Values before, Values after, const QString& text,
                                 std::function<void()> written, std::function<void(const QString&)> failed)
    : m_database(database), m_before(std::move(before)), m_after(std::move(after)), m_written(std::move(written)),
      m_failed(std::move(failed))
{
    setText(text);
}

void SettingsCommand::undo()
{
    write(m_before);
}

void SettingsCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    write(m_after);
}

void SettingsCommand::write(const Values& values)
{
    if (const core::Status s = core::SettingsRepository(m_database.connection()).setValues(values); !s) {
        setObsolete(true);
        if (m_failed)
            m_failed(s.error());
        return;
    }
    if (m_written)
        m_written();
}

} // namespace jb::ui
