// Schema version 6: the import fingerprint. A worker row written by an import keeps a 64-bit fingerprint of the
// values that import gave it (core/import/checking/WorkerRow.h, WorkerUpsert.cpp). When the same list comes again, a
// row whose fingerprint matches is unchanged without reading and comparing its twenty columns and links: a million-row
// re-import reads one integer per row instead.
//
// The fingerprint only vouches for values no one has touched since. Any other change to the row or to its link
// lists (an edit, a merge, undoing a batch) clears it here, in the database, whoever makes the change; a row
// without a fingerprint is compared column by column as before.

#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

#include <QRegularExpression>

namespace jb::core::schema {

QStringList fingerprintTriggerStatements()
{
    QStringList statements{QStringLiteral("CREATE TRIGGER fingerprint_stale_workers AFTER UPDATE ON workers "
                                          "WHEN OLD.import_hash IS NOT NULL AND NEW.import_hash IS OLD.import_hash "
                                          "BEGIN UPDATE workers SET import_hash = NULL WHERE id = NEW.id; END")};
    struct Event
    {
        const char* name;
        const char* ids; // the worker(s) whose links changed
    };
    for (const char* table : {"worker_key_groups", "worker_hardships", "worker_service_needs"})
        for (const Event& e : {Event{"insert", "NEW.worker_id"}, Event{"delete", "OLD.worker_id"},
                               Event{"update", "NEW.worker_id, OLD.worker_id"}})
            statements << QStringLiteral("CREATE TRIGGER fingerprint_stale_%1_%2 AFTER %3 ON %1 BEGIN "
                                         "UPDATE workers SET import_hash = NULL WHERE id IN (%4) "
                                         "AND import_hash IS NOT NULL; END")
                              .arg(QLatin1String(table), QLatin1String(e.name),
                                   QLatin1String(e.name).toString().toUpper(), QLatin1String(e.ids));
    return statements;
}

QStringList dropFingerprintTriggerStatements()
{
    QStringList statements;
    static const QRegularExpression name(QStringLiteral("^CREATE TRIGGER (\\w+) "));
    for (const QString& create : fingerprintTriggerStatements())
        statements << QStringLiteral("DROP TRIGGER ") + name.match(create).captured(1);
    return statements;
}

Status upgradeToVersion6(QSqlDatabase& db)
{
    QStringList statements{QStringLiteral("ALTER TABLE workers ADD COLUMN import_hash INTEGER")};
    statements << fingerprintTriggerStatements();
    return execStatements(db, statements, QStringLiteral("schema v6"));
}

} // namespace jb::core::schema
