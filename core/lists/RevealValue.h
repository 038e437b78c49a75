#pragma once
// RevealValue: showing a masked value in full (a worker's ID number or phone, an enterprise's contact phone): the
// stored value is read and a "reveal" row written to the audit log in one transaction, so nobody sees a full
// number without it being recorded.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QString>

namespace jb::core {

// `column` of record `recordId` in `table`, in full. `what` names the list in an SQL error; `notFound` is the
// message when there is no such record.
Expected<QString> revealStoredValue(QSqlDatabase db, const QString& table, const QString& column, qint64 recordId,
                                    const QString& what, const Message& notFound);

// Writes the audit row of a reveal ("reveal", the table, the record, the field; never the value) for a caller that
// read the full value itself inside its own transaction (opening a worker for editing).
Status recordReveal(QSqlDatabase db, const QString& table, const QString& column, qint64 recordId);

} // namespace jb::core
