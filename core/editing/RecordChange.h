#pragma once
// RecordChange: one officer edit of one record (add, change some fields, remove), as data. Applying it checks
// that the record still holds what the officer saw, writes the change and one audit row per field in one
// transaction; its inverse is what Edit ▸ Undo applies. Only the tables and columns an officer may edit by hand
// are accepted, and a removal that would leave dependent records behind is refused with a message naming them.

#include "core/Expected.h"
#include "core/records/RecordKind.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

namespace jb::core {

struct FieldValue
{
    QString field;   // a field id of the catalogue (core/records/RecordFields.h)
    QVariant before; // the value the officer saw (null for an Insert)
    QVariant after;  // the value to write (null for a Delete)
};

struct RecordChange
{
    enum class Kind { Insert, Update, Delete };
    Kind kind = Kind::Update;
    RecordKind record = RecordKind::Worker; // one of core::editableRecordKinds()
    qint64 recordId = 0;        // Insert: 0 = a new id (the applied id is returned); Update/Delete: the record
    QVector<FieldValue> fields; // Insert: before is null; Delete: after is null (the full row, for undo)
    QString note;               // written to the audit log's note
};

// Set-valued fields (FieldKind::ReferenceSet, a worker's key groups, …) hold a QVariantList of reference ids.

// Applies the change in one transaction with one audit_log row per field (action insert/update/delete, table,
// record, field, old, new, officer = currentOfficer()). Refuses and changes nothing when a field's current value
// is not `before` (someone else changed it), when the record kind or a field is not editable, or when a Delete
// would leave dependent records. Returns the record id.
Expected<qint64> applyRecordChange(QSqlDatabase db, const RecordChange& change);

// The change that undoes `change` once it has been applied as `appliedId` (Insert ↔ Delete with the same id,
// Update with before/after swapped).
RecordChange invertedChange(const RecordChange& change, qint64 appliedId);

// The whole current record as fields (before = after = the stored value), including the workers'
// set-valued pseudo-fields: what a Delete carries so it can be undone, and what an edit dialog starts from.
Expected<QVector<FieldValue>> loadRecordFields(QSqlDatabase db, RecordKind record, qint64 recordId);

// An Update of the record that sets `values` (field id → new value), with `before` read from the stored row and
// only the fields that actually change (e.g. closing a vacancy: {status: "closed", closed_on: "2026-03-01"}).
// An empty `fields` means nothing would change.
Expected<RecordChange> updateOf(QSqlDatabase db, RecordKind record, qint64 recordId, const QVariantMap& values);

// What an edit dialog hands on: for recordId 0 an Insert of every non-empty field of `edited`, else an Update
// with only the fields whose stored form differs between `loaded` and `edited` (before = loaded).
RecordChange changeBetween(RecordKind record, qint64 recordId, const QVariantMap& loaded, const QVariantMap& edited);
// A stored record as field id → stored value (what changeBetween and the dialogs compare against).
Expected<QVariantMap> loadRecord(QSqlDatabase db, RecordKind record, qint64 recordId);

// A Delete of the record with its full current row (so the inverse re-inserts it exactly).
Expected<RecordChange> deletionOf(QSqlDatabase db, RecordKind record, qint64 recordId);

} // namespace jb::core
