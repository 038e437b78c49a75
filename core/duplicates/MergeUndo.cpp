// RecordMerge::undo: a merge reversed exactly, from what the merge remembered (MergeUndo).

#include "core/audit/AuditLog.h"
#include "core/duplicates/MergeSupport.h"
#include "core/duplicates/RecordMerge.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace jb::core {

using namespace mergesupport;

namespace {

QString idList(const QVector<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

// Only the state the merge left can be taken back: a later edit of the survivor would be lost otherwise, and the
// loser's id must still be free.
Status checkUndoable(QSqlDatabase db, const QString& table, const MergeUndo& u)
{
    const QVariant stamp = survivorStamp(db, table, u.survivorId);
    if (stamp.toString() != u.survivorStamp)
        return Status::failure(
            JB_TR("Duplicates", "Record #%1 was changed after the merge, so the merge cannot be undone.")
                .arg(u.survivorId));
    QVector<qint64> taken;
    if (Status st = ids(db, QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(table), {u.loserId}, taken); !st)
        return st;
    if (!taken.isEmpty())
        return Status::failure(
            JB_TR("Duplicates", "Id #%1 is taken by another record, so the merge cannot be undone.").arg(u.loserId));
    return {};
}

// The survivor's own values first, so that a unique value (the ID number) is free for the loser again.
Status restoreSurvivor(QSqlDatabase db, const QString& table, const MergeUndo& u)
{
    // Audit notes are stored in the language the officer works in.
    const QString note = JB_TR("Duplicates", "merge of #%1 undone").arg(u.loserId).text();
    QStringList sets;
    QVariantList binds;
    for (auto it = u.survivorBefore.cbegin(); it != u.survivorBefore.cend(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        binds << it.value();
        if (it.key() == QLatin1String("updated_at"))
            continue;
        if (Status a = appendAudit(
                db, {QStringLiteral("unmerge"), table, u.survivorId, it.key(), QVariant(), it.value(), note});
            !a)
            return a;
    }
    binds << u.survivorId;
    return run(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))), binds);
}

// The loser, exactly as it was, with its id and its own link rows; the links the merge added to the survivor go.
Status restoreLoser(QSqlDatabase db, const QString& table, const MergeUndo& u)
{
    const qint64 s = u.survivorId, l = u.loserId;
    QStringList marks;
    for (int i = 0; i < u.loserColumns.size(); ++i)
        marks << QStringLiteral("?");
    if (Status st = run(db,
                        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, u.loserColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                        u.loserValues);
        !st)
        return st;
    for (const MergeUndo::Links& links : u.links) {
        for (qint64 value : links.loserValues) {
            if (Status st = run(
                    db, QStringLiteral("INSERT INTO %1 (worker_id, %2) VALUES (?, ?)").arg(links.table, links.column),
                    {l, value});
                !st)
                return st;
        }
        if (!links.added.isEmpty()) {
            if (Status st = run(db,
                                QStringLiteral("DELETE FROM %1 WHERE worker_id = ? AND %2 IN (%3)")
                                    .arg(links.table, links.column, idList(links.added)),
                                {s});
                !st)
                return st;
        }
    }
    return {};
}

// What moved goes back to the loser; fair participation rows are swapped back.
Status moveBack(QSqlDatabase db, const MergeUndo& u)
{
    const qint64 s = u.survivorId, l = u.loserId;
    for (const MergeUndo::Moved& moved : u.moved) {
        if (moved.ids.isEmpty())
            continue;
        if (Status st = run(db,
                            QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ? AND id IN (%3)")
                                .arg(moved.table, moved.column, idList(moved.ids)),
                            {l, s});
            !st)
            return st;
    }
    if (!u.addedFairs.isEmpty()) {
        if (Status st = run(db,
                            QStringLiteral("DELETE FROM fair_enterprises WHERE enterprise_id = ? AND fair_id IN (%1)")
                                .arg(idList(u.addedFairs)),
                            {s});
            !st)
            return st;
    }
    for (const QVariantList& fair : u.loserFairRows) {
        if (Status st = run(db,
                            QStringLiteral("INSERT INTO fair_enterprises (fair_id, enterprise_id, import_batch_id) "
                                           "VALUES (?, ?, ?)"),
                            {fair.value(0), l, fair.value(1)});
            !st)
            return st;
    }
    return {};
}

} // namespace

Status RecordMerge::undo(QSqlDatabase db, const MergeUndo& u)
{
    const QString table = u.kind == MergeRecordKind::Worker ? QStringLiteral("workers") : QStringLiteral("enterprises");
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.error());
    if (Status st = checkUndoable(db, table, u); !st)
        return st;
    if (Status st = restoreSurvivor(db, table, u); !st)
        return st;
    if (Status st = restoreLoser(db, table, u); !st)
        return st;
    if (Status st = moveBack(db, u); !st)
        return st;
    if (Status a = appendAudit(db, {QStringLiteral("unmerge"), table, u.loserId, QStringLiteral("merged_into"),
                                    u.survivorId, QVariant(),
                                    JB_TR("Duplicates", "merge undone: record #%1 restored").arg(u.loserId).text()});
        !a)
        return a;
    return tx.commit();
}

} // namespace jb::core
