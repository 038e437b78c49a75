#include "core/placement/PlacementSql.h"

#include "core/storage/BoundStatement.h"

#include <QDate>
#include <QDateTime>

namespace jb::core::placementsql {

Expected<QSqlQuery> run(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    return statement::run(db, sql, binds, QStringLiteral("placement"));
}

Expected<QVariant> value(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    return statement::value(db, sql, binds, QStringLiteral("placement"));
}

QString stampNow()
{
    return statement::stampNow();
}

QVariant dayValue(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace jb::core::placementsql
