#include "core/duplicates/RecordMerge.h"

#include "core/audit/AuditLog.h"
#include "core/duplicates/MergeSupport.h"
#include "core/reference/ReferenceNames.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"
#include "core/validation/MessageList.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace jb::core {

using namespace mergesupport;

namespace {

enum class Shown { Text, Reference, Organisation, Gender, ResidentId, Phone, Destination, YesNo };

struct FieldDef
{
    const char* column;
    const char* label; // the field's name: source text of its translation (context "Duplicates")
    Shown shown;
};

const FieldDef kWorkerFields[] = {
    {"name", QT_TRANSLATE_NOOP("Duplicates", "Name"), Shown::Text},
    {"gender", QT_TRANSLATE_NOOP("Duplicates", "Gender"), Shown::Gender},
    {"id_number", QT_TRANSLATE_NOOP("Duplicates", "ID number"), Shown::ResidentId},
    {"birth_date", QT_TRANSLATE_NOOP("Duplicates", "Birth date"), Shown::Text},
    {"phone", QT_TRANSLATE_NOOP("Duplicates", "Phone"), Shown::Phone},
    {"org_id", QT_TRANSLATE_NOOP("Duplicates", "Organisation"), Shown::Organisation},
    {"hukou_place", QT_TRANSLATE_NOOP("Duplicates", "Household registration"), Shown::Text},
    {"current_place", QT_TRANSLATE_NOOP("Duplicates", "Current place"), Shown::Text},
    {"employment_status_id", QT_TRANSLATE_NOOP("Duplicates", "Employment status"), Shown::Reference},
    {"returned_on", QT_TRANSLATE_NOOP("Duplicates", "Returned on"), Shown::Text},
    {"return_destination", QT_TRANSLATE_NOOP("Duplicates", "Return destination"), Shown::Destination},
    {"desired_trade", QT_TRANSLATE_NOOP("Duplicates", "Desired trade"), Shown::Text},
    {"desired_place", QT_TRANSLATE_NOOP("Duplicates", "Desired place"), Shown::Text},
    {"expected_wage_min", QT_TRANSLATE_NOOP("Duplicates", "Expected wage from"), Shown::Text},
    {"expected_wage_max", QT_TRANSLATE_NOOP("Duplicates", "Expected wage to"), Shown::Text},
    {"skill_level_id", QT_TRANSLATE_NOOP("Duplicates", "Skill level"), Shown::Reference},
    {"education_id", QT_TRANSLATE_NOOP("Duplicates", "Education"), Shown::Reference},
    {"registered_on", QT_TRANSLATE_NOOP("Duplicates", "Registered on"), Shown::Text},
    {"last_contact_on", QT_TRANSLATE_NOOP("Duplicates", "Last contact"), Shown::Text},
    {"note", QT_TRANSLATE_NOOP("Duplicates", "Note"), Shown::Text},
};

const FieldDef kEnterpriseFields[] = {
    {"name", QT_TRANSLATE_NOOP("Duplicates", "Enterprise name"), Shown::Text},
    {"credit_code", QT_TRANSLATE_NOOP("Duplicates", "Credit code"), Shown::Text},
    {"org_id", QT_TRANSLATE_NOOP("Duplicates", "Organisation"), Shown::Organisation},
    {"industry_id", QT_TRANSLATE_NOOP("Duplicates", "Industry"), Shown::Reference},
    {"address", QT_TRANSLATE_NOOP("Duplicates", "Address"), Shown::Text},
    {"contact_name", QT_TRANSLATE_NOOP("Duplicates", "Contact person"), Shown::Text},
    {"contact_phone", QT_TRANSLATE_NOOP("Duplicates", "Contact phone"), Shown::Phone},
    {"is_key_enterprise", QT_TRANSLATE_NOOP("Duplicates", "Key enterprise"), Shown::YesNo},
    {"is_major_project", QT_TRANSLATE_NOOP("Duplicates", "Major project"), Shown::YesNo},
    {"note", QT_TRANSLATE_NOOP("Duplicates", "Note"), Shown::Text},
};

struct Fields
{
    const FieldDef* begin;
    const FieldDef* end;
};

Fields fieldsOf(MergeRecordKind kind)
{
    if (kind == MergeRecordKind::Worker)
        return {std::begin(kWorkerFields), std::end(kWorkerFields)};
    return {std::begin(kEnterpriseFields), std::end(kEnterpriseFields)};
}

QString tableOf(MergeRecordKind kind)
{
    return kind == MergeRecordKind::Worker ? QStringLiteral("workers") : QStringLiteral("enterprises");
}

using Row = QHash<QString, QVariant>;

Expected<Row> readRow(QSqlDatabase db, MergeRecordKind kind, qint64 id)
{
    QStringList columns;
    for (const FieldDef* f = fieldsOf(kind).begin; f != fieldsOf(kind).end; ++f)
        columns << QLatin1String(f->column);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), tableOf(kind)));
    q.addBindValue(id);
    if (!q.exec())
        return Expected<Row>::failure(describeSqlError(q, QStringLiteral("merge")));
    if (!q.next())
        return Expected<Row>::failure(
            kind == MergeRecordKind::Worker
                ? JB_TR("Duplicates",
                        "Worker record #%1 was not found (perhaps already merged or deleted); refresh the list.")
                      .arg(id)
                : JB_TR("Duplicates",
                        "Enterprise record #%1 was not found (perhaps already merged or deleted); refresh the list.")
                      .arg(id));
    Row row;
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), q.value(i));
    return row;
}

bool differs(const QVariant& a, const QVariant& b)
{
    if (a.isNull() != b.isNull())
        return true;
    return !a.isNull() && a.toString() != b.toString();
}

QString lookup(QSqlDatabase db, const QString& sql, const QVariant& id)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// A value as the preview shows it, in the chosen language.
QString shownText(QSqlDatabase db, const FieldDef& f, const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    switch (f.shown) {
    case Shown::Text:
        return s;
    case Shown::Reference: {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name_zh, name_en FROM reference_items WHERE id = ?"));
        q.addBindValue(v);
        return q.exec() && q.next() ? shownName(q.value(0).toString(), q.value(1).toString()) : QString();
    }
    case Shown::Organisation:
        return lookup(db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"), v);
    case Shown::Gender:
        if (s == QLatin1String("M"))
            return JB_TR("Duplicates", "Male").text();
        return s == QLatin1String("F") ? JB_TR("Duplicates", "Female").text() : s;
    case Shown::ResidentId:
        return s.isEmpty() ? s : maskResidentId(s);
    case Shown::Phone:
        return s.isEmpty() ? s : maskPhone(s);
    case Shown::Destination:
        if (s == QLatin1String("in_province"))
            return JB_TR("Duplicates", "In province").text();
        return JB_TR("Duplicates", "Out of province").text();
    case Shown::YesNo:
        return v.toInt() != 0 ? JB_TR("Duplicates", "Yes").text() : JB_TR("Duplicates", "No").text();
    }
    return s;
}

Expected<qint64> countOf(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("merge")));
    return q.value(0).toLongLong();
}

// The worker link tables merged as a union: (table, column).
const char* const kWorkerLinks[][2] = {{"worker_key_groups", "key_group_id"},
                                       {"worker_hardships", "category_id"},
                                       {"worker_service_needs", "service_type_id"},
                                       {"fair_attendees", "fair_id"}};

QString missingLinksSql(const char* table, const char* column, const QString& select)
{
    return QStringLiteral("%3 FROM %1 l WHERE l.worker_id = ? AND NOT EXISTS (SELECT 1 FROM %1 s WHERE "
                          "s.worker_id = ? AND s.%2 = l.%2)")
        .arg(QLatin1String(table), QLatin1String(column), select);
}

// Vacancy titles both enterprises use: UNIQUE (enterprise_id, title) forbids them at one enterprise.
Expected<QStringList> clashingTitles(QSqlDatabase db, qint64 survivor, qint64 loser)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT l.title FROM vacancies l JOIN vacancies s ON s.enterprise_id = ? AND "
                             "s.title = l.title WHERE l.enterprise_id = ? ORDER BY l.title"));
    q.addBindValue(survivor);
    q.addBindValue(loser);
    if (!q.exec())
        return Expected<QStringList>::failure(describeSqlError(q, QStringLiteral("merge")));
    QStringList titles;
    while (q.next())
        titles << q.value(0).toString();
    return titles;
}

Message clashRefusal(const QStringList& titles)
{
    QVector<Message> quoted;
    for (const QString& t : titles)
        quoted << JB_TR("Duplicates", "\"%1\"").arg(t);
    return JB_TR("Duplicates", "Both enterprises have a vacancy titled %1 and one enterprise cannot have two vacancies "
                               "with the same title: rename or delete them at one of the two in the enterprise list "
                               "first, then merge.")
        .arg(listOf(quoted));
}

// Every row of `table` whose `column` is the loser moves to the survivor; their ids are remembered.
Status moveRows(QSqlDatabase db, const char* table, const char* column, MergeUndo& record, QStringList& notes)
{
    const qint64 s = record.survivorId, l = record.loserId;
    MergeUndo::Moved moved{QLatin1String(table), QLatin1String(column), {}};
    const QString where = QStringLiteral(" WHERE %1 = ?").arg(moved.column);
    Status st = ids(db, QStringLiteral("SELECT id FROM %1").arg(moved.table) + where, {l}, moved.ids);
    if (st && !moved.ids.isEmpty())
        st = run(db, QStringLiteral("UPDATE %1 SET %2 = ?").arg(moved.table, moved.column) + where, {s, l});
    if (!moved.ids.isEmpty())
        notes << QStringLiteral("%1 %2").arg(moved.ids.size()).arg(moved.table);
    record.moved << moved;
    return st;
}

// A worker's key groups, hardship categories and service needs as a union: the survivor gets the loser's values
// it does not have.
Status mergeWorkerLinks(QSqlDatabase db, MergeUndo& record, QStringList& notes)
{
    const qint64 s = record.survivorId, l = record.loserId;
    for (const auto& link : kWorkerLinks) {
        MergeUndo::Links links{QLatin1String(link[0]), QLatin1String(link[1]), {}, {}};
        Status st = ids(db, QStringLiteral("SELECT %2 FROM %1 WHERE worker_id = ?").arg(links.table, links.column), {l},
                        links.loserValues);
        if (st)
            st = ids(db, missingLinksSql(link[0], link[1], QStringLiteral("SELECT l.") + links.column), {l, s},
                     links.added);
        if (st && !links.added.isEmpty())
            st = run(db,
                     QStringLiteral("INSERT INTO %1 (worker_id, %2) ").arg(links.table, links.column) +
                         missingLinksSql(link[0], link[1], QStringLiteral("SELECT ?, l.") + links.column),
                     {s, l, s});
        if (!links.added.isEmpty())
            notes << QStringLiteral("%1 %2").arg(links.added.size()).arg(links.table);
        record.links << links;
        if (!st)
            return st;
    }
    return {};
}

// Job fairs the loser attended and the survivor did not: the survivor gets the loser's participation row.
Status mergeFairs(QSqlDatabase db, MergeUndo& record, QStringList& notes)
{
    const qint64 s = record.survivorId, l = record.loserId;
    if (Status st = fairRows(db, l, record.loserFairRows); !st)
        return st;
    const char* const missingFairs = "FROM fair_enterprises l WHERE l.enterprise_id = ? AND NOT EXISTS (SELECT 1 "
                                     "FROM fair_enterprises s WHERE s.fair_id = l.fair_id AND s.enterprise_id = ?)";
    if (Status st =
            ids(db, QStringLiteral("SELECT l.fair_id ") + QLatin1String(missingFairs), {l, s}, record.addedFairs);
        !st)
        return st;
    if (record.addedFairs.isEmpty())
        return {};
    notes << QStringLiteral("%1 fair_enterprises").arg(record.addedFairs.size());
    return run(db,
               QStringLiteral("INSERT INTO fair_enterprises (fair_id, enterprise_id, import_batch_id) "
                              "SELECT l.fair_id, ?, l.import_batch_id ") +
                   QLatin1String(missingFairs),
               {s, l, s});
}

// Everything hanging off the loser moves to the survivor (see RecordMerge.h for what that is).
Status moveToSurvivor(QSqlDatabase db, MergeUndo& record, QStringList& notes)
{
    if (record.kind == MergeRecordKind::Worker) {
        for (const char* table : {"referrals", "services"})
            if (Status st = moveRows(db, table, "worker_id", record, notes); !st)
                return st;
        return mergeWorkerLinks(db, record, notes);
    }
    for (const char* table : {"vacancies", "demand_snapshots", "enterprise_flags", "referrals", "services"})
        if (Status st = moveRows(db, table, "enterprise_id", record, notes); !st)
            return st;
    return mergeFairs(db, record, notes);
}

// The loser as it was goes into the audit trail; then it goes (its own link rows go with it by cascade).
Status removeLoser(QSqlDatabase db, const MergeUndo& record, const Row& loser, const QStringList& movedNotes)
{
    const QString table = tableOf(record.kind);
    QJsonObject before;
    for (const QString& f : RecordMerge::mergeableFields(record.kind))
        before.insert(f, QJsonValue::fromVariant(loser.value(f)));
    // Audit notes are stored in the language the officer works in.
    QString note = JB_TR("Duplicates", "record #%1 merged into #%2").arg(record.loserId).arg(record.survivorId).text();
    if (!movedNotes.isEmpty())
        note += QStringLiteral("; ") + movedNotes.join(QStringLiteral(", "));
    const AuditEntry gone{QStringLiteral("merge"),
                          table,
                          record.loserId,
                          QStringLiteral("merged_into"),
                          QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                          record.survivorId,
                          note};
    if (Status a = appendAudit(db, gone); !a)
        return a;
    return run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {record.loserId});
}

// The chosen values, written after the loser is gone so that a unique value (the ID number) can pass over, and
// the survivor's stamp.
Status writeChoices(QSqlDatabase db, const MergeRequest& request, const Row& survivor, const Row& loser,
                    MergeUndo& record)
{
    const QString table = tableOf(record.kind);
    const qint64 s = record.survivorId;
    const QString from = JB_TR("Duplicates", "merged from #%1").arg(record.loserId).text();
    QStringList sets;
    QVariantList binds;
    for (const QString& f : RecordMerge::mergeableFields(record.kind)) {
        if (request.choices.value(f, MergeSide::Survivor) != MergeSide::Loser)
            continue;
        const QVariant oldValue = survivor.value(f), newValue = loser.value(f);
        if (!differs(oldValue, newValue))
            continue;
        sets << f + QStringLiteral(" = ?");
        binds << newValue;
        record.survivorBefore.insert(f, oldValue);
        if (Status a = appendAudit(db, {QStringLiteral("merge"), table, s, f, oldValue, newValue, from}); !a)
            return a;
    }
    // Always stamped: the survivor changed (it holds the loser's records), which an import undo must see; the
    // stamp (to the millisecond) is also how undoing the merge tells a later edit of the survivor.
    record.survivorBefore.insert(QStringLiteral("updated_at"), survivorStamp(db, table, s));
    record.survivorStamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    sets << QStringLiteral("updated_at = ?");
    binds << record.survivorStamp << s;
    return run(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))), binds);
}

} // namespace

QStringList RecordMerge::mergeableFields(MergeRecordKind kind)
{
    QStringList out;
    for (const FieldDef* f = fieldsOf(kind).begin; f != fieldsOf(kind).end; ++f)
        out << QLatin1String(f->column);
    return out;
}

Expected<MergePreview> RecordMerge::preview(QSqlDatabase db, MergeRecordKind kind, qint64 survivorId, qint64 loserId)
{
    using Result = Expected<MergePreview>;
    if (survivorId == loserId)
        return Result::failure(
            JB_TR("Duplicates", "A record cannot be merged with itself: choose two different records."));
    const Expected<Row> survivor = readRow(db, kind, survivorId);
    if (!survivor)
        return Result::failure(survivor.message());
    const Expected<Row> loser = readRow(db, kind, loserId);
    if (!loser)
        return Result::failure(loser.message());

    MergePreview p;
    p.kind = kind;
    p.survivorId = survivorId;
    p.loserId = loserId;
    p.survivorName = survivor->value(QStringLiteral("name")).toString();
    p.loserName = loser->value(QStringLiteral("name")).toString();
    for (const FieldDef* f = fieldsOf(kind).begin; f != fieldsOf(kind).end; ++f) {
        const QString column = QLatin1String(f->column);
        const QVariant a = survivor->value(column), b = loser->value(column);
        MergeField field{column, Message("Duplicates", f->label).text(), shownText(db, *f, a), shownText(db, *f, b)};
        (differs(a, b) ? p.differing : p.same).append(field);
    }

    const QVariantList both{loserId};
    auto count = [&](const QString& sql, const QVariantList& binds, qint64& into) -> bool {
        const Expected<qint64> n = countOf(db, sql, binds);
        if (n)
            into = *n;
        return n.hasValue();
    };
    bool ok = true;
    if (kind == MergeRecordKind::Worker) {
        ok = ok && count(QStringLiteral("SELECT count(*) FROM referrals WHERE worker_id = ?"), both, p.referrals);
        ok = ok && count(QStringLiteral("SELECT count(*) FROM services WHERE worker_id = ?"), both, p.services);
        for (const auto& link : kWorkerLinks) {
            qint64 n = 0;
            ok = ok &&
                 count(missingLinksSql(link[0], link[1], QStringLiteral("SELECT count(*)")), {loserId, survivorId}, n);
            p.keyGroups += n;
        }
    } else {
        ok = ok && count(QStringLiteral("SELECT count(*) FROM referrals WHERE enterprise_id = ?"), both, p.referrals);
        ok = ok && count(QStringLiteral("SELECT count(*) FROM services WHERE enterprise_id = ?"), both, p.services);
        ok = ok && count(QStringLiteral("SELECT count(*) FROM vacancies WHERE enterprise_id = ?"), both, p.vacancies);
        ok = ok &&
             count(QStringLiteral("SELECT count(*) FROM demand_snapshots WHERE enterprise_id = ?"), both, p.snapshots);
        ok =
            ok && count(QStringLiteral("SELECT count(*) FROM enterprise_flags WHERE enterprise_id = ?"), both, p.flags);
        ok = ok && count(QStringLiteral("SELECT count(*) FROM fair_enterprises l WHERE l.enterprise_id = ? AND NOT "
                                        "EXISTS (SELECT 1 FROM fair_enterprises s WHERE s.fair_id = l.fair_id AND "
                                        "s.enterprise_id = ?)"),
                         {loserId, survivorId}, p.fairs);
        const Expected<QStringList> titles = clashingTitles(db, survivorId, loserId);
        if (!titles)
            return Result::failure(titles.message());
        if (!titles->isEmpty())
            p.refusal = clashRefusal(*titles);
    }
    if (!ok)
        return Result::failure(JB_TR("Duplicates", "Cannot count the records to move"));
    return p;
}

Expected<qint64> RecordMerge::merge(QSqlDatabase db, const MergeRequest& request, MergeUndo* undo)
{
    using Result = Expected<qint64>;
    const MergeRecordKind kind = request.kind;
    const qint64 s = request.survivorId, l = request.loserId;
    const QStringList fields = mergeableFields(kind);
    for (auto it = request.choices.cbegin(); it != request.choices.cend(); ++it) {
        if (!fields.contains(it.key()))
            return Result::failure(JB_TR("Duplicates", "The field \"%1\" cannot be chosen in a merge.").arg(it.key()));
    }
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.error());
    const Expected<MergePreview> plan = preview(db, kind, s, l);
    if (!plan)
        return Result::failure(plan.message());
    if (!plan->refusal.isEmpty())
        return Result::failure(plan->refusal);
    const Expected<Row> survivor = readRow(db, kind, s);
    const Expected<Row> loser = readRow(db, kind, l);
    if (!survivor || !loser)
        return Result::failure(!survivor ? survivor.message() : loser.message());

    const QString table = tableOf(kind);
    MergeUndo record;
    record.kind = kind;
    record.survivorId = s;
    record.loserId = l;
    if (Status r = readWholeRow(db, table, l, record.loserColumns, record.loserValues); !r)
        return Result::failure(r.message());
    QStringList movedNotes;
    if (Status m = moveToSurvivor(db, record, movedNotes); !m)
        return Result::failure(m.message());
    if (Status g = removeLoser(db, record, *loser, movedNotes); !g)
        return Result::failure(g.message());
    if (Status w = writeChoices(db, request, *survivor, *loser, record); !w)
        return Result::failure(w.message());
    if (Status c = tx.commit(); !c)
        return Result::failure(c.message());
    if (undo)
        *undo = std::move(record);
    return s;
}

} // namespace jb::core
