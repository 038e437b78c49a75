#include "core/lists/RevealValue.h"

#include "core/audit/AuditLog.h"
#include "core/settings/RevealReason.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace jb::core {

Expected<QString> revealStoredValue(QSqlDatabase db, const QString& table, const QString& column, qint64 recordId,
                                    const QString& what, const Message& notFound, const QString& reason)
{
    using Result = Expected<QString>;
    if (Status s = checkRevealReason(db, reason); !s)
        return Result::failure(s.message());
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(recordId);
    if (!q.exec())
        return Result::failure(describeSqlError(q, what));
    if (!q.next())
        return Result::failure(notFound);
    const QString value = q.value(0).toString();
    q.finish();
    if (Status s = recordReveal(db, table, column, recordId, reason); !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return value;
}

Status recordReveal(QSqlDatabase db, const QString& table, const QString& column, qint64 recordId,
                    const QString& reason)
{
    if (Status s = checkRevealReason(db, reason); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("reveal");
    entry.table = table;
    entry.recordId = recordId;
    entry.field = column;
    entry.note = reason.trimmed();
    return appendAudit(db, entry);
}

} // namespace jb::core
