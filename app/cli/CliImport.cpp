#include "app/cli/CliImport.h"

#include "core/import/batches/ImportBatchRepository.h"
#include "core/import/ImportJob.h"
#include "core/storage/Database.h"

#include "app/cli/CliParsing.h"

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

void printSummary(CliOutput& io, const core::ImportSummary& s, const core::ImportJob& job)
{
    QTextStream& out = io.out();
    out << (s.dryRun ? QStringLiteral("试导入（未写入任何数据）/ Dry run (nothing was written): ")
                     : QStringLiteral("已导入 / Imported: "))
        << QDir::toNativeSeparators(job.request().filePath) << Qt::endl;
    const QString delimiter = s.delimiter == QLatin1String("\t") ? QStringLiteral("\\t") : s.delimiter;
    out << QStringLiteral("  编码 encoding %1，分隔符 delimiter %2，表头在第 %3 行 header on line %3")
               .arg(s.encoding, delimiter)
               .arg(s.headerLine)
        << Qt::endl;
    out << QStringLiteral("  读取 read %1 行 rows：新增 inserted %2，更新 updated %3，未变 unchanged %4，"
                          "未导入 rejected %5；警告 warnings %6；跳过空行 empty rows skipped %7")
               .arg(s.rowsRead)
               .arg(s.inserted)
               .arg(s.updated)
               .arg(s.unchanged)
               .arg(s.rejected)
               .arg(s.warnings)
               .arg(s.skippedEmpty)
        << Qt::endl;
    if (!job.matchedProfile().isEmpty())
        out << QStringLiteral("  已套用保存的列对应方案 / Saved column mapping applied: %1").arg(job.matchedProfile())
            << Qt::endl;
    if (s.batchId > 0)
        out << QStringLiteral("  导入批次 batch %1（可用 import-undo 撤销 / can be undone with import-undo）")
                   .arg(s.batchId)
            << Qt::endl;
    const int shown = static_cast<int>(std::min<qsizetype>(s.issues.size(), kListedIssuesInText));
    for (int i = 0; i < shown; ++i) {
        const core::ImportIssue& issue = s.issues[i];
        out << QStringLiteral("  第 %1 行 line %1 [%2] %3%4")
                   .arg(issue.line)
                   .arg(core::severityKey(issue.severity),
                        issue.column.isEmpty() ? QString() : issue.column + QStringLiteral("："), issue.shownText())
            << Qt::endl;
    }
    const qint64 more = s.issues.size() - shown + job.issuesNotListed();
    if (more > 0)
        out << QStringLiteral("  ……另有 %1 条问题，见错误文件（--errors）/ … %1 more issues: see the error file "
                              "(--errors)")
                   .arg(more)
            << Qt::endl;
}

} // namespace

int runImport(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QStringLiteral("清单类型：workers 劳动者 或 vacancies 岗位 / List: workers or vacancies"),
        QStringLiteral("workers|vacancies"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("只检查和预览，不写入 / Validate and preview; write nothing"));
    const QCommandLineOption errors(
        QStringLiteral("errors"),
        QStringLiteral("把有问题的行写入此 CSV（UTF-8 带 BOM，Excel 可直接打开）/ Write the "
                       "rows with issues to this CSV (UTF-8 with BOM, opens in Excel)"),
        QStringLiteral("OUT.csv"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      QStringLiteral("文件编码（默认自动判断）/ File encoding (default: detected)"),
                                      QStringLiteral("auto|utf-8|gb18030"), QStringLiteral("auto"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("输出 JSON / Print JSON"));
    parser.addOptions({kind, dryRun, errors, encoding, json});
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("台账文件 / the file"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("要导入的 CSV 文件 / the CSV file to import"));
    if (int code =
            parseCommand(parser, QStringLiteral("import"),
                  QStringLiteral("导入劳动者或岗位清单（CSV）/ Import a worker or vacancy list (CSV)"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2)
        return io.fail(Usage, QStringLiteral("需要台账文件和 CSV 文件 / Need the database file and the CSV file\n\n") +
                                  parser.helpText());

    core::ImportRequest request;
    const QString kindText = parser.value(kind).trimmed().toLower();
    if (kindText == QLatin1String("workers"))
        request.kind = core::ImportKind::Workers;
    else if (kindText == QLatin1String("vacancies"))
        request.kind = core::ImportKind::Vacancies;
    else
        return io.fail(Usage, QStringLiteral("--kind 需要 workers 或 vacancies / --kind needs workers or vacancies"));
    const QString encodingText = parser.value(encoding).trimmed().toLower();
    if (encodingText == QLatin1String("auto"))
        request.csv.encoding = core::CsvOptions::Encoding::Auto;
    else if (encodingText == QLatin1String("utf-8") || encodingText == QLatin1String("utf8"))
        request.csv.encoding = core::CsvOptions::Encoding::Utf8;
    else if (encodingText == QLatin1String("gb18030") || encodingText == QLatin1String("gbk"))
        request.csv.encoding = core::CsvOptions::Encoding::Gb18030;
    else
        return io.fail(Usage, QStringLiteral("--encoding 需要 auto、utf-8 或 gb18030 / --encoding needs auto, utf-8 or "
                                             "gb18030"));
    request.filePath = parser.positionalArguments().at(1);
    request.dryRun = parser.isSet(dryRun);

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
    if (!job.readerWarning().isEmpty())
        root.insert(QStringLiteral("reader_warning"), job.readerWarning());
    if (parser.isSet(errors)) {
        const QString out = parser.value(errors);
        if (job.errorFileRows() == 0) {
            io.err() << QStringLiteral("没有问题行，未生成错误文件 / No rows with issues; no error file was written")
                     << Qt::endl;
        } else if (core::Status s = job.saveErrorFile(out); !s) {
            // The import itself stands (it ran and was committed); only the error file could not be written.
            io.err() << s.error() << Qt::endl;
        } else {
            io.err() << QStringLiteral("已将 %1 行写入错误文件 %2 / %1 rows written to the error file %2")
                            .arg(job.errorFileRows())
                            .arg(QDir::toNativeSeparators(out))
                     << Qt::endl;
            root.insert(QStringLiteral("error_file"), out);
            root.insert(QStringLiteral("error_rows"), job.errorFileRows());
        }
    }
    if (parser.isSet(json))
        io.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    else
        printSummary(io, *summary, job);
    return Success;
}

int runImportUndo(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("要撤销的导入批次号 / The batch to undo"),
                                   QStringLiteral("N"));
    parser.addOption(batch);
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("台账文件 / the file"));
    if (int code =
            parseCommand(parser, QStringLiteral("import-undo"), QStringLiteral("撤销一批导入 / Undo an import"), args, io);
        code >= 0)
        return code;
    bool ok = false;
    const qint64 id = parser.value(batch).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(batch) || !ok || id <= 0)
        return io.fail(Usage, QStringLiteral("需要一个文件名和 --batch N / Need one file name and --batch N\n\n") +
                                  parser.helpText());
    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    core::ImportBatchRepository batches(file->connection());
    if (core::Status s = batches.undo(id); !s)
        return io.fail(BadData, s.error());
    const Expected<core::ImportBatch> undone = batches.byId(id);
    io.out() << QStringLiteral("已撤销第 %1 批导入（%2）/ Undid import batch %1 (%2)")
                    .arg(id)
                    .arg(undone ? undone->fileName : QString())
             << Qt::endl;
    return Success;
}

int runImportBatches(const QStringList& args, CliOutput& io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("输出 JSON / Print JSON"));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("台账文件 / the file"));
    if (int code = parseCommand(parser, QStringLiteral("import-batches"), QStringLiteral("导入记录 / Past imports"), args, io);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return io.fail(Usage, QStringLiteral("需要一个文件名 / Need one file name\n\n") + parser.helpText());
    std::unique_ptr<core::Database> file;
    if (int code = openFile(parser, io, file); code >= 0)
        return code;
    const Expected<QVector<core::ImportBatch>> batches = core::ImportBatchRepository(file->connection()).list();
    if (!batches)
        return io.fail(BadData, batches.error());
    auto stamp = [](const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); };
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const core::ImportBatch& b : *batches)
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
        io.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("batches"), list}}).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (batches->isEmpty()) {
        io.out() << QStringLiteral("还没有导入记录 / No imports yet") << Qt::endl;
        return Success;
    }
    for (const core::ImportBatch& b : *batches) {
        io.out() << QStringLiteral("#%1 %2 %3 %4 — 读取 read %5，新增 inserted %6，更新 updated %7，未变 unchanged %8，"
                                   "未导入 rejected %9")
                        .arg(b.id)
                        .arg(b.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), b.kind, b.fileName)
                        .arg(b.rowsRead)
                        .arg(b.inserted)
                        .arg(b.updated)
                        .arg(b.unchanged)
                        .arg(b.rejected);
        if (b.undoneAt.isValid())
            io.out() << QStringLiteral("（已撤销 undone %1）")
                            .arg(b.undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        io.out() << QStringLiteral(" [%1]").arg(b.officer) << Qt::endl;
    }
    return Success;
}

} // namespace jb::cli
