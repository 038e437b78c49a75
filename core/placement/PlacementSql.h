#pragma once
// Small helpers for the placement SQL (core/placement only): run a statement with bound values, read one value,
// the timestamp of a change.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace jb::core::placementsql {

// Runs `sql` with `binds` in order; the query positioned before its first row.
Expected<QSqlQuery> run(QSqlDatabase db, const QString& sql, const QVariantList& binds = {});
// The first column of the first row; a null QVariant when there is no row.
Expected<QVariant> value(QSqlDatabase db, const QString& sql, const QVariantList& binds = {});
// An ISO 8601 UTC timestamp for recorded_at.
QString stampNow();
// A day as stored (ISO), or NULL for an invalid day.
QVariant dayValue(const QDate& day);

} // namespace jb::core::placementsql
