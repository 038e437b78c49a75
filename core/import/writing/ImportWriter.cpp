#include "core/import/writing/ImportWriter.h"

#include "core/domain/Clock.h"
#include "core/import/ImportPipeline.h"
#include "core/import/writing/BulkLoad.h"
#include "core/import/writing/FairSheetUpsert.h"
#include "core/import/writing/ImportWriteContext.h"
#include "core/import/writing/SearchTokens.h"
#include "core/import/writing/ServiceSheetUpsert.h"
#include "core/import/writing/VacancyUpsert.h"
#include "core/import/writing/WorkerUpsert.h"
#include "core/storage/ActivitySummary.h"
#include "core/storage/Migrations.h"
#include "core/storage/WorkerSearchIndex.h"

#include <QDateTime>
#include <QJsonDocument>
#include <algorithm>

namespace jb::core {

// ---- WriteContext ----------------------------------------------------------------------------------------------

Status WriteContext::prepareCommon()
{
    Expected<SqliteStatement> change =
        db.prepare("INSERT INTO import_changes (batch_id, table_name, record_id, action, before_json) "
                   "VALUES (?, ?, ?, 'update', ?)");
    if (!change)
        return Status::failure(change.message());
    recordChange = std::move(*change);
    return {};
}

Status WriteContext::recordUpdate(const char* table, qint64 recordId, const QJsonObject& before)
{
    const QByteArray json = QJsonDocument(before).toJson(QJsonDocument::Compact);
    recordChange.bindInt(1, batchId);
    recordChange.bindText(2, table);
    recordChange.bindInt(3, recordId);
    recordChange.bindText(4, std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    return recordChange.run();
}

QString WriteContext::todayText() const
{
    return options.today.toString(Qt::ISODate);
}

// ---- RowLines --------------------------------------------------------------------------------------------------

quint32 seenValue(qint64 line, bool recorded)
{
    const auto value = static_cast<quint32>(std::clamp<qint64>(line, 1, static_cast<qint64>(kRecordedFlag) - 1));
    return recorded ? value | kRecordedFlag : value;
}

quint32 RowLines::value(qint64 rowid) const
{
    if (rowid >= 0 && rowid < kDenseLimit)
        return static_cast<std::size_t>(rowid) < m_dense.size() ? m_dense[static_cast<std::size_t>(rowid)] : 0;
    return m_sparse.value(rowid);
}

void RowLines::set(qint64 rowid, quint32 value)
{
    if (rowid >= 0 && rowid < kDenseLimit) {
        const auto at = static_cast<std::size_t>(rowid);
        if (at >= m_dense.size())
            m_dense.resize(std::max(at + 1, m_dense.size() + m_dense.size() / 2 + 1024), 0);
        m_dense[at] = value;
    } else {
        m_sparse.insert(rowid, value);
    }
}

// ---- TableStatements -------------------------------------------------------------------------------------------

TableStatements::TableStatements(WriteContext& context, const char* table, const QVector<ImportColumn>& columns,
                                 const QSet<QString>& provided)
    : m_context(context), m_table(table), m_columns(columns), m_provided(providedColumns(columns, provided))
{
}

Status TableStatements::prepare(const QByteArray& lookupWhere, const QByteArray& keyColumns, int keyCount,
                                const QByteArray& extraSelect, const QByteArray& onConflict)
{
    m_keyCount = keyCount;
    const QByteArray select = storedRowSelect(m_table, m_columns, extraSelect);
    QByteArray names = keyColumns;
    QByteArray placeholders;
    for (int i = 0; i < keyCount; ++i)
        placeholders += i == 0 ? "?" : ", ?";
    for (const ImportColumn& c : m_columns) {
        names += (names.isEmpty() ? "" : ", ") + QByteArray(c.name);
        placeholders += placeholders.isEmpty() ? "?" : ", ?";
    }
    const QByteArray fingerprint = m_fingerprintColumn ? QByteArray(", ") + m_fingerprintColumn : QByteArray();
    const QByteArray insert = QByteArray("INSERT INTO ") + m_table + " (" + names +
                              ", import_batch_id, created_at, updated_at" + fingerprint + ") VALUES (" + placeholders +
                              ", ?, ?, ?" + (m_fingerprintColumn ? ", ?" : "") + ") " + onConflict;
    QByteArray update = QByteArray("UPDATE ") + m_table + " SET ";
    for (int i : m_provided)
        update += QByteArray(m_columns[i].name) + " = ?, ";
    if (m_fingerprintColumn)
        update += QByteArray(m_fingerprintColumn) + " = ?, ";
    update += "updated_at = ? WHERE id = ?";

    struct Target
    {
        SqliteStatement* statement;
        QByteArray sql;
    };
    for (const Target& t :
         {Target{&m_lookup, select + " WHERE " + lookupWhere}, Target{&m_byId, select + " WHERE t.id = ?"},
          Target{&m_insert, insert}, Target{&m_update, update}}) {
        Expected<SqliteStatement> s = m_context.db.prepare(t.sql);
        if (!s)
            return Status::failure(s.message());
        *t.statement = std::move(*s);
    }
    return {};
}

Expected<qint64> TableStatements::insertRow(RowValues& values)
{
    values.materialize();
    int parameter = m_keyCount + 1;
    for (int i = 0; i < m_columns.size(); ++i)
        values.bindOne(m_insert, parameter++, i);
    m_insert.bindInt(parameter++, m_context.batchId);
    m_insert.bindText(parameter++, m_context.stamp);
    m_insert.bindText(parameter++, m_context.stamp);
    if (m_fingerprintColumn)
        m_insert.bindInt(parameter, m_fingerprint);
    m_insert.step();
    m_insert.reset();
    if (m_insert.failed()) {
        const Message error = m_insert.error();
        m_insert.clearError();
        return Expected<qint64>::failure(error);
    }
    return m_context.db.changes() > 0 ? m_context.db.lastInsertId() : 0;
}

bool TableStatements::differs(RowValues& values, const SqliteStatement& stored) const
{
    bool different = false;
    for (int i : m_provided) {
        if (m_columns[i].keepWhenEmpty && values.isEmpty(i))
            values.copyFrom(i, stored, kStoredFirst + i);
        else if (!different && !values.equals(i, stored, kStoredFirst + i))
            different = true;
    }
    return different;
}

Status TableStatements::updateRow(RowValues& values, qint64 id)
{
    values.materialize();
    values.bind(m_update, 1, m_provided);
    int next = static_cast<int>(m_provided.size()) + 1;
    if (m_fingerprintColumn)
        m_update.bindInt(next++, m_fingerprint);
    m_update.bindText(next, m_context.stamp);
    m_update.bindInt(next + 1, id);
    Status s = m_update.run();
    m_update.clearError();
    return s;
}

ImportIssue duplicateIssue(qint64 line, qint64 earlierLine, const QString& column, const QString& value,
                           const Message& what)
{
    ImportIssue issue;
    issue.line = line;
    issue.column = column;
    issue.value = value;
    issue.code = reason::duplicateInFile;
    issue.severity = IssueSeverity::Warning;
    issue.message = JB_TR("Import", "Same %2 as line %1; this later row updates it").arg(earlierLine).arg(what);
    return issue;
}

// ---- ImportWriter ----------------------------------------------------------------------------------------------

ImportWriter::ImportWriter(ImportWriterOptions options) : m_context(std::make_unique<WriteContext>(std::move(options)))
{
}

ImportWriter::~ImportWriter() = default;

qint64 ImportWriter::batchId() const
{
    return m_context->batchId;
}

Status ImportWriter::execAll(const QStringList& statements)
{
    for (const QString& sql : statements)
        if (Status s = m_context->db.exec(sql.toUtf8().constData()); !s)
            return s;
    return {};
}

Status ImportWriter::begin()
{
    WriteContext& c = *m_context;
    if (!c.options.today.isValid())
        c.options.today = Clock::today();
    if (Status s = c.db.open(c.options.databasePath, c.options.cacheKiB); !s)
        return s;
    if (Status s = c.db.begin(); !s)
        return s;
    c.stampText = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    c.stamp = c.stampText.toStdString();

    Expected<SqliteStatement> batch = c.db.prepare(
        "INSERT INTO import_batches (kind, file_name, file_sha256, encoding, delimiter, officer, started_at) "
        "VALUES (?, ?, '', ?, ?, ?, ?)");
    if (!batch)
        return Status::failure(batch.message());
    batch->bindTextCopy(1, importKindKey(c.options.kind));
    batch->bindTextCopy(2, c.options.fileName);
    batch->bindTextCopy(3, c.options.encoding);
    batch->bindTextCopy(4, c.options.delimiter);
    batch->bindTextCopy(5, c.options.officer);
    batch->bindTextCopy(6, c.stampText);
    if (Status s = batch->run(); !s)
        return s;
    c.batchId = c.db.lastInsertId();
    if (Status s = c.prepareCommon(); !s)
        return s;

    if (c.options.kind == ImportKind::Workers) {
        Expected<SqliteStatement> any = c.db.prepare("SELECT EXISTS (SELECT 1 FROM workers)");
        if (!any)
            return Status::failure(any.message());
        any->step();
        m_bulkLoad = any->intValue(0) == 0;
        any->reset();
        if (m_bulkLoad) {
            if (Status s = execAll(search::dropTriggerStatements()); !s)
                return s;
            m_setAside = std::make_unique<SetAsideSchema>();
            const std::vector<std::string> tables = {"workers", "worker_key_groups", "worker_hardships",
                                                     "worker_service_needs"};
            if (Status s = m_setAside->setAsideIndexes(c.db, tables); !s)
                return s;
            if (Status s = m_setAside->setAsideTriggers(c.db, tables, "summary\\_%"); !s)
                return s;
            // Links written after their row would clear the row's import fingerprint (storage/SchemaV6.cpp).
            if (Status s = m_setAside->setAsideTriggers(c.db, tables, "fingerprint\\_stale\\_%"); !s)
                return s;
            // Each worker's part of the promise order is filled once at the end (storage/SchemaV16.cpp).
            if (Status s = m_setAside->setAsideTriggers(c.db, tables, "promise\\_parts\\_%"); !s)
                return s;
            if (Status s = search::registerTokenFunctions(c.db.handle()); !s)
                return s;
            // Appending rows needs few pages in memory, and each index is sorted at the end within the same
            // budget (SQLite's sorter spills beyond the cache size): a quarter of the page cache keeps the peak
            // under 100 MiB with the ID map beside it.
            const QByteArray cache = "PRAGMA cache_size = -" + QByteArray::number(c.options.cacheKiB / 4);
            if (Status s = c.db.exec(cache.constData()); !s)
                return s;
            // The indexes are sorted at the end, when the reading thread is done: SQLite's sorter may use a
            // second core for them (each thread sorts within the cache size, so the peak stays put).
            if (Status s = c.db.exec("PRAGMA threads = 2"); !s)
                return s;
        }
        m_workers = std::make_unique<WorkerUpsert>(c, m_bulkLoad);
        return m_workers->prepare();
    }
    if (c.options.kind == ImportKind::Fair) {
        m_fairSheet = std::make_unique<FairSheetUpsert>(c);
        return m_fairSheet->prepare();
    }
    if (c.options.kind == ImportKind::Services) {
        m_serviceSheet = std::make_unique<ServiceSheetUpsert>(c);
        return m_serviceSheet->prepare();
    }
    m_vacancies = std::make_unique<VacancyUpsert>(c);
    return m_vacancies->prepare();
}

Expected<RowOutcome> ImportWriter::write(const FairSheetRecord& record, QVector<ImportIssue>& issues,
                                         ImportSummary& counts)
{
    if (!m_fairSheet)
        return Expected<RowOutcome>::failure(JB_TR("Import", "Internal error: not a fair sheet import"));
    return m_fairSheet->write(record, issues, counts);
}

Expected<RowOutcome> ImportWriter::write(const ServiceSheetRecord& record, QVector<ImportIssue>& issues)
{
    if (!m_serviceSheet)
        return Expected<RowOutcome>::failure(JB_TR("Import", "Internal error: not a service roster import"));
    return m_serviceSheet->write(record, issues);
}

Expected<RowOutcome> ImportWriter::write(const WorkerRecord& record, QVector<ImportIssue>& issues)
{
    if (!m_workers)
        return Expected<RowOutcome>::failure(JB_TR("Import", "Internal error: not a worker import"));
    return m_workers->write(record, issues);
}

Expected<RowOutcome> ImportWriter::write(const VacancyRecord& record, QVector<ImportIssue>& issues)
{
    if (!m_vacancies)
        return Expected<RowOutcome>::failure(JB_TR("Import", "Internal error: not a vacancy import"));
    return m_vacancies->write(record, issues);
}

// The audit log's row for the import (action 'import', the batch, what it did), in the batch's transaction, so the
// 操作日志 page lists imports with every other change. Under the batch's officer, as the batch records it.
Status ImportWriter::auditImport(const ImportSummary& summary)
{
    WriteContext& c = *m_context;
    Expected<SqliteStatement> audit =
        c.db.prepare("INSERT INTO audit_log (at, officer, action, table_name, record_id, field, note) "
                     "VALUES (?, ?, 'import', 'import_batches', ?, '', ?)");
    if (!audit)
        return Status::failure(audit.message());
    audit->bindTextCopy(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    audit->bindTextCopy(2, c.options.officer);
    audit->bindInt(3, c.batchId);
    audit->bindTextCopy(4, QStringLiteral("%1 %2: %3 read, %4 inserted, %5 updated, %6 rejected")
                               .arg(importKindKey(c.options.kind), c.options.fileName)
                               .arg(summary.rowsRead)
                               .arg(summary.inserted)
                               .arg(summary.updated)
                               .arg(summary.rejected));
    return audit->run();
}

Status ImportWriter::finish(const ImportSummary& summary, const QString& sha256, bool commit)
{
    WriteContext& c = *m_context;
    if (!commit) {
        c.db.rollback();
        return {};
    }
    Expected<SqliteStatement> update = c.db.prepare(
        "UPDATE import_batches SET file_sha256 = ?, rows_read = ?, inserted = ?, updated = ?, unchanged = ?, "
        "rejected = ?, warnings = ?, skipped_empty = ?, finished_at = ? WHERE id = ?");
    if (!update) {
        c.db.rollback();
        return Status::failure(update.message());
    }
    update->bindTextCopy(1, sha256);
    int p = 2;
    for (qint64 n : {summary.rowsRead, summary.inserted, summary.updated, summary.unchanged, summary.rejected,
                     summary.warnings, summary.skippedEmpty})
        update->bindInt(p++, n);
    update->bindTextCopy(p++, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    update->bindInt(p, c.batchId);
    if (Status s = update->run(); !s) {
        c.db.rollback();
        return s;
    }
    if (Status s = auditImport(summary); !s) {
        c.db.rollback();
        return s;
    }
    PhaseTimer timer;
    if (m_bulkLoad) {
        m_workers->releaseBulkMemory();
        // Two sorting threads each hold up to the cache size: half of it each keeps the peak of one.
        const QByteArray cache = "PRAGMA cache_size = -" + QByteArray::number(c.options.cacheKiB / 8);
        if (Status s = c.db.exec(cache.constData()); !s) {
            c.db.rollback();
            return s;
        }
        if (Status s = m_setAside->restore(c.db); !s) {
            c.db.rollback();
            return s;
        }
        timer.phase("indexes and triggers back");
        QStringList statements{summary::addLoadedWorkersStatement(), search::bulkFillStatement()};
        statements << search::triggerStatements() << schema::promisePartFillStatements();
        if (Status s = execAll(statements); !s) {
            c.db.rollback();
            return s;
        }
        timer.phase("name search index filled");
    }
    // Statements must be finalized before the connection closes; the upserts own theirs.
    Status committed = c.db.commit();
    timer.phase("committed");
    return committed;
}

void ImportWriter::rollback()
{
    m_context->db.rollback();
}

} // namespace jb::core
