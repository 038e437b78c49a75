#include "core/audit/AuditLog.h"

#include "core/Message.h"
#include "core/storage/SqlError.h"

#include <QDateTime>
#include <QSqlQuery>

namespace jb::core {

namespace {

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, so bind "" instead.
QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace

QString shownOfficer(const QString& stored)
{
    static const QStringList noName = {QStringLiteral("unnamed"), QStringLiteral("未署名"),
                                       QStringLiteral("未署名 / unnamed")};
    return noName.contains(stored) ? JB_TR("Storage", "unnamed").text() : stored;
}

Status appendAudit(QSqlDatabase db, const AuditEntry& entry)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, officer, action, table_name, record_id, field, "
                             "old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(currentOfficer());
    q.addBindValue(text(entry.action));
    q.addBindValue(text(entry.table));
    q.addBindValue(entry.recordId);
    q.addBindValue(text(entry.field));
    q.addBindValue(entry.oldValue.isValid() ? entry.oldValue.toString() : QVariant());
    q.addBindValue(entry.newValue.isValid() ? entry.newValue.toString() : QVariant());
    q.addBindValue(text(entry.note));
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("audit log")));
    return {};
}

} // namespace jb::core
