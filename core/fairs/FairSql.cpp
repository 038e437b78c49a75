#include "core/fairs/FairSql.h"

#include "core/storage/BoundStatement.h"

namespace jb::core::fairsql {

Expected<QSqlQuery> run(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    return statement::run(db, sql, binds, QStringLiteral("job fairs"));
}

Expected<QVariant> value(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    return statement::value(db, sql, binds, QStringLiteral("job fairs"));
}

QString stampNow()
{
    return statement::stampNow();
}

} // namespace jb::core::fairsql
