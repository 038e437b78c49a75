#include "core/reference/ReferenceRepository.h"

#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace jb::core {

ReferenceRepository::ReferenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Expected<QStringList> ReferenceRepository::lists() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT list FROM reference_items GROUP BY list ORDER BY MIN(id)")))
        return Expected<QStringList>::failure(describeSqlError(q, QStringLiteral("reference lists")));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Expected<QVector<ReferenceItem>> ReferenceRepository::items(const QString& list, bool includeRetired) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, list, code, name_zh, name_en, sort_order, retired FROM reference_items "
                             "WHERE list = ? AND (? OR retired = 0) ORDER BY sort_order, id"));
    q.addBindValue(list);
    q.addBindValue(includeRetired ? 1 : 0);
    if (!q.exec())
        return Expected<QVector<ReferenceItem>>::failure(describeSqlError(q, QStringLiteral("reference items")));
    QVector<ReferenceItem> out;
    while (q.next()) {
        ReferenceItem item;
        item.id = q.value(0).toLongLong();
        item.list = q.value(1).toString();
        item.code = q.value(2).toString();
        item.nameZh = q.value(3).toString();
        item.nameEn = q.value(4).toString();
        item.sortOrder = q.value(5).toInt();
        item.retired = q.value(6).toBool();
        out.append(item);
    }
    return out;
}

} // namespace jb::core
