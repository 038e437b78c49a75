#pragma once
// How an audit row is put in the officer's terms: which record (its kind and a readable label: a worker's masked
// name and the last digits of the ID, an enterprise's name, …), which field (the field catalogue's label, never a
// column name) and its old and new values (reference ids as names, choices as words, ID numbers and phones masked
// as the lists mask them). For AuditQuery only.

#include "core/domain/NameLanguage.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace jb::core::audit {

// The SQL expression (on audit_log aliased `a`) giving the stored words a record's label is made from.
QString recordLabelSql();

// What a row's record, field and values read as. Reads the reference lists and the sub-units once.
class AuditWords final
{
public:
    AuditWords(QSqlDatabase db, NameLanguage names);

    // "Worker 张*（…1234）", "Enterprise 某某公司", "Setting"; `stored` is what recordLabelSql() gave.
    QString record(const QString& table, qint64 recordId, const QString& stored) const;
    // The officer's term for `field` of a record in `table`; empty when the row names no field.
    QString field(const QString& table, const QString& field) const;
    // `value` of `field` as the officer reads it, masked where it is personal data.
    QString value(const QString& table, const QString& field, const QString& value) const;

private:
    QString referenceNames(const QString& ids) const;

    QHash<qint64, QString> m_references;    // reference_items id → name
    QHash<qint64, QString> m_organisations; // organisations id → name
};

// A worker's name as the audit log shows it: the surname, the rest as *.
QString maskedName(const QString& name);

} // namespace jb::core::audit
