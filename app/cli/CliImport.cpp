#include "app/cli/CliImport.h"

#include "app/cli/CliBackup.h"
#include "app/cli/CliParsing.h"
#include "core/import/ImportJob.h"
#include "core/import/batches/ImportBatchRepository.h"
#include "core/records/ServiceKinds.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jb::cli {

using core::Database;
using core::Expected;

namespace {

constexpr int kListedIssuesInText = 20; // the text output lists this many; the error file has them all

QJsonObject summaryJson(const core::ImportSummary& s, const core::ImportJob& job)
{
    QJsonArray issues;
    for (const core::ImportIssue& i : s.issues)
        issues.append(QJsonObject{{QStringLiteral("line"), i.line},
                                  {QStringLiteral("column"), i.column},
                                  {QStringLiteral("value"), i.value},
                                  {QStringLiteral("code"), i.code},
                                  {QStringLiteral("severity"), core::severityKey(i.severity)},
                                  {QStringLiteral("message"), i.shownText()}});
    return QJsonObject{{QStringLiteral("kind"), core::importKindKey(job.request().kind)},
                       {QStringLiteral("profile"), job.matchedProfile()},
                       {QStringLiteral("file"), job.request().filePath},
                       {QStringLiteral("dry_run"), s.dryRun},
                       {QStringLiteral("batch_id"), s.batchId},
                       {QStringLiteral("encoding"), s.encoding},
                       {QStringLiteral("delimiter"), s.delimiter},
                       {QStringLiteral("header_line"), s.headerLine},
                       {QStringLiteral("rows_read"), s.rowsRead},
                       {QStringLiteral("inserted"), s.inserted},
                       {QStringLiteral("updated"), s.updated},
                       {QStringLiteral("unchanged"), s.unchanged},
                       {QStringLiteral("rejected"), s.rejected},
                       {QStringLiteral("warnings"), s.warnings},
                       {QStringLiteral("skipped_empty"), s.skippedEmpty},
                       {QStringLiteral("issues_not_listed"), job.issuesNotListed()},
                       {QStringLiteral("issues"), issues}};
}

// A fair sheet's own figures (issue 12): people added and linked, intentions and contracts recorded.
void addFairCounts(QJsonObject& root, const core::ImportSummary& s)
{
    root.insert(QStringLiteral("fair_id"), s.fairId);
    root.insert(QStringLiteral("people_added"), s.peopleAdded);
    root.insert(QStringLiteral("people_linked"), s.peopleLinked);
    root.insert(QStringLiteral("intentions"), s.intentions);
    root.insert(QStringLiteral("contracts"), s.contracts);
}

void printSummary(CliOutput& io, const core::ImportSummary& s, const core::ImportJob& job)
{
    QTextStream& out = io.out();
    out << (s.dryRun ? JB_TR("Cli", "Dry run (nothing was written): %1") : JB_TR("Cli", "Imported: %1"))
               .arg(QDir::toNativeSeparators(job.request().filePath))
               .text()
        << Qt::endl;
    const QString delimiter = s.delimiter == QLatin1String("\t") ? QStringLiteral("\\t") : s.delimiter;
    out << QStringLiteral("  ")
        << JB_TR("Cli", "encoding %1, delimiter %2, header on line %3")
               .arg(s.encoding)
               .arg(delimiter)
               .arg(s.headerLine)
               .text()
        << Qt::endl;
    out << QStringLiteral("  ")
        << JB_TR("Cli", "read %1 rows: inserted %2, updated %3, unchanged %4, rejected %5; warnings %6; "
                        "empty rows skipped %7")
               .arg(s.rowsRead)
               .arg(s.inserted)
               .arg(s.updated)
               .arg(s.unchanged)
               .arg(s.rejected)
               .arg(s.warnings)
               .arg(s.skippedEmpty)
               .text()
        << Qt::endl;
    if (job.request().kind == core::ImportKind::Fair)
        out << QStringLiteral("  ")
            << JB_TR("Cli", "fair %1: people added %2, people linked %3, intentions %4, contracts %5")
                   .arg(s.fairId)
                   .arg(s.peopleAdded)
                   .arg(s.peopleLinked)
                   .arg(s.intentions)
                   .arg(s.contracts)
                   .text()
            << Qt::endl;
    if (!job.matchedProfile().isEmpty())
        out << QStringLiteral("  ") << JB_TR("Cli", "Saved column mapping applied: %1").arg(job.matchedProfile()).text()
            << Qt::endl;
    if (s.batchId > 0)
        out << QStringLiteral("  ") << JB_TR("Cli", "batch %1 (can be undone with import-undo)").arg(s.batchId).text()
            << Qt::endl;
    const int shown = static_cast<int>(std::min<qsizetype>(s.issues.size(), kListedIssuesInText));
    for (int i = 0; i < shown; ++i) {
        const core::ImportIssue& issue = s.issues[i];
        out << QStringLiteral("  ")
            << JB_TR("Cli", "line %1 [%2] %3")
                   .arg(issue.line)
                   .arg(core::severityKey(issue.severity))
                   .arg(issue.column.isEmpty()
                            ? core::Message::verbatim(issue.shownText())
                            : JB_TR("Cli", "%1: %2").arg(issue.column).arg(core::Message::verbatim(issue.shownText())))
                   .text()
            << Qt::endl;
    }
    const qint64 more = s.issues.size() - shown + job.issuesNotListed();
    if (more > 0)
        out << QStringLiteral("  ") << JB_TR("Cli", "… %1 more issues: see the error file (--errors)").arg(more).text()
            << Qt::endl;
}

// The import the command line asks for; -1 to go on, else the usage exit code after saying why.
int readRequest(const QCommandLineParser& parser, CliOutput& io, core::ImportRequest& request)
{
    const QString kindText = parser.value(QStringLiteral("kind")).trimmed().toLower();
    if (kindText == QLatin1String("workers"))
        request.kind = core::ImportKind::Workers;
    else if (kindText == QLatin1String("vacancies"))
        request.kind = core::ImportKind::Vacancies;
    else if (kindText == QLatin1String("fair"))
        request.kind = core::ImportKind::Fair;
    else if (kindText == QLatin1String("services"))
        request.kind = core::ImportKind::Services;
    else
        return io.fail(Usage, JB_TR("Cli", "--kind needs workers, vacancies, fair or services"));
    if (request.kind == core::ImportKind::Services) {
        request.serviceKind = parser.value(QStringLiteral("service-kind")).trimmed();
        if (!core::isServiceKind(request.serviceKind))
            return io.fail(Usage, JB_TR("Cli", "--kind services needs --service-kind, one of %1")
                                      .arg(core::serviceKindCodes().join(QStringLiteral(", "))));
    } else if (parser.isSet(QStringLiteral("service-kind"))) {
        return io.fail(Usage, JB_TR("Cli", "--service-kind goes with --kind services"));
    }
    if (request.kind == core::ImportKind::Fair) {
        bool ok = false;
        request.fairId = parser.value(QStringLiteral("fair")).toLongLong(&ok);
        if (!ok || request.fairId <= 0)
            return io.fail(Usage, JB_TR("Cli", "--kind fair needs --fair ID (the fair the sheet is from)"));
    } else if (parser.isSet(QStringLiteral("fair"))) {
        return io.fail(Usage, JB_TR("Cli", "--fair goes with --kind fair"));
    }
    const QString encodingText = parser.value(QStringLiteral("encoding")).trimmed().toLower();
    if (encodingText == QLatin1String("auto"))
        request.csv.encoding = core::CsvOptions::Encoding::Auto;
    else if (encodingText == QLatin1String("utf-8") || encodingText == QLatin1String("utf8"))
        request.csv.encoding = core::CsvOptions::Encoding::Utf8;
    else if (encodingText == QLatin1String("gb18030") || encodingText == QLatin1String("gbk"))
        request.csv.encoding = core::CsvOptions::Encoding::Gb18030;
    else
        return io.fail(Usage, JB_TR("Cli", "--encoding needs auto, utf-8 or gb18030"));
    request.filePath = parser.positionalArguments().at(1);
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    return -1;
}

// Writes the rows with issues to `out` (--errors) and says so on stderr; a written file is named in the JSON.
void saveErrorFile(core::ImportJob& job, const QString& out, CliOutput& io, QJsonObject& root)
{
    if (job.errorFileRows() == 0) {
        io.err() << JB_TR("Cli", "No rows with issues; no error file was written").text() << Qt::endl;
    } else if (core::Status s = job.saveErrorFile(out); !s) {
        // The import itself stands (it ran and was committed); only the error file could not be written.
        io.err() << s.error() << Qt::endl;
    } else {
        io.err() << JB_TR("Cli", "%1 rows written to the error file %2")
                        .arg(job.errorFileRows())
                        .arg(QDir::toNativeSeparators(out))
                        .text()
                 << Qt::endl;
        root.insert(QStringLiteral("error_file"), out);
        root.insert(QStringLiteral("error_rows"), job.errorFileRows());
    }
}

} // namespace

int runImport(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption errors(QStringLiteral("errors"),
                                    JB_TR("Cli", "Write the rows with issues to this CSV (UTF-8 with BOM, opens in "
                                                 "Excel)")
                                        .text(),
                                    QStringLiteral("OUT.csv"));
    const QCommandLineOption json(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text());
    parser.addOptions(
        {{QStringLiteral("kind"),
          JB_TR("Cli", "List: workers or vacancies; or fair, a fair organiser's sheet; or services, a roster of "
                       "services given")
              .text(),
          QStringLiteral("workers|vacancies|fair|services")},
         {QStringLiteral("service-kind"),
          JB_TR("Cli", "With --kind services: the kind of the roster's services").text(), QStringLiteral("K")},
         {QStringLiteral("fair"), JB_TR("Cli", "With --kind fair: the fair the sheet is from").text(),
          QStringLiteral("ID")},
         {QStringLiteral("dry-run"), JB_TR("Cli", "Validate and preview; write nothing").text()},
         errors,
         {QStringLiteral("encoding"), JB_TR("Cli", "File encoding (default: detected)").text(),
          QStringLiteral("auto|utf-8|gb18030"), QStringLiteral("auto")},
         json});
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    parser.addPositionalArgument(QStringLiteral("FILE"), JB_TR("Cli", "the CSV file to import").text());
    if (int code = parseCommand(parser, QStringLiteral("import"), JB_TR("Cli", "Import a worker or vacancy list (CSV)"),
                                args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2)
        return usageError(parser, io, JB_TR("Cli", "Need the database file and the CSV file"));
    core::ImportRequest request;
    if (int code = readRequest(parser, io, request); code >= 0)
        return code;

    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    core::ImportJob job(*file, request);
    if (core::Status s = job.prepare(); !s)
        return io.fail(BadData, s.error());
    const Expected<core::ImportSummary> summary = job.run();
    if (!summary)
        return io.fail(BadData, summary.error());

    if (!job.readerWarning().isEmpty())
        io.err() << job.readerWarning() << Qt::endl;
    QJsonObject root = summaryJson(*summary, job);
    if (request.kind == core::ImportKind::Fair)
        addFairCounts(root, *summary);
    if (!job.readerWarning().isEmpty())
        root.insert(QStringLiteral("reader_warning"), job.readerWarning());
    if (parser.isSet(errors))
        saveErrorFile(job, parser.value(errors), io, root);
    if (parser.isSet(json))
        io.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    else
        printSummary(io, *summary, job);
    return Success;
}

int runImportUndo(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption batch(QStringLiteral("batch"), JB_TR("Cli", "The batch to undo").text(),
                                   QStringLiteral("N"));
    parser.addOption(batch);
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("import-undo"), JB_TR("Cli", "Undo an import"), args, io);
        code >= 0)
        return code;
    bool ok = false;
    const qint64 id = parser.value(batch).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(batch) || !ok || id <= 0)
        return usageError(parser, io, JB_TR("Cli", "Need one file name and --batch N"));
    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    if (int code = backUpBefore(*file, io); code >= 0)
        return code;
    core::ImportBatchRepository batches(file->connection());
    if (core::Status s = batches.undo(id); !s)
        return io.fail(BadData, s.error());
    const Expected<core::ImportBatch> undone = batches.byId(id);
    io.out() << JB_TR("Cli", "Undid import batch %1 (%2)").arg(id).arg(undone ? undone->fileName : QString()).text()
             << Qt::endl;
    return Success;
}

namespace {

QString stamp(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject batchesJson(const QVector<core::ImportBatch>& batches)
{
    QJsonArray list;
    for (const core::ImportBatch& b : batches)
        list.append(QJsonObject{
            {QStringLiteral("id"), b.id},
            {QStringLiteral("kind"), b.kind},
            {QStringLiteral("file_name"), b.fileName},
            {QStringLiteral("file_sha256"), b.fileSha256},
            {QStringLiteral("encoding"), b.encoding},
            {QStringLiteral("rows_read"), b.rowsRead},
            {QStringLiteral("inserted"), b.inserted},
            {QStringLiteral("updated"), b.updated},
            {QStringLiteral("unchanged"), b.unchanged},
            {QStringLiteral("rejected"), b.rejected},
            {QStringLiteral("warnings"), b.warnings},
            {QStringLiteral("skipped_empty"), b.skippedEmpty},
            {QStringLiteral("officer"), b.officer},
            {QStringLiteral("started_at"), stamp(b.startedAt)},
            {QStringLiteral("finished_at"), stamp(b.finishedAt)},
            {QStringLiteral("undone_at"), b.undoneAt.isValid() ? QJsonValue(stamp(b.undoneAt)) : QJsonValue()}});
    return QJsonObject{{QStringLiteral("batches"), list}};
}

} // namespace

int runImportBatches(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), JB_TR("Cli", "Print JSON").text());
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("DB"), JB_TR("Cli", "the file").text());
    if (int code = parseCommand(parser, QStringLiteral("import-batches"), JB_TR("Cli", "Past imports"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, io, JB_TR("Cli", "Need one file name"));
    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file, Access::Read); code >= 0)
        return code;
    const Expected<QVector<core::ImportBatch>> batches = core::ImportBatchRepository(file->connection()).list();
    if (!batches)
        return io.fail(BadData, batches.error());
    if (parser.isSet(json)) {
        io.out() << QString::fromUtf8(QJsonDocument(batchesJson(*batches)).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (batches->isEmpty()) {
        io.out() << JB_TR("Cli", "No imports yet").text() << Qt::endl;
        return Success;
    }
    const QString minutes = QStringLiteral("yyyy-MM-dd HH:mm");
    for (const core::ImportBatch& b : *batches) {
        io.out() << QStringLiteral("#%1 %2 %3 %4 — ")
                        .arg(b.id)
                        .arg(b.startedAt.toLocalTime().toString(minutes), b.kind, b.fileName)
                 << JB_TR("Cli", "read %1, inserted %2, updated %3, unchanged %4, rejected %5")
                        .arg(b.rowsRead)
                        .arg(b.inserted)
                        .arg(b.updated)
                        .arg(b.unchanged)
                        .arg(b.rejected)
                        .text();
        if (b.undoneAt.isValid())
            io.out() << JB_TR("Cli", " (undone %1)").arg(b.undoneAt.toLocalTime().toString(minutes)).text();
        io.out() << QStringLiteral(" [%1]").arg(b.officer) << Qt::endl;
    }
    return Success;
}

} // namespace jb::cli
