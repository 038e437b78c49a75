#include "core/editing/RecordChange.h"

#include "core/audit/AuditLog.h"
#include "core/editing/EditableTables.h"
#include "core/editing/RecordValidation.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"
#include "core/validation/MessageList.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

namespace jb::core {

using editing::ColumnKind;
using editing::EditableColumn;
using editing::EditableTable;

namespace {

using Row = QVariantMap; // column → stored form

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Message shown(const QVariant& v)
{
    const QVariant a = v.metaType().id() == QMetaType::QVariantList ? editing::auditForm(ColumnKind::IdSet, v) : v;
    return a.isNull() || a.toString().isEmpty() ? JB_TR("Editing", "(empty)") : Message::verbatim(a.toString());
}

Expected<QVariantList> readIdSet(QSqlDatabase db, const QString& field, qint64 workerId)
{
    const editing::IdSetLink link = editing::idSetLink(field);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE worker_id = ? ORDER BY %1").arg(link.column, link.table));
    q.addBindValue(workerId);
    if (!q.exec())
        return Expected<QVariantList>::failure(describeSqlError(q, QStringLiteral("reading ") + link.table));
    QVariantList ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

// The stored row, every editable column in stored form; an empty map when the record does not exist.
Expected<Row> readRow(QSqlDatabase db, const EditableTable& table, qint64 id)
{
    QStringList plain;
    for (const EditableColumn& c : table.columns) {
        if (c.kind != ColumnKind::IdSet)
            plain.append(c.name);
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(plain.join(QStringLiteral(", ")), table.name));
    q.addBindValue(id);
    if (!q.exec())
        return Expected<Row>::failure(describeSqlError(q, QStringLiteral("reading ") + table.name));
    Row row;
    if (!q.next())
        return row;
    for (int i = 0; i < plain.size(); ++i)
        row.insert(plain.at(i), editing::storedForm(table.column(plain.at(i))->kind, q.value(i)));
    for (const EditableColumn& c : table.columns) {
        if (c.kind != ColumnKind::IdSet)
            continue;
        auto ids = readIdSet(db, c.name, id);
        if (!ids)
            return Expected<Row>::failure(ids.message());
        row.insert(c.name, ids.value());
    }
    return row;
}

// Checks table and columns before anything is read or written.
Status checkEditable(const RecordChange& change, const EditableTable* table)
{
    if (!table)
        return Status::failure(
            JB_TR("Editing", "The table “%1” cannot be edited by hand").arg(recordTable(change.record)));
    QSet<QString> seen;
    for (const FieldValue& f : change.fields) {
        const EditableColumn* c = table->column(f.field);
        if (!c)
            return Status::failure(
                JB_TR("Editing", "The field “%1.%2” cannot be edited by hand").arg(table->name).arg(f.field));
        if (change.kind == RecordChange::Kind::Update && !c->updatable)
            return Status::failure(
                JB_TR("Editing", "The field “%1.%2” cannot be changed").arg(table->name).arg(f.field));
        if (seen.contains(f.field))
            return Status::failure(JB_TR("Editing", "The field “%1” is given twice").arg(f.field));
        seen.insert(f.field);
    }
    if (change.kind != RecordChange::Kind::Insert && change.recordId <= 0)
        return Status::failure(JB_TR("Editing", "No record given"));
    return {};
}

// What would be left pointing at the record if it were removed; empty when nothing.
Expected<Message> dependents(QSqlDatabase db, const QString& table, qint64 id)
{
    struct Dep
    {
        const char* sql;
        const char* count; // "%1 referrals" (translated, context "Editing")
    };
    QVector<Dep> deps;
    if (table == QLatin1String("workers")) {
        deps = {{"SELECT COUNT(*) FROM referrals WHERE worker_id = ?", QT_TRANSLATE_NOOP("Editing", "%1 referrals")},
                {"SELECT COUNT(*) FROM services WHERE worker_id = ?", QT_TRANSLATE_NOOP("Editing", "%1 services")}};
    } else if (table == QLatin1String("enterprises")) {
        deps = {
            {"SELECT COUNT(*) FROM vacancies WHERE enterprise_id = ?", QT_TRANSLATE_NOOP("Editing", "%1 vacancies")},
            {"SELECT COUNT(*) FROM referrals WHERE enterprise_id = ?", QT_TRANSLATE_NOOP("Editing", "%1 referrals")},
            {"SELECT COUNT(*) FROM demand_snapshots WHERE enterprise_id = ?",
             QT_TRANSLATE_NOOP("Editing", "%1 demand snapshots")},
            {"SELECT COUNT(*) FROM enterprise_flags WHERE enterprise_id = ?",
             QT_TRANSLATE_NOOP("Editing", "%1 monitoring flags")},
            {"SELECT COUNT(*) FROM services WHERE enterprise_id = ?", QT_TRANSLATE_NOOP("Editing", "%1 services")},
            {"SELECT COUNT(*) FROM fair_enterprises WHERE enterprise_id = ?",
             QT_TRANSLATE_NOOP("Editing", "%1 job fair attendances")}};
    } else if (table == QLatin1String("vacancies")) {
        deps = {{"SELECT COUNT(*) FROM referrals WHERE vacancy_id = ?", QT_TRANSLATE_NOOP("Editing", "%1 referrals")}};
    }
    QVector<Message> found;
    for (const Dep& d : deps) {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(d.sql));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return Expected<Message>::failure(describeSqlError(q, QStringLiteral("counting dependent records")));
        if (const qint64 n = q.value(0).toLongLong(); n > 0)
            found.append(Message("Editing", d.count).arg(n));
    }
    if (found.isEmpty())
        return Message();
    if (table == QLatin1String("vacancies"))
        return JB_TR("Editing", "%1 point to this vacancy; close it instead").arg(listOf(found));
    if (table == QLatin1String("workers"))
        return JB_TR("Editing", "%1 point to this person; deal with them first").arg(listOf(found));
    return JB_TR("Editing", "%1 point to this enterprise; deal with them first").arg(listOf(found));
}

Status writeIdSet(QSqlDatabase db, const QString& field, qint64 workerId, const QVariantList& before,
                  const QVariantList& after)
{
    const editing::IdSetLink link = editing::idSetLink(field);
    for (const QVariant& id : before) {
        if (after.contains(id))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE worker_id = ? AND %2 = ?").arg(link.table, link.column));
        q.addBindValue(workerId);
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(describeSqlError(q, QStringLiteral("removing from ") + link.table));
    }
    for (const QVariant& id : after) {
        if (before.contains(id))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1 (worker_id, %2) VALUES (?, ?)").arg(link.table, link.column));
        q.addBindValue(workerId);
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(describeSqlError(q, QStringLiteral("adding to ") + link.table));
    }
    return {};
}

Status audit(QSqlDatabase db, const RecordChange& change, qint64 id, const QString& field, ColumnKind kind,
             const QVariant& before, const QVariant& after)
{
    static const QString actions[] = {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")};
    AuditEntry e;
    e.action = actions[static_cast<int>(change.kind)];
    e.table = recordTable(change.record);
    e.recordId = id;
    e.field = field;
    e.oldValue = change.kind == RecordChange::Kind::Insert ? QVariant() : editing::auditForm(kind, before);
    e.newValue = change.kind == RecordChange::Kind::Delete ? QVariant() : editing::auditForm(kind, after);
    e.note = change.note;
    return appendAudit(db, e);
}

// The record's value of every editable column when it is new: '' for text, 0 for flags, null otherwise.
Row newRow(const EditableTable& table)
{
    Row row;
    for (const EditableColumn& c : table.columns)
        row.insert(c.name, editing::storedForm(c.kind, QVariant()));
    return row;
}

// Errors of `after` that `before` did not already have (pre-existing problems of imported data do not block an
// unrelated edit; everything an edit introduces does).
Message newErrors(const ValidationReport& before, const ValidationReport& after)
{
    Message lines;
    for (const FieldIssue& issue : after.issues) {
        if (issue.warning)
            continue;
        bool old = false;
        for (const FieldIssue& b : before.issues)
            old = old || (!b.warning && b.field == issue.field && b.message.sourceText() == issue.message.sourceText());
        if (!old)
            lines = lines.isEmpty() ? issue.message : JB_TR("Editing", "%1\n%2").arg(lines).arg(issue.message);
    }
    return lines;
}

Expected<qint64> fail(const Message& message)
{
    return Expected<qint64>::failure(message);
}

Expected<qint64> applyInsert(QSqlDatabase db, const EditableTable& table, const RecordChange& change)
{
    Row row = newRow(table);
    for (const FieldValue& f : change.fields)
        row.insert(f.field, editing::storedForm(table.column(f.field)->kind, f.after));
    if (change.recordId > 0) {
        auto existing = readRow(db, table, change.recordId);
        if (!existing)
            return fail(existing.message());
        if (!existing->isEmpty())
            return fail(JB_TR("Editing", "Record %1 already exists").arg(change.recordId));
    } else {
        // A record restored by undo (recordId given) is put back as it was; a new one must pass every check.
        const Message errors = newErrors({}, validateRecord(db, table.record, 0, row));
        if (!errors.isEmpty())
            return fail(errors);
    }
    const QString now = nowUtc();
    if (row.value(QStringLiteral("created_at")).isNull() && table.column(QStringLiteral("created_at")))
        row.insert(QStringLiteral("created_at"), now);
    QStringList columns;
    QVariantList values;
    if (change.recordId > 0) {
        columns << QStringLiteral("id");
        values << change.recordId;
    }
    for (const EditableColumn& c : table.columns) {
        if (c.kind == ColumnKind::IdSet)
            continue;
        columns << c.name;
        values << row.value(c.name);
    }
    if (table.name == QLatin1String("workers") || table.name == QLatin1String("enterprises") ||
        table.name == QLatin1String("vacancies")) {
        columns << QStringLiteral("updated_at");
        values << now;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table.name, columns.join(QStringLiteral(", ")),
                       QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("adding to ") + table.name));
    const qint64 id = change.recordId > 0 ? change.recordId : q.lastInsertId().toLongLong();
    for (const EditableColumn& c : table.columns) {
        if (c.kind != ColumnKind::IdSet)
            continue;
        const Status s = writeIdSet(db, c.name, id, {}, row.value(c.name).toList());
        if (!s)
            return fail(s.message());
    }
    for (const FieldValue& f : change.fields) {
        const ColumnKind kind = table.column(f.field)->kind;
        const Status s = audit(db, change, id, f.field, kind, {}, row.value(f.field));
        if (!s)
            return fail(s.message());
    }
    return id;
}

Status checkUnchanged(const EditableTable& table, const RecordChange& change, const Row& current)
{
    for (const FieldValue& f : change.fields) {
        const ColumnKind kind = table.column(f.field)->kind;
        if (!editing::sameStoredValue(kind, f.before, current.value(f.field)))
            return Status::failure(JB_TR("Editing", "The field “%2” of record %1 was changed meanwhile (now %3, was "
                                                    "%4); reopen the record and edit it again")
                                       .arg(change.recordId)
                                       .arg(f.field)
                                       .arg(shown(current.value(f.field)))
                                       .arg(shown(editing::storedForm(kind, f.before))));
    }
    return {};
}

Expected<qint64> applyUpdate(QSqlDatabase db, const EditableTable& table, const RecordChange& change,
                             const Row& current)
{
    Row row = current;
    for (const FieldValue& f : change.fields)
        row.insert(f.field, editing::storedForm(table.column(f.field)->kind, f.after));
    const Message errors = newErrors(validateRecord(db, table.record, change.recordId, current),
                                     validateRecord(db, table.record, change.recordId, row));
    if (!errors.isEmpty())
        return fail(errors);
    QStringList sets;
    QVariantList values;
    for (const FieldValue& f : change.fields) {
        const ColumnKind kind = table.column(f.field)->kind;
        if (kind == ColumnKind::IdSet) {
            const Status s =
                writeIdSet(db, f.field, change.recordId, current.value(f.field).toList(), row.value(f.field).toList());
            if (!s)
                return fail(s.message());
            continue;
        }
        sets << f.field + QStringLiteral(" = ?");
        values << row.value(f.field);
    }
    if (table.name == QLatin1String("workers") || table.name == QLatin1String("enterprises") ||
        table.name == QLatin1String("vacancies")) {
        sets << QStringLiteral("updated_at = ?");
        values << nowUtc();
    }
    if (!sets.isEmpty()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table.name, sets.join(QStringLiteral(", "))));
        for (const QVariant& v : values)
            q.addBindValue(v);
        q.addBindValue(change.recordId);
        if (!q.exec())
            return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("changing ") + table.name));
    }
    for (const FieldValue& f : change.fields) {
        const Status s = audit(db, change, change.recordId, f.field, table.column(f.field)->kind,
                               current.value(f.field), row.value(f.field));
        if (!s)
            return fail(s.message());
    }
    return change.recordId;
}

Expected<qint64> applyDelete(QSqlDatabase db, const EditableTable& table, const RecordChange& change,
                             const Row& current)
{
    auto deps = dependents(db, table.name, change.recordId);
    if (!deps)
        return fail(deps.message());
    if (!deps->isEmpty())
        return fail(deps.value());
    for (const EditableColumn& c : table.columns) {
        if (c.kind != ColumnKind::IdSet)
            continue;
        const Status s = writeIdSet(db, c.name, change.recordId, current.value(c.name).toList(), {});
        if (!s)
            return fail(s.message());
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name));
    q.addBindValue(change.recordId);
    if (!q.exec())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("removing from ") + table.name));
    // Every stored field is audited, whatever the change carried, so the log alone shows what was removed.
    for (const EditableColumn& c : table.columns) {
        const QString& field = c.name;
        const Status s = audit(db, change, change.recordId, field, c.kind, current.value(field), {});
        if (!s)
            return fail(s.message());
    }
    return change.recordId;
}

} // namespace

Expected<qint64> applyRecordChange(QSqlDatabase db, const RecordChange& change)
{
    const EditableTable* table = editing::editableTable(change.record);
    const Status editable = checkEditable(change, table);
    if (!editable)
        return fail(editable.message());
    Transaction tx(db);
    if (!tx.started())
        return Expected<qint64>::failure(tx.error());
    Expected<qint64> result = fail(Message());
    if (change.kind == RecordChange::Kind::Insert) {
        result = applyInsert(db, *table, change);
    } else {
        auto current = readRow(db, *table, change.recordId);
        if (!current)
            return fail(current.message());
        if (current->isEmpty())
            return fail(JB_TR("Editing", "Record %1 no longer exists (it may have been removed)").arg(change.recordId));
        const Status unchanged = checkUnchanged(*table, change, current.value());
        if (!unchanged)
            return fail(unchanged.message());
        result = change.kind == RecordChange::Kind::Update ? applyUpdate(db, *table, change, current.value())
                                                           : applyDelete(db, *table, change, current.value());
    }
    if (!result)
        return result;
    const Status committed = tx.commit();
    if (!committed)
        return fail(committed.message());
    return result;
}

RecordChange invertedChange(const RecordChange& change, qint64 appliedId)
{
    RecordChange inverse;
    inverse.record = change.record;
    inverse.recordId = appliedId;
    // Stored in the audit log in the language the officer works in.
    inverse.note =
        change.note.isEmpty() ? JB_TR("Editing", "undo").text() : JB_TR("Editing", "undo: %1").arg(change.note).text();
    switch (change.kind) {
    case RecordChange::Kind::Insert:
        inverse.kind = RecordChange::Kind::Delete;
        break;
    case RecordChange::Kind::Update:
        inverse.kind = RecordChange::Kind::Update;
        break;
    case RecordChange::Kind::Delete:
        inverse.kind = RecordChange::Kind::Insert;
        break;
    }
    for (const FieldValue& f : change.fields)
        inverse.fields.append({f.field, f.after, f.before});
    return inverse;
}

Expected<QVector<FieldValue>> loadRecordFields(QSqlDatabase db, RecordKind record, qint64 recordId)
{
    using Result = Expected<QVector<FieldValue>>;
    const EditableTable* table = editing::editableTable(record);
    if (!table)
        return Result::failure(JB_TR("Editing", "The table “%1” cannot be edited by hand").arg(recordTable(record)));
    auto row = readRow(db, *table, recordId);
    if (!row)
        return Result::failure(row.message());
    if (row->isEmpty())
        return Result::failure(JB_TR("Editing", "Record %1 does not exist").arg(recordId));
    QVector<FieldValue> fields;
    for (const EditableColumn& c : table->columns) {
        const QVariant v = row->value(c.name);
        fields.append({c.name, v, v});
    }
    return fields;
}

Expected<RecordChange> updateOf(QSqlDatabase db, RecordKind record, qint64 recordId, const QVariantMap& values)
{
    auto fields = loadRecordFields(db, record, recordId);
    if (!fields)
        return Expected<RecordChange>::failure(fields.message());
    const EditableTable* t = editing::editableTable(record);
    RecordChange change;
    change.kind = RecordChange::Kind::Update;
    change.record = record;
    change.recordId = recordId;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const EditableColumn* c = t->column(it.key());
        if (!c || !c->updatable)
            return Expected<RecordChange>::failure(
                JB_TR("Editing", "The field “%1.%2” cannot be changed").arg(t->name).arg(it.key()));
        for (const FieldValue& f : fields.value()) {
            if (f.field == it.key() && !editing::sameStoredValue(c->kind, f.before, it.value()))
                change.fields.append({f.field, f.before, editing::storedForm(c->kind, it.value())});
        }
    }
    return change;
}

RecordChange changeBetween(RecordKind record, qint64 recordId, const QVariantMap& loaded, const QVariantMap& edited)
{
    RecordChange change;
    change.record = record;
    change.recordId = recordId;
    change.kind = recordId == 0 ? RecordChange::Kind::Insert : RecordChange::Kind::Update;
    const EditableTable* t = editing::editableTable(record);
    if (!t)
        return change;
    for (const EditableColumn& c : t->columns) {
        const QString& field = c.name;
        if (!edited.contains(field))
            continue;
        const QVariant after = editing::storedForm(c.kind, edited.value(field));
        if (recordId == 0) {
            const bool empty = after.isNull() || (c.kind == ColumnKind::Text && after.toString().isEmpty()) ||
                               (c.kind == ColumnKind::IdSet && after.toList().isEmpty());
            if (!empty)
                change.fields.append({field, QVariant(), after});
        } else if (c.updatable && !editing::sameStoredValue(c.kind, loaded.value(field), after)) {
            change.fields.append({field, editing::storedForm(c.kind, loaded.value(field)), after});
        }
    }
    return change;
}

Expected<QVariantMap> loadRecord(QSqlDatabase db, RecordKind record, qint64 recordId)
{
    auto fields = loadRecordFields(db, record, recordId);
    if (!fields)
        return Expected<QVariantMap>::failure(fields.message());
    QVariantMap map;
    for (const FieldValue& f : fields.value())
        map.insert(f.field, f.before);
    return map;
}

Expected<RecordChange> deletionOf(QSqlDatabase db, RecordKind record, qint64 recordId)
{
    auto fields = loadRecordFields(db, record, recordId);
    if (!fields)
        return Expected<RecordChange>::failure(fields.message());
    RecordChange change;
    change.kind = RecordChange::Kind::Delete;
    change.record = record;
    change.recordId = recordId;
    for (const FieldValue& f : fields.value())
        change.fields.append({f.field, f.before, QVariant()});
    return change;
}

} // namespace jb::core
