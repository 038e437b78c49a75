#include "core/targets/PeriodRepository.h"

#include "core/Message.h"
#include "core/audit/AuditLog.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jb::core {

namespace {

const QString kColumns = QStringLiteral("id, kind, name, label, starts_on, ends_on");

Period fromRow(const QSqlQuery& q)
{
    Period p;
    p.id = q.value(0).toLongLong();
    const QString kind = q.value(1).toString();
    p.kind = kind == QLatin1String("month")   ? PeriodKind::Month
             : kind == QLatin1String("phase") ? PeriodKind::Phase
                                              : PeriodKind::Year;
    p.name = q.value(2).toString();
    p.label = q.value(3).toString();
    p.start = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.end = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    return p;
}

} // namespace

PeriodRepository::PeriodRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Period PeriodRepository::yearPeriod(int year)
{
    Period p;
    p.kind = PeriodKind::Year;
    p.name = QString::number(year);
    p.label = QStringLiteral("%1年").arg(year);
    p.start = QDate(year, 1, 1);
    p.end = QDate(year, 12, 31);
    return p;
}

Period PeriodRepository::monthPeriod(int year, int month)
{
    Period p;
    p.kind = PeriodKind::Month;
    p.name = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    p.label = QStringLiteral("%1年%2月").arg(year).arg(month);
    p.start = QDate(year, month, 1);
    p.end = p.start.addMonths(1).addDays(-1);
    return p;
}

Expected<QVector<Period>> PeriodRepository::all() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM periods ORDER BY CASE kind WHEN 'year' THEN 0 WHEN 'phase' THEN 1 "
                               "ELSE 2 END, starts_on, name")
                    .arg(kColumns)))
        return Expected<QVector<Period>>::failure(describeSqlError(q, QStringLiteral("periods")));
    QVector<Period> periods;
    while (q.next())
        periods.append(fromRow(q));
    return periods;
}

Expected<Period> PeriodRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM periods WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return Expected<Period>::failure(describeSqlError(q, QStringLiteral("periods")));
    if (!q.next())
        return Expected<Period>::failure(JB_TR("Targets", "There is no period %1.").arg(id));
    return fromRow(q);
}

Expected<Period> PeriodRepository::find(const QString& nameOrLabel) const
{
    const QString text = nameOrLabel.trimmed();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM periods WHERE name = ? OR label = ? ORDER BY name = ? DESC LIMIT 1")
                  .arg(kColumns));
    q.addBindValue(text);
    q.addBindValue(text);
    q.addBindValue(text);
    if (!q.exec())
        return Expected<Period>::failure(describeSqlError(q, QStringLiteral("periods")));
    if (q.next())
        return fromRow(q);
    static const QRegularExpression yearOrMonth(QStringLiteral("^(\\d{4})(?:-(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = yearOrMonth.match(text);
    if (m.hasMatch()) {
        const int year = m.captured(1).toInt();
        if (m.captured(2).isEmpty() && year >= 1990 && year <= 2100)
            return yearPeriod(year);
        const int month = m.captured(2).toInt();
        if (year >= 1990 && year <= 2100 && month >= 1 && month <= 12)
            return monthPeriod(year, month);
    }
    return Expected<Period>::failure(
        JB_TR("Targets",
              "There is no period \"%1\": give a year (2026), a month (2026-03) or the name of a phase in the file.")
            .arg(text));
}

Expected<Period> PeriodRepository::add(PeriodKind kind, const QString& name, const QString& label, const QDate& start,
                                       const QDate& end)
{
    using Result = Expected<Period>;
    Period p;
    p.kind = kind;
    p.name = name.trimmed();
    p.label = label.trimmed().isEmpty() ? p.name : label.trimmed();
    p.start = start;
    p.end = end;
    if (p.name.isEmpty())
        return Result::failure(JB_TR("Targets", "The period needs a name."));
    if (!start.isValid() || !end.isValid() || end < start)
        return Result::failure(JB_TR("Targets", "Period \"%1\" ends before it starts; correct the dates.").arg(p.name));
    if (kind == PeriodKind::Year && (start != QDate(start.year(), 1, 1) || end != QDate(start.year(), 12, 31)))
        return Result::failure(JB_TR("Targets", "A year runs from 1 January to 31 December."));
    if (kind == PeriodKind::Month && (start.day() != 1 || end != start.addMonths(1).addDays(-1)))
        return Result::failure(JB_TR("Targets", "A month runs from its first day to its last."));
    // find() resolves "2026" and "2026-03" to that year and month, so those names must mean exactly them.
    const QString expectedName = kind == PeriodKind::Year    ? yearPeriod(start.year()).name
                                 : kind == PeriodKind::Month ? monthPeriod(start.year(), start.month()).name
                                                             : QString();
    static const QRegularExpression yearOrMonthName(QStringLiteral("^\\d{4}(?:-\\d{1,2})?$"));
    if (kind != PeriodKind::Phase && p.name != expectedName)
        return Result::failure(JB_TR("Targets", "The name \"%1\" does not match the dates; it should be \"%2\".")
                                   .arg(p.name)
                                   .arg(expectedName));
    if (kind == PeriodKind::Phase && yearOrMonthName.match(p.name).hasMatch())
        return Result::failure(
            JB_TR("Targets",
                  "The phase name \"%1\" reads as a year or month; choose another (such as \"%1-concentrated\").")
                .arg(p.name));
    Transaction tx(m_db);
    if (!tx.started())
        return Result::failure(tx.message());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO periods (kind, name, label, starts_on, ends_on) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(periodKindKey(kind));
    q.addBindValue(p.name);
    q.addBindValue(p.label);
    q.addBindValue(start.toString(Qt::ISODate));
    q.addBindValue(end.toString(Qt::ISODate));
    if (!q.exec())
        return Result::failure(JB_TR("Targets", "Period \"%1\" exists already or cannot be saved: %2")
                                   .arg(p.name)
                                   .arg(q.lastError().text()));
    p.id = q.lastInsertId().toLongLong();
    if (Status s = appendAudit(
            m_db,
            {QStringLiteral("insert"), QStringLiteral("periods"), p.id, QStringLiteral("name"), {}, p.name, p.label});
        !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return p;
}

Status PeriodRepository::ensureYear(int year)
{
    Transaction tx(m_db);
    if (!tx.started())
        return Status::failure(tx.message());
    QVector<Period> wanted{yearPeriod(year)};
    for (int m = 1; m <= 12; ++m)
        wanted.append(monthPeriod(year, m));
    for (const Period& p : wanted) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO periods (kind, name, label, starts_on, ends_on) VALUES (?, ?, ?, ?, ?) "
                                 "ON CONFLICT (name) DO NOTHING"));
        q.addBindValue(periodKindKey(p.kind));
        q.addBindValue(p.name);
        q.addBindValue(p.label);
        q.addBindValue(p.start.toString(Qt::ISODate));
        q.addBindValue(p.end.toString(Qt::ISODate));
        if (!q.exec())
            return Status::failure(describeSqlError(q, QStringLiteral("periods")));
        if (q.numRowsAffected() > 0) {
            if (Status s = appendAudit(m_db, {QStringLiteral("insert"),
                                              QStringLiteral("periods"),
                                              q.lastInsertId().toLongLong(),
                                              QStringLiteral("name"),
                                              {},
                                              p.name,
                                              {}});
                !s)
                return s;
        }
    }
    return tx.commit();
}

} // namespace jb::core
