#pragma once
// Turns a failed QSqlQuery into a message an officer (and a developer reading a bug report) can act on.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlQuery;
class QSqlError;

namespace jb::core {

QString describeSqlError(const QSqlError& error, const QString& doing);
QString describeSqlError(const QSqlQuery& query, const QString& doing);

// Runs statements that return no rows, in order, stopping at the first failure (described as `doing`).
Status execStatements(QSqlDatabase db, const QStringList& statements, const QString& doing);

} // namespace jb::core
