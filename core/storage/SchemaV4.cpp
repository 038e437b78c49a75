// Schema version 4: what makes the worker list searchable at a million rows (see WorkerSearchIndex.h and the
// measurements in docs/worker-list.md): a character index of names and reversed-tail indexes of resident ID and
// phone. Triggers keep the name index exact in the same transaction as every insert, rename and delete.

#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"
#include "core/storage/WorkerSearchIndex.h"

#include <QSqlQuery>

namespace jb::core::schema {

Status upgradeToVersion4(QSqlDatabase& db)
{
    const QString table = search::nameTable();
    const QString spacedNew = search::spacedName(QStringLiteral("NEW.name"));
    const QString spacedOld = search::spacedName(QStringLiteral("OLD.name"));
    const QStringList statements = {
        // Contentless: only the tokens are stored; the list reads names from workers.
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(chars, content='', columnsize=0, "
                       "tokenize='unicode61')")
            .arg(table),
        QStringLiteral("INSERT INTO %1 (rowid, chars) SELECT id, %2 FROM workers")
            .arg(table, search::spacedName(QStringLiteral("name"))),
        QStringLiteral("CREATE TRIGGER worker_name_search_insert AFTER INSERT ON workers BEGIN "
                       "INSERT INTO %1 (rowid, chars) VALUES (NEW.id, %2); END")
            .arg(table, spacedNew),
        QStringLiteral("CREATE TRIGGER worker_name_search_delete AFTER DELETE ON workers BEGIN "
                       "INSERT INTO %1 (%1, rowid, chars) VALUES ('delete', OLD.id, %2); END")
            .arg(table, spacedOld),
        QStringLiteral("CREATE TRIGGER worker_name_search_update AFTER UPDATE OF name ON workers "
                       "WHEN NEW.name IS NOT OLD.name BEGIN "
                       "INSERT INTO %1 (%1, rowid, chars) VALUES ('delete', OLD.id, %2); "
                       "INSERT INTO %1 (rowid, chars) VALUES (NEW.id, %3); END")
            .arg(table, spacedOld, spacedNew),
        QStringLiteral("CREATE INDEX workers_id_tail ON workers(%1) WHERE id_number IS NOT NULL")
            .arg(search::reversedTail(QStringLiteral("id_number"))),
        QStringLiteral("CREATE INDEX workers_phone_tail ON workers(%1) WHERE phone <> ''")
            .arg(search::reversedTail(QStringLiteral("phone"))),
    };
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Status::failure(describeSqlError(q, QStringLiteral("schema v4")));
    }
    return {};
}

} // namespace jb::core::schema
