#include "core/storage/Migrations.h"

#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

namespace jb::core {

const std::vector<MigrationStep>& standardMigrations()
{
    static const std::vector<MigrationStep> steps = {
        {1, QStringLiteral("two lists, activities, targets, audit (v1)"),
         [](QSqlDatabase& db) {
             if (Status s = schema::createVersion1(db); !s)
                 return s;
             return schema::seedReferenceDefaults(db);
         }},
        {2, QStringLiteral("organisation tree and daily activity summary (v2)"), &schema::upgradeToVersion2},
        {3, QStringLiteral("figures received in exchange packages (v3)"), &schema::upgradeToVersion3},
        {4, QStringLiteral("worker list search keys (v4)"), &schema::upgradeToVersion4},
        // Later versions: {5, "...", &upgradeToVersion5}, never editing the steps above.
    };
    return steps;
}

Expected<int> readUserVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Expected<int>::failure(describeSqlError(q, QStringLiteral("PRAGMA user_version")));
    return q.value(0).toInt();
}

Status migrate(QSqlDatabase& db, const std::vector<MigrationStep>& steps)
{
    const Expected<int> from = readUserVersion(db);
    if (!from)
        return Status::failure(from.error());

    int target = *from;
    for (const MigrationStep& step : steps)
        target = std::max(target, step.toVersion);
    if (target == *from)
        return {};

    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.error());
    for (const MigrationStep& step : steps) {
        if (step.toVersion <= *from)
            continue;
        if (Status s = step.apply(db); !s)
            return Status::failure(QStringLiteral("升级到版本 %1（%2）失败，文件保持原样：%3 / "
                                                  "Upgrade to version %1 (%2) failed; the file is unchanged: %3")
                                       .arg(step.toVersion)
                                       .arg(step.name, s.error()));
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) ||
        !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)))
        return Status::failure(describeSqlError(q, QStringLiteral("PRAGMA user_version")));
    return tx.commit();
}

} // namespace jb::core
