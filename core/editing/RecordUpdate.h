#pragma once
// The write step shared by the record operations (closing a vacancy, resolving a flag): an Update of the fields
// that change, applied through applyRecordChange so it is checked and audited like any hand edit. Internal to
// core/editing; callers wrap it in their own Transaction with the read that decided it.

#include "core/Expected.h"
#include "core/editing/RecordChange.h"

#include <QSqlDatabase>
#include <QVariantMap>

namespace jb::core {

// Sets `values` (field id → new value) on the record; `note` goes to the audit rows. Returns the applied change.
Expected<RecordChange> updateRecord(QSqlDatabase db, RecordKind record, qint64 recordId, const QVariantMap& values,
                                    const QString& note);

} // namespace jb::core
