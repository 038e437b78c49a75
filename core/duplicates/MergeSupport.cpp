#include "core/duplicates/MergeSupport.h"

#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace jb::core::mergesupport {

Status run(QSqlDatabase db, const QString& sql, const QVariantList& binds, qint64* changed)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("merge")));
    if (changed)
        *changed = q.numRowsAffected();
    return {};
}

Status ids(QSqlDatabase db, const QString& sql, const QVariantList& binds, QVector<qint64>& out)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("merge")));
    while (q.next())
        out << q.value(0).toLongLong();
    return {};
}

Status readWholeRow(QSqlDatabase db, const QString& table, qint64 id, QStringList& columns, QVariantList& values)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Status::failure(describeSqlError(q, QStringLiteral("merge")));
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i) {
        columns << r.fieldName(i);
        values << q.value(i);
    }
    return {};
}

Status fairRows(QSqlDatabase db, qint64 enterprise, QVector<QVariantList>& out)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT fair_id, import_batch_id FROM fair_enterprises WHERE "
                             "enterprise_id = ? ORDER BY fair_id"));
    q.addBindValue(enterprise);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("merge")));
    while (q.next())
        out << QVariantList{q.value(0), q.value(1)};
    return {};
}

QVariant survivorStamp(QSqlDatabase db, const QString& table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT updated_at FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

} // namespace jb::core::mergesupport
