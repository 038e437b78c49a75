#include "core/auditlog/AuditQuery.h"

#include "core/audit/AuditLog.h"
#include "core/auditlog/AuditWords.h"
#include "core/lists/ListExport.h"
#include "core/storage/ListWindow.h"
#include "core/storage/SqlError.h"

#include <QSqlQuery>

namespace jb::core {

namespace {

const QString kWhat = QStringLiteral("audit log");

// The UTC instant a local day starts, in the stored form of audit_log.at ("2026-03-01T16:00:00Z").
QString startOfDayUtc(const QDate& day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODate);
}

// Rows whose record is named `text`: a worker, enterprise, vacancy or fair of that name, or a note with the words.
QString recordTextCondition(QVariantList& binds, const QString& text)
{
    const QString like = QLatin1Char('%') + text + QLatin1Char('%');
    static const char* const named[][3] = {{"workers", "workers", "name"},
                                           {"enterprises", "enterprises", "name"},
                                           {"vacancies", "vacancies", "title"},
                                           {"job_fairs", "job_fairs", "name"}};
    QStringList parts{QStringLiteral("a.note LIKE ?")};
    binds.append(like);
    for (const auto& n : named) {
        parts.append(QStringLiteral("(a.table_name = '%1' AND a.record_id IN (SELECT id FROM %2 WHERE %3 LIKE ?))")
                         .arg(QLatin1String(n[0]), QLatin1String(n[1]), QLatin1String(n[2])));
        binds.append(like);
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

Expected<AuditQuery> AuditQuery::open(QSqlDatabase db, const AuditFilter& filter, NameLanguage names)
{
    AuditQuery query(db, names);
    QStringList where;
    if (!filter.officer.isEmpty()) {
        where.append(QStringLiteral("a.officer = ?"));
        query.m_binds.append(filter.officer);
    }
    if (filter.recordKind) {
        where.append(QStringLiteral("a.table_name = ? AND a.record_id = ?"));
        query.m_binds << recordTable(*filter.recordKind) << filter.recordId;
    }
    if (!filter.recordText.trimmed().isEmpty())
        where.append(recordTextCondition(query.m_binds, filter.recordText.trimmed()));
    if (filter.action) {
        const AuditCondition c = auditActionCondition(*filter.action);
        where.append(c.sql);
        query.m_binds += c.binds;
    }
    if (filter.from.isValid()) {
        where.append(QStringLiteral("a.at >= ?"));
        query.m_binds.append(startOfDayUtc(filter.from));
    }
    if (filter.to.isValid()) {
        where.append(QStringLiteral("a.at < ?"));
        query.m_binds.append(startOfDayUtc(filter.to.addDays(1)));
    }
    if (!where.isEmpty())
        query.m_where = QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return query;
}

Expected<qint64> AuditQuery::count() const
{
    if (m_total)
        return *m_total;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q, QStringLiteral("SELECT count(*) FROM audit_log a") + m_where, m_binds) || !q.next())
        return Expected<qint64>::failure(describeSqlError(q, kWhat));
    m_total = q.value(0).toLongLong();
    return *m_total;
}

Expected<QVector<AuditRow>> AuditQuery::window(qint64 offset, int limit) const
{
    return readListWindow<AuditRow>(
        offset, limit, [this] { return count(); },
        [this](qint64 first, qint64 rows, bool reversed) { return read(first, rows, reversed); });
}

Expected<QVector<AuditRow>> AuditQuery::read(qint64 first, qint64 rows, bool reversed) const
{
    const audit::AuditWords words(m_db, m_names);
    const QString sql = QStringLiteral("SELECT a.id, a.at, a.officer, a.action, a.table_name, a.record_id, a.field, "
                                       "a.old_value, a.new_value, a.note, %1 FROM audit_log a%2 ORDER BY a.id %3%4")
                            .arg(audit::recordLabelSql(), m_where,
                                 reversed ? QStringLiteral("ASC") : QStringLiteral("DESC"), limitSql(rows, first));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool ran = execBound(q, sql, m_binds);
    return collectRows<AuditRow>(q, ran, kWhat, [&words](const QSqlQuery& r) { return readRow(r, words); });
}

Status AuditQuery::forEach(const std::function<bool(const AuditRow&)>& row) const
{
    const audit::AuditWords words(m_db, m_names);
    const QString sql = QStringLiteral("SELECT a.id, a.at, a.officer, a.action, a.table_name, a.record_id, a.field, "
                                       "a.old_value, a.new_value, a.note, %1 FROM audit_log a%2 ORDER BY a.id DESC")
                            .arg(audit::recordLabelSql(), m_where);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!execBound(q, sql, m_binds))
        return Status::failure(describeSqlError(q, kWhat));
    while (q.next())
        if (!row(readRow(q, words)))
            break;
    return {};
}

Expected<qint64> AuditQuery::writeCsv(const QString& path) const
{
    CsvListSink sink(path);
    ListExportJob job;
    job.header = header();
    job.destination = path;
    job.rows = [this](const std::function<bool(const QVector<QVariant>&)>& put) {
        return forEach([&put](const AuditRow& row) { return put(cells(row)); });
    };
    return writeList(m_db, sink, job);
}

AuditRow AuditQuery::readRow(const QSqlQuery& q, const audit::AuditWords& words)
{
    AuditRow r;
    r.id = q.value(0).toLongLong();
    r.when = QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toLocalTime();
    r.officer = shownOfficer(q.value(2).toString());
    const QString code = q.value(3).toString();
    const QString table = q.value(4).toString();
    const QString field = q.value(6).toString();
    r.note = q.value(9).toString();
    r.action = classifyAudit(code, r.note);
    r.actionWords = auditActionWords(code, r.note).text();
    r.record = words.record(table, q.value(5).toLongLong(), q.value(10).toString());
    r.field = words.field(table, field);
    r.oldValue = words.value(table, field, q.value(7).toString());
    r.newValue = words.value(table, field, q.value(8).toString());
    return r;
}

Expected<QStringList> AuditQuery::officers(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT officer FROM audit_log WHERE officer <> '' ORDER BY officer")))
        return Expected<QStringList>::failure(describeSqlError(q, kWhat));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QStringList AuditQuery::header()
{
    return {JB_TR("Audit", "When").text(),      JB_TR("Audit", "Officer").text(),
            JB_TR("Audit", "Action").text(),    JB_TR("Audit", "Record").text(),
            JB_TR("Audit", "Field").text(),     JB_TR("Audit", "Old value").text(),
            JB_TR("Audit", "New value").text(), JB_TR("Audit", "Note or reason").text()};
}

QVector<QVariant> AuditQuery::cells(const AuditRow& row)
{
    return {row.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            row.officer,
            row.actionWords,
            row.record,
            row.field,
            row.oldValue,
            row.newValue,
            row.note};
}

} // namespace jb::core
