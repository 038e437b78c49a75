#pragma once
// Running one SQL statement with bound values, for the record operations that compose several (fairs, placement):
// the query positioned before its first row, or the failure described in the officer's words, naming `what`.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace jb::core::statement {

// Runs `sql` with `binds` in order; a failure names `what` (e.g. "job fairs") beside SQLite's words.
Expected<QSqlQuery> run(QSqlDatabase db, const QString& sql, const QVariantList& binds, const QString& what);
// The first column of the first row; a null QVariant when there is no row.
Expected<QVariant> value(QSqlDatabase db, const QString& sql, const QVariantList& binds, const QString& what);
// An ISO 8601 UTC timestamp for created_at / updated_at.
QString stampNow();

} // namespace jb::core::statement
