#include "core/lists/WorkerListQuery.h"

#include "core/storage/SqlError.h"
#include "core/storage/WorkerSearchIndex.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace jb::core {

namespace {

// A search selecting at least this many workers is read by walking the sort's index and testing each worker
// (the first window is found after ~200/share rows); fewer are fetched through the search index and sorted.
constexpr qint64 kWalkThreshold = 20000;
const QChar kGroupSeparator(0x1F);

// The SQL each column sorts by; the worker id breaks ties, so the order is total and can be reversed exactly.
QString sortExpression(WorkerColumn column)
{
    switch (column) {
    case WorkerColumn::Name: return QStringLiteral("w.name");
    case WorkerColumn::Gender: return QStringLiteral("w.gender");
    case WorkerColumn::Age: return QStringLiteral("w.birth_date"); // inverted by the caller: older = earlier
    case WorkerColumn::ResidentId: return QStringLiteral("w.id_number");
    case WorkerColumn::Phone: return QStringLiteral("w.phone");
    case WorkerColumn::KeyGroups:
        return QStringLiteral("(SELECT min(r.sort_order) FROM worker_key_groups g JOIN reference_items r "
                              "ON r.id = g.key_group_id WHERE g.worker_id = w.id)");
    case WorkerColumn::Status:
        return QStringLiteral("(SELECT r.sort_order FROM reference_items r WHERE r.id = w.employment_status_id)");
    case WorkerColumn::DesiredTrade: return QStringLiteral("w.desired_trade");
    case WorkerColumn::Registered: return QStringLiteral("w.registered_on");
    case WorkerColumn::LastContact: return QStringLiteral("w.last_contact_on");
    case WorkerColumn::Promise:
    case WorkerColumn::Count: break;
    }
    return QStringLiteral("w.id");
}

// Sorts that SQLite reads from an index in order (so a window can stop early).
bool sortHasIndex(WorkerColumn column)
{
    return column == WorkerColumn::Registered || column == WorkerColumn::ResidentId;
}

QString isoOrNull(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString inlineValue(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString) {
        QString s = v.toString();
        s.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    }
    return v.toString();
}

} // namespace

Expected<WorkerListQuery> WorkerListQuery::create(QSqlDatabase db, WorkerFilter filter, WorkerSort sort, QDate today,
                                                  bool chinese)
{
    if (!today.isValid())
        return Expected<WorkerListQuery>::failure(QStringLiteral("日期无效 / Invalid date"));
    WorkerListQuery query;
    query.m_db = db;
    query.m_filter = std::move(filter);
    query.m_sort = sort;
    query.m_today = today;
    query.m_chinese = chinese;
    query.m_search = WorkerSearch::parse(query.m_filter.search);

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'promise_days'), "
                               "(SELECT id FROM reference_items WHERE list = 'key_group' AND code = "
                               "'migrant_worker')")) ||
        !q.next())
        return Expected<WorkerListQuery>::failure(describeSqlError(q, QStringLiteral("worker list")));
    if (!q.value(0).isNull())
        query.m_promiseDays = q.value(0).toInt();
    if (!q.value(1).isNull())
        query.m_migrantGroupId = q.value(1).toLongLong();
    return query;
}

QString WorkerListQuery::whereClause(Plan plan, QVariantList& binds) const
{
    QStringList where;
    const WorkerFilter& f = m_filter;
    if (f.keyGroupId) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM worker_key_groups g WHERE g.worker_id = w.id "
                                "AND g.key_group_id = ?)");
        binds << *f.keyGroupId;
    }
    if (f.hardshipCategoryId) {
        if (*f.hardshipCategoryId == WorkerFilter::kAnyHardship) {
            where << QStringLiteral("EXISTS (SELECT 1 FROM worker_hardships h WHERE h.worker_id = w.id)");
        } else {
            where << QStringLiteral("EXISTS (SELECT 1 FROM worker_hardships h WHERE h.worker_id = w.id "
                                    "AND h.category_id = ?)");
            binds << *f.hardshipCategoryId;
        }
    }
    if (f.statusId) {
        where << QStringLiteral("w.employment_status_id = ?");
        binds << *f.statusId;
    }
    if (f.serviceNeedId) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM worker_service_needs n WHERE n.worker_id = w.id "
                                "AND n.service_type_id = ?)");
        binds << *f.serviceNeedId;
    }
    if (f.orgId) {
        where << QStringLiteral("w.org_id IN (SELECT org_id FROM organisation_tree WHERE ancestor_id = ?)");
        binds << *f.orgId;
    }
    const QString today = m_today.toString(Qt::ISODate);
    if (f.returned == WorkerFilter::Return::Returned) {
        where << QStringLiteral("w.returned_on <= ?");
        binds << today;
    } else if (f.returned == WorkerFilter::Return::NotYetReturned) {
        where << QStringLiteral("(w.returned_on IS NULL OR w.returned_on > ?) AND EXISTS (SELECT 1 FROM "
                                "worker_key_groups m WHERE m.worker_id = w.id AND m.key_group_id = ?)");
        binds << today << m_migrantGroupId;
    }
    if (f.registeredFrom.isValid()) {
        where << QStringLiteral("w.registered_on >= ?");
        binds << isoOrNull(f.registeredFrom);
    }
    if (f.registeredTo.isValid()) {
        where << QStringLiteral("w.registered_on <= ?");
        binds << isoOrNull(f.registeredTo);
    }

    if (m_search.kind == WorkerSearch::Kind::Name) {
        // ByIndex: the worker ids come from the name index. Walk: `+` keeps SQLite from driving the scan by them,
        // so it walks the sort's index and tests membership in the (once built) set.
        where << QStringLiteral("%1w.id IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
                     .arg(plan == Plan::Walk ? QStringLiteral("+") : QString(), search::nameTable());
        binds << QString(QStringLiteral("{chars}: ") + m_search.text);
    } else if (m_search.kind == WorkerSearch::Kind::Digits) {
        const QString& d = m_search.text;
        if (plan == Plan::Walk) {
            where << QStringLiteral("(substr(w.id_number, -?) = ? OR substr(replace(w.phone, '-', ''), -?) = ?)");
            binds << int(d.size()) << d << int(d.size()) << d;
        } else {
            // "Ends with d": the tail tokens of the search index (i4321 = an ID ending 1234); fewer digits than the
            // token holds are a prefix query, more are checked on the row.
            QString reversed = d.toLower();
            std::reverse(reversed.begin(), reversed.end());
            const QString head = reversed.left(search::kTailDigits);
            const QString star = d.size() < search::kTailDigits ? QStringLiteral("*") : QString();
            where << QStringLiteral("w.id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(search::nameTable());
            binds << QStringLiteral("{tails}: (i%1%2 OR p%1%2)").arg(head, star);
            if (d.size() > search::kTailDigits) {
                where << QStringLiteral("(substr(w.id_number, -?) = ? OR substr(replace(w.phone, '-', ''), -?) = ?)");
                binds << int(d.size()) << d << int(d.size()) << d;
            }
        }
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

WorkerListQuery::Plan WorkerListQuery::windowPlan() const
{
    if (m_search.kind == WorkerSearch::Kind::None || !sortHasIndex(m_sort.column))
        return Plan::ByIndex;
    return m_count && *m_count >= kWalkThreshold ? Plan::Walk : Plan::ByIndex;
}

QString WorkerListQuery::promiseRankSql() const
{
    // The promise clock (docs/metrics.md): hardship cases only; due = registered + promise_days. Ranks follow
    // PromiseState: overdue, waiting, served late, served in the promise, not a hardship case.
    const QString served = QStringLiteral(
        "(SELECT min(s.occurred_on) FROM referrals r CROSS JOIN referral_stages s ON s.referral_id = r.id "
        "WHERE r.worker_id = w.id AND s.stage = 'recommended')");
    const QString due = QStringLiteral("date(w.registered_on, '+%1 days')").arg(m_promiseDays);
    return QStringLiteral("CASE WHEN NOT EXISTS (SELECT 1 FROM worker_hardships x WHERE x.worker_id = w.id) THEN 4 "
                          "WHEN %1 IS NULL THEN (CASE WHEN %2 >= '%3' THEN 1 ELSE 0 END) "
                          "WHEN %1 <= %2 THEN 3 ELSE 2 END")
        .arg(served, due, m_today.toString(Qt::ISODate));
}

QString WorkerListQuery::selectSql(Plan plan, bool reversed, const QString& limit, QVariantList& binds) const
{
    bool descending = m_sort.descending;
    if (m_sort.column == WorkerColumn::Age)
        descending = !descending; // ascending age = latest birth date first
    if (reversed)
        descending = !descending;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString key =
        m_sort.column == WorkerColumn::Promise ? promiseRankSql() : sortExpression(m_sort.column);

    // CROSS JOIN above: SQLite would otherwise scan every recommendation by stage for each worker.
    // Sort and cut on ids and keys only (SQLite's sorter would otherwise compute every shown column of every
    // row it sorts), then read the shown columns of the window's rows.
    QString inner = QStringLiteral("SELECT w.id AS wid, %1 AS k FROM workers w").arg(key);
    inner += whereClause(plan, binds);
    inner += QStringLiteral(" ORDER BY k%1, w.id%1").arg(direction) + limit;

    const QString nameColumn = m_chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en");
    return QStringLiteral(
               "SELECT w.id, w.name, w.gender, w.birth_date, w.id_number, w.phone, "
               "(SELECT group_concat(n, char(31)) FROM (SELECT r.%1 AS n FROM worker_key_groups g "
               "JOIN reference_items r ON r.id = g.key_group_id WHERE g.worker_id = w.id "
               "ORDER BY r.sort_order, r.id)), "
               "(SELECT r.%1 FROM reference_items r WHERE r.id = w.employment_status_id), "
               "w.desired_trade, w.registered_on, w.last_contact_on, "
               "CASE WHEN EXISTS (SELECT 1 FROM worker_hardships x WHERE x.worker_id = w.id) "
               "THEN date(w.registered_on, '+%2 days') END, "
               "(SELECT min(s.occurred_on) FROM referrals r CROSS JOIN referral_stages s ON s.referral_id = r.id "
               "WHERE r.worker_id = w.id AND s.stage = 'recommended') "
               "FROM (%3) p CROSS JOIN workers w ON w.id = p.wid ORDER BY p.k%4, p.wid%4")
        .arg(nameColumn)
        .arg(m_promiseDays)
        .arg(inner, direction);
}

Expected<qint64> WorkerListQuery::count() const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM workers w") + whereClause(Plan::ByIndex, binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("worker list count")));
    m_count = q.value(0).toLongLong();
    return *m_count;
}

Expected<QVector<WorkerRow>> WorkerListQuery::fetch(qint64 offset, int limit) const
{
    if (offset < 0 || limit <= 0)
        return QVector<WorkerRow>();
    if (!m_count) {
        if (Expected<qint64> n = count(); !n)
            return Expected<QVector<WorkerRow>>::failure(n.error());
    }
    const qint64 total = *m_count;
    const qint64 end = std::min(total, offset + limit);
    if (offset >= end)
        return QVector<WorkerRow>();
    // Past the middle: the same rows counted from the end in the reverse order, then turned round.
    const bool reversed = offset > total - end;
    QVariantList binds;
    const QString sql = selectSql(windowPlan(), reversed, limitClause(offset, end, reversed), binds);
    Expected<QVector<WorkerRow>> rows = run(sql, binds, false);
    if (rows && reversed)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

QString WorkerListQuery::limitClause(qint64 offset, qint64 end, bool reversed) const
{
    const qint64 total = m_count.value_or(end);
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(end - offset).arg(reversed ? total - end : offset);
}

WorkerRow WorkerListQuery::readRow(const QSqlQuery& q, bool unmasked) const
{
    WorkerRow row;
    row.id = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.gender = q.value(2).toString();
    const QDate birth = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    if (birth.isValid() && birth <= m_today) {
        row.age = m_today.year() - birth.year();
        if (m_today.month() < birth.month() || (m_today.month() == birth.month() && m_today.day() < birth.day()))
            --row.age;
    }
    const QString id = q.value(4).toString();
    const QString phone = q.value(5).toString();
    row.residentId = unmasked || id.isEmpty() ? id : maskResidentId(id);
    row.phone = unmasked || phone.isEmpty() ? phone : maskPhone(phone);
    const QString groups = q.value(6).toString();
    if (!groups.isEmpty())
        row.keyGroups = groups.split(kGroupSeparator);
    row.status = q.value(7).toString();
    row.desiredTrade = q.value(8).toString();
    row.registeredOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    row.lastContactOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    row.promiseDue = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    const QDate served = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    if (!row.promiseDue.isValid())
        row.promise = PromiseState::NotHardship;
    else if (!served.isValid())
        row.promise = row.promiseDue >= m_today ? PromiseState::Waiting : PromiseState::Overdue;
    else
        row.promise = served <= row.promiseDue ? PromiseState::ServedInPromise : PromiseState::ServedLate;
    return row;
}

Expected<QVector<WorkerRow>> WorkerListQuery::run(const QString& sql, const QVariantList& binds, bool unmasked) const
{
    QVector<WorkerRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Expected<QVector<WorkerRow>>::failure(describeSqlError(q, QStringLiteral("worker list")));
    while (q.next())
        rows.append(readRow(q, unmasked));
    return rows;
}

Status WorkerListQuery::forEach(bool unmasked, const std::function<bool(const WorkerRow&)>& row) const
{
    // One statement streams every row in order (windows by offset would sort again for each window).
    QVariantList binds;
    const QString sql = selectSql(Plan::ByIndex, false, QString(), binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(describeSqlError(q, QStringLiteral("worker list export")));
    while (q.next()) {
        if (!row(readRow(q, unmasked)))
            break;
    }
    if (q.lastError().isValid())
        return Status::failure(describeSqlError(q, QStringLiteral("worker list export")));
    return {};
}

QString WorkerListQuery::countSqlForBenchmark() const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT count(*) FROM workers w") + whereClause(Plan::ByIndex, binds);
    for (const QVariant& v : std::as_const(binds))
        sql.replace(sql.indexOf(QLatin1Char('?')), 1, inlineValue(v));
    return sql;
}

QString WorkerListQuery::windowSqlForBenchmark(qint64 offset, int limit) const
{
    const qint64 total = m_count.value_or(0);
    const qint64 end = std::min(total, offset + limit);
    const bool reversed = m_count && offset > total - end;
    QVariantList binds;
    QString sql = selectSql(windowPlan(), reversed, limitClause(offset, end, reversed), binds);
    for (const QVariant& v : std::as_const(binds))
        sql.replace(sql.indexOf(QLatin1Char('?')), 1, inlineValue(v));
    return sql;
}

QString WorkerListQuery::columnTitle(WorkerColumn column, bool chinese)
{
    struct Title
    {
        const char* zh;
        const char* en;
    };
    static const Title titles[] = {
        {"姓名", "Name"},          {"性别", "Gender"},       {"年龄", "Age"},
        {"身份证号", "ID number"}, {"手机号", "Phone"},      {"重点群体", "Key groups"},
        {"就业状态", "Status"},    {"求职工种", "Desired trade"}, {"登记日期", "Registered"},
        {"最近联系", "Last contact"}, {"一周承诺", "One-week promise"}};
    const int i = static_cast<int>(column);
    if (i < 0 || i >= static_cast<int>(WorkerColumn::Count))
        return {};
    return chinese ? QString::fromUtf8(titles[i].zh) : QString::fromUtf8(titles[i].en);
}

QString WorkerListQuery::promiseText(PromiseState state, bool chinese)
{
    switch (state) {
    case PromiseState::Overdue: return chinese ? QStringLiteral("已超期") : QStringLiteral("Overdue");
    case PromiseState::Waiting: return chinese ? QStringLiteral("待推荐") : QStringLiteral("Due");
    case PromiseState::ServedLate: return chinese ? QStringLiteral("超期后推荐") : QStringLiteral("Served late");
    case PromiseState::ServedInPromise: return chinese ? QStringLiteral("按期推荐") : QStringLiteral("Served in time");
    case PromiseState::NotHardship: break;
    }
    return {};
}

QString WorkerListQuery::genderText(const QString& gender, bool chinese)
{
    if (gender == QLatin1String("M"))
        return chinese ? QStringLiteral("男") : QStringLiteral("Male");
    if (gender == QLatin1String("F"))
        return chinese ? QStringLiteral("女") : QStringLiteral("Female");
    return {};
}

} // namespace jb::core
