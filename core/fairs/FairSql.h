#pragma once
// Small helpers for the fairs' SQL (core/fairs only): run a statement with bound values, read one value.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace jb::core::fairsql {

// Runs `sql` with `binds` in order; the query positioned before its first row.
Expected<QSqlQuery> run(QSqlDatabase db, const QString& sql, const QVariantList& binds = {});
// The first column of the first row; a null QVariant when there is no row.
Expected<QVariant> value(QSqlDatabase db, const QString& sql, const QVariantList& binds = {});
// An ISO 8601 UTC timestamp for created_at / updated_at.
QString stampNow();

} // namespace jb::core::fairsql
