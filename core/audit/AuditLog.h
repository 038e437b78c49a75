#pragma once
// The audit trail: who changed or revealed what, when. Callers append inside the transaction of the change
// itself, so an edit and its audit entry land together or not at all.

#include "core/Expected.h"
#include "core/domain/Officer.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace jb::core {

struct AuditEntry
{
    QString action; // insert, update, delete, reveal, export_unmasked, merge, unlock, ...
    QString table;
    qint64 recordId = 0;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString note;
};

// An officer's name as stored, for showing: the word for "no name" is stored in the language of the officer who
// made the change (older files hold "未署名 / unnamed"), so it is shown in the language installed now.
QString shownOfficer(const QString& stored);

Status appendAudit(QSqlDatabase db, const AuditEntry& entry);

} // namespace jb::core
