#include "ui/safety/BackupBeforeChange.h"

#include "core/storage/Backups.h"
#include "core/storage/Database.h"

namespace jb::ui {

namespace {

QString& folderSetting()
{
    static QString folder;
    return folder;
}

} // namespace

void setBackupsFolder(const QString& folder)
{
    folderSetting() = folder;
}

core::Status backUpBeforeChange(const core::Database& database)
{
    // No window has said where backups go (a page driven on its own, in tests): no backup rather than one in the
    // user's own backups folder.
    if (folderSetting().isEmpty())
        return {};
    const core::Expected<core::BackupInfo> taken = core::Backups(folderSetting()).backUp(database);
    return taken ? core::Status() : core::Status::failure(taken.message());
}

} // namespace jb::ui
