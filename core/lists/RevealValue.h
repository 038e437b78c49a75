#pragma once
// RevealValue: showing a masked value in full (a worker's ID number or phone, an enterprise's contact phone): the
// stored value is read and a "reveal" row written to the audit log in one transaction, so nobody sees a full
// number without it being recorded.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QString>

namespace jb::core {

// `column` of record `recordId` in `table`, in full. `what` names the list in an SQL error; `notFound` is the
// message when there is no such record. `reason`: the officer's typed reason, stored in the audit row's note;
// refused without one when the file requires it (core/settings/RevealReason.h).
Expected<QString> revealStoredValue(QSqlDatabase db, const QString& table, const QString& column, qint64 recordId,
                                    const QString& what, const Message& notFound, const QString& reason = {});

// Writes the audit row of a reveal ("reveal", the table, the record, the field, the reason as the note; never the
// value) for a caller that read the full value itself inside its own transaction (opening a worker for editing).
// Refused without a reason when the file requires one.
Status recordReveal(QSqlDatabase db, const QString& table, const QString& column, qint64 recordId,
                    const QString& reason = {});

} // namespace jb::core
