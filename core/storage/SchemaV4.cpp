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
    QStringList statements = {
        // Contentless: only the tokens are stored; the list reads names from workers.
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(chars, tails, content='', columnsize=0, "
                       "tokenize='unicode61')")
            .arg(search::nameTable()),
        search::fillStatement(),
    };
    statements << search::triggerStatements();
    return execStatements(db, statements, QStringLiteral("schema v4"));
}

} // namespace jb::core::schema
