#include "core/import/checking/ErrorFileWriter.h"

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

QString ErrorFileWriter::chinesePart(const QString& message)
{
    const qsizetype slash = message.indexOf(QLatin1String(" / "));
    return (slash < 0 ? message : message.left(slash)).trimmed();
}

QString ErrorFileWriter::csvCell(const QString& text)
{
    QString value = isLongDigitString(text) ? QStringLiteral("=\"") + text + QLatin1Char('"') : text;
    // A list from outside could carry a formula (=HYPERLINK(...), +cmd, @SUM): the officer opens this file in
    // Excel, so such a cell is kept as text with a leading apostrophe. Plain negative numbers stay as they are.
    if (value == text && !value.isEmpty()) {
        const QChar first = value.front();
        bool number = false;
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
            QStringLiteral("无法写入错误文件的临时副本：%1 / Cannot write the error file's temporary "
                           "copy: %1")
                .arg(m_file->errorString()));
    return {};
}

Status ErrorFileWriter::start(const QStringList& header)
{
    m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/jobbridge-errors-XXXXXX.csv"));
    m_rows = 0;
    if (!m_file->open())
        return Status::failure(
            QStringLiteral("无法建立错误文件的临时副本：%1 / Cannot create the error file's temporary "
                           "copy: %1")
                .arg(m_file->errorString()));
    m_width = static_cast<int>(header.size());
    QStringList cells = header;
    cells << QStringLiteral("行号") << QStringLiteral("列") << QStringLiteral("原因");
    return writeLine(cells);
}

Status ErrorFileWriter::addRow(const QStringList& fields, qint64 line, const QVector<ImportIssue>& issues, int from)
{
    if (!m_file)
        return Status::failure(QStringLiteral("错误文件未开始 / The error file was not started"));
    QStringList cells = fields.mid(0, m_width);
    while (cells.size() < m_width)
        cells.append(QString());
    QStringList columns;
    QStringList reasons;
    bool rejected = false;
    for (int i = from; i < issues.size(); ++i) {
        const ImportIssue& issue = issues[i];
        if (!issue.column.isEmpty() && !columns.contains(issue.column))
            columns.append(issue.column);
        reasons.append(chinesePart(issue.message));
        rejected = rejected || issue.severity == IssueSeverity::Rejected;
    }
    // Rows that were not imported say so first: those are the ones the officer must fix and import again.
    QString reason = reasons.join(QStringLiteral("；"));
    reason = (rejected ? QStringLiteral("【未导入】") : QStringLiteral("【已导入，请核对】")) + reason;
    cells << QString::number(line) << columns.join(QStringLiteral("、")) << reason;
    if (Status s = writeLine(cells); !s)
        return s;
    ++m_rows;
    return {};
}

Status ErrorFileWriter::save(const QString& path)
{
    if (!m_file || m_rows == 0)
        return Status::failure(QStringLiteral("没有需要写入错误文件的行 / There are no rows for an error file"));
    if (!m_file->flush() || !m_file->seek(0))
        return Status::failure(
            QStringLiteral("无法读取错误文件的临时副本 / Cannot read the error file's temporary copy"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("无法写入文件 %1：%2 / Cannot write the file %1: %2")
                                   .arg(QDir::toNativeSeparators(path), out.errorString()));
    out.write("\xEF\xBB\xBF", 3);
    QByteArray chunk;
    while (!(chunk = m_file->read(1 << 16)).isEmpty()) {
        if (out.write(chunk) != chunk.size())
            break;
    }
    m_file->seek(m_file->size()); // later rows (none after a run, but keep the file appendable) go at the end
    if (!out.commit())
        return Status::failure(QStringLiteral("无法写入文件 %1：%2 / Cannot write the file %1: %2")
                                   .arg(QDir::toNativeSeparators(path), out.errorString()));
    return {};
}

} // namespace jb::core
