// Schema version 5: the list indexes. The workers table is rebuilt so that the uniqueness of ID numbers is a named
// index (workers_id_number) instead of a UNIQUE column constraint. Same rule, same lookups; the difference is that a
// named index can be dropped and rebuilt. An import into an empty worker list loads the rows first and sorts
// each index once at the end (see core/import/BulkIndexes.h), which measured ~4× cheaper than keeping the
// indexes up to date row by row in random ID order.
//
// The rebuild is SQLite's documented procedure: foreign keys are off for the migration (Migrations.cpp), the
// new table is filled and renamed into place, the indexes and triggers that hung on the old table are created
// again from their own SQL, and foreign_key_check must come back empty before the commit.

#include "core/Message.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace jb::core::schema {

namespace {

struct SchemaObject
{
    QString type;
    QString sql;
};

} // namespace

Status upgradeToVersion5(QSqlDatabase& db)
{
    const QString context = QStringLiteral("schema v5");
    QSqlQuery q(db);
    // With foreign keys enforced, dropping the old table would first delete every worker and cascade to their
    // referrals and services. migrate() pauses enforcement; refuse rather than run inside someone's transaction.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 0)
        return Status::failure(JB_TR("Storage", "Foreign keys are enforced; the workers table cannot be rebuilt"));
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'workers'")) || !q.next())
        return Status::failure(describeSqlError(q, context));
    QString tableSql = q.value(0).toString();
    static const QRegularExpression uniqueColumn(QStringLiteral("(\\bid_number\\s+TEXT)\\s+UNIQUE\\b"));
    if (!tableSql.contains(uniqueColumn))
        return Status::failure(JB_TR("Storage", "The workers table is not as expected: %1").arg(tableSql.left(200)));
    tableSql.replace(uniqueColumn, QStringLiteral("\\1"));
    static const QRegularExpression tableName(QStringLiteral("^CREATE TABLE \"?workers\"?"));
    tableSql.replace(tableName, QStringLiteral("CREATE TABLE workers_v5"));

    // Indexes (other than the constraint's own) and triggers on the table go with it; keep their SQL.
    QVector<SchemaObject> dependents;
    if (!q.exec(QStringLiteral("SELECT type, sql FROM sqlite_master WHERE tbl_name = 'workers' "
                               "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")))
        return Status::failure(describeSqlError(q, context));
    while (q.next())
        dependents.append({q.value(0).toString(), q.value(1).toString()});

    QStringList statements{
        tableSql, QStringLiteral("INSERT INTO workers_v5 SELECT * FROM workers"), QStringLiteral("DROP TABLE workers"),
        // Legacy renaming: the views that name `workers` are not re-checked while it is missing.
        QStringLiteral("PRAGMA legacy_alter_table = ON"), QStringLiteral("ALTER TABLE workers_v5 RENAME TO workers"),
        QStringLiteral("PRAGMA legacy_alter_table = OFF"),
        QStringLiteral("CREATE UNIQUE INDEX workers_id_number ON workers(id_number)"),
        // The enterprise list counts and sums each enterprise's open vacancies for every window
        // and sort; covering them halves those sorts at 100k enterprises / 300k vacancies
        // (bench/enterprises_list.sh).
        QStringLiteral("CREATE INDEX vacancies_enterprise_status ON vacancies(enterprise_id, "
                       "status, headcount)")};
    for (const SchemaObject& object : std::as_const(dependents))
        statements << object.sql;
    return execStatements(db, statements, context);
}

} // namespace jb::core::schema
