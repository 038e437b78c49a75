#include "core/storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace jb::core {

Message describeSqlError(const QSqlError& error, const QString& doing)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return JB_TR("Storage", "Database operation failed (%1): %2").arg(doing).arg(text);
}

Message describeSqlError(const QSqlQuery& query, const QString& doing)
{
    return describeSqlError(query.lastError(), doing);
}

Status execStatements(QSqlDatabase db, const QStringList& statements, const QString& doing)
{
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Status::failure(describeSqlError(q, doing));
    }
    return {};
}

} // namespace jb::core
