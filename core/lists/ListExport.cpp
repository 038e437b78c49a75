#include "core/lists/ListExport.h"

#include "core/audit/AuditLog.h"
#include "core/import/checking/ErrorFileWriter.h"
#include "core/settings/RevealReason.h"
#include "core/storage/FileCommit.h"
#include "core/storage/PrivateFile.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

namespace jb::core {

// A cell as Excel should read it. A fractional number is written in full: Qt's shortest form for a double is
// exponent notation when that is shorter, so 300000 became "3e+05" (found in the services export's amounts).
QString CsvListSink::cellText(const QVariant& cell)
{
    switch (cell.typeId()) {
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(cell.toDouble(), 'f', QLocale::FloatingPointShortest);
    default:
        return cell.toString();
    }
}

Status CsvListSink::begin(const QStringList& header)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return Status::failure(fileWriteProblem(m_file.fileName(), m_file.errorString()));
    // A list names people (unmasked, with their ID numbers): the temporary file, renamed into place, is private.
    m_file.setPermissions(kOwnerOnly);
    m_file.write("\xEF\xBB\xBF"); // Excel reads UTF-8 only behind a BOM
    return line(header);
}

Status CsvListSink::addRow(const QVector<QVariant>& cells)
{
    QStringList text;
    text.reserve(cells.size());
    for (const QVariant& v : cells)
        text << cellText(v);
    return line(text);
}

Status CsvListSink::finish()
{
    return commitSaveFile(m_file);
}

Status CsvListSink::line(const QStringList& cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString& c : cells)
        quoted << ErrorFileWriter::csvCell(c);
    const QByteArray bytes = (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    if (m_file.write(bytes) != bytes.size())
        return Status::failure(fileWriteProblem(m_file.fileName(), m_file.errorString()));
    return {};
}

Expected<qint64> writeList(QSqlDatabase db, ListSink& sink, const ListExportJob& job)
{
    using Result = Expected<qint64>;
    if (job.unmasked) {
        if (Status s = checkRevealReason(db, job.reason); !s)
            return Result::failure(s.message());
    }
    // The audit entry and the file land together: the transaction commits only after the file is in place.
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    if (Status s = sink.begin(job.header); !s)
        return Result::failure(s.message());
    qint64 rows = 0;
    Status failed;
    const Status read = job.rows([&](const QVector<QVariant>& cells) {
        failed = sink.addRow(cells);
        ++rows;
        return failed.ok();
    });
    if (!read)
        return Result::failure(read.message());
    if (!failed)
        return Result::failure(failed.message());
    if (job.unmasked) {
        AuditEntry entry;
        entry.action = QStringLiteral("export_unmasked");
        entry.table = job.table;
        entry.note =
            QStringLiteral("%1 rows → %2; filter: %3").arg(rows).arg(QFileInfo(job.destination).fileName(), job.filter);
        if (!job.reason.trimmed().isEmpty())
            entry.note += QStringLiteral("; reason: %1").arg(job.reason.trimmed());
        if (Status s = appendAudit(db, entry); !s)
            return Result::failure(s.message());
    }
    if (Status s = sink.finish(); !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s) {
        if (job.unmasked) // an unmasked file the trail does not know of must not stay behind
            QFile::remove(job.destination);
        return Result::failure(s.message());
    }
    return rows;
}

Expected<QHash<qint64, WorkerNumbers>> workerNumbers(QSqlDatabase db, const QVector<qint64>& ids)
{
    constexpr qsizetype kPerStatement = 500; // well below SQLite's limit on bound values
    QHash<qint64, WorkerNumbers> found;
    for (qsizetype first = 0; first < ids.size(); first += kPerStatement) {
        const qsizetype count = std::min(kPerStatement, ids.size() - first);
        QStringList marks(count, QStringLiteral("?"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, id_number, phone FROM workers WHERE id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        for (qsizetype i = first; i < first + count; ++i)
            q.addBindValue(ids.at(i));
        if (!q.exec())
            return Expected<QHash<qint64, WorkerNumbers>>::failure(describeSqlError(q, QStringLiteral("workers")));
        while (q.next())
            found.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    }
    return found;
}

} // namespace jb::core
