#include "core/storage/Migrations.h"

#include "core/Message.h"
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
        {5, QStringLiteral("list indexes: workers' ID numbers by a named index, open vacancies (v5)"),
         &schema::upgradeToVersion5},
        {6, QStringLiteral("import fingerprint of worker rows (v6)"), &schema::upgradeToVersion6},
        {7, QStringLiteral("job fairs as records: status, form, reported figures, posts and attendees as links (v7)"),
         &schema::upgradeToVersion7},
        {8,
         QStringLiteral("placement: who and why on referral stages, side exits, retention checks, holidays, trade "
                        "synonyms (v8)"),
         &schema::upgradeToVersion8},
        {9, QStringLiteral("list-order indexes on the workers' sorted columns (v9)"), &schema::upgradeToVersion9},
        {10, QStringLiteral("services ledger: fields by kind, entrepreneurship projects, roster imports (v10)"),
         &schema::upgradeToVersion10},
        {11, QStringLiteral("early warning: handled marks, indexes of the stale counts (v11)"),
         &schema::upgradeToVersion11},
        {12, QStringLiteral("referral list indexes (v12)"), &schema::upgradeToVersion12},
        {13, QStringLiteral("the contract's start day on the referral (v13)"), &schema::upgradeToVersion13},
        {14, QStringLiteral("referrals per key group (v14)"), &schema::upgradeToVersion14},
        {15,
         QStringLiteral("count summaries: services by key group, each person's previous service of a kind, each "
                        "enterprise's last visit, gaps and open posts (v15)"),
         &schema::upgradeToVersion15},
        {16, QStringLiteral("each worker's part of the one-week promise order (v16)"), &schema::upgradeToVersion16},
        // Later versions: {17, "...", &upgradeToVersion17}, never editing the steps above.
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

namespace {

bool foreignKeysOn(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next() && q.value(0).toInt() == 1;
}

bool setForeignKeys(QSqlDatabase& db, bool on)
{
    QSqlQuery q(db);
    return q.exec(on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"));
}

Status applySteps(QSqlDatabase& db, const std::vector<MigrationStep>& steps, int from, int target)
{
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    for (const MigrationStep& step : steps) {
        if (step.toVersion <= from)
            continue;
        if (Status s = step.apply(db); !s)
            return Status::failure(JB_TR("Storage", "Upgrade to version %1 (%2) failed; the file is unchanged: %3")
                                       .arg(step.toVersion)
                                       .arg(step.name)
                                       .arg(s.message()));
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)) ||
        !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)))
        return Status::failure(describeSqlError(q, QStringLiteral("PRAGMA user_version")));
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Status::failure(describeSqlError(q, QStringLiteral("PRAGMA foreign_key_check")));
    if (q.next())
        return Status::failure(
            JB_TR("Storage", "After the upgrade, row %2 of %1 points to a missing record; the file is unchanged")
                .arg(q.value(0).toString())
                .arg(q.value(1).toString()));
    return tx.commit();
}

} // namespace

Status migrate(QSqlDatabase& db, const std::vector<MigrationStep>& steps)
{
    const Expected<int> from = readUserVersion(db);
    if (!from)
        return Status::failure(from.message());

    int target = *from;
    for (const MigrationStep& step : steps)
        target = std::max(target, step.toVersion);
    if (target == *from)
        return {};

    // A step may rebuild a table (SQLite's procedure: foreign keys off outside the transaction, checked with
    // foreign_key_check before the commit), so enforcement is paused for the upgrade and restored after it.
    const bool enforcing = foreignKeysOn(db);
    if (enforcing && !setForeignKeys(db, false))
        return Status::failure(JB_TR("Storage", "Cannot pause foreign key checks for the upgrade"));
    const Status upgraded = applySteps(db, steps, *from, target);
    if (enforcing && !setForeignKeys(db, true))
        return Status::failure(JB_TR("Storage", "Cannot restore foreign key checks after the upgrade"));
    return upgraded;
}

} // namespace jb::core
