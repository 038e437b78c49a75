#pragma once
// The typed reason an office may require before personal data is shown or exported in full: when the file's
// `reason_required_for_reveal` setting is on, a reveal (the detail panels' Show buttons, opening a person in the
// editor) and an unmasked export are refused by core without a reason, and the reason is stored in the audit
// row's note. Core decides; the GUI asks for the reason.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QString>

namespace jb::core {

// Whether the file requires a reason for a reveal or an unmasked export (the setting, off by default).
bool revealReasonRequired(QSqlDatabase db);

// Fine when no reason is required or `reason` holds more than spaces; otherwise the refusal to show the officer.
Status checkRevealReason(QSqlDatabase db, const QString& reason);

} // namespace jb::core
