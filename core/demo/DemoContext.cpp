// Shared helpers of the demo generator: the reusable INSERT, reference ids, date strings and progress.

#include "core/demo/DemoContext.h"

#include "core/domain/Clock.h"
#include "core/storage/SqlError.h"

#include <QDate>
#include <QSqlError>

namespace jb::core::demo {

RowInserter::RowInserter(QSqlDatabase db, const char* table, const char* columns, int rowsPerStatement)
    : m_batch(db), m_single(db), m_rows(std::max(1, rowsPerStatement))
{
    const QStringList names = QString::fromLatin1(columns).split(QLatin1Char(','));
    m_columns = static_cast<int>(names.size());
    for (int i = 0; i < m_columns * m_rows; ++i)
        m_names.append(QStringLiteral(":c%1").arg(i));
    auto statement = [&](int rows) {
        QStringList tuples;
        for (int r = 0; r < rows; ++r)
            tuples << QLatin1Char('(') + m_names.mid(r * m_columns, m_columns).join(QLatin1Char(',')) +
                          QLatin1Char(')');
        // OR FAIL rather than the default ABORT: a multi-row INSERT that may abort keeps a statement journal of
        // every page it touches, which cost more than the insert itself. A failure still stops the statement, and
        // the caller then rolls the whole transaction back.
        return QStringLiteral("INSERT OR FAIL INTO %1 (%2) VALUES %3")
            .arg(QString::fromLatin1(table), names.join(QLatin1Char(',')), tuples.join(QLatin1Char(',')));
    };
    m_ready = m_batch.prepare(statement(m_rows));
    if (!m_ready)
        m_failed = &m_batch;
    else if (m_rows > 1 && !(m_ready = m_single.prepare(statement(1))))
        m_failed = &m_single;
}

bool RowInserter::exec()
{
    if (++m_filled < m_rows)
        return true;
    m_filled = 0;
    if (m_batch.exec())
        return true;
    m_failed = &m_batch;
    return false;
}

bool RowInserter::flush()
{
    // The rows of a partial batch go one by one through the single-row statement.
    const int rows = m_rows > 1 ? m_filled : 0;
    m_filled = 0;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < m_columns; ++c)
            m_single.bindValue(m_names.at(c), m_batch.boundValue(m_names.at(r * m_columns + c)));
        if (!m_single.exec()) {
            m_failed = &m_single;
            return false;
        }
    }
    return true;
}

qint64 RowInserter::lastId() const
{
    return m_batch.lastInsertId().toLongLong();
}

Message RowInserter::error(const QString& doing) const
{
    return describeSqlError(m_failed ? *m_failed : m_batch, doing);
}

Status ReferenceIds::load(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT list, code, id, retired FROM reference_items ORDER BY list, sort_order, id")))
        return Status::failure(describeSqlError(q, QStringLiteral("reference lists")));
    while (q.next()) {
        const QString list = q.value(0).toString();
        const QVariant id(q.value(2).toLongLong());
        if (q.value(3).toInt() != 0)
            continue; // a retired value is kept for old records, never used for new ones
        m_ids.insert(list + QLatin1Char('/') + q.value(1).toString(), id);
    }
    return {};
}

QVariant ReferenceIds::id(const char* list, const char* code) const
{
    return id(list, QString::fromLatin1(code));
}

QVariant ReferenceIds::id(const char* list, const QString& code) const
{
    return m_ids.value(QString::fromLatin1(list) + QLatin1Char('/') + code);
}

namespace {

QDate todayOf(const DemoOptions& options)
{
    return options.today.isValid() ? options.today : Clock::today();
}

int julian(const QDate& d)
{
    return static_cast<int>(d.toJulianDay());
}

} // namespace

DateText::DateText(int firstDay, int lastDay) : m_firstDay(firstDay), m_lastDay(std::max(firstDay, lastDay))
{
    m_dates.reserve(static_cast<size_t>(m_lastDay - m_firstDay + 1));
    for (int jd = m_firstDay; jd <= m_lastDay; ++jd) {
        int y = 0;
        int m = 0;
        int d = 0;
        QDate::fromJulianDay(jd).getDate(&y, &m, &d);
        QString s(10, Qt::Uninitialized);
        QChar* p = s.data();
        const int digits[8] = {y / 1000, y / 100 % 10, y / 10 % 10, y % 10, m / 10, m % 10, d / 10, d % 10};
        const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
        for (int i = 0; i < 8; ++i)
            p[at[i]] = QLatin1Char(static_cast<char>('0' + digits[i]));
        p[4] = p[7] = QLatin1Char('-');
        m_dates.push_back(s);
    }
    // Office hours in Beijing (08:00–17:59) are 00:00–09:59 UTC.
    for (int minute = 0; minute < 600; ++minute)
        m_times << QStringLiteral("T%1:%2:%3Z")
                       .arg(minute / 60, 2, 10, QLatin1Char('0'))
                       .arg(minute % 60, 2, 10, QLatin1Char('0'))
                       .arg(minute * 7 % 60, 2, 10, QLatin1Char('0'));
}

const QString& DateText::date(int julianDay) const
{
    const int i = std::clamp(julianDay, m_firstDay, m_lastDay) - m_firstDay;
    return m_dates[static_cast<size_t>(i)];
}

QString DateText::stamp(int julianDay, DemoRandom& rng) const
{
    return date(julianDay) + m_times.at(static_cast<int>(rng.below(600)));
}

bool ProgressMeter::advance(qint64 units)
{
    m_done += units;
    if (!m_callback || m_cancelled)
        return !m_cancelled;
    const int percent = static_cast<int>(std::min<qint64>(99, m_done * 100 / m_total));
    if (percent != m_lastPercent) {
        m_lastPercent = percent;
        if (!m_callback(percent))
            m_cancelled = true;
    }
    return !m_cancelled;
}

bool ProgressMeter::finish()
{
    if (m_callback && !m_cancelled && !m_callback(100))
        m_cancelled = true;
    return !m_cancelled;
}

Context::Context(QSqlDatabase database, const DemoOptions& demoOptions, const std::function<bool(int)>& progressFn)
    : db(std::move(database)), options(demoOptions), seed(demoOptions.seed), today(julian(todayOf(demoOptions))),
      year(todayOf(demoOptions).year()), yearStart(julian(QDate(year, 1, 1))), phaseStart(julian(QDate(year, 1, 15))),
      phaseEnd(julian(QDate(year, 4, 10))), windowStart(julian(todayOf(demoOptions).addMonths(-15))),
      // Every date written lies between the oldest worker's birth (61 years ago at most) and today.
      text(julian(todayOf(demoOptions).addYears(-62)), today), progress(progressFn)
{
    options.today = todayOf(demoOptions);
}

Expected<qint64> nextId(QSqlDatabase db, const char* table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(QString::fromLatin1(table))) || !q.next())
        return Expected<qint64>::failure(describeSqlError(q, QString::fromLatin1(table)));
    return q.value(0).toLongLong();
}

Message cancelledMessage()
{
    return JB_TR("Demo", "Generating the demo data was cancelled; the file was not changed");
}

} // namespace jb::core::demo
