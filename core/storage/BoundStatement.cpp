#include "core/storage/BoundStatement.h"

#include "core/storage/SqlError.h"

#include <QDateTime>

namespace jb::core::statement {

Expected<QSqlQuery> run(QSqlDatabase db, const QString& sql, const QVariantList& binds, const QString& what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Expected<QSqlQuery>::failure(describeSqlError(q, what));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Expected<QSqlQuery>::failure(describeSqlError(q, what));
    return q;
}

Expected<QVariant> value(QSqlDatabase db, const QString& sql, const QVariantList& binds, const QString& what)
{
    Expected<QSqlQuery> q = run(db, sql, binds, what);
    if (!q)
        return Expected<QVariant>::failure(q.message());
    return q->next() ? q->value(0) : QVariant();
}

QString stampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace jb::core::statement
