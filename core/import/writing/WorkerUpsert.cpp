#include "core/import/writing/WorkerUpsert.h"

#include "core/import/checking/WorkerRow.h"
#include "core/import/reading/FieldCatalog.h"
#include "core/import/writing/ImportWriteContext.h"

#include <QJsonArray>
#include <algorithm>
#include <cstring>
#include <utility>

namespace jb::core {

namespace {

constexpr int kProbedIdNumber = 2; // result column of m_fingerprintById

} // namespace

// ---- WorkerUpsert ----------------------------------------------------------------------------------------------

WorkerUpsert::WorkerUpsert(WriteContext& context, bool bulkLoad)
    : m_context(context), m_values(kWorkerColumnCount), m_bulkLoad(bulkLoad)
{
}

WorkerUpsert::~WorkerUpsert() = default;

Status WorkerUpsert::prepare()
{
    const QVector<ImportColumn>& columns = workerImportColumns();
    Q_ASSERT(columns.size() == kWorkerColumnCount);
    m_table = std::make_unique<TableStatements>(m_context, "workers", columns, m_context.options.provided);

    // The provided link lists come with the stored row, one probe of each link table's primary key.
    m_fingerprinter = std::make_unique<WorkerFingerprint>(m_context.options.provided);
    m_links = m_fingerprinter->links();
    QByteArray extra;
    const QVector<ImportLink>& links = workerImportLinks();
    for (int j : std::as_const(m_links)) {
        extra += QByteArray(", (SELECT group_concat(") + links[j].valueColumn + ") FROM " + links[j].table +
                 " WHERE worker_id = t.id)";
        for (auto* target : {&m_linkInsert, &m_linkDelete}) {
            QByteArray sql;
            if (target == &m_linkInsert)
                sql = QByteArray("INSERT OR IGNORE INTO ") + links[j].table + " (worker_id, " + links[j].valueColumn +
                      ") VALUES (?, ?)";
            else
                sql = QByteArray("DELETE FROM ") + links[j].table + " WHERE worker_id = ?";
            Expected<SqliteStatement> s = m_context.db.prepare(sql);
            if (!s)
                return Status::failure(s.message());
            target->push_back(std::move(*s));
        }
    }
    m_table->writeFingerprintTo("import_hash");
    if (Status s = m_table->prepare("t.id_number = ?", "id_number", 1, extra); !s)
        return s;

    // The probe reads the fingerprint (and the ID number, to confirm a guessed rowid: kProbedIdNumber).
    const std::pair<SqliteStatement*, const char*> statements[] = {
        {&m_fingerprintById, "SELECT id, import_hash, id_number FROM workers WHERE id = ?"},
        {&m_fingerprintByKey, "SELECT id, import_hash FROM workers WHERE id_number = ?"},
        {&m_setFingerprint, "UPDATE workers SET import_hash = ? WHERE id = ? AND import_hash IS NULL"},
        {&m_refreshFingerprint, "UPDATE workers SET import_hash = ? WHERE id = ?"}};
    for (const auto& [target, sql] : statements) {
        Expected<SqliteStatement> s = m_context.db.prepare(sql);
        if (!s)
            return Status::failure(s.message());
        *target = std::move(*s);
    }
    return {};
}

Expected<RowOutcome> WorkerUpsert::write(const WorkerRecord& record, QVector<ImportIssue>& issues)
{
    m_key.clear();
    appendUtf8(m_key, record.idNumber);
    // Usually computed by the checking thread; the values themselves are filled only for a row to be written.
    m_fingerprint = record.fingerprint ? *record.fingerprint : m_fingerprinter->of(record);
    m_table->setFingerprint(m_fingerprint);
    if (m_bulkLoad) {
        const qint64 earlier = m_written.find(record.idNumber);
        if (earlier == 0) {
            Expected<qint64> id = insert(record);
            if (!id)
                return Expected<RowOutcome>::failure(id.message());
            m_written.insert(record.idNumber, *id);
            m_lines.set(*id, seenValue(record.line, false));
            return RowOutcome::Inserted;
        }
        m_nextRowid = earlier; // the row written by an earlier line of the file: found by rowid, no index needed
    }
    return matchStored(record, issues);
}

SqliteStatement* WorkerUpsert::findStored()
{
    // A list imported again mostly comes in the order it was first imported, which is rowid order: try the rowid
    // after the last match first (a sequential probe) and fall back to the ID index (a random probe) on a miss.
    if (m_nextRowid > 0) {
        m_fingerprintById.bindInt(1, m_nextRowid);
        if (m_fingerprintById.step() && m_fingerprintById.textValue(kProbedIdNumber) == m_key)
            return &m_fingerprintById;
        m_fingerprintById.reset();
    }
    if (m_bulkLoad)
        return nullptr; // there is no ID index to look up (and nothing stored before this import)
    m_fingerprintByKey.bindText(1, m_key);
    if (m_fingerprintByKey.step())
        return &m_fingerprintByKey;
    m_fingerprintByKey.reset();
    return nullptr;
}

quint32 WorkerUpsert::noteRepeat(qint64 workerId, const WorkerRecord& record, QVector<ImportIssue>& issues) const
{
    const quint32 seen = m_lines.value(workerId);
    if (seen != 0)
        issues.append(duplicateIssue(record.line, seen & ~kRecordedFlag, m_context.options.keyColumn, record.idNumber,
                                     JB_TR("Import", "ID number")));
    return seen;
}

Expected<RowOutcome> WorkerUpsert::matchStored(const WorkerRecord& record, QVector<ImportIssue>& issues)
{
    SqliteStatement* probe = findStored();
    if (!probe) {
        for (SqliteStatement* s : {&m_fingerprintById, &m_fingerprintByKey})
            if (s->failed())
                return Expected<RowOutcome>::failure(s->error());
        Expected<qint64> id = insert(record);
        if (!id)
            return Expected<RowOutcome>::failure(id.message());
        m_lines.set(*id, seenValue(record.line, false));
        return RowOutcome::Inserted;
    }
    const qint64 workerId = probe->intValue(0);
    // The stored fingerprint equal to this row's: the row is as this file would write it, nothing more to read.
    const bool same = !probe->isNull(1) && probe->intValue(1) == m_fingerprint;
    probe->reset();
    m_nextRowid = workerId + 1;
    const quint32 seen = noteRepeat(workerId, record, issues);
    bool recorded = (seen & kRecordedFlag) != 0;
    if (same) {
        m_lines.set(workerId, seenValue(record.line, recorded));
        return RowOutcome::Unchanged;
    }

    // Otherwise the whole stored row, compared column by column.
    SqliteStatement& stored = m_table->byId();
    stored.bindInt(1, workerId);
    if (!stored.step()) {
        stored.reset();
        return Expected<RowOutcome>::failure(
            stored.failed() ? stored.error()
                            : JB_TR("Import", "Internal error: worker %1 could not be read").arg(workerId));
    }
    // Created by this batch (an earlier row of the file): undo removes it, no before-image needed.
    const bool createdHere = !stored.isNull(1) && stored.intValue(1) == m_context.batchId;
    fillWorkerRow(m_values, record);
    Expected<RowOutcome> outcome = update(record, stored, !createdHere && !recorded, recorded);
    if (outcome)
        m_lines.set(workerId, seenValue(record.line, recorded));
    return outcome;
}

Expected<qint64> WorkerUpsert::insert(const WorkerRecord& record)
{
    fillWorkerRow(m_values, record);
    if (m_values.isNull(kOrg))
        m_values.setInt(kOrg, m_context.options.homeOrgId);
    if (m_values.isNull(kRegisteredOn))
        m_values.setDate(kRegisteredOn, m_context.options.today);
    m_table->insert().bindText(1, m_key);
    Expected<qint64> workerId = m_table->insertRow(m_values);
    if (!workerId || *workerId == 0)
        return workerId;
    if (Status s = writeLinks(*workerId, record, false); !s)
        return Expected<qint64>::failure(s.message());
    if (Status s = restoreFingerprint(*workerId); !s)
        return Expected<qint64>::failure(s.message());
    return workerId;
}

Status WorkerUpsert::restoreFingerprint(qint64 workerId)
{
    // In a bulk load the link tables' triggers are set aside and the fingerprint written with the row stands.
    if (m_bulkLoad || m_links.isEmpty())
        return {};
    m_setFingerprint.bindInt(1, m_fingerprint);
    m_setFingerprint.bindInt(2, workerId);
    return m_setFingerprint.run();
}

bool WorkerUpsert::linksDiffer(const WorkerRecord& record, const SqliteStatement& stored)
{
    const int first = kStoredFirst + kWorkerColumnCount;
    for (int n = 0; n < m_links.size(); ++n) {
        const std::string_view text = stored.isNull(first + n) ? std::string_view() : stored.textValue(first + n);
        parseIdList(text, m_storedIds);
        sortedIds(workerLinkIds(record, m_links[n]), m_rowIds);
        if (m_storedIds != m_rowIds)
            return true;
    }
    return false;
}

Expected<RowOutcome> WorkerUpsert::update(const WorkerRecord& record, SqliteStatement& stored, bool recordBefore,
                                          bool& recorded)
{
    const bool different = m_table->differs(m_values, stored);
    const bool linksDifferent = linksDiffer(record, stored);
    if (!different && !linksDifferent) {
        const qint64 workerId = stored.intValue(0);
        stored.reset();
        // Equal, but its fingerprint is missing or from another file: this file's from now on, so the next
        // import of it finds the row equal on the fingerprint (only that column is written).
        m_refreshFingerprint.bindInt(1, m_fingerprint);
        m_refreshFingerprint.bindInt(2, workerId);
        if (Status s = m_refreshFingerprint.run(); !s)
            return Expected<RowOutcome>::failure(s.message());
        return RowOutcome::Unchanged;
    }
    const qint64 workerId = stored.intValue(0);
    QJsonObject before;
    if (recordBefore) {
        before = beforeImage(stored, workerImportColumns());
        const int first = kStoredFirst + kWorkerColumnCount;
        for (int n = 0; n < m_links.size(); ++n) {
            QJsonArray ids;
            const std::string_view text = stored.isNull(first + n) ? std::string_view() : stored.textValue(first + n);
            parseIdList(text, m_storedIds);
            for (qint64 id : m_storedIds)
                ids.append(id);
            before.insert(QLatin1String(workerImportLinks()[m_links[n]].jsonKey), ids);
        }
    }
    stored.reset();
    if (recordBefore) {
        if (Status s = m_context.recordUpdate("workers", workerId, before); !s)
            return Expected<RowOutcome>::failure(s.message());
        recorded = true;
    }
    if (Status s = m_table->updateRow(m_values, workerId); !s)
        return Expected<RowOutcome>::failure(s.message());
    if (linksDifferent) {
        if (Status s = writeLinks(workerId, record, true); !s)
            return Expected<RowOutcome>::failure(s.message());
        if (Status s = restoreFingerprint(workerId); !s)
            return Expected<RowOutcome>::failure(s.message());
    }
    return RowOutcome::Updated;
}

Status WorkerUpsert::writeLinks(qint64 workerId, const WorkerRecord& record, bool replace)
{
    for (int n = 0; n < m_links.size(); ++n) {
        if (replace) {
            SqliteStatement& remove = m_linkDelete[static_cast<std::size_t>(n)];
            remove.bindInt(1, workerId);
            if (Status s = remove.run(); !s)
                return s;
        }
        SqliteStatement& add = m_linkInsert[static_cast<std::size_t>(n)];
        for (qint64 id : workerLinkIds(record, m_links[n])) {
            add.bindInt(1, workerId);
            add.bindInt(2, id);
            if (Status s = add.run(); !s)
                return s;
        }
    }
    return {};
}

} // namespace jb::core
