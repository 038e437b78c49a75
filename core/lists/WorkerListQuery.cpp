#include "core/lists/WorkerListQuery.h"

#include "core/storage/ListWindow.h"
#include "core/storage/SqlError.h"
#include "core/storage/WorkerSearchIndex.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace jb::core {

namespace {

// A selection of at least this many workers is read by walking (the order's index, or the parts) and testing each
// worker: the first window is found after ~200/share rows. Fewer are fetched through the filter's sets and sorted.
qint64 walkThreshold = 20000;
const QChar kGroupSeparator(0x1F);

QString isoOrNull(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString direction(bool descending)
{
    return descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
}

} // namespace

Expected<WorkerListQuery> WorkerListQuery::create(QSqlDatabase db, WorkerFilter filter, WorkerSort sort, QDate today,
                                                  NameLanguage names)
{
    if (!today.isValid())
        return Expected<WorkerListQuery>::failure(JB_TR("Lists", "Invalid date"));
    WorkerListQuery query;
    query.m_db = db;
    query.m_filter = std::move(filter);
    query.m_sort = sort;
    query.m_today = today;
    query.m_names = names;
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
    Expected<WorkerListOrder> order =
        WorkerListOrder::create(db, query.m_filter, sort.column, today, query.m_promiseDays);
    if (!order)
        return Expected<WorkerListQuery>::failure(order.message());
    query.m_order = std::move(*order);
    for (const WorkerOrderPart& part : query.m_order.parts())
        query.m_partCounts.append(part.empty ? std::optional<qint64>(0) : std::nullopt);
    return query;
}

QStringList WorkerListQuery::conditions(Plan plan, QVariantList& binds, bool keyGroupDrives) const
{
    // Walk tests each row it meets (EXISTS, and `+` keeps SQLite from driving the scan by a set); Drive hands
    // SQLite the sets (IN) so it can start from the smallest.
    const bool walk = plan == Plan::Walk;
    auto member = [walk](const QString& table, const QString& where) -> QString {
        if (walk)
            return QStringLiteral("EXISTS (SELECT 1 FROM %1 f WHERE f.worker_id = w.id%2)")
                .arg(table, where.isEmpty() ? QString() : QStringLiteral(" AND f.") + where);
        return QStringLiteral("w.id IN (SELECT worker_id FROM %1%2)")
            .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    };
    QStringList where;
    const WorkerFilter& f = m_filter;
    if (f.keyGroupId) {
        where << (keyGroupDrives ? QStringLiteral("d.key_group_id = ?")
                                 : member(QStringLiteral("worker_key_groups"), QStringLiteral("key_group_id = ?")));
        binds << *f.keyGroupId;
    }
    if (f.hardshipCategoryId) {
        if (*f.hardshipCategoryId == WorkerFilter::kAnyHardship) {
            where << member(QStringLiteral("worker_hardships"), QString());
        } else {
            where << member(QStringLiteral("worker_hardships"), QStringLiteral("category_id = ?"));
            binds << *f.hardshipCategoryId;
        }
    }
    if (f.statusId) {
        where << QStringLiteral("w.employment_status_id = ?");
        binds << *f.statusId;
    }
    if (f.serviceNeedId) {
        where << member(QStringLiteral("worker_service_needs"), QStringLiteral("service_type_id = ?"));
        binds << *f.serviceNeedId;
    }
    if (f.orgId) {
        where << QStringLiteral("%1w.org_id IN (SELECT org_id FROM organisation_tree WHERE ancestor_id = ?)")
                     .arg(walk ? QStringLiteral("+") : QString());
        binds << *f.orgId;
    }
    const QString today = m_today.toString(Qt::ISODate);
    if (f.returned == WorkerFilter::Return::Returned) {
        where << QStringLiteral("w.returned_on <= ?");
        binds << today;
    } else if (f.returned == WorkerFilter::Return::NotYetReturned) {
        where << QStringLiteral("(w.returned_on IS NULL OR w.returned_on > ?)")
              << member(QStringLiteral("worker_key_groups"), QStringLiteral("key_group_id = ?"));
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

    searchConditions(walk, where, binds);
    return where;
}

// The search box: a name through the trigram index, or the last digits of an ID number or phone.
void WorkerListQuery::searchConditions(bool walk, QStringList& where, QVariantList& binds) const
{
    if (m_search.kind == WorkerSearch::Kind::Name) {
        where << QStringLiteral("%1w.id IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
                     .arg(walk ? QStringLiteral("+") : QString(), search::nameTable());
        binds << searchMatch();
    } else if (m_search.kind == WorkerSearch::Kind::Digits) {
        const QString& d = m_search.text;
        if (walk) {
            where << QStringLiteral("(substr(w.id_number, -?) = ? OR substr(replace(w.phone, '-', ''), -?) = ?)");
            binds << int(d.size()) << d << int(d.size()) << d;
        } else {
            where << QStringLiteral("w.id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(search::nameTable());
            binds << searchMatch();
            if (d.size() > search::kTailDigits) {
                where << QStringLiteral("(substr(w.id_number, -?) = ? OR substr(replace(w.phone, '-', ''), -?) = ?)");
                binds << int(d.size()) << d << int(d.size()) << d;
            }
        }
    }
}

QString WorkerListQuery::searchMatch() const
{
    if (m_search.kind == WorkerSearch::Kind::Name)
        return QStringLiteral("{chars}: ") + m_search.text;
    // "Ends with d": the tail tokens of the search index (i4321 = an ID ending 1234); fewer digits than the token
    // holds are a prefix query, more are checked on the row.
    QString reversed = m_search.text.toLower();
    std::reverse(reversed.begin(), reversed.end());
    const QString head = reversed.left(search::kTailDigits);
    const QString star = m_search.text.size() < search::kTailDigits ? QStringLiteral("*") : QString();
    return QStringLiteral("{tails}: (i%1%2 OR p%1%2)").arg(head, star);
}

QString WorkerListQuery::whereClause(Plan plan, QVariantList& binds, const QString& extra) const
{
    QStringList where = conditions(plan, binds);
    if (!extra.isEmpty())
        where << extra;
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

QString WorkerListQuery::countSql(QVariantList& binds) const
{
    // One set alone (a key group, a service need, a hardship category) is counted in its own index, without
    // visiting the workers.
    const WorkerFilter& f = m_filter;
    const bool onlyLinks = !f.statusId && !f.orgId && f.returned == WorkerFilter::Return::Any &&
                           !f.registeredFrom.isValid() && !f.registeredTo.isValid() &&
                           m_search.kind == WorkerSearch::Kind::None;
    const int links =
        int(f.keyGroupId.has_value()) + int(f.hardshipCategoryId.has_value()) + int(f.serviceNeedId.has_value());
    if (onlyLinks && links == 1) {
        if (f.keyGroupId) {
            binds << *f.keyGroupId;
            return QStringLiteral("SELECT count(*) FROM worker_key_groups WHERE key_group_id = ?");
        }
        if (f.serviceNeedId) {
            binds << *f.serviceNeedId;
            return QStringLiteral("SELECT count(*) FROM worker_service_needs WHERE service_type_id = ?");
        }
        if (*f.hardshipCategoryId == WorkerFilter::kAnyHardship)
            return QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT worker_id FROM worker_hardships)");
        binds << *f.hardshipCategoryId;
        return QStringLiteral("SELECT count(*) FROM worker_hardships WHERE category_id = ?");
    }
    // A search alone is counted in the search index itself, without visiting the workers (the 84k people named 李
    // at 1M: a few ms instead of 84k row lookups). Its rowids are the workers' ids, kept exact by the triggers of
    // WorkerSearchIndex.h; more digits than the index's tails hold are checked on the row, so they are not.
    const bool searchAlone = !f.keyGroupId && !f.hardshipCategoryId && !f.serviceNeedId && !f.statusId && !f.orgId &&
                             f.returned == WorkerFilter::Return::Any && !f.registeredFrom.isValid() &&
                             !f.registeredTo.isValid();
    if (searchAlone && (m_search.kind == WorkerSearch::Kind::Name ||
                        (m_search.kind == WorkerSearch::Kind::Digits && m_search.text.size() <= search::kTailDigits))) {
        binds << searchMatch();
        return QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(search::nameTable());
    }
    return QStringLiteral("SELECT count(*) FROM workers w") + whereClause(Plan::Drive, binds);
}

Expected<qint64> WorkerListQuery::count() const
{
    QVariantList binds;
    const QString sql = countSql(binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!exec(q, sql, binds) || !q.next())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("worker list count")));
    m_count = q.value(0).toLongLong();
    return *m_count;
}

void WorkerListQuery::setWalkThreshold(qint64 rows)
{
    walkThreshold = rows;
}

WorkerListQuery::Plan WorkerListQuery::windowPlan() const
{
    if (m_order.kind() == WorkerListOrder::Kind::Sorted)
        return Plan::Drive;
    // A name search is sorted, however many it finds, where walking meets the wrong rows first: by name, a
    // surname's people sit together far into the name index (陈 after half a million names at 1M); by the
    // promise, a window past the first part would test the name against everyone in the parts before it (the
    // blank part alone holds 880k people), where sorting reads each found person's stored part once.
    if (m_search.kind == WorkerSearch::Kind::Name &&
        (m_sort.column == WorkerColumn::Name || m_sort.column == WorkerColumn::Promise))
        return Plan::Drive;
    QVariantList unused;
    if (conditions(Plan::Drive, unused).isEmpty())
        return Plan::Walk;
    return m_count && *m_count >= walkThreshold ? Plan::Walk : Plan::Drive;
}

bool WorkerListQuery::descendingKey(bool reversed) const
{
    return (m_sort.descending != m_order.inverted()) != reversed;
}

QString WorkerListQuery::rowsSql(const QString& inner, bool keyDescending, bool idDescending) const
{
    // The inner statement sorts and cuts on ids and keys only (SQLite's sorter would otherwise compute every shown
    // column of every row it sorts); the shown columns are read for the window's rows alone.
    const QString nameColumn = m_names == NameLanguage::Chinese ? QStringLiteral("name_zh") : QStringLiteral("name_en");
    return QStringLiteral(
               "SELECT w.id, w.name, w.gender, w.birth_date, w.id_number, w.phone, "
               "(SELECT group_concat(n, char(31)) FROM (SELECT r.%1 AS n FROM worker_key_groups g "
               "JOIN reference_items r ON r.id = g.key_group_id WHERE g.worker_id = w.id "
               "ORDER BY r.sort_order, r.id)), "
               "(SELECT r.%1 FROM reference_items r WHERE r.id = w.employment_status_id), "
               "w.desired_trade, w.registered_on, w.last_contact_on, "
               "CASE WHEN EXISTS (SELECT 1 FROM worker_hardships x WHERE x.worker_id = w.id) THEN %2 END, %3 "
               "FROM (%4) p CROSS JOIN workers w ON w.id = p.wid ORDER BY p.k%5, p.wid%6")
        .arg(nameColumn, WorkerListOrder::promiseDueSql(m_promiseDays),
             WorkerListOrder::promiseRankSql(m_today, m_promiseDays), inner, direction(keyDescending),
             direction(idDescending));
}

QString WorkerListQuery::partsKey() const
{
    // The part's place in the order shown. The stored part number, when the order has one, is read once per row
    // rather than testing each part.
    const QString& number = m_order.partNumber();
    QString key = number.isEmpty() ? QStringLiteral("CASE") : QStringLiteral("CASE ") + number;
    const QVector<int> sequence = partSequence();
    for (int i = 0; i + 1 < sequence.size(); ++i) {
        if (!m_order.parts().at(sequence[i]).empty)
            key += QStringLiteral(" WHEN ") +
                   (number.isEmpty() ? m_order.parts().at(sequence[i]).test : QString::number(sequence[i])) +
                   QStringLiteral(" THEN ") + QString::number(i);
    }
    return key + QStringLiteral(" ELSE %1 END").arg(sequence.size() - 1);
}

QString WorkerListQuery::sortedSql(bool reversed, const QString& limit, QVariantList& binds) const
{
    const Plan plan = windowPlan();
    QString key = m_order.key();
    bool keyDescending = descendingKey(reversed);
    bool idDescending = keyDescending;
    const bool parts = m_order.kind() == WorkerListOrder::Kind::Parts;
    if (parts) {
        // A small selection in parts: the part's place as the key (one statement, one sort), newest first within.
        key = partsKey();
        keyDescending = reversed;
        idDescending = !reversed;
    }
    // One key group and no other set: the group's index gives the rows in id order, cheaper than the IN list.
    const WorkerFilter& f = m_filter;
    const bool groupDrives = plan == Plan::Drive && f.keyGroupId && m_search.kind == WorkerSearch::Kind::None &&
                             !f.hardshipCategoryId && !f.serviceNeedId && !f.orgId && !f.registeredFrom.isValid() &&
                             !f.registeredTo.isValid();
    QString from = groupDrives ? QStringLiteral("worker_key_groups d CROSS JOIN workers w ON w.id = d.worker_id")
                               : QStringLiteral("workers w");
    QString id = QStringLiteral("w.id");
    QStringList where = conditions(plan, binds, groupDrives);
    if (parts && !m_order.partTable().isEmpty()) {
        // The stored parts' rows are read by worker id. When the filter tests nothing on the worker's row but its id
        // (a name search, sets of ids), the workers are not read at all: the 53k people named 陈 are 53k lookups in
        // the small table instead of in the workers' pages (138 → 23 ms of processor time at 1M).
        static const QRegularExpression otherColumn(QStringLiteral("\\bw\\.(?!id\\b)"));
        if (!groupDrives && !where.join(QLatin1Char(' ')).contains(otherColumn)) {
            from = m_order.partTable();
            id = QStringLiteral("p.worker_id");
            static const QRegularExpression workerId(QStringLiteral("\\bw\\.id\\b"));
            for (QString& condition : where)
                condition.replace(workerId, id);
        } else {
            from += QStringLiteral(" CROSS JOIN %1 ON p.worker_id = w.id").arg(m_order.partTable());
        }
    }
    QString inner = QStringLiteral("SELECT %1 AS wid, %2 AS k FROM %3").arg(id, key, from);
    if (!where.isEmpty())
        inner += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    inner += QStringLiteral(" ORDER BY k%1, %2%3").arg(direction(keyDescending), id, direction(idDescending)) + limit;
    return rowsSql(inner, keyDescending, idDescending);
}

QString WorkerListQuery::partSql(int part, bool descending, const QString& what, const QString& tail,
                                 QVariantList& binds) const
{
    // `what` = "ids": the part's worker ids (wid) and its number (k), in order, then `tail`; otherwise `what` is
    // the select list over the part's rows (a count).
    const WorkerOrderPart& p = m_order.parts().at(part);
    const Plan plan = windowPlan();
    QStringList filter = conditions(plan, binds);
    QString from = QStringLiteral("workers w");
    QString id = QStringLiteral("w.id");
    QString test = p.test;
    if (plan == Plan::Walk) {
        if (!p.walkTest.isEmpty())
            test = p.walkTest;
        if (!p.walkFrom.isEmpty()) {
            id = p.walkId;
            from = filter.isEmpty() ? p.walkFrom
                                    : QStringLiteral("%1 CROSS JOIN workers w ON w.id = %2").arg(p.walkFrom, id);
            // Tests on the worker id alone (key group, hardship, search sets) are made on the walked id, so SQLite
            // makes them before it reads the worker's row.
            static const QRegularExpression workerId(QStringLiteral("\\bw\\.id\\b"));
            for (QString& condition : filter)
                condition.replace(workerId, id);
        }
    }
    const QString where = (QStringList(filter) << test).join(QStringLiteral(" AND "));
    const QString select = what == QLatin1String("ids") ? QStringLiteral("%1 AS wid, %2 AS k").arg(id).arg(part) : what;
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(select, from, where);
    if (what == QLatin1String("ids"))
        sql += QStringLiteral(" ORDER BY %1%2").arg(id, direction(descending)) + tail;
    return sql;
}

Expected<qint64> WorkerListQuery::partCount(int part) const
{
    if (m_partCounts[part])
        return *m_partCounts[part];
    // The last unknown part is what the others leave of the total.
    qint64 known = 0;
    int unknown = 0;
    for (const std::optional<qint64>& n : std::as_const(m_partCounts)) {
        unknown += n ? 0 : 1;
        known += n.value_or(0);
    }
    if (unknown == 1 && m_count) {
        m_partCounts[part] = *m_count - known;
        return *m_partCounts[part];
    }
    // The blank part: the selection less the workers in the other parts, counted part by part or through their
    // index or set.
    if (m_count && m_order.parts().at(part).countByParts) {
        qint64 inOthers = 0;
        for (int other = 0; other < m_partCounts.size(); ++other) {
            if (other == part)
                continue;
            const Expected<qint64> n = partCount(other);
            if (!n)
                return n;
            inOthers += *n;
        }
        m_partCounts[part] = *m_count - inOthers;
        return *m_partCounts[part];
    }
    const QString& others = m_order.parts().at(part).others;
    if (m_count && !others.isEmpty()) {
        QVariantList binds;
        const QString sql = QStringLiteral("SELECT count(*) FROM workers w") + whereClause(Plan::Drive, binds, others);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!exec(q, sql, binds) || !q.next())
            return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("worker list count")));
        m_partCounts[part] = *m_count - q.value(0).toLongLong();
        return *m_partCounts[part];
    }
    QVariantList binds;
    const QString sql = partSql(part, false, QStringLiteral("count(*)"), QString(), binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!exec(q, sql, binds) || !q.next())
        return Expected<qint64>::failure(describeSqlError(q, QStringLiteral("worker list count")));
    m_partCounts[part] = q.value(0).toLongLong();
    return *m_partCounts[part];
}

QVector<int> WorkerListQuery::partSequence() const
{
    // The parts as shown: ascending, or the values reversed; the blank part (no group, no status, not recorded,
    // not a hardship case) stays last either way, as spreadsheets keep blanks last.
    const int n = static_cast<int>(m_order.parts().size());
    QVector<int> sequence;
    for (int i = 0; i < n - 1; ++i)
        sequence.append(m_sort.descending ? n - 2 - i : i);
    if (n > 0)
        sequence.append(n - 1);
    return sequence;
}

Expected<QVector<WorkerRow>> WorkerListQuery::fetchParts(qint64 first, qint64 rows, bool reversed) const
{
    // Rows [first, first + rows) of the parts in the order shown (or counted from the end when `reversed`);
    // within a part the newest registrations come first, as in the list's default order. A part's size is asked
    // only when a window starts past its beginning.
    QVector<WorkerRow> out;
    QVector<int> sequence = partSequence();
    if (reversed)
        std::reverse(sequence.begin(), sequence.end());
    const bool newestFirst = !reversed;
    qint64 start = 0; // the row number the part begins at
    for (int part : std::as_const(sequence)) {
        if (out.size() >= rows)
            break;
        const qint64 at = first + out.size() - start; // the first wanted row within the part
        // The blank part is counted first when that is cheap (its `others`): when it is empty, reading it would
        // test every worker to find none (the last window sorted by status: the scan of a million rows).
        if (at > 0 || m_partCounts[part] || !m_order.parts().at(part).others.isEmpty()) {
            Expected<qint64> size = partCount(part);
            if (!size)
                return Expected<QVector<WorkerRow>>::failure(size.message());
            if (at >= *size) {
                start += *size;
                continue;
            }
        }
        const qint64 wanted = rows - out.size();
        QVariantList binds;
        const QString inner = partSql(part, newestFirst, QStringLiteral("ids"), limitSql(wanted, at), binds);
        Expected<QVector<WorkerRow>> got = run(rowsSql(inner, newestFirst, newestFirst), binds, false);
        if (!got)
            return got;
        if (!m_partCounts[part] && got->size() < wanted)
            m_partCounts[part] = at + got->size();
        out += *got;
        if (out.size() < rows)
            start += *m_partCounts[part];
    }
    return out;
}

Expected<QVector<WorkerRow>> WorkerListQuery::fetch(qint64 offset, int limit) const
{
    return readListWindow<WorkerRow>(
        offset, limit, [this] { return m_count ? Expected<qint64>(*m_count) : count(); },
        [this](qint64 first, qint64 rows, bool reversed) {
            if (m_order.kind() == WorkerListOrder::Kind::Parts && windowPlan() == Plan::Walk)
                return fetchParts(first, rows, reversed);
            QVariantList binds;
            const QString sql = sortedSql(reversed, limitSql(rows, first), binds);
            return run(sql, binds, false);
        });
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
    // The state comes from SQL, by the same tests that place the row in the promise's order.
    const int rank = q.value(12).toInt();
    row.promise = rank >= 0 && rank <= static_cast<int>(WorkerPromiseState::NotHardship)
                      ? static_cast<WorkerPromiseState>(rank)
                      : WorkerPromiseState::NotHardship;
    return row;
}

bool WorkerListQuery::exec(QSqlQuery& q, const QString& sql, const QVariantList& binds) const
{
    if (m_recording) {
        QString text = sql;
        for (const QVariant& v : binds)
            text.replace(text.indexOf(QLatin1Char('?')), 1, sqlLiteral(v));
        m_recorded << text;
    }
    return execBound(q, sql, binds);
}

Expected<QVector<WorkerRow>> WorkerListQuery::run(const QString& sql, const QVariantList& binds, bool unmasked) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool executed = exec(q, sql, binds);
    return collectRows<WorkerRow>(q, executed, QStringLiteral("worker list"),
                                  [this, unmasked](const QSqlQuery& row) { return readRow(row, unmasked); });
}

Status WorkerListQuery::forEach(bool unmasked, const std::function<bool(const WorkerRow&)>& row) const
{
    // One statement per part (or one in all) streams the rows in order; windows by offset would read again.
    if (!m_count) {
        if (Expected<qint64> n = count(); !n)
            return Status::failure(n.message());
    }
    QStringList statements;
    QVector<QVariantList> bindLists;
    if (m_order.kind() == WorkerListOrder::Kind::Parts && windowPlan() == Plan::Walk) {
        for (int part : partSequence()) {
            if (m_order.parts().at(part).empty)
                continue;
            QVariantList binds;
            statements << rowsSql(partSql(part, true, QStringLiteral("ids"), QString(), binds), true, true);
            bindLists << binds;
        }
    } else {
        QVariantList binds;
        statements << sortedSql(false, QString(), binds);
        bindLists << binds;
    }
    for (int i = 0; i < statements.size(); ++i) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!exec(q, statements[i], bindLists[i]))
            return Status::failure(describeSqlError(q, QStringLiteral("worker list export")));
        while (q.next()) {
            if (!row(readRow(q, unmasked)))
                return {};
        }
        if (q.lastError().isValid())
            return Status::failure(describeSqlError(q, QStringLiteral("worker list export")));
    }
    return {};
}

} // namespace jb::core
