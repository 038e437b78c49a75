#include "core/duplicates/RecordMerge.h"

#include "core/audit/AuditLog.h"
#include "core/duplicates/MergeSupport.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"
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
    const char* zh;
    const char* en;
    Shown shown;
};

const FieldDef kWorkerFields[] = {
    {"name", "姓名", "Name", Shown::Text},
    {"gender", "性别", "Gender", Shown::Gender},
    {"id_number", "身份证号", "ID number", Shown::ResidentId},
    {"birth_date", "出生日期", "Birth date", Shown::Text},
    {"phone", "手机号", "Phone", Shown::Phone},
    {"org_id", "所属单位", "Organisation", Shown::Organisation},
    {"hukou_place", "户籍地", "Household registration", Shown::Text},
    {"current_place", "现居住地", "Current place", Shown::Text},
    {"employment_status_id", "就业状态", "Employment status", Shown::Reference},
    {"returned_on", "返岗时间", "Returned on", Shown::Text},
    {"return_destination", "返岗去向", "Return destination", Shown::Destination},
    {"desired_trade", "求职工种", "Desired trade", Shown::Text},
    {"desired_place", "期望地点", "Desired place", Shown::Text},
    {"expected_wage_min", "期望月薪下限", "Expected wage from", Shown::Text},
    {"expected_wage_max", "期望月薪上限", "Expected wage to", Shown::Text},
    {"skill_level_id", "技能等级", "Skill level", Shown::Reference},
    {"education_id", "学历", "Education", Shown::Reference},
    {"registered_on", "登记日期", "Registered on", Shown::Text},
    {"last_contact_on", "最近联系", "Last contact", Shown::Text},
    {"note", "备注", "Note", Shown::Text},
};

const FieldDef kEnterpriseFields[] = {
    {"name", "企业名称", "Name", Shown::Text},
    {"credit_code", "统一社会信用代码", "Credit code", Shown::Text},
    {"org_id", "所属单位", "Organisation", Shown::Organisation},
    {"industry_id", "行业", "Industry", Shown::Reference},
    {"address", "地址", "Address", Shown::Text},
    {"contact_name", "联系人", "Contact person", Shown::Text},
    {"contact_phone", "联系电话", "Contact phone", Shown::Phone},
    {"is_key_enterprise", "重点企业", "Key enterprise", Shown::YesNo},
    {"is_major_project", "重大项目", "Major project", Shown::YesNo},
    {"note", "备注", "Note", Shown::Text},
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
                ? QStringLiteral("找不到劳动者记录 #%1（可能已被合并或删除），请刷新列表。 / Worker record #%1 was not "
                                 "found (perhaps already merged or deleted); refresh the list.")
                      .arg(id)
                : QStringLiteral("找不到企业记录 #%1（可能已被合并或删除），请刷新列表。 / Enterprise record #%1 was "
                                 "not found (perhaps already merged or deleted); refresh the list.")
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

QString shownText(QSqlDatabase db, const FieldDef& f, const QVariant& v, bool chinese)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    switch (f.shown) {
    case Shown::Text:
        return s;
    case Shown::Reference:
        return lookup(db,
                      chinese ? QStringLiteral("SELECT name_zh FROM reference_items WHERE id = ?")
                              : QStringLiteral("SELECT name_en FROM reference_items WHERE id = ?"),
                      v);
    case Shown::Organisation:
        return lookup(db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"), v);
    case Shown::Gender:
        if (s == QLatin1String("M"))
            return chinese ? QStringLiteral("男") : QStringLiteral("Male");
        return s == QLatin1String("F") ? (chinese ? QStringLiteral("女") : QStringLiteral("Female")) : s;
    case Shown::ResidentId:
        return s.isEmpty() ? s : maskResidentId(s);
    case Shown::Phone:
        return s.isEmpty() ? s : maskPhone(s);
    case Shown::Destination:
        if (s == QLatin1String("in_province"))
            return chinese ? QStringLiteral("省内") : QStringLiteral("In province");
        return chinese ? QStringLiteral("省外") : QStringLiteral("Out of province");
    case Shown::YesNo:
        return v.toInt() != 0 ? (chinese ? QStringLiteral("是") : QStringLiteral("Yes"))
                              : (chinese ? QStringLiteral("否") : QStringLiteral("No"));
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

QString clashRefusal(const QStringList& titles)
{
    const QString zh = titles.join(QStringLiteral("”、“"));
    const QString en = titles.join(QStringLiteral("\", \""));
    return QStringLiteral(
               "两家企业都有名为“%1”的岗位，一家企业不能有两个同名岗位：请先在企业清单中把其中一家的这些岗位改名"
               "或删除，再合并。 / Both enterprises have a vacancy titled \"%2\" and one enterprise cannot "
               "have two vacancies with the same title: rename or delete them at one of the two in the "
               "enterprise list first, then merge.")
        .arg(zh, en);
}

} // namespace

QStringList RecordMerge::mergeableFields(MergeRecordKind kind)
{
    QStringList out;
    for (const FieldDef* f = fieldsOf(kind).begin; f != fieldsOf(kind).end; ++f)
        out << QLatin1String(f->column);
    return out;
}

Expected<MergePreview> RecordMerge::preview(QSqlDatabase db, MergeRecordKind kind, qint64 survivorId, qint64 loserId,
                                            bool chinese)
{
    using Result = Expected<MergePreview>;
    if (survivorId == loserId)
        return Result::failure(QStringLiteral("不能把一条记录与它自己合并：请选择两条不同的记录。 / A record cannot be "
                                              "merged with itself: choose two different records."));
    const Expected<Row> survivor = readRow(db, kind, survivorId);
    if (!survivor)
        return Result::failure(survivor.error());
    const Expected<Row> loser = readRow(db, kind, loserId);
    if (!loser)
        return Result::failure(loser.error());

    MergePreview p;
    p.kind = kind;
    p.survivorId = survivorId;
    p.loserId = loserId;
    p.survivorName = survivor->value(QStringLiteral("name")).toString();
    p.loserName = loser->value(QStringLiteral("name")).toString();
    for (const FieldDef* f = fieldsOf(kind).begin; f != fieldsOf(kind).end; ++f) {
        const QString column = QLatin1String(f->column);
        const QVariant a = survivor->value(column), b = loser->value(column);
        MergeField field{column, QString::fromUtf8(chinese ? f->zh : f->en), shownText(db, *f, a, chinese),
                         shownText(db, *f, b, chinese)};
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
            return Result::failure(titles.error());
        if (!titles->isEmpty())
            p.refusal = clashRefusal(*titles);
    }
    if (!ok)
        return Result::failure(QStringLiteral("无法统计要转移的记录 / Cannot count the records to move"));
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
            return Result::failure(QStringLiteral("字段“%1”不能在合并时选择。 / The field \"%1\" cannot be chosen in "
                                                  "a merge.")
                                       .arg(it.key()));
    }
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.error());
    const Expected<MergePreview> plan = preview(db, kind, s, l, true);
    if (!plan)
        return Result::failure(plan.error());
    if (!plan->refusal.isEmpty())
        return Result::failure(plan->refusal);
    const Expected<Row> survivor = readRow(db, kind, s);
    const Expected<Row> loser = readRow(db, kind, l);
    if (!survivor || !loser)
        return Result::failure(!survivor ? survivor.error() : loser.error());

    const QString table = tableOf(kind);
    const QString from = QStringLiteral("合并自 #%1 / merged from #%1").arg(l);
    MergeUndo record;
    record.kind = kind;
    record.survivorId = s;
    record.loserId = l;
    if (Status r = readWholeRow(db, table, l, record.loserColumns, record.loserValues); !r)
        return Result::failure(r.error());
    Status st;
    QStringList movedNotes;
    // Moves every row of `movedTable` whose `column` is the loser to the survivor, remembering their ids.
    auto move = [&](const char* movedTable, const char* column) {
        if (!st)
            return;
        MergeUndo::Moved moved{QLatin1String(movedTable), QLatin1String(column), {}};
        const QString where = QStringLiteral(" WHERE %1 = ?").arg(moved.column);
        st = ids(db, QStringLiteral("SELECT id FROM %1").arg(moved.table) + where, {l}, moved.ids);
        if (st && !moved.ids.isEmpty())
            st = run(db, QStringLiteral("UPDATE %1 SET %2 = ?").arg(moved.table, moved.column) + where, {s, l});
        if (!moved.ids.isEmpty())
            movedNotes << QStringLiteral("%1 %2").arg(moved.ids.size()).arg(moved.table);
        record.moved << moved;
    };
    if (kind == MergeRecordKind::Worker) {
        move("referrals", "worker_id");
        move("services", "worker_id");
        for (const auto& link : kWorkerLinks) {
            MergeUndo::Links links{QLatin1String(link[0]), QLatin1String(link[1]), {}, {}};
            if (st)
                st = ids(db, QStringLiteral("SELECT %2 FROM %1 WHERE worker_id = ?").arg(links.table, links.column),
                         {l}, links.loserValues);
            if (st)
                st = ids(db, missingLinksSql(link[0], link[1], QStringLiteral("SELECT l.") + links.column), {l, s},
                         links.added);
            if (st && !links.added.isEmpty())
                st = run(db,
                         QStringLiteral("INSERT INTO %1 (worker_id, %2) ").arg(links.table, links.column) +
                             missingLinksSql(link[0], link[1], QStringLiteral("SELECT ?, l.") + links.column),
                         {s, l, s});
            if (!links.added.isEmpty())
                movedNotes << QStringLiteral("%1 %2").arg(links.added.size()).arg(links.table);
            record.links << links;
        }
    } else {
        move("vacancies", "enterprise_id");
        move("demand_snapshots", "enterprise_id");
        move("enterprise_flags", "enterprise_id");
        move("referrals", "enterprise_id");
        move("services", "enterprise_id");
        if (st)
            st = fairRows(db, l, record.loserFairRows);
        const char* const missingFairs = "FROM fair_enterprises l WHERE l.enterprise_id = ? AND NOT EXISTS (SELECT 1 "
                                         "FROM fair_enterprises s WHERE s.fair_id = l.fair_id AND s.enterprise_id = ?)";
        if (st)
            st = ids(db, QStringLiteral("SELECT l.fair_id ") + QLatin1String(missingFairs), {l, s}, record.addedFairs);
        if (st && !record.addedFairs.isEmpty()) {
            st = run(db,
                     QStringLiteral("INSERT INTO fair_enterprises (fair_id, enterprise_id, import_batch_id) "
                                    "SELECT l.fair_id, ?, l.import_batch_id ") +
                         QLatin1String(missingFairs),
                     {s, l, s});
            movedNotes << QStringLiteral("%1 fair_enterprises").arg(record.addedFairs.size());
        }
    }
    if (!st)
        return Result::failure(st.error());

    // The loser as it was, for the trail; then it goes (its own link rows go with it by cascade).
    QJsonObject before;
    for (const QString& f : fields)
        before.insert(f, QJsonValue::fromVariant(loser->value(f)));
    AuditEntry gone{
        QStringLiteral("merge"),
        table,
        l,
        QStringLiteral("merged_into"),
        QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
        s,
        QStringLiteral("记录 #%1 并入 #%2 / record #%1 merged into #%2").arg(l).arg(s) +
            (movedNotes.isEmpty() ? QString() : QStringLiteral("; ") + movedNotes.join(QStringLiteral(", ")))};
    if (Status a = appendAudit(db, gone); !a)
        return Result::failure(a.error());
    if (Status d = run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {l}); !d)
        return Result::failure(d.error());

    // The chosen values, written after the loser is gone so that a unique value (the ID number) can pass over.
    QStringList sets;
    QVariantList binds;
    for (const QString& f : fields) {
        if (request.choices.value(f, MergeSide::Survivor) != MergeSide::Loser)
            continue;
        const QVariant oldValue = survivor->value(f), newValue = loser->value(f);
        if (!differs(oldValue, newValue))
            continue;
        sets << f + QStringLiteral(" = ?");
        binds << newValue;
        record.survivorBefore.insert(f, oldValue);
        if (Status a = appendAudit(db, {QStringLiteral("merge"), table, s, f, oldValue, newValue, from}); !a)
            return Result::failure(a.error());
    }
    // Always stamped: the survivor changed (it holds the loser's records), which an import undo must see; the
    // stamp (to the millisecond) is also how undoing the merge tells a later edit of the survivor.
    record.survivorBefore.insert(QStringLiteral("updated_at"), survivorStamp(db, table, s));
    record.survivorStamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    sets << QStringLiteral("updated_at = ?");
    binds << record.survivorStamp << s;
    if (Status u =
            run(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))), binds);
        !u)
        return Result::failure(u.error());
    if (Status c = tx.commit(); !c)
        return Result::failure(c.error());
    if (undo)
        *undo = std::move(record);
    return s;
}

} // namespace jb::core
