// The import job: checks the file, reads it on one thread and writes on the calling one, in one transaction.
// run() touches no QSqlDatabase (it may run on a worker thread): everything QtSql gives is loaded in prepare().

#include "core/import/ImportJob.h"

#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/import/ImportPipeline.h"
#include "core/import/checking/ErrorFileWriter.h"
#include "core/import/checking/ReferenceLookup.h"
#include "core/import/checking/RowParser.h"
#include "core/import/reading/FieldCatalog.h"
#include "core/import/reading/ImportProfileRepository.h"
#include "core/import/writing/ImportWriter.h"
#include "core/storage/Database.h"
#include "core/validation/MessageList.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace jb::core {

namespace {

constexpr qint64 kSniffBytes = 64 * 1024;

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Counts a row's issues and lists them in the summary (up to the cap).
void collectIssues(const QVector<ImportIssue>& issues, ImportSummary& summary, qint64& notListed)
{
    for (const ImportIssue& issue : issues) {
        if (issue.severity == IssueSeverity::Warning)
            ++summary.warnings;
        if (summary.issues.size() < ImportJob::kMaxListedIssues)
            summary.issues.append(issue);
        else
            ++notListed;
    }
}

} // namespace

ImportJob::ImportJob(const Database& database, ImportRequest request)
    : m_database(database), m_request(std::move(request))
{
}

ImportJob::~ImportJob() = default;

QString ImportJob::encodingName() const
{
    return m_probe ? m_probe->encodingName() : QString();
}

QChar ImportJob::delimiter() const
{
    return m_probe ? m_probe->delimiter() : QChar();
}

qint64 ImportJob::headerLine() const
{
    return m_probe ? m_probe->headerLine() : 0;
}

QStringList ImportJob::header() const
{
    return m_probe ? m_probe->header() : QStringList();
}

Status ImportJob::checkReadable() const
{
    const QString& path = m_request.filePath;
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(JB_TR("Import", "The file does not exist: %1").arg(nativePath(path)));
    if (info.isDir())
        return Status::failure(JB_TR("Import", "This is a folder, not a CSV file: %1").arg(nativePath(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            JB_TR("Import", "Cannot open the file %1: %2").arg(nativePath(path)).arg(file.errorString()));
    const QByteArray head = file.read(kSniffBytes);
    if (head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0"))
        return Status::failure(JB_TR("Import", "This is an Excel workbook (.xlsx / .xls), not a CSV file. In Excel "
                                               "choose Save As → \"CSV UTF-8 (Comma delimited)\" and import that "
                                               "file: %1")
                                   .arg(nativePath(path)));
    // NUL bytes mean binary data, unless the text is UTF-16 (Excel's "Unicode text"), which has a BOM.
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16 && head.contains('\0'))
        return Status::failure(
            JB_TR("Import", "This is not a text (CSV) file and cannot be imported: %1").arg(nativePath(path)));
    return {};
}

Status ImportJob::prepare()
{
    m_prepared = false;
    if (Status s = checkReadable(); !s)
        return s;
    m_probe = std::make_unique<CsvReader>(m_request.filePath, m_request.csv);
    if (Status s = m_probe->open(); !s)
        return Status::failure(JB_TR("Import", "Cannot read the CSV file: %1").arg(s.message()));
    if (m_probe->header().isEmpty())
        return Status::failure(JB_TR("Import", "No header row was found"));
    m_mapping = ColumnMapping::guess(m_request.kind, m_probe->header(), m_probe->ignoredColumns());
    m_matchedProfile.clear();

    QSqlDatabase db = m_database.connection();
    // The same layout as a mapping the officer saved before: re-apply it rather than guess again.
    const Expected<std::optional<ImportProfile>> profile =
        ImportProfileRepository(db).findBySignature(m_request.kind, ColumnMapping::headerSignature(m_probe->header()));
    if (profile && profile->has_value()) {
        m_mapping = (*profile)->apply(m_probe->header());
        m_matchedProfile = (*profile)->name;
    }
    Expected<ReferenceLookup> lookup = ReferenceLookup::load(db);
    if (!lookup)
        return Status::failure(lookup.message());
    m_lookup = std::make_unique<ReferenceLookup>(std::move(*lookup));
    m_officer = m_request.officer.isEmpty() ? currentOfficer() : m_request.officer;
    m_prepared = true;
    return {};
}

Expected<QVector<CsvRecord>> ImportJob::preview(int rows) const
{
    CsvReader reader(m_request.filePath, m_request.csv);
    if (Status s = reader.open(); !s)
        return Expected<QVector<CsvRecord>>::failure(s.message());
    QVector<CsvRecord> records;
    CsvRecord record;
    while (records.size() < rows && reader.next(record))
        records.append(record);
    if (reader.hasError())
        return Expected<QVector<CsvRecord>>::failure(reader.errorMessage());
    return records;
}

Status ImportJob::checkRequiredColumns() const
{
    const QStringList missing = m_mapping.missingRequiredFields();
    if (missing.isEmpty())
        return {};
    QVector<Message> labels;
    for (const QString& key : missing) {
        const ImportField* f = findImportField(m_request.kind, key);
        labels << (f ? f->label() : Message::verbatim(key));
    }
    const Message message =
        JB_TR("Import", "The file lacks required columns: %1. Check the header row").arg(listOf(labels));
    // Undecodable bytes in the header usually mean the wrong encoding was chosen: say so.
    if (!m_probe->warningMessage().isEmpty())
        return Status::failure(JB_TR("Import", "%1\n%2").arg(message).arg(m_probe->warningMessage()));
    return Status::failure(message);
}

ImportWriterOptions ImportJob::writerOptions(const RowParser& fields, QDate today) const
{
    const ImportKind kind = m_request.kind;
    const QStringList header = m_probe->header();
    ImportWriterOptions options;
    options.databasePath = m_database.path();
    options.kind = kind;
    options.provided = fields.providedFields();
    const int keyColumn = m_mapping.columnOf(kind == ImportKind::Vacancies ? field::title : field::idNumber);
    options.keyColumn = keyColumn >= 0 && keyColumn < header.size() ? header[keyColumn] : QString();
    options.fairId = m_request.fairId;
    options.serviceKind = m_request.serviceKind;
    const auto headerOf = [&](const QString& key) {
        const int column = m_mapping.columnOf(key);
        return column >= 0 && column < header.size() ? header[column] : QString();
    };
    options.enterpriseColumn = headerOf(field::enterpriseName);
    options.postColumn = headerOf(field::title);
    options.homeOrgId = m_request.subUnitId != 0 ? m_request.subUnitId : m_lookup->homeOrganisation();
    options.today = today;
    options.fileName = QFileInfo(m_request.filePath).fileName();
    options.encoding = m_probe->encodingName();
    options.delimiter = QString(m_probe->delimiter());
    options.officer = m_officer;
    return options;
}

Message ImportJob::writeRow(ImportWriter& writer, ParsedRow& row, ImportSummary& summary)
{
    ++summary.rowsRead;
    if (row.worker || row.vacancy || row.fair || row.service) {
        const Expected<RowOutcome> outcome = row.worker    ? writer.write(*row.worker, row.issues)
                                             : row.vacancy ? writer.write(*row.vacancy, row.issues)
                                             : row.fair    ? writer.write(*row.fair, row.issues, summary)
                                                           : writer.write(*row.service, row.issues);
        if (!outcome)
            return outcome.message();
        switch (*outcome) {
        case RowOutcome::Inserted:
            ++summary.inserted;
            break;
        case RowOutcome::Updated:
            ++summary.updated;
            break;
        case RowOutcome::Unchanged:
            ++summary.unchanged;
            break;
        case RowOutcome::Rejected:
            ++summary.rejected;
            break;
        }
    } else {
        ++summary.rejected;
    }
    if (!row.issues.isEmpty()) {
        for (ImportIssue& issue : row.issues)
            issue.text = issue.message.text();
        collectIssues(row.issues, summary, m_issuesNotListed);
        if (Status s = m_errors->addRow(row.record.fields, row.record.line, row.issues, 0); !s)
            return s.message();
    }
    return {};
}

Message ImportJob::writeRows(RowProducer& producer, ImportWriter& writer, ImportSummary& summary,
                             const std::function<bool(qint64, qint64)>& progress, bool& cancelled)
{
    cancelled = progress && !progress(0, m_probe->totalBytes());
    while (!cancelled) {
        ParsedChunk* chunk = producer.next();
        if (!chunk)
            break;
        Message failure;
        for (std::size_t i = 0; i < chunk->count && failure.isEmpty(); ++i)
            failure = writeRow(writer, chunk->rows[i], summary);
        const qint64 done = chunk->bytesRead;
        const qint64 total = chunk->totalBytes;
        producer.recycle(chunk);
        if (!failure.isEmpty())
            return failure;
        if (progress && !progress(done, total))
            cancelled = true;
    }
    return {};
}

Expected<ImportSummary> ImportJob::run(const std::function<bool(qint64, qint64)>& progress)
{
    using Result = Expected<ImportSummary>;
    if (!m_prepared)
        return Result::failure(JB_TR("Import", "The import is not prepared (the file cannot be used)"));
    if (Status s = checkRequiredColumns(); !s)
        return Result::failure(s.message());
    if (m_request.subUnitId != 0 && !m_lookup->isOrganisation(m_request.subUnitId))
        return Result::failure(JB_TR("Import", "The sub-unit chosen for the file is no longer in it; choose another"));

    const QStringList header = m_probe->header();
    const QDate today = m_request.today.isValid() ? m_request.today : Clock::today();
    const RowParser fields(m_request.kind, m_mapping, header, *m_lookup, today);
    const ImportWriterOptions options = writerOptions(fields, today);

    ImportSummary summary;
    summary.encoding = options.encoding;
    summary.delimiter = options.delimiter;
    summary.headerLine = m_probe->headerLine();
    summary.dryRun = m_request.dryRun;
    summary.fairId = m_request.kind == ImportKind::Fair ? m_request.fairId : 0;
    m_issuesNotListed = 0;
    m_readerWarning = Message();

    m_errors = std::make_unique<ErrorFileWriter>();
    if (Status s = m_errors->start(header); !s)
        return Result::failure(s.message());

    // The hash is only recorded by a real import; a dry run does not spend the time.
    std::unique_ptr<FileHasher> hasher = m_request.dryRun ? nullptr : std::make_unique<FileHasher>(m_request.filePath);
    ImportWriter writer(options);
    if (Status s = writer.begin(); !s)
        return Result::failure(s.message());

    RowProducer producer(m_request.filePath, m_request.csv, m_request.kind, m_mapping, header, *m_lookup, today);
    PhaseTimer timer;
    producer.start();
    bool cancelled = false;
    Message failure = writeRows(producer, writer, summary, progress, cancelled);
    producer.stop();
    timer.phase("rows read and written");
    timer.note("reading thread's CPU", producer.cpuSeconds());
    if (hasher && (cancelled || !failure.isEmpty()))
        hasher->cancel();
    if (failure.isEmpty() && !cancelled)
        failure = producer.error();
    if (cancelled || !failure.isEmpty()) {
        writer.rollback();
        m_errors.reset();
        if (cancelled)
            return Result::failure(JB_TR("Import", "Cancelled; nothing was written"));
        return Result::failure(JB_TR("Import", "The import failed; nothing was written.\n%1").arg(failure));
    }
    summary.skippedEmpty = producer.blankRows();
    m_readerWarning = producer.warning();

    const QString sha256 = hasher ? hasher->result() : QString();
    if (Status s = writer.finish(summary, sha256, !m_request.dryRun); !s) {
        m_errors.reset();
        return Result::failure(JB_TR("Import", "The import failed; nothing was written.\n%1").arg(s.message()));
    }
    timer.phase("finish and commit");
    summary.batchId = m_request.dryRun ? 0 : writer.batchId();
    if (progress)
        progress(m_probe->totalBytes(), m_probe->totalBytes());
    return summary;
}

qint64 ImportJob::errorFileRows() const
{
    return m_errors ? m_errors->rows() : 0;
}

Status ImportJob::saveErrorFile(const QString& path) const
{
    if (!m_errors || m_errors->rows() == 0)
        return Status::failure(JB_TR("Import", "This import had no rows with issues; there is no error file"));
    return m_errors->save(path);
}

} // namespace jb::core
