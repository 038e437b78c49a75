#pragma once
// One import of one CSV file into one JobBridge file, from first look to commit:
//   prepare()  — on the thread that owns the Database: opens the file (encoding, delimiter, header), guesses the
//                mapping or re-applies a saved profile for the same header, loads reference values;
//   preview()  — the first rows as decoded, for the wizard;
//   run()      — on any thread: reads every row, validates, upserts through its own SQLite connection in ONE
//                transaction, records the batch. A dry run, a cancel (progress returns false) or any error rolls
//                everything back. Issue rows stream to an error file as they are found (bounded memory).

#include "core/Expected.h"
#include "core/import/ImportTypes.h"
#include "core/import/reading/ColumnMapping.h"
#include "core/import/reading/CsvReader.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

namespace jb::core {

class Database;
class ErrorFileWriter;
class ImportWriter;
class ReferenceLookup;
class RowParser;
class RowProducer;
struct ImportWriterOptions;
struct ParsedRow;

struct ImportRequest
{
    QString filePath;
    ImportKind kind = ImportKind::Workers;
    CsvOptions csv;
    bool dryRun = false;
    QDate today;         // invalid → Clock::today()
    QString officer;     // recorded on the batch; empty → the file's officer setting / OS user
    qint64 fairId = 0;   // ImportKind::Fair: the fair the sheet is from
    QString serviceKind; // ImportKind::Services: the kind of every row's service (core/records/ServiceKinds.h)
    // Where rows that name no organisation (nor, for people, a town: PlaceSubUnit.h) are filed; 0: the file's home
    // organisation. The officer chooses it in the wizard for the whole file.
    qint64 subUnitId = 0;
};

class ImportJob final
{
public:
    ImportJob(const Database& database, ImportRequest request);
    ~ImportJob();
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    Status prepare();

    const ImportRequest& request() const { return m_request; }
    QString encodingName() const;
    QChar delimiter() const;
    qint64 headerLine() const;
    QStringList header() const;
    QString matchedProfile() const { return m_matchedProfile; } // name of a saved profile re-applied, if any
    const ColumnMapping& mapping() const { return m_mapping; }
    void setMapping(ColumnMapping mapping) { m_mapping = std::move(mapping); }

    // Up to `rows` data rows as decoded (for the preview page). Re-reads the file from the start.
    Expected<QVector<CsvRecord>> preview(int rows) const;

    // progress(bytesRead, totalBytes): return false to cancel. Returns the summary (with issues), or a message
    // when the file could not be used / was cancelled — in both cases nothing was written.
    Expected<ImportSummary> run(const std::function<bool(qint64, qint64)>& progress = {});

    // After run(): writes the error file (UTF-8 with BOM): the original columns of every row with an issue, plus
    // 行号 / 列 / 原因. Refuses when there were no issues.
    Status saveErrorFile(const QString& path) const;
    qint64 errorFileRows() const; // rows the error file holds (0 before run())

    // After run(): issues beyond the summary's list (the list keeps the first kMaxListedIssues; the error file
    // and the counts have them all), and the reader's note about undecodable bytes, if any.
    static constexpr int kMaxListedIssues = 10000;
    qint64 issuesNotListed() const { return m_issuesNotListed; }
    QString readerWarning() const { return m_readerWarning.text(); }

private:
    Status checkReadable() const;
    Status checkRequiredColumns() const;
    ImportWriterOptions writerOptions(const RowParser& fields, QDate today) const;
    // run()'s loop: every chunk the producer hands over, row by row into the writer and the error file. Returns
    // why it stopped early (empty when it did not); `cancelled` when progress said so.
    Message writeRows(RowProducer& producer, ImportWriter& writer, ImportSummary& summary,
                      const std::function<bool(qint64, qint64)>& progress, bool& cancelled);
    Message writeRow(ImportWriter& writer, ParsedRow& row, ImportSummary& summary);

    const Database& m_database;
    ImportRequest m_request;
    ColumnMapping m_mapping;
    QString m_matchedProfile;
    std::unique_ptr<CsvReader> m_probe; // the reader opened by prepare(), for header facts
    std::unique_ptr<ReferenceLookup> m_lookup;
    QString m_errorFile; // temporary file written during run()
    std::unique_ptr<ErrorFileWriter> m_errors;
    QString m_officer;
    bool m_prepared = false;
    qint64 m_issuesNotListed = 0;
    Message m_readerWarning;
};

} // namespace jb::core
