#include "core/lists/WorkerListExport.h"

#include "core/import/ErrorFileWriter.h"
#include "core/repo/AuditLog.h"
#include "core/storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace jb::core {

namespace {

class CsvSink final : public WorkerListSink
{
public:
    explicit CsvSink(const QString& path) : m_file(path) {}

    Status begin(const QStringList& header) override
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return Status::failure(QStringLiteral("无法写入 %1：%2 / Cannot write %1: %2")
                                       .arg(m_file.fileName(), m_file.errorString()));
        m_file.write("\xEF\xBB\xBF"); // Excel reads UTF-8 only behind a BOM
        return line(header);
    }
    Status addRow(const QVector<QVariant>& cells) override
    {
        QStringList text;
        text.reserve(cells.size());
        for (const QVariant& v : cells)
            text << (v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
        return line(text);
    }
    Status finish() override
    {
        if (!m_file.commit())
            return Status::failure(QStringLiteral("无法保存 %1：%2 / Cannot save %1: %2")
                                       .arg(m_file.fileName(), m_file.errorString()));
        return {};
    }

private:
    Status line(const QStringList& cells)
    {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString& c : cells)
            quoted << ErrorFileWriter::csvCell(c);
        const QByteArray bytes = (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        if (m_file.write(bytes) != bytes.size())
            return Status::failure(QStringLiteral("写入失败 / Write failed: %1").arg(m_file.errorString()));
        return {};
    }

    QSaveFile m_file;
};

} // namespace

QStringList WorkerListExport::header(bool chinese)
{
    QStringList h;
    for (int c = 0; c < static_cast<int>(WorkerColumn::Count); ++c)
        h << WorkerListQuery::columnTitle(static_cast<WorkerColumn>(c), chinese);
    return h;
}

QVector<QVariant> WorkerListExport::cells(const WorkerRow& row, bool chinese)
{
    return {row.name,
            WorkerListQuery::genderText(row.gender, chinese),
            row.age >= 0 ? QVariant(row.age) : QVariant(),
            row.residentId,
            row.phone,
            row.keyGroups.join(chinese ? QStringLiteral("、") : QStringLiteral(", ")),
            row.status,
            row.desiredTrade,
            row.registeredOn.isValid() ? QVariant(row.registeredOn) : QVariant(),
            row.lastContactOn.isValid() ? QVariant(row.lastContactOn) : QVariant(),
            WorkerListQuery::promiseText(row.promise, chinese)};
}

QString WorkerListExport::describe(const WorkerFilter& f)
{
    QStringList parts;
    auto id = [&parts](const char* name, const std::optional<qint64>& v) {
        if (v)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(name)).arg(*v);
    };
    id("key_group", f.keyGroupId);
    id("hardship", f.hardshipCategoryId);
    id("status", f.statusId);
    id("service_need", f.serviceNeedId);
    id("org", f.orgId);
    if (f.returned == WorkerFilter::Return::Returned)
        parts << QStringLiteral("returned");
    else if (f.returned == WorkerFilter::Return::NotYetReturned)
        parts << QStringLiteral("not_yet_returned");
    if (f.registeredFrom.isValid())
        parts << QStringLiteral("from=") + f.registeredFrom.toString(Qt::ISODate);
    if (f.registeredTo.isValid())
        parts << QStringLiteral("to=") + f.registeredTo.toString(Qt::ISODate);
    if (!f.search.trimmed().isEmpty())
        parts << QStringLiteral("search=") + f.search.trimmed();
    return parts.isEmpty() ? QStringLiteral("all") : parts.join(QLatin1Char(' '));
}

Expected<qint64> WorkerListExport::write(const WorkerListQuery& query, WorkerListSink& sink, bool unmasked,
                                         const QString& destination)
{
    using Result = Expected<qint64>;
    const bool chinese = query.chinese();
    // The audit entry and the file land together: the transaction commits only after the file is in place.
    Transaction tx(query.m_db);
    if (!tx.started())
        return Result::failure(tx.error());
    if (Status s = sink.begin(header(chinese)); !s)
        return Result::failure(s.error());
    qint64 rows = 0;
    Status failed;
    const Status read = query.forEach(unmasked, [&](const WorkerRow& row) {
        failed = sink.addRow(cells(row, chinese));
        ++rows;
        return failed.ok();
    });
    if (!read)
        return Result::failure(read.error());
    if (!failed)
        return Result::failure(failed.error());
    if (unmasked) {
        AuditEntry entry;
        entry.action = QStringLiteral("export_unmasked");
        entry.table = QStringLiteral("workers");
        entry.note = QStringLiteral("%1 rows → %2; filter: %3")
                         .arg(rows)
                         .arg(QFileInfo(destination).fileName(), describe(query.filter()));
        if (Status s = appendAudit(query.m_db, entry); !s)
            return Result::failure(s.error());
    }
    if (Status s = sink.finish(); !s)
        return Result::failure(s.error());
    if (Status s = tx.commit(); !s) {
        if (unmasked) // an unmasked file the trail does not know of must not stay behind
            QFile::remove(destination);
        return Result::failure(s.error());
    }
    return rows;
}

Expected<qint64> WorkerListExport::writeCsv(const WorkerListQuery& query, const QString& path, bool unmasked)
{
    CsvSink sink(path);
    return write(query, sink, unmasked, path);
}

} // namespace jb::core
