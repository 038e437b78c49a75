#include "core/fairs/FairSql.h"

#include "core/storage/SqlError.h"

#include <QDateTime>

namespace jb::core::fairsql {

Expected<QSqlQuery> run(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Expected<QSqlQuery>::failure(describeSqlError(q, QStringLiteral("job fairs")));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Expected<QSqlQuery>::failure(describeSqlError(q, QStringLiteral("job fairs")));
    return q;
}

Expected<QVariant> value(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    Expected<QSqlQuery> q = run(db, sql, binds);
    if (!q)
        return Expected<QVariant>::failure(q.message());
    return q->next() ? q->value(0) : QVariant();
}

QString stampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace jb::core::fairsql
