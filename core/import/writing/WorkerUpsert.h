#pragma once
// Upserts workers keyed by resident ID number: insert when new, update the columns the file provides when they
// differ, leave alone when equal. A later row with the same ID in the same file updates the earlier one and gets a
// duplicate_in_file warning naming the earlier line.
//
// Speed: into a table that was empty when the import began (a bulk load, BulkLoad.h) the ID index is set aside;
// the IdNumberMap of the IDs written so far is the duplicate check, so a new row costs one insert and a repeated
// ID goes to its row by rowid. Otherwise the stored row is looked up first (a re-import mostly finds equal rows), by
// the rowid after the last match when that holds the same ID (files come back in the order they went in).
// Memory: what the import touched is remembered by rowid (RowLines, 4 bytes a row), not by ID text.
// Every row written keeps the fingerprint of its values (storage/SchemaV6.cpp): a later row whose fingerprint
// equals the stored one is unchanged after reading one integer of the stored row instead of all its columns.

#include "core/Expected.h"
#include "core/import/ImportTypes.h"
#include "core/import/checking/ImportRecords.h"
#include "core/import/checking/WorkerRow.h"
#include "core/import/writing/BulkLoad.h"
#include "core/import/writing/ImportColumns.h"
#include "core/import/writing/ImportWriteContext.h"
#include "core/import/writing/ImportWriter.h"
#include "core/import/writing/SqliteConnection.h"

#include <memory>
#include <string>
#include <vector>

namespace jb::core {

class WorkerUpsert final
{
public:
    // bulkLoad: the list was empty when the import began and its indexes are set aside.
    WorkerUpsert(WriteContext& context, bool bulkLoad);
    ~WorkerUpsert();
    WorkerUpsert(const WorkerUpsert&) = delete;
    WorkerUpsert& operator=(const WorkerUpsert&) = delete;

    Status prepare();
    Expected<RowOutcome> write(const WorkerRecord& record, QVector<ImportIssue>& issues);
    // After the last row of a bulk load: the ID map is no longer needed (the ID index is built next).
    void releaseBulkMemory() { m_written.clear(); }

private:
    Expected<qint64> insert(const WorkerRecord& record);
    // The probe positioned on the stored row with the row's ID (id, import_hash), or nullptr.
    SqliteStatement* findStored();
    // The line this import last saw the worker on; warns duplicate_in_file when there was one.
    quint32 noteRepeat(qint64 workerId, const WorkerRecord& record, QVector<ImportIssue>& issues) const;
    Status restoreFingerprint(qint64 workerId); // after writing links, whose triggers clear it
    Expected<RowOutcome> matchStored(const WorkerRecord& record, QVector<ImportIssue>& issues);
    Expected<RowOutcome> update(const WorkerRecord& record, SqliteStatement& stored, bool recordBefore, bool& recorded);
    Status writeLinks(qint64 workerId, const WorkerRecord& record, bool replace);
    bool linksDiffer(const WorkerRecord& record, const SqliteStatement& stored);

    WriteContext& m_context;
    std::unique_ptr<TableStatements> m_table;
    RowValues m_values;
    QVector<int> m_links; // indexes into workerImportLinks() the file provides
    std::vector<SqliteStatement> m_linkInsert;
    std::vector<SqliteStatement> m_linkDelete;
    SqliteStatement m_fingerprintById;                  // id, import_hash, id_number of a rowid
    SqliteStatement m_fingerprintByKey;                 // id, import_hash of an ID number
    SqliteStatement m_setFingerprint;                   // after links: only where their triggers cleared it
    SqliteStatement m_refreshFingerprint;               // an equal row whose fingerprint was missing or another file's
    std::unique_ptr<WorkerFingerprint> m_fingerprinter; // for a record that comes without its fingerprint
    qint64 m_fingerprint = 0;                           // the current row's
    bool m_bulkLoad = false; // the table was empty when the import began; its indexes are set aside
    IdNumberMap m_written;   // bulk load: the IDs written so far → rowid
    std::string m_key;       // the row's ID number as UTF-8, bound without a copy
    RowLines m_lines;
    std::vector<qint64> m_storedIds; // scratch lists for comparing links, reused row after row
    std::vector<qint64> m_rowIds;
    qint64 m_nextRowid = 0; // the rowid the next row probably matches (the last match + 1)
};

} // namespace jb::core
