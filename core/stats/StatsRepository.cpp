#include "core/stats/StatsRepository.h"

#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace jb::core {

StatsRepository::StatsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

const QStringList& StatsRepository::reportedTables()
{
    static const QStringList tables = {
        QStringLiteral("organisations"),     QStringLiteral("enterprises"),      QStringLiteral("vacancies"),
        QStringLiteral("demand_snapshots"),  QStringLiteral("enterprise_flags"), QStringLiteral("workers"),
        QStringLiteral("worker_key_groups"), QStringLiteral("worker_hardships"), QStringLiteral("worker_service_needs"),
        QStringLiteral("job_fairs"),         QStringLiteral("fair_enterprises"), QStringLiteral("referrals"),
        QStringLiteral("referral_stages"),   QStringLiteral("services"),         QStringLiteral("periods"),
        QStringLiteral("targets"),           QStringLiteral("reference_items"),  QStringLiteral("import_batches"),
        QStringLiteral("audit_log"),
    };
    return tables;
}

Expected<DatabaseStats> StatsRepository::collect() const
{
    using Result = Expected<DatabaseStats>;
    DatabaseStats stats;
    QSqlDatabase db = m_db;
    const Expected<int> version = readUserVersion(db);
    stats.schemaVersion = version ? *version : 0;
    if (const Expected<Organisation> home = OrganisationRepository(m_db).home()) {
        stats.homeCode = home->code;
        stats.homeName = home->name;
    }
    for (const QString& table : reportedTables()) {
        QSqlQuery q(m_db);
        // Table names come from the fixed list above, never from input.
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return Result::failure(describeSqlError(q, table));
        stats.tables.append({table, q.value(0).toLongLong()});
    }
    QSqlQuery groups(m_db);
    if (!groups.exec(QStringLiteral("SELECT r.code, r.name_zh, r.name_en, "
                                    "(SELECT COUNT(*) FROM worker_key_groups g WHERE g.key_group_id = r.id) "
                                    "FROM reference_items r WHERE r.list = 'key_group' ORDER BY r.sort_order, r.id")))
        return Result::failure(describeSqlError(groups, QStringLiteral("key groups")));
    while (groups.next())
        stats.keyGroups.append({groups.value(0).toString(), groups.value(1).toString(), groups.value(2).toString(),
                                groups.value(3).toLongLong()});
    return stats;
}

} // namespace jb::core
