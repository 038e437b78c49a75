#pragma once
// The writing half of an import: one SQLite connection of its own (so it can run on a worker thread and skip
// QtSql's per-row cost), one transaction for the whole file, the batch row, and per row an upsert that inserts,
// updates or leaves the record alone. Dry runs and failures roll back; nothing is half-written.

#include "core/Expected.h"
#include "core/import/ImportTypes.h"
#include "core/import/checking/ImportRecords.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QVector>
#include <memory>

namespace jb::core {

struct ImportWriterOptions
{
    QString databasePath;
    ImportKind kind = ImportKind::Workers;
    QSet<QString> provided; // field keys the file has a column for (RowParser::providedFields())
    QString keyColumn;      // header text of the key column (ID number / job title), for duplicate warnings
    qint64 homeOrgId = 0;   // rows that name no organisation are filed here: the home, or the file's chosen sub-unit
    QDate today;            // registration / posting date of rows that give none
    QString fileName;
    QString encoding;
    QString delimiter;
    QString officer;
    int cacheKiB = 32 * 1024; // page cache of the writer's connection: the UNIQUE index on the key lives in it
    qint64 fairId = 0;        // ImportKind::Fair: the fair the sheet is written into
    QString enterpriseColumn; // …and the header texts of its enterprise and post columns, for the issues
    QString postColumn;
    QString serviceKind; // ImportKind::Services: the kind of the roster's services
};

// Rejected: the writer found the row unusable (a roster's person not on the worker list); it says why in the issues.
enum class RowOutcome { Inserted, Updated, Unchanged, Rejected };

struct WriteContext;
class SetAsideSchema;
class WorkerUpsert;
class VacancyUpsert;
class FairSheetUpsert;
class ServiceSheetUpsert;

class ImportWriter final
{
public:
    explicit ImportWriter(ImportWriterOptions options);
    ~ImportWriter();
    ImportWriter(const ImportWriter&) = delete;
    ImportWriter& operator=(const ImportWriter&) = delete;

    // Opens the connection, takes the write lock (BEGIN IMMEDIATE) and records the batch row.
    Status begin();
    qint64 batchId() const;

    // One row: may add a duplicate_in_file warning to `issues`. A failure means the import must stop.
    Expected<RowOutcome> write(const WorkerRecord& record, QVector<ImportIssue>& issues);
    Expected<RowOutcome> write(const VacancyRecord& record, QVector<ImportIssue>& issues);
    // A fair sheet's row; its people, intentions and contracts are counted in `counts`.
    Expected<RowOutcome> write(const FairSheetRecord& record, QVector<ImportIssue>& issues, ImportSummary& counts);
    // A service roster's row.
    Expected<RowOutcome> write(const ServiceSheetRecord& record, QVector<ImportIssue>& issues);

    // Writes the counts and the file's SHA-256 to the batch row and commits; with commit = false (a dry run)
    // rolls everything back instead.
    Status finish(const ImportSummary& summary, const QString& sha256, bool commit);
    void rollback();

private:
    Status auditImport(const ImportSummary& summary);
    Status execAll(const QStringList& statements);

    std::unique_ptr<WriteContext> m_context;
    // Importing into an empty worker list is a bulk load (BulkLoad.h): the list's secondary indexes and summary
    // triggers are set aside and their work done once at the end, and the name search index is filled in one
    // statement at the end instead of by its per-row trigger (bench/import_workers.sh: 54 s → 20 s for a million rows,
    // the trigger alone).
    bool m_bulkLoad = false;
    std::unique_ptr<SetAsideSchema> m_setAside;
    std::unique_ptr<WorkerUpsert> m_workers;
    std::unique_ptr<VacancyUpsert> m_vacancies;
    std::unique_ptr<FairSheetUpsert> m_fairSheet;
    std::unique_ptr<ServiceSheetUpsert> m_serviceSheet;
};

} // namespace jb::core
