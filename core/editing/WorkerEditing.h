#pragma once
// Opening a person for editing: the editor shows the resident ID number and the phone in full, so opening it is a
// reveal and is audited exactly like the detail panel's "Show" buttons. Core reads the record and writes the
// reveal rows in one transaction, so no caller can see the full values without the audit log saying so.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QVariantMap>

namespace jb::core {

// Every editable field of worker `workerId` in stored form (core/editing/RecordChange.h), the ID number and phone
// unmasked; one "reveal" audit row for each of those two that holds a value (an empty one reveals nothing), with
// `reason` as its note. Refused without a reason when the file requires one (core/settings/RevealReason.h) and there is
// something to reveal.
Expected<QVariantMap> openWorkerForEditing(QSqlDatabase db, qint64 workerId, const QString& reason = {});

} // namespace jb::core
