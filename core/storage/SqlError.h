#pragma once
// Turns a failed QSqlQuery into a message an officer (and a developer reading a bug report) can act on.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlQuery;
class QSqlError;

namespace jb::core {

// SQLite's text, with what the officer can do when the cause is the disk (full, failing, read-only). `code` is
// SQLite's primary result code; any other code gives the text alone.
Message withDiskAdvice(int code, const QString& sqliteText);

// `doing` names the operation in a developer's words ("drill-down", "COMMIT"); SQLite's text is kept as it is.
Message describeSqlError(const QSqlError& error, const QString& doing);
Message describeSqlError(const QSqlQuery& query, const QString& doing);

// Runs statements that return no rows, in order, stopping at the first failure (described as `doing`).
Status execStatements(QSqlDatabase db, const QStringList& statements, const QString& doing);

} // namespace jb::core
