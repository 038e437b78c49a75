// Listing and undoing import batches. Undo is rare and small next to an import, so it goes through QtSql on the
// owner thread; the work itself (finding dependents, deleting created rows) is done by set-based SQL statements.
//
// How undo knows a record was edited after the batch: every record a batch creates or updates gets the batch's
// started_at as its updated_at, so any other value means a later change (exact, whatever the clock resolution).

#include "core/import/batches/ImportBatchRepository.h"

#include "core/audit/AuditLog.h"
#include "core/import/writing/ImportColumns.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace jb::core {

namespace {

const char* const kBatchColumns =
    "id, kind, file_name, file_sha256, encoding, rows_read, inserted, updated, unchanged, rejected, warnings, "
    "skipped_empty, officer, started_at, finished_at, undone_at";

QDateTime timestamp(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t;
}

ImportBatch batchFrom(const QSqlQuery& q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.kind = q.value(1).toString();
    b.fileName = q.value(2).toString();
    b.fileSha256 = q.value(3).toString();
    b.encoding = q.value(4).toString();
    b.rowsRead = q.value(5).toLongLong();
    b.inserted = q.value(6).toLongLong();
    b.updated = q.value(7).toLongLong();
    b.unchanged = q.value(8).toLongLong();
    b.rejected = q.value(9).toLongLong();
    b.warnings = q.value(10).toLongLong();
    b.skippedEmpty = q.value(11).toLongLong();
    b.officer = shownOfficer(q.value(12).toString());
    b.startedAt = timestamp(q.value(13));
    b.finishedAt = timestamp(q.value(14));
    b.undoneAt = timestamp(q.value(15));
    return b;
}

struct Table
{
    const char* name;
    const char* label; // SQL expression naming a record, for the example in a refusal
    const char* noun;  // one record, in a sentence (translated, context "Import")
};

const Table kTables[] = {
    {"workers", "name", QT_TRANSLATE_NOOP("Import", "worker")},
    {"enterprises", "name", QT_TRANSLATE_NOOP("Import", "enterprise")},
    {"vacancies", "title", QT_TRANSLATE_NOOP("Import", "vacancy")},
};

// Count and one example of a query returning (COUNT(*), example).
struct Found
{
    qint64 count = 0;
    QString example;
};

Expected<Found> countWithExample(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Expected<Found>::failure(describeSqlError(q, QStringLiteral("import undo check")));
    return Found{q.value(0).toLongLong(), q.value(1).toString()};
}

// Undoing a big batch deletes a million rows with their cascades: a page cache of 32 MiB for that while (the
// connection's default is 2 MiB) saves most of the write-ahead log's re-spilled pages. Restored afterwards.
class BiggerCache final
{
public:
    explicit BiggerCache(QSqlDatabase db) : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toLongLong();
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -32768"));
    }
    ~BiggerCache()
    {
        if (m_previous != 0)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    BiggerCache(const BiggerCache&) = delete;
    BiggerCache& operator=(const BiggerCache&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
};

} // namespace

ImportBatchRepository::ImportBatchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Expected<QVector<ImportBatch>> ImportBatchRepository::list() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ") + QLatin1String(kBatchColumns) +
                QStringLiteral(" FROM import_batches ORDER BY id DESC")))
        return Expected<QVector<ImportBatch>>::failure(describeSqlError(q, QStringLiteral("import batches")));
    QVector<ImportBatch> batches;
    while (q.next())
        batches.append(batchFrom(q));
    return batches;
}

Expected<ImportBatch> ImportBatchRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kBatchColumns) +
              QStringLiteral(" FROM import_batches WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Expected<ImportBatch>::failure(describeSqlError(q, QStringLiteral("import batch")));
    if (!q.next())
        return Expected<ImportBatch>::failure(JB_TR("Import", "Import batch %1 does not exist").arg(id));
    return batchFrom(q);
}

Status ImportBatchRepository::undo(qint64 batchId)
{
    const Expected<ImportBatch> batch = byId(batchId);
    if (!batch)
        return Status::failure(batch.message());
    if (batch->undoneAt.isValid())
        return Status::failure(JB_TR("Import", "Import batch %1 was already undone on %2")
                                   .arg(batchId)
                                   .arg(batch->undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (!batch->finishedAt.isValid())
        return Status::failure(JB_TR("Import", "Import batch %1 never finished and cannot be undone").arg(batchId));

    const BiggerCache cache(m_db);
    Transaction tx(m_db);
    if (!tx.started())
        return Status::failure(tx.error());
    QSqlQuery stampQuery(m_db);
    stampQuery.prepare(QStringLiteral("SELECT started_at FROM import_batches WHERE id = ?"));
    stampQuery.addBindValue(batchId);
    if (!stampQuery.exec() || !stampQuery.next())
        return Status::failure(describeSqlError(stampQuery, QStringLiteral("import batch")));
    const QString stamp = stampQuery.value(0).toString();

    if (Status s = checkLaterBatches(batchId); !s)
        return s;
    if (Status s = checkDependents(batchId, stamp); !s)
        return s;
    Expected<qint64> restored = restoreUpdated(batchId);
    if (!restored)
        return Status::failure(restored.message());
    Expected<qint64> removed = removeCreated(batchId);
    if (!removed)
        return Status::failure(removed.message());

    QSqlQuery done(m_db);
    done.prepare(QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"));
    done.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    done.addBindValue(batchId);
    if (!done.exec())
        return Status::failure(describeSqlError(done, QStringLiteral("import batch")));
    AuditEntry entry;
    entry.action = QStringLiteral("import_undo");
    entry.table = QStringLiteral("import_batches");
    entry.recordId = batchId;
    // Stored in the language the officer works in: the log keeps words, not messages.
    entry.note = JB_TR("Import", "Undid the import of \"%1\": removed %2 created records, restored %3 updated records")
                     .arg(batch->fileName)
                     .arg(*removed)
                     .arg(*restored)
                     .text();
    if (Status s = appendAudit(m_db, entry); !s)
        return s;
    return tx.commit();
}

Status ImportBatchRepository::checkLaterBatches(qint64 batchId) const
{
    // A later batch (not undone) that changed a record this batch created or updated, or that created vacancies
    // under an enterprise this batch created: undoing this one first would pull the ground from under it.
    const QString sql = QStringLiteral(
        "SELECT MAX(later), COUNT(DISTINCT later), COUNT(*), MIN(example) FROM ("
        "  SELECT c.batch_id AS later, "
        "    CASE c.table_name WHEN 'workers' THEN (SELECT name FROM workers WHERE id = c.record_id) "
        "      WHEN 'enterprises' THEN (SELECT name FROM enterprises WHERE id = c.record_id) "
        "      ELSE (SELECT title FROM vacancies WHERE id = c.record_id) END AS example "
        "  FROM import_changes c JOIN import_batches l ON l.id = c.batch_id "
        "  WHERE c.batch_id > :b AND l.undone_at IS NULL AND ("
        "    (c.table_name = 'workers' AND c.record_id IN (SELECT id FROM workers WHERE import_batch_id = :b)) OR "
        "    (c.table_name = 'enterprises' AND c.record_id IN (SELECT id FROM enterprises WHERE import_batch_id = :b)) "
        "    OR (c.table_name = 'vacancies' AND c.record_id IN (SELECT id FROM vacancies WHERE import_batch_id = :b)) "
        "    OR (c.table_name || ':' || c.record_id) IN "
        "       (SELECT table_name || ':' || record_id FROM import_changes WHERE batch_id = :b))"
        "  UNION ALL "
        "  SELECT v.import_batch_id, e.name FROM vacancies v JOIN enterprises e ON e.id = v.enterprise_id "
        "  WHERE e.import_batch_id = :b AND v.import_batch_id > :b)");
    QSqlQuery q(m_db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":b"), batchId);
    if (!q.exec() || !q.next())
        return Status::failure(describeSqlError(q, QStringLiteral("import undo check")));
    if (q.value(0).isNull())
        return {};
    const qint64 latest = q.value(0).toLongLong();
    const qint64 batches = q.value(1).toLongLong();
    return Status::failure(
        JB_TR("Import", "Cannot undo import batch %1: later imports (%2 batch(es), the latest is batch %3) changed %4 "
                        "of its records (e.g. \"%5\"). Undo batch %3 first")
            .arg(batchId)
            .arg(batches)
            .arg(latest)
            .arg(q.value(2).toLongLong())
            .arg(q.value(3).toString()));
}

Status ImportBatchRepository::checkDependents(qint64 batchId, const QString& stamp) const
{
    struct Check
    {
        const char* sql;
        const char* what; // what the records now have (translated, context "Import")
    };
    // Records this batch created that other work now points at: removing them would remove that work too.
    const Check referenced[] = {
        {"SELECT COUNT(*), MIN(w.name) FROM workers w WHERE w.import_batch_id = :b AND ("
         "EXISTS (SELECT 1 FROM referrals r WHERE r.worker_id = w.id AND r.import_batch_id IS NOT :b) OR "
         "EXISTS (SELECT 1 FROM services s WHERE s.worker_id = w.id AND s.import_batch_id IS NOT :b))",
         QT_TRANSLATE_NOOP("Import", "workers it created now have referrals or services")},
        {"SELECT COUNT(*), MIN(e.name) FROM enterprises e WHERE e.import_batch_id = :b AND ("
         "EXISTS (SELECT 1 FROM referrals r WHERE r.enterprise_id = e.id) OR "
         "EXISTS (SELECT 1 FROM services s WHERE s.enterprise_id = e.id) OR "
         "EXISTS (SELECT 1 FROM fair_enterprises f WHERE f.enterprise_id = e.id) OR "
         "EXISTS (SELECT 1 FROM demand_snapshots d WHERE d.enterprise_id = e.id) OR "
         "EXISTS (SELECT 1 FROM enterprise_flags g WHERE g.enterprise_id = e.id) OR "
         "EXISTS (SELECT 1 FROM vacancies v WHERE v.enterprise_id = e.id AND "
         "        (v.import_batch_id IS NULL OR v.import_batch_id <> :b)))",
         QT_TRANSLATE_NOOP("Import", "enterprises it created now have referrals, services, fairs, demand snapshots, "
                                     "flags or other vacancies")},
        {"SELECT COUNT(*), MIN(v.title) FROM vacancies v WHERE v.import_batch_id = :b AND "
         "EXISTS (SELECT 1 FROM referrals r WHERE r.vacancy_id = v.id AND r.import_batch_id IS NOT :b)",
         QT_TRANSLATE_NOOP("Import", "vacancies it created now have referrals")},
    };
    for (const Check& c : referenced) {
        Expected<Found> found =
            countWithExample(m_db, QString::fromUtf8(c.sql).replace(QLatin1String(":b"), QString::number(batchId)), {});
        if (!found)
            return Status::failure(found.message());
        if (found->count > 0)
            return Status::failure(
                JB_TR("Import", "Cannot undo import batch %1: %2 %3 (e.g. \"%4\"); undoing would delete that work too")
                    .arg(batchId)
                    .arg(found->count)
                    .arg(Message("Import", c.what))
                    .arg(found->example));
    }
    // Records this batch created or updated and someone edited since (their updated_at is no longer the stamp).
    for (const Table& t : kTables) {
        const QString sql =
            QStringLiteral("SELECT COUNT(*), MIN(%1) FROM %2 WHERE updated_at <> ? AND (import_batch_id = ? OR id IN "
                           "(SELECT record_id FROM import_changes WHERE batch_id = ? AND table_name = '%2'))")
                .arg(QLatin1String(t.label), QLatin1String(t.name));
        Expected<Found> found = countWithExample(m_db, sql, {stamp, batchId, batchId});
        if (!found)
            return Status::failure(found.message());
        if (found->count > 0)
            return Status::failure(
                JB_TR("Import", "Cannot undo import batch %1: %3 %2 record(s) it created or updated were edited "
                                "afterwards (e.g. \"%4\"); undoing would lose those edits")
                    .arg(batchId)
                    .arg(Message("Import", t.noun))
                    .arg(found->count)
                    .arg(found->example));
    }
    return {};
}

Expected<qint64> ImportBatchRepository::restoreUpdated(qint64 batchId)
{
    using Result = Expected<qint64>;
    QSqlQuery changes(m_db);
    changes.setForwardOnly(true);
    changes.prepare(QStringLiteral("SELECT table_name, record_id, before_json FROM import_changes "
                                   "WHERE batch_id = ? AND action = 'update' ORDER BY id"));
    changes.addBindValue(batchId);
    if (!changes.exec())
        return Result::failure(describeSqlError(changes, QStringLiteral("import changes")));
    qint64 restored = 0;
    while (changes.next()) {
        const QString table = changes.value(0).toString();
        const qint64 id = changes.value(1).toLongLong();
        const QJsonObject before = QJsonDocument::fromJson(changes.value(2).toString().toUtf8()).object();
        const QSet<QString> allowed = restorableColumns(table);
        if (allowed.isEmpty())
            continue;
        QStringList sets;
        QVariantList values;
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (!allowed.contains(it.key()))
                continue; // only known column names ever reach SQL text
            sets << it.key() + QStringLiteral(" = ?");
            const QJsonValue v = it.value();
            values << (v.isNull() ? QVariant() : v.isDouble() ? QVariant(v.toInteger()) : QVariant(v.toString()));
        }
        if (!sets.isEmpty()) {
            QSqlQuery update(m_db);
            update.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") +
                           sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
            for (const QVariant& v : values)
                update.addBindValue(v);
            update.addBindValue(id);
            if (!update.exec())
                return Result::failure(describeSqlError(update, QStringLiteral("restore ") + table));
            if (update.numRowsAffected() == 0)
                continue; // deleted since by the officer: there is nothing left to restore
        }
        if (table == QLatin1String("workers")) {
            for (const ImportLink& link : workerImportLinks()) {
                const QString key = QString::fromLatin1(link.jsonKey);
                if (!before.contains(key))
                    continue;
                QSqlQuery remove(m_db);
                remove.prepare(QStringLiteral("DELETE FROM ") + QLatin1String(link.table) +
                               QStringLiteral(" WHERE worker_id = ?"));
                remove.addBindValue(id);
                if (!remove.exec())
                    return Result::failure(describeSqlError(remove, QString::fromLatin1(link.table)));
                QSqlQuery add(m_db);
                add.prepare(QStringLiteral("INSERT OR IGNORE INTO ") + QLatin1String(link.table) +
                            QStringLiteral(" (worker_id, ") + QLatin1String(link.valueColumn) +
                            QStringLiteral(") VALUES (?, ?)"));
                for (const QJsonValue& v : before.value(key).toArray()) {
                    add.bindValue(0, id);
                    add.bindValue(1, v.toInteger());
                    if (!add.exec())
                        return Result::failure(describeSqlError(add, QString::fromLatin1(link.table)));
                }
            }
        }
        ++restored;
    }
    return restored;
}

Expected<qint64> ImportBatchRepository::removeCreated(qint64 batchId)
{
    // A fair sheet's referrals and fair links first (they point at the records below), then vacancies (an
    // enterprise's own vacancies go with it anyway), then workers (their key groups, hardships and service needs
    // cascade), then enterprises. Links are not records: they are removed but not counted.
    // Stages the batch added to referrals it did not create: the referral's current stage goes back to its latest
    // other stage, then the rows go (the referral's own go with it below).
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "UPDATE referrals SET (stage, stage_on) = (SELECT s.stage, s.occurred_on FROM referral_stages s WHERE "
            "s.referral_id = referrals.id AND s.import_batch_id IS NOT ? ORDER BY s.occurred_on DESC, s.id DESC "
            "LIMIT 1) WHERE (import_batch_id IS NOT ?) AND id IN (SELECT referral_id FROM referral_stages WHERE "
            "import_batch_id = ?)"));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(batchId);
        if (!q.exec())
            return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("restore referral stages")));
    }
    for (const char* table : {"referral_stages", "fair_posts", "fair_enterprises", "fair_attendees"}) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM ") + QLatin1String(table) + QStringLiteral(" WHERE import_batch_id = ?"));
        q.addBindValue(batchId);
        if (!q.exec())
            return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("remove ") + QLatin1String(table)));
    }
    qint64 removed = 0;
    // A service roster's services are records of their own (counted), before the workers they name.
    for (const char* table : {"services", "referrals", "vacancies", "workers", "enterprises"}) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM ") + QLatin1String(table) + QStringLiteral(" WHERE import_batch_id = ?"));
        q.addBindValue(batchId);
        if (!q.exec())
            return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("remove ") + QLatin1String(table)));
        removed += q.numRowsAffected();
    }
    return removed;
}

} // namespace jb::core
