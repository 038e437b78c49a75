#include "core/organisations/OrganisationRepository.h"

#include "core/Message.h"
#include "core/audit/AuditLog.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"
#include "core/validation/AreaCodes.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace jb::core {

namespace {

const QString kColumns = QStringLiteral("id, code, name, kind, parent_id, is_home, retired");

Organisation fromRow(const QSqlQuery& q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.code = q.value(1).toString();
    o.name = q.value(2).toString();
    o.kind = orgKindFromKey(q.value(3).toString()).value_or(OrgKind::Other);
    if (!q.value(4).isNull())
        o.parentId = q.value(4).toLongLong();
    o.isHome = q.value(5).toBool();
    o.retired = q.value(6).toBool();
    return o;
}

OrgKind kindOf(AreaCodes::Level level)
{
    switch (level) {
    case AreaCodes::Level::Province:
        return OrgKind::Province;
    case AreaCodes::Level::Prefecture:
        return OrgKind::Prefecture;
    case AreaCodes::Level::County:
        return OrgKind::County;
    }
    return OrgKind::Other;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

OrganisationRepository::OrganisationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Status OrganisationRepository::seedHome(const QString& homeCode)
{
    const AreaCodes& codes = AreaCodes::instance();
    const std::optional<AreaCodes::Division> home = codes.current(homeCode);
    if (!home)
        return Status::failure(
            JB_TR(
                "Storage",
                "\"%1\" is not a division code in force (GB/T 2260); choose your organisation from the division list.")
                .arg(homeCode));

    // Ancestors first (root down), then the home, then its descendants breadth-first, so parents exist.
    QVector<AreaCodes::Division> ordered;
    for (QString c = codes.parentCode(home->code); !c.isEmpty(); c = codes.parentCode(c))
        if (auto d = codes.current(c))
            ordered.prepend(*d);
    ordered.append(*home);
    for (int i = ordered.size() - 1; i < ordered.size(); ++i)
        ordered += codes.children(ordered.at(i).code);

    Transaction tx(m_db);
    if (!tx.started())
        return Status::failure(tx.message());
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO organisations (code, name, kind, parent_id, is_home, created_at) "
                                  "VALUES (?, ?, ?, (SELECT id FROM organisations WHERE code = ?), ?, ?)"));
    const QString stamp = now();
    for (const AreaCodes::Division& d : ordered) {
        insert.addBindValue(d.code);
        insert.addBindValue(d.name);
        insert.addBindValue(orgKindKey(kindOf(d.level)));
        insert.addBindValue(codes.parentCode(d.code));
        insert.addBindValue(d.code == home->code ? 1 : 0);
        insert.addBindValue(stamp);
        if (!insert.exec())
            return Status::failure(describeSqlError(insert, QStringLiteral("organisations")));
    }
    QSqlQuery setting(m_db);
    setting.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('home_org_code', ?)"));
    setting.addBindValue(home->code);
    if (!setting.exec())
        return Status::failure(describeSqlError(setting, QStringLiteral("settings")));
    return tx.commit();
}

Expected<Organisation> OrganisationRepository::home() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM organisations WHERE is_home = 1").arg(kColumns)))
        return Expected<Organisation>::failure(describeSqlError(q, QStringLiteral("home organisation")));
    if (!q.next())
        return Expected<Organisation>::failure(JB_TR("Storage", "The file has no home organisation"));
    return fromRow(q);
}

Expected<Organisation> OrganisationRepository::byCode(const QString& code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM organisations WHERE code = ?").arg(kColumns));
    q.addBindValue(code);
    if (!q.exec())
        return Expected<Organisation>::failure(describeSqlError(q, QStringLiteral("organisation")));
    if (!q.next())
        return Expected<Organisation>::failure(JB_TR("Storage", "No organisation with code %1 in this file").arg(code));
    return fromRow(q);
}

Expected<Organisation> OrganisationRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return Expected<Organisation>::failure(describeSqlError(q, QStringLiteral("organisation")));
    if (!q.next())
        return Expected<Organisation>::failure(JB_TR("Storage", "No organisation %1 in this file").arg(id));
    return fromRow(q);
}

Expected<QVector<Organisation>> OrganisationRepository::all() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM organisations ORDER BY code").arg(kColumns)))
        return Expected<QVector<Organisation>>::failure(describeSqlError(q, QStringLiteral("organisations")));
    QVector<Organisation> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Expected<QVector<Organisation>> OrganisationRepository::children(qint64 parentId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM organisations WHERE parent_id = ? ORDER BY code").arg(kColumns));
    q.addBindValue(parentId);
    if (!q.exec())
        return Expected<QVector<Organisation>>::failure(describeSqlError(q, QStringLiteral("organisations")));
    QVector<Organisation> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Expected<QVector<qint64>> OrganisationRepository::subtreeIds(qint64 rootId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL "
                             "SELECT o.id FROM organisations o JOIN sub ON o.parent_id = sub.id) SELECT id FROM sub"));
    q.addBindValue(rootId);
    if (!q.exec())
        return Expected<QVector<qint64>>::failure(describeSqlError(q, QStringLiteral("organisation subtree")));
    QVector<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Expected<Organisation> OrganisationRepository::addSubUnit(qint64 parentId, const QString& name, OrgKind kind)
{
    using Result = Expected<Organisation>;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Result::failure(JB_TR("Storage", "Enter the unit's name"));
    if (kind == OrgKind::Province || kind == OrgKind::Prefecture || kind == OrgKind::County)
        return Result::failure(JB_TR(
            "Storage", "Provinces, cities and counties come from the division codes and cannot be added by hand"));
    Transaction tx(m_db);
    if (!tx.started())
        return Result::failure(tx.message());
    QSqlQuery parent(m_db);
    parent.prepare(QStringLiteral("SELECT code, (SELECT COUNT(*) FROM organisations WHERE parent_id = ?) "
                                  "FROM organisations WHERE id = ?"));
    parent.addBindValue(parentId);
    parent.addBindValue(parentId);
    if (!parent.exec() || !parent.next())
        return Result::failure(JB_TR("Storage", "The parent organisation does not exist"));
    const QString parentCode = parent.value(0).toString();
    int serial = parent.value(1).toInt() + 1;
    QString code;
    for (;; ++serial) {
        code = QStringLiteral("%1-%2").arg(parentCode).arg(serial, 3, 10, QLatin1Char('0'));
        QSqlQuery taken(m_db);
        taken.prepare(QStringLiteral("SELECT 1 FROM organisations WHERE code = ?"));
        taken.addBindValue(code);
        if (!taken.exec())
            return Result::failure(describeSqlError(taken, QStringLiteral("organisation code")));
        if (!taken.next())
            break;
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO organisations (code, name, kind, parent_id, created_at) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(code);
    insert.addBindValue(trimmed);
    insert.addBindValue(orgKindKey(kind));
    insert.addBindValue(parentId);
    insert.addBindValue(now());
    if (!insert.exec())
        return Result::failure(describeSqlError(insert, QStringLiteral("add organisation")));
    Organisation org;
    org.id = insert.lastInsertId().toLongLong();
    org.code = code;
    org.name = trimmed;
    org.kind = kind;
    org.parentId = parentId;
    if (Status s = appendAudit(m_db, {QStringLiteral("insert"),
                                      QStringLiteral("organisations"),
                                      org.id,
                                      QStringLiteral("name"),
                                      {},
                                      trimmed,
                                      {}});
        !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return org;
}

} // namespace jb::core
