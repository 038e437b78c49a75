#include "core/editing/WorkerEditing.h"

#include "core/editing/RecordChange.h"
#include "core/lists/RevealValue.h"
#include "core/storage/Transaction.h"

namespace jb::core {

Expected<QVariantMap> openWorkerForEditing(QSqlDatabase db, qint64 workerId, const QString& reason)
{
    using Result = Expected<QVariantMap>;
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.error());
    Expected<QVariantMap> record = loadRecord(db, RecordKind::Worker, workerId);
    if (!record)
        return record;
    for (const QString& column : {QStringLiteral("id_number"), QStringLiteral("phone")}) {
        if (record->value(column).toString().isEmpty())
            continue;
        if (const Status s = recordReveal(db, recordTable(RecordKind::Worker), column, workerId, reason); !s)
            return Result::failure(s.message());
    }
    if (const Status committed = tx.commit(); !committed)
        return Result::failure(committed.message());
    return record;
}

} // namespace jb::core
