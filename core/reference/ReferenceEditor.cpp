#include "core/reference/ReferenceEditor.h"

#include "core/audit/AuditLog.h"
#include "core/reference/ReferenceNames.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"
#include "core/validation/MessageList.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace jb::core {

namespace {

struct ListDef
{
    const char* list;
    const char* title; // the list, as a page title (translated, context "Reference")
    const char* noun;  // one value of it, in a sentence (translated, context "Reference")
    bool membership;   // records are "in" a value (key groups) rather than "use" it
};

const ListDef kLists[] = {
    {"key_group", QT_TRANSLATE_NOOP("Reference", "Key groups"), QT_TRANSLATE_NOOP("Reference", "key group"), true},
    {"hardship_category", QT_TRANSLATE_NOOP("Reference", "Hardship categories"),
     QT_TRANSLATE_NOOP("Reference", "hardship category"), true},
    {"industry", QT_TRANSLATE_NOOP("Reference", "Industries"), QT_TRANSLATE_NOOP("Reference", "industry"), false},
    {"occupation_group", QT_TRANSLATE_NOOP("Reference", "Occupation groups"),
     QT_TRANSLATE_NOOP("Reference", "occupation group"), false},
    {"education", QT_TRANSLATE_NOOP("Reference", "Education levels"), QT_TRANSLATE_NOOP("Reference", "education level"),
     false},
    {"skill_level", QT_TRANSLATE_NOOP("Reference", "Skill levels"), QT_TRANSLATE_NOOP("Reference", "skill level"),
     false},
    {"service_type", QT_TRANSLATE_NOOP("Reference", "Service types"), QT_TRANSLATE_NOOP("Reference", "service type"),
     false},
    {"employment_status", QT_TRANSLATE_NOOP("Reference", "Employment statuses"),
     QT_TRANSLATE_NOOP("Reference", "employment status"), false},
    {"employment_form", QT_TRANSLATE_NOOP("Reference", "Employment forms"),
     QT_TRANSLATE_NOOP("Reference", "employment form"), false},
    {"fair_kind", QT_TRANSLATE_NOOP("Reference", "Job fair kinds"), QT_TRANSLATE_NOOP("Reference", "job fair kind"),
     false},
};

// Every column that points at reference_items (core/storage/SchemaV1.cpp), by list.
struct UseDef
{
    const char* list;
    const char* table;
    const char* column;
    const char* count; // "%1 workers" (translated, context "Reference"; %1 with thousands separators)
};

const UseDef kUses[] = {
    {"key_group", "worker_key_groups", "key_group_id", QT_TRANSLATE_NOOP("Reference", "%1 workers")},
    {"hardship_category", "worker_hardships", "category_id", QT_TRANSLATE_NOOP("Reference", "%1 workers")},
    {"industry", "enterprises", "industry_id", QT_TRANSLATE_NOOP("Reference", "%1 enterprises")},
    {"occupation_group", "vacancies", "occupation_group_id", QT_TRANSLATE_NOOP("Reference", "%1 vacancies")},
    {"education", "workers", "education_id", QT_TRANSLATE_NOOP("Reference", "%1 workers")},
    {"education", "vacancies", "education_id", QT_TRANSLATE_NOOP("Reference", "%1 vacancies")},
    {"skill_level", "workers", "skill_level_id", QT_TRANSLATE_NOOP("Reference", "%1 workers")},
    {"skill_level", "vacancies", "skill_level_id", QT_TRANSLATE_NOOP("Reference", "%1 vacancies")},
    {"service_type", "worker_service_needs", "service_type_id",
     QT_TRANSLATE_NOOP("Reference", "%1 workers' service needs")},
    {"service_type", "services", "service_type_id", QT_TRANSLATE_NOOP("Reference", "%1 service records")},
    {"employment_status", "workers", "employment_status_id", QT_TRANSLATE_NOOP("Reference", "%1 workers")},
    {"employment_form", "vacancies", "employment_form_id", QT_TRANSLATE_NOOP("Reference", "%1 vacancies")},
    {"fair_kind", "job_fairs", "kind_id", QT_TRANSLATE_NOOP("Reference", "%1 job fairs")},
};

// Values the program finds by code: see the header.
const char* const kReliedOn[][2] = {
    {"service_type", "training"}, {"service_type", "insurance"}, {"key_group", "migrant_worker"}};

const ListDef* listDef(const QString& list)
{
    for (const ListDef& d : kLists) {
        if (list == QLatin1String(d.list))
            return &d;
    }
    return nullptr;
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

const QString kTable = QStringLiteral("reference_items");

} // namespace

ReferenceEditor::ReferenceEditor(QSqlDatabase db) : m_db(std::move(db)) {}

QStringList ReferenceEditor::editableLists()
{
    QStringList out;
    for (const ListDef& d : kLists)
        out << QLatin1String(d.list);
    return out;
}

Message ReferenceEditor::listTitle(const QString& list)
{
    const ListDef* d = listDef(list);
    return d ? Message("Reference", d->title) : Message::verbatim(list);
}

bool ReferenceEditor::isReliedOnByCode(const QString& list, const QString& code)
{
    for (const auto& r : kReliedOn) {
        if (list == QLatin1String(r[0]) && code == QLatin1String(r[1]))
            return true;
    }
    return false;
}

Expected<ReferenceItem> ReferenceEditor::item(qint64 itemId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, list, code, name_zh, name_en, sort_order, retired FROM reference_items "
                             "WHERE id = ?"));
    q.addBindValue(itemId);
    if (!q.exec())
        return Expected<ReferenceItem>::failure(describeSqlError(q, QStringLiteral("reference lists")));
    if (!q.next())
        return Expected<ReferenceItem>::failure(
            JB_TR("Reference", "Reference value #%1 was not found; refresh the list.").arg(itemId));
    ReferenceItem item;
    item.id = q.value(0).toLongLong();
    item.list = q.value(1).toString();
    item.code = q.value(2).toString();
    item.nameZh = q.value(3).toString();
    item.nameEn = q.value(4).toString();
    item.sortOrder = q.value(5).toInt();
    item.retired = q.value(6).toBool();
    return item;
}

Expected<QVector<ReferenceValue>> ReferenceEditor::values(const QString& list) const
{
    using Result = Expected<QVector<ReferenceValue>>;
    QHash<qint64, qint64> used;
    for (const UseDef& u : kUses) {
        if (list != QLatin1String(u.list))
            continue;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %2, count(*) FROM %1 WHERE %2 IN (SELECT id FROM reference_items WHERE "
                                 "list = ?) GROUP BY %2")
                      .arg(QLatin1String(u.table), QLatin1String(u.column)));
        q.addBindValue(list);
        if (!q.exec())
            return Result::failure(describeSqlError(q, QStringLiteral("reference lists")));
        while (q.next())
            used[q.value(0).toLongLong()] += q.value(1).toLongLong();
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, list, code, name_zh, name_en, sort_order, retired FROM reference_items "
                             "WHERE list = ? ORDER BY sort_order, id"));
    q.addBindValue(list);
    if (!q.exec())
        return Result::failure(describeSqlError(q, QStringLiteral("reference lists")));
    QVector<ReferenceValue> out;
    while (q.next()) {
        ReferenceValue v;
        v.item.id = q.value(0).toLongLong();
        v.item.list = q.value(1).toString();
        v.item.code = q.value(2).toString();
        v.item.nameZh = q.value(3).toString();
        v.item.nameEn = q.value(4).toString();
        v.item.sortOrder = q.value(5).toInt();
        v.item.retired = q.value(6).toBool();
        v.usedBy = used.value(v.item.id);
        v.reliedOnByCode = isReliedOnByCode(v.item.list, v.item.code);
        out << v;
    }
    return out;
}

Expected<QVector<ReferenceUse>> ReferenceEditor::uses(qint64 itemId) const
{
    using Result = Expected<QVector<ReferenceUse>>;
    const Expected<ReferenceItem> it = item(itemId);
    if (!it)
        return Result::failure(it.message());
    QVector<ReferenceUse> out;
    for (const UseDef& u : kUses) {
        if (it->list != QLatin1String(u.list))
            continue;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                      .arg(QLatin1String(u.table), QLatin1String(u.column)));
        q.addBindValue(itemId);
        if (!q.exec() || !q.next())
            return Result::failure(describeSqlError(q, QStringLiteral("reference lists")));
        if (const qint64 n = q.value(0).toLongLong(); n > 0)
            out << ReferenceUse{Message("Reference", u.count).arg(number(n)), n};
    }
    return out;
}

Status ReferenceEditor::checkNames(const QString& list, qint64 selfId, const QString& nameZh,
                                   const QString& nameEn) const
{
    if (nameZh.trimmed().isEmpty())
        return Status::failure(JB_TR("Reference", "The Chinese name is empty: enter a Chinese name."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name_zh, name_en FROM reference_items WHERE list = ? AND id <> ? AND "
                             "(trim(name_zh) = ? OR (? <> '' AND trim(name_en) = ?))"));
    q.addBindValue(list);
    q.addBindValue(selfId);
    q.addBindValue(nameZh.trimmed());
    q.addBindValue(nameEn.trimmed());
    q.addBindValue(nameEn.trimmed());
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("reference lists")));
    // The name that clashes, and the value it clashes with as the officer reads it.
    if (q.next())
        return Status::failure(
            JB_TR("Reference", "\"%1\" is already in this list (%2): names in one list must "
                               "differ; choose another name.")
                .arg(q.value(0).toString().trimmed() == nameZh.trimmed() ? nameZh.trimmed() : nameEn.trimmed())
                .arg(shownName(q.value(0).toString(), q.value(1).toString())));
    return {};
}

Expected<qint64> ReferenceEditor::add(const QString& list, const QString& nameZh, const QString& nameEn)
{
    using Result = Expected<qint64>;
    if (!listDef(list))
        return Result::failure(JB_TR("Reference", "There is no reference list \"%1\".").arg(list));
    const QString zh = nameZh.trimmed();
    const QString en = nameEn.trimmed().isEmpty() ? zh : nameEn.trimmed();
    Transaction tx(m_db);
    if (!tx.started())
        return Result::failure(tx.error());
    if (Status c = checkNames(list, 0, zh, en); !c)
        return Result::failure(c.message());
    QSqlQuery q(m_db);
    // The new row's id is max(id) + 1, so "custom_<that id>" is never taken.
    q.prepare(
        QStringLiteral("INSERT INTO reference_items (list, code, name_zh, name_en, sort_order) VALUES (?, 'custom_' || "
                       "(SELECT coalesce(max(id), 0) + 1 FROM reference_items), ?, ?, "
                       "(SELECT coalesce(max(sort_order), 0) + 1 FROM reference_items WHERE list = ?))"));
    q.addBindValue(list);
    q.addBindValue(zh);
    q.addBindValue(en);
    q.addBindValue(list);
    if (!q.exec())
        return Result::failure(describeSqlError(q, QStringLiteral("reference lists")));
    const qint64 id = q.lastInsertId().toLongLong();
    if (Status a = appendAudit(m_db, {QStringLiteral("insert"), kTable, id, QStringLiteral("name_zh"), {}, zh, list});
        !a)
        return Result::failure(a.message());
    if (Status c = tx.commit(); !c)
        return Result::failure(c.message());
    return id;
}

Status ReferenceEditor::rename(qint64 itemId, const QString& nameZh, const QString& nameEn)
{
    Transaction tx(m_db);
    if (!tx.started())
        return Status::failure(tx.error());
    const Expected<ReferenceItem> it = item(itemId);
    if (!it)
        return Status::failure(it.message());
    const QString zh = nameZh.trimmed();
    const QString en = nameEn.trimmed().isEmpty() ? zh : nameEn.trimmed();
    if (Status c = checkNames(it->list, itemId, zh, en); !c)
        return c;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE reference_items SET name_zh = ?, name_en = ? WHERE id = ?"));
    q.addBindValue(zh);
    q.addBindValue(en);
    q.addBindValue(itemId);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("reference lists")));
    const std::pair<const char*, std::pair<QString, QString>> changes[] = {{"name_zh", {it->nameZh, zh}},
                                                                           {"name_en", {it->nameEn, en}}};
    for (const auto& [field, values] : changes) {
        if (values.first == values.second)
            continue;
        if (Status a = appendAudit(m_db, {QStringLiteral("update"), kTable, itemId, QLatin1String(field), values.first,
                                          values.second, it->list});
            !a)
            return a;
    }
    return tx.commit();
}

Status ReferenceEditor::setRetired(qint64 itemId, bool retired)
{
    Transaction tx(m_db);
    if (!tx.started())
        return Status::failure(tx.error());
    const Expected<ReferenceItem> it = item(itemId);
    if (!it)
        return Status::failure(it.message());
    if (retired && isReliedOnByCode(it->list, it->code))
        return Status::failure(JB_TR("Reference", "\"%1\" is built in: the figures depend on it, so it cannot be "
                                                  "retired (it can be renamed).")
                                   .arg(shownName(it->nameZh, it->nameEn)));
    if (it->retired == retired)
        return tx.commit();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE reference_items SET retired = ? WHERE id = ?"));
    q.addBindValue(retired ? 1 : 0);
    q.addBindValue(itemId);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("reference lists")));
    if (Status a = appendAudit(m_db, {retired ? QStringLiteral("retire") : QStringLiteral("unretire"), kTable, itemId,
                                      QStringLiteral("retired"), it->retired ? 1 : 0, retired ? 1 : 0, it->list});
        !a)
        return a;
    return tx.commit();
}

Status ReferenceEditor::remove(qint64 itemId)
{
    Transaction tx(m_db);
    if (!tx.started())
        return Status::failure(tx.error());
    const Expected<ReferenceItem> it = item(itemId);
    if (!it)
        return Status::failure(it.message());
    const ListDef* d = listDef(it->list);
    const Message noun = d ? Message("Reference", d->noun) : Message::verbatim(it->list);
    if (isReliedOnByCode(it->list, it->code))
        return Status::failure(JB_TR("Reference", "\"%1\" is a built-in %2 the figures depend on: it cannot be deleted "
                                                  "(it can be renamed).")
                                   .arg(shownName(it->nameZh, it->nameEn))
                                   .arg(noun));
    // Counted inside the transaction, so nothing can start using it between the check and the delete.
    const Expected<QVector<ReferenceUse>> used = uses(itemId);
    if (!used)
        return Status::failure(used.message());
    if (!used->isEmpty()) {
        QVector<Message> counts;
        for (const ReferenceUse& u : *used)
            counts << u.what;
        const bool membership = d && d->membership;
        return Status::failure((membership ? JB_TR("Reference", "%1 are in this %2; it cannot be deleted, only retired")
                                           : JB_TR("Reference", "%1 use this %2; it cannot be deleted, only retired"))
                                   .arg(listOf(counts))
                                   .arg(noun));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM reference_items WHERE id = ?"));
    q.addBindValue(itemId);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("reference lists")));
    if (Status a = appendAudit(m_db, {QStringLiteral("delete"),
                                      kTable,
                                      itemId,
                                      QStringLiteral("name_zh"),
                                      it->nameZh,
                                      {},
                                      it->list + QLatin1Char(' ') + it->code});
        !a)
        return a;
    return tx.commit();
}

Status ReferenceEditor::restore(const ReferenceItem& it)
{
    Transaction tx(m_db);
    if (!tx.started())
        return Status::failure(tx.error());
    if (Status c = checkNames(it.list, it.id, it.nameZh, it.nameEn); !c)
        return c;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM reference_items WHERE id = ? OR (list = ? AND code = ?)"));
    q.addBindValue(it.id);
    q.addBindValue(it.list);
    q.addBindValue(it.code);
    if (!q.exec() || !q.next())
        return Status::failure(describeSqlError(q, QStringLiteral("reference lists")));
    if (q.value(0).toLongLong() > 0)
        return Status::failure(JB_TR("Reference", "\"%1\" cannot be put back: another value has taken its place.")
                                   .arg(shownName(it.nameZh, it.nameEn)));
    q.prepare(QStringLiteral("INSERT INTO reference_items (id, list, code, name_zh, name_en, sort_order, retired) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(it.id), QVariant(it.list), QVariant(it.code), QVariant(it.nameZh),
                              QVariant(it.nameEn), QVariant(it.sortOrder), QVariant(it.retired ? 1 : 0)})
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("reference lists")));
    if (Status a = appendAudit(m_db, {QStringLiteral("insert"),
                                      kTable,
                                      it.id,
                                      QStringLiteral("name_zh"),
                                      {},
                                      it.nameZh,
                                      it.list + QStringLiteral(" ") + it.code + QStringLiteral(" restored")});
        !a)
        return a;
    return tx.commit();
}

} // namespace jb::core
