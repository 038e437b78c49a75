#pragma once
// The tables and columns an officer may edit by hand, with how each column is stored, as the field catalogue
// (core/records/RecordFields.h) describes them. RecordChange refuses anything not listed here, and uses the kinds
// to bind values (empty text → NULL for nullable columns) and to compare what the officer saw with what is stored.

#include "core/records/RecordFields.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace jb::core::editing {

using jb::core::ColumnKind;

struct EditableColumn
{
    QString name;
    ColumnKind kind;
    bool updatable; // false: only carried by Insert/Delete so an undone removal comes back exactly
};

struct EditableTable
{
    RecordKind record;
    QString name; // the table
    QVector<EditableColumn> columns;
    const EditableColumn* column(const QString& name) const;
};

// nullptr when records of `kind` are not edited by hand.
const EditableTable* editableTable(RecordKind kind);

// A worker's pseudo-field → (link table, reference column, reference list), or empty strings if not one.
struct IdSetLink
{
    QString table;
    QString column;
    QString list;
};
IdSetLink idSetLink(const QString& field);

// The value as it is stored (and compared): null, a string, a qint64, a double, or a sorted QVariantList of ids.
QVariant storedForm(ColumnKind kind, const QVariant& value);
// Equal as stored (null and '' are the same for text; numbers compare by value).
bool sameStoredValue(ColumnKind kind, const QVariant& a, const QVariant& b);
// The value as written to the audit log: ISO dates, ids joined by commas, null as a null QVariant.
QVariant auditForm(ColumnKind kind, const QVariant& value);

} // namespace jb::core::editing
