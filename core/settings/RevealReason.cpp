#include "core/settings/RevealReason.h"

#include "core/Message.h"
#include "core/settings/SettingsRepository.h"

namespace jb::core {

bool revealReasonRequired(QSqlDatabase db)
{
    return SettingsRepository(db).intValue(setting::reasonRequiredForReveal, 0) != 0;
}

Status checkRevealReason(QSqlDatabase db, const QString& reason)
{
    if (!reason.trimmed().isEmpty() || !revealReasonRequired(db))
        return {};
    return Status::failure(
        JB_TR("Audit", "This file requires a reason before personal data is shown or exported in full."));
}

} // namespace jb::core
