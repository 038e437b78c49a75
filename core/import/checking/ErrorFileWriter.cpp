#include "core/import/checking/ErrorFileWriter.h"

#include "core/storage/FileCommit.h"
#include "core/storage/PrivateFile.h"

#include <QDir>
#include <QSaveFile>
#include <QTemporaryFile>

namespace jb::core {

namespace {

constexpr int kExcelDigitLimit = 12; // from 12 digits Excel shows a number as 3.40102E+11 and saves it that way

bool isLongDigitString(const QString& text)
{
    if (text.size() < kExcelDigitLimit)
        return false;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

ErrorFileWriter::ErrorFileWriter() = default;
ErrorFileWriter::~ErrorFileWriter() = default;

QString ErrorFileWriter::csvCell(const QString& text)
{
    QString value = isLongDigitString(text) ? QStringLiteral("=\"") + text + QLatin1Char('"') : text;
    // A list from outside could carry a formula (=HYPERLINK(...), +cmd, @SUM): the officer opens this file in
    // Excel, so such a cell is kept as text with a leading apostrophe. Plain negative numbers stay as they are.
    if (value == text && !value.isEmpty()) {
        const QChar first = value.front();
        // Only a leading minus needs the number test (toDouble is most of this function's time on a long file).
        bool number = false;
        if (first == QLatin1Char('-'))
            value.toDouble(&number);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('@') ||
            first == QLatin1Char('\t') || (first == QLatin1Char('-') && !number))
            value.prepend(QLatin1Char('\''));
    }
    bool quote = false;
    for (QChar c : value) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote && !value.isEmpty() && (value.front().isSpace() || value.back().isSpace()))
        quote = true;
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Status ErrorFileWriter::writeLine(const QStringList& cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvCell(cells[i]);
    }
    line += QLatin1String("\r\n"); // CRLF: what Excel writes and expects
    const QByteArray bytes = line.toUtf8();
    if (m_file->write(bytes) != bytes.size())
        return Status::failure(
            JB_TR("Import", "Cannot write the error file's temporary copy: %1").arg(m_file->errorString()));
    return {};
}

Status ErrorFileWriter::start(const QStringList& header)
{
    m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/jobbridge-errors-XXXXXX.csv"));
    m_rows = 0;
    if (!m_file->open())
        return Status::failure(
            JB_TR("Import", "Cannot create the error file's temporary copy: %1").arg(m_file->errorString()));
    m_width = static_cast<int>(header.size());
    // The words of every row, in the chosen language, translated once per file: "%1；%2", "【未导入】%1", ….
    m_reasonJoin = JB_TR("Import", "%1; %2").text();
    m_columnJoin = JB_TR("Validation", "%1, %2").text();
    m_notImported = JB_TR("Import", "[Not imported] %1").text();
    m_imported = JB_TR("Import", "[Imported, please check] %1").text();
    QStringList cells = header;
    cells << JB_TR("Import", "Line").text() << JB_TR("Import", "Columns").text() << JB_TR("Import", "Reason").text();
    return writeLine(cells);
}

Status ErrorFileWriter::addRow(const QStringList& fields, qint64 line, const QVector<ImportIssue>& issues, int from)
{
    if (!m_file)
        return Status::failure(JB_TR("Import", "The error file was not started"));
    QStringList cells = fields.mid(0, m_width);
    while (cells.size() < m_width)
        cells.append(QString());
    QStringList columns;
    QString columnText;
    QString reasons;
    bool rejected = false;
    for (int i = from; i < issues.size(); ++i) {
        const ImportIssue& issue = issues[i];
        if (!issue.column.isEmpty() && !columns.contains(issue.column)) {
            columns.append(issue.column);
            columnText = columnText.isEmpty() ? issue.column : m_columnJoin.arg(columnText, issue.column);
        }
        reasons = reasons.isEmpty() ? issue.shownText() : m_reasonJoin.arg(reasons, issue.shownText());
        rejected = rejected || issue.severity == IssueSeverity::Rejected;
    }
    // Rows that were not imported say so first: those are the ones the officer must fix and import again.
    cells << QString::number(line) << columnText << (rejected ? m_notImported : m_imported).arg(reasons);
    if (Status s = writeLine(cells); !s)
        return s;
    ++m_rows;
    return {};
}

Status ErrorFileWriter::save(const QString& path)
{
    if (!m_file || m_rows == 0)
        return Status::failure(JB_TR("Import", "There are no rows for an error file"));
    if (!m_file->flush() || !m_file->seek(0))
        return Status::failure(JB_TR("Import", "Cannot read the error file's temporary copy"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(fileWriteProblem(path, out.errorString()));
    out.setPermissions(kOwnerOnly); // the rows hold ID numbers: the temporary file, renamed into place, is private
    out.write("\xEF\xBB\xBF", 3);
    QByteArray chunk;
    while (!(chunk = m_file->read(1 << 16)).isEmpty()) {
        if (out.write(chunk) != chunk.size())
            break;
    }
    m_file->seek(m_file->size()); // later rows (none after a run, but keep the file appendable) go at the end
    return commitSaveFile(out);
}

} // namespace jb::core
