#include "core/placement/PlacementSql.h"

#include "core/storage/SqlError.h"

#include <QDate>
#include <QDateTime>

namespace jb::core::placementsql {

Expected<QSqlQuery> run(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Expected<QSqlQuery>::failure(describeSqlError(q, QStringLiteral("placement")));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Expected<QSqlQuery>::failure(describeSqlError(q, QStringLiteral("placement")));
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

QVariant dayValue(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace jb::core::placementsql
