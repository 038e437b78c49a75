// Schema version 14: how many referrals each key group's people have (issue 13: the referral list filtered by a key
// group, ≤ 100 ms at 589k referrals; bench/referral_list.sh). Counting the referrals of the migrant workers (324k of
// 589k) tested every referral's person against worker_key_groups: 115 ms of processor time before the first row
// was shown. `referral_key_group_counts` keeps the count per key group; triggers on worker_key_groups (a person
// joins or leaves a group) and on referrals (a referral is made, removed or moved to another person by a merge)
// keep it right whoever writes them — the pipeline and its undo, imports, package imports, fairs, merges, a
// worker's deletion (whichever of its cascades runs first, the other finds nothing left to count). The upgrade
// fills it for existing files. The list reads it when the key group is its only filter; with other filters it still
// counts the referrals themselves.

#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

namespace jb::core::schema {

namespace {

// Adds `n` (an expression) to the count of each key group `groups` selects (key_group_id first).
QString addToCounts(const QString& groups)
{
    return QStringLiteral("INSERT INTO referral_key_group_counts (key_group_id, referrals) %1 ON CONFLICT "
                          "(key_group_id) DO UPDATE SET referrals = referrals + excluded.referrals;")
        .arg(groups);
}

QString referralsOf(const char* worker)
{
    return QStringLiteral("(SELECT count(*) FROM referrals WHERE worker_id = %1)").arg(QLatin1String(worker));
}

// The person's referrals leave (OLD) or join (NEW) the count of one key group.
QString unlink()
{
    return QStringLiteral("UPDATE referral_key_group_counts SET referrals = referrals - %1 WHERE key_group_id = "
                          "OLD.key_group_id;")
        .arg(referralsOf("OLD.worker_id"));
}
QString link()
{
    return addToCounts(QStringLiteral("SELECT NEW.key_group_id, %1 WHERE true").arg(referralsOf("NEW.worker_id")));
}

// One referral leaves (OLD) or joins (NEW) the counts of its person's key groups.
QString referralLeaves()
{
    return QStringLiteral("UPDATE referral_key_group_counts SET referrals = referrals - 1 WHERE key_group_id IN "
                          "(SELECT key_group_id FROM worker_key_groups WHERE worker_id = OLD.worker_id);");
}
QString referralJoins()
{
    return addToCounts(QStringLiteral("SELECT key_group_id, 1 FROM worker_key_groups WHERE worker_id = NEW.worker_id"));
}

QString trigger(const char* name, const char* event, const QString& body)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 BEGIN %3 END")
        .arg(QLatin1String(name), QLatin1String(event), body);
}

} // namespace

QStringList keyGroupCountTriggerStatements()
{
    return {
        trigger("referral_key_groups_link",
                "INSERT ON worker_key_groups WHEN EXISTS (SELECT 1 FROM referrals WHERE worker_id = NEW.worker_id)",
                link()),
        trigger("referral_key_groups_unlink",
                "DELETE ON worker_key_groups WHEN EXISTS (SELECT 1 FROM referrals WHERE worker_id = OLD.worker_id)",
                unlink()),
        trigger("referral_key_groups_relink", "UPDATE ON worker_key_groups", unlink() + QLatin1Char(' ') + link()),
        trigger("referral_key_groups_referral_insert", "INSERT ON referrals", referralJoins()),
        trigger("referral_key_groups_referral_delete", "DELETE ON referrals", referralLeaves()),
        trigger("referral_key_groups_referral_moved",
                "UPDATE OF worker_id ON referrals WHEN NEW.worker_id IS NOT OLD.worker_id",
                referralLeaves() + QLatin1Char(' ') + referralJoins()),
    };
}

QStringList dropKeyGroupCountTriggerStatements()
{
    QStringList drops;
    for (const char* name : {"referral_key_groups_link", "referral_key_groups_unlink", "referral_key_groups_relink",
                             "referral_key_groups_referral_insert", "referral_key_groups_referral_delete",
                             "referral_key_groups_referral_moved"})
        drops << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name));
    return drops;
}

QStringList keyGroupCountFillStatements()
{
    return {
        QStringLiteral("DELETE FROM referral_key_group_counts"),
        QStringLiteral("INSERT INTO referral_key_group_counts (key_group_id, referrals) SELECT g.key_group_id, "
                       "count(*) FROM worker_key_groups g CROSS JOIN referrals r ON r.worker_id = g.worker_id GROUP BY "
                       "g.key_group_id"),
    };
}

Status upgradeToVersion14(QSqlDatabase& db)
{
    QStringList statements{QStringLiteral("CREATE TABLE referral_key_group_counts (key_group_id INTEGER PRIMARY KEY, "
                                          "referrals INTEGER NOT NULL)")};
    statements << keyGroupCountFillStatements() << keyGroupCountTriggerStatements();
    return execStatements(db, statements, QStringLiteral("schema v14"));
}

} // namespace jb::core::schema
