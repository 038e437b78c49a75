#pragma once
// Internal to core/duplicates: the small SQL steps a merge and its undo share.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace jb::core::mergesupport {

// Runs one statement with its binds; `changed` (optional) receives the rows it changed.
Status run(QSqlDatabase db, const QString& sql, const QVariantList& binds, qint64* changed = nullptr);
// The first column of every row, as ids, appended to `out`.
Status ids(QSqlDatabase db, const QString& sql, const QVariantList& binds, QVector<qint64>& out);
// Every column of one record, in table order.
Status readWholeRow(QSqlDatabase db, const QString& table, qint64 id, QStringList& columns, QVariantList& values);
// An enterprise's job-fair participation rows: fair_id, import_batch_id.
Status fairRows(QSqlDatabase db, qint64 enterprise, QVector<QVariantList>& out);
// A record's updated_at as stored.
QVariant survivorStamp(QSqlDatabase db, const QString& table, qint64 id);

} // namespace jb::core::mergesupport
