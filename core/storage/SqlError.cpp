#include "core/storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace jb::core {

QString describeSqlError(const QSqlError& error, const QString& doing)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return QStringLiteral("数据库操作失败（%1）：%2 / Database operation failed (%1): %2").arg(doing, text);
}

QString describeSqlError(const QSqlQuery& query, const QString& doing)
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
