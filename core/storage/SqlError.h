#pragma once
// Turns a failed QSqlQuery into a message an officer (and a developer reading a bug report) can act on.

#include <QString>

class QSqlQuery;
class QSqlError;

namespace jb::core {

QString describeSqlError(const QSqlError& error, const QString& doing);
QString describeSqlError(const QSqlQuery& query, const QString& doing);

} // namespace jb::core
