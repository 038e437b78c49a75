// Schema version 4: what makes the worker list searchable at a million rows (see WorkerSearchIndex.h and the
// measurements in bench/workers_list.sh): a character index of names and the ID and phone endings, in one
// contentless FTS5 table. Triggers keep it exact in the same transaction as every insert, change and delete.

#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"
#include "core/storage/WorkerSearchIndex.h"

#include <QSqlQuery>

namespace jb::core::schema {

Status upgradeToVersion4(QSqlDatabase& db)
{
    const QString table = search::nameTable();
    const QString newRow = search::spacedName(QStringLiteral("NEW.name")) + QStringLiteral(", ") +
                           search::tails(QStringLiteral("NEW.id_number"), QStringLiteral("NEW.phone"));
    const QString oldRow = search::spacedName(QStringLiteral("OLD.name")) + QStringLiteral(", ") +
                           search::tails(QStringLiteral("OLD.id_number"), QStringLiteral("OLD.phone"));
    const QStringList statements = {
        // Contentless: only the tokens are stored; the list reads names from workers.
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(chars, tails, content='', columnsize=0, "
                       "tokenize='unicode61')")
            .arg(table),
        QStringLiteral("INSERT INTO %1 (rowid, chars, tails) SELECT id, %2, %3 FROM workers")
            .arg(table, search::spacedName(QStringLiteral("name")),
                 search::tails(QStringLiteral("id_number"), QStringLiteral("phone"))),
        QStringLiteral("CREATE TRIGGER worker_name_search_insert AFTER INSERT ON workers BEGIN "
                       "INSERT INTO %1 (rowid, chars, tails) VALUES (NEW.id, %2); END")
            .arg(table, newRow),
        // A contentless table forgets a row only when told its old tokens.
        QStringLiteral("CREATE TRIGGER worker_name_search_delete AFTER DELETE ON workers BEGIN "
                       "INSERT INTO %1 (%1, rowid, chars, tails) VALUES ('delete', OLD.id, %2); END")
            .arg(table, oldRow),
        QStringLiteral("CREATE TRIGGER worker_name_search_update AFTER UPDATE OF name, id_number, phone ON workers "
                       "WHEN NEW.name IS NOT OLD.name OR NEW.id_number IS NOT OLD.id_number "
                       "OR NEW.phone IS NOT OLD.phone BEGIN "
                       "INSERT INTO %1 (%1, rowid, chars, tails) VALUES ('delete', OLD.id, %2); "
                       "INSERT INTO %1 (rowid, chars, tails) VALUES (NEW.id, %3); END")
            .arg(table, oldRow, newRow),
    };
    for (const QString& sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return Status::failure(describeSqlError(q, QStringLiteral("schema v4")));
    }
    return {};
}

} // namespace jb::core::schema
