#include "core/editing/RecordUpdate.h"

namespace jb::core {

Expected<RecordChange> updateRecord(QSqlDatabase db, RecordKind record, qint64 recordId, const QVariantMap& values,
                                    const QString& note)
{
    using Result = Expected<RecordChange>;
    Expected<RecordChange> change = updateOf(db, record, recordId, values);
    if (!change)
        return change;
    change->note = note;
    if (const Expected<qint64> applied = applyRecordChange(db, *change); !applied)
        return Result::failure(applied.message());
    return change;
}

} // namespace jb::core
