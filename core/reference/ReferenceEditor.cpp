#include "core/reference/ReferenceEditor.h"

#include "core/audit/AuditLog.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace jb::core {

namespace {

struct ListDef
{
    const char* list;
    const char* titleZh; // the list, as a page title
    const char* titleEn;
    const char* nounZh; // one value of it, in a sentence
    const char* nounEn;
    bool membership; // records are "in" a value (key groups) rather than "use" it
};

const ListDef kLists[] = {
    {"key_group", "重点群体", "Key groups", "重点群体", "key group", true},
    {"hardship_category", "困难类别", "Hardship categories", "困难类别", "hardship category", true},
    {"industry", "行业", "Industries", "行业", "industry", false},
    {"occupation_group", "职业大类", "Occupation groups", "职业大类", "occupation group", false},
    {"education", "学历", "Education levels", "学历", "education level", false},
    {"skill_level", "技能等级", "Skill levels", "技能等级", "skill level", false},
    {"service_type", "服务类型", "Service types", "服务类型", "service type", false},
    {"employment_status", "就业状态", "Employment statuses", "就业状态", "employment status", false},
    {"employment_form", "用工形式", "Employment forms", "用工形式", "employment form", false},
    {"fair_kind", "招聘会类型", "Job fair kinds", "招聘会类型", "job fair kind", false},
};

// Every column that points at reference_items (core/storage/SchemaV1.cpp), by list.
struct UseDef
{
    const char* list;
    const char* table;
    const char* column;
    const char* unitZh; // "1,234 名劳动者"
    const char* unitEn; // "1,234 workers"
};

const UseDef kUses[] = {
    {"key_group", "worker_key_groups", "key_group_id", "名劳动者", "workers"},
    {"hardship_category", "worker_hardships", "category_id", "名劳动者", "workers"},
    {"industry", "enterprises", "industry_id", "家企业", "enterprises"},
    {"occupation_group", "vacancies", "occupation_group_id", "个岗位", "vacancies"},
    {"education", "workers", "education_id", "名劳动者", "workers"},
    {"education", "vacancies", "education_id", "个岗位", "vacancies"},
    {"skill_level", "workers", "skill_level_id", "名劳动者", "workers"},
    {"skill_level", "vacancies", "skill_level_id", "个岗位", "vacancies"},
    {"service_type", "worker_service_needs", "service_type_id", "名劳动者的服务需求", "workers' service needs"},
    {"service_type", "services", "service_type_id", "条服务记录", "service records"},
    {"employment_status", "workers", "employment_status_id", "名劳动者", "workers"},
    {"employment_form", "vacancies", "employment_form_id", "个岗位", "vacancies"},
    {"fair_kind", "job_fairs", "kind_id", "场招聘会", "job fairs"},
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

QString ReferenceEditor::listTitle(const QString& list, bool chinese)
{
    const ListDef* d = listDef(list);
    return d ? QString::fromUtf8(chinese ? d->titleZh : d->titleEn) : list;
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
            QStringLiteral("找不到基础数据项 #%1，请刷新列表。 / Reference value #%1 was not found; refresh the list.")
                .arg(itemId));
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
        return Result::failure(it.error());
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
            out << ReferenceUse{number(n) + QString::fromUtf8(u.unitZh) + QStringLiteral(" / ") + number(n) +
                                    QLatin1Char(' ') + QString::fromUtf8(u.unitEn),
                                n};
    }
    return out;
}

Status ReferenceEditor::checkNames(const QString& list, qint64 selfId, const QString& nameZh,
                                   const QString& nameEn) const
{
    if (nameZh.trimmed().isEmpty())
        return Status::failure(QStringLiteral("中文名称不能为空：请填写中文名称。 / The Chinese name is empty: enter "
                                              "a Chinese name."));
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
    if (q.next())
        return Status::failure(QStringLiteral("“%1”已在此列表中（%2）：同一列表中的名称不能重复，请换一个名称。 / "
                                              "\"%3\" is already in this list (%2): names in one list must differ; "
                                              "choose another name.")
                                   .arg(nameZh.trimmed(),
                                        q.value(0).toString() + QStringLiteral(" / ") + q.value(1).toString(),
                                        nameEn.trimmed().isEmpty() ? nameZh.trimmed() : nameEn.trimmed()));
    return {};
}

Expected<qint64> ReferenceEditor::add(const QString& list, const QString& nameZh, const QString& nameEn)
{
    using Result = Expected<qint64>;
    if (!listDef(list))
        return Result::failure(
            QStringLiteral("没有名为“%1”的基础数据列表。 / There is no reference list \"%1\".").arg(list));
    const QString zh = nameZh.trimmed();
    const QString en = nameEn.trimmed().isEmpty() ? zh : nameEn.trimmed();
    Transaction tx(m_db);
    if (!tx.started())
        return Result::failure(tx.error());
    if (Status c = checkNames(list, 0, zh, en); !c)
        return Result::failure(c.error());
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
        return Result::failure(a.error());
    if (Status c = tx.commit(); !c)
        return Result::failure(c.error());
    return id;
}

Status ReferenceEditor::rename(qint64 itemId, const QString& nameZh, const QString& nameEn)
{
    Transaction tx(m_db);
    if (!tx.started())
        return Status::failure(tx.error());
    const Expected<ReferenceItem> it = item(itemId);
    if (!it)
        return Status::failure(it.error());
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
        return Status::failure(it.error());
    if (retired && isReliedOnByCode(it->list, it->code))
        return Status::failure(
            QStringLiteral("“%1”是统计口径依赖的内置项，不能停用（可以改名）。 / \"%2\" is built in: "
                           "the figures depend on it, so it cannot be retired (it can be renamed).")
                .arg(it->nameZh, it->nameEn));
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
        return Status::failure(it.error());
    const ListDef* d = listDef(it->list);
    const QString nounZh = d ? QString::fromUtf8(d->nounZh) : it->list;
    const QString nounEn = d ? QString::fromUtf8(d->nounEn) : it->list;
    if (isReliedOnByCode(it->list, it->code))
        return Status::failure(
            QStringLiteral("“%1”是统计口径依赖的内置%2，不能删除（可以改名）。 / \"%3\" is a built-in "
                           "%4 the figures depend on: it cannot be deleted (it can be renamed).")
                .arg(it->nameZh, nounZh, it->nameEn, nounEn));
    // Counted inside the transaction, so nothing can start using it between the check and the delete.
    const Expected<QVector<ReferenceUse>> used = uses(itemId);
    if (!used)
        return Status::failure(used.error());
    if (!used->isEmpty()) {
        QStringList zh, en;
        for (const ReferenceUse& u : *used) {
            const QStringList parts = u.what.split(QStringLiteral(" / "));
            zh << parts.value(0);
            en << parts.value(1);
        }
        const bool membership = d && d->membership;
        const QString english = membership
                                    ? QStringLiteral("%1 are in this %2").arg(en.join(QStringLiteral(", ")), nounEn)
                                    : QStringLiteral("%1 use this %2").arg(en.join(QStringLiteral(", ")), nounEn);
        return Status::failure(
            QStringLiteral("该%1已被%2使用，不能删除，只能停用 / %3; it cannot be deleted, only retired")
                .arg(nounZh, zh.join(QStringLiteral("、")), english));
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

} // namespace jb::core
