#include "core/placement/ReferralList.h"

#include "core/placement/PlacementSql.h"
#include "core/placement/ReferralStage.h"
#include "core/settings/PlacementSettings.h"
#include "core/storage/ListWindow.h"
#include "core/validation/ResidentId.h"

#include <algorithm>

namespace jb::core {

using placementsql::run;

namespace {

QDate dayOf(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// The stage in pipeline order, then the exits in the order the filter lists them (the Stage column's order).
const QString kStageRank = QStringLiteral(
    "(CASE r.stage WHEN 'recommended' THEN 1 WHEN 'interviewed' THEN 2 WHEN 'intention' THEN 3 WHEN 'contract' "
    "THEN 4 WHEN 'stable' THEN 5 ELSE 6 END * 10 + CASE r.exit_kind WHEN 'declined' THEN 1 WHEN 'rejected' THEN 2 "
    "WHEN 'withdrawn' THEN 3 WHEN 'hired_elsewhere' THEN 4 ELSE 0 END)");

// Every (stage, exit) pair the schema allows, with its place in the Stage column's order (kStageRank): the parts a
// large selection sorted by stage is read from, each in id order from referrals(stage, exit_kind) (SchemaV12.cpp).
struct StagePart
{
    const char* stage;
    const char* exit; // nullptr: open
    int rank;
};
QVector<StagePart> stageParts()
{
    static const char* const stages[] = {"recommended", "interviewed", "intention", "contract", "stable", "left"};
    static const char* const exits[] = {nullptr, "declined", "rejected", "withdrawn", "hired_elsewhere"};
    QVector<StagePart> parts;
    for (int s = 0; s < 6; ++s)
        for (int e = 0; e < 5; ++e)
            parts.append({stages[s], exits[e], (s + 1) * 10 + e});
    return parts;
}

// The sort key of each column; the table it needs joined in the inner (ordering) statement; for a column of another
// table, the owning record's id (ties between two people of one name stay apart, in the same order in both plans)
// and the walk: that table read in the column's order (an index) with each one's referrals (SchemaV12.cpp).
struct ColumnKey
{
    const char* key;
    const char* join;
    const char* owner = nullptr;
    const char* walkFrom = nullptr;
    const char* walkOwner = nullptr;
    // The walk's key when it differs from `key`; referrals with no post (deleted) come first, read apart.
    const char* walkKey = nullptr;
    bool orphans = false;
};
ColumnKey columnKey(ReferralColumn column)
{
    switch (column) {
    case ReferralColumn::Worker:
        return {"w.name", "JOIN workers w ON w.id = r.worker_id", "r.worker_id",
                "workers w CROSS JOIN referrals r INDEXED BY referrals_worker ON r.worker_id = w.id", "w.id"};
    case ReferralColumn::ResidentId:
        return {"w.id_number", "JOIN workers w ON w.id = r.worker_id", "r.worker_id",
                "workers w CROSS JOIN referrals r INDEXED BY referrals_worker ON r.worker_id = w.id", "w.id"};
    case ReferralColumn::Enterprise:
        return {"e.name", "JOIN enterprises e ON e.id = r.enterprise_id", "r.enterprise_id",
                "enterprises e CROSS JOIN referrals r INDEXED BY referrals_enterprise ON r.enterprise_id = e.id",
                "e.id"};
    case ReferralColumn::Post:
        return {"coalesce(v.title, '')",
                "LEFT JOIN vacancies v ON v.id = r.vacancy_id",
                "coalesce(r.vacancy_id, 0)",
                "vacancies v INDEXED BY vacancies_title CROSS JOIN referrals r INDEXED BY referrals_vacancy ON "
                "r.vacancy_id = v.id",
                "v.id",
                "v.title",
                true};
    case ReferralColumn::Stage:
        return {nullptr, ""};
    case ReferralColumn::Officer:
        return {"r.officer", ""};
    case ReferralColumn::StageOn:
    case ReferralColumn::Count:
        break;
    }
    return {"r.stage_on", ""};
}

qint64 g_walkThreshold = 20000;

// A key group and no other filter.
bool keyGroupOnly(const ReferralFilter& f)
{
    return f.keyGroupId > 0 && f.stage == ReferralListStage::Any && f.enterpriseId == 0 && f.workerId == 0 &&
           f.officer.isEmpty() && !f.from.isValid() && !f.to.isValid() && !f.followUpDue && !f.stale;
}

// SQLite's date(day, '+N months'): the day of the month kept, an overflow carried into the next month (31 January
// + 1 month = 3 March).
QDate sqliteAddMonths(const QDate& day, int months)
{
    const int m = day.month() - 1 + months;
    const int year = day.year() + (m >= 0 ? m / 12 : -((11 - m) / 12));
    return QDate(year, m - (year - day.year()) * 12 + 1, 1).addDays(day.day() - 1);
}

// Whether the contract's stable months have passed by `today` (the bound value), as the summary views count them
// (SQLite's date arithmetic), from the contract start kept on the referral (SchemaV13.cpp); false without a contract.
// Starts up to `sure` have passed, starts from `never` have not; only the few days between (the month ends, where
// the carry makes the arithmetic not monotonic) are computed by date(), 70k date() calls cost 20 ms.
QString stableCondition(int months, const QDate& today)
{
    const QDate base = today.addMonths(-months);
    QDate sure, never;
    for (QDate d = base.addDays(-10); d <= base.addDays(10); d = d.addDays(1)) {
        const bool passed = sqliteAddMonths(d, months) <= today;
        if (!passed && !sure.isValid())
            sure = d.addDays(-1);
        if (passed)
            never = d.addDays(1);
    }
    if (!sure.isValid())
        sure = base.addDays(10);
    if (!never.isValid())
        never = base.addDays(-10);
    return QStringLiteral("CASE WHEN r.contract_on <= '%1' THEN 1 WHEN r.contract_on < '%2' THEN "
                          "coalesce(date(r.contract_on, '+%3 months') <= ?, 0) ELSE 0 END")
        .arg(iso(sure), iso(never))
        .arg(months);
}

// The last contract start for which the check at `months` is due by `today` (QDate::addMonths, as followUpsDue).
QDate dueCutoff(const QDate& today, int months)
{
    QDate d = today.addMonths(-months);
    while (d.addDays(1).addMonths(months) <= today)
        d = d.addDays(1);
    while (d.addMonths(months) > today)
        d = d.addDays(-1);
    return d;
}

} // namespace

Message referralListStageName(ReferralListStage stage)
{
    switch (stage) {
    case ReferralListStage::Any:
        return JB_TR("Placement", "Every stage");
    case ReferralListStage::Open:
        return JB_TR("Placement", "Open (before a contract)");
    case ReferralListStage::Recommended:
        return referralStageName(ReferralStage::Recommended);
    case ReferralListStage::Interviewed:
        return referralStageName(ReferralStage::Interviewed);
    case ReferralListStage::Intention:
        return referralStageName(ReferralStage::Intention);
    case ReferralListStage::Contract:
        return referralStageName(ReferralStage::Contract);
    case ReferralListStage::Stable:
        return JB_TR("Placement", "Stable employment");
    case ReferralListStage::Left:
        return referralStageName(ReferralStage::Left);
    case ReferralListStage::Declined:
        return referralExitName(ReferralExit::Declined);
    case ReferralListStage::Rejected:
        return referralExitName(ReferralExit::Rejected);
    case ReferralListStage::Withdrawn:
        return referralExitName(ReferralExit::Withdrawn);
    case ReferralListStage::HiredElsewhere:
        return referralExitName(ReferralExit::HiredElsewhere);
    case ReferralListStage::Count:
        break;
    }
    return {};
}

QString ReferralRow::stageText() const
{
    if (const std::optional<ReferralExit> e = referralExitFromKey(exit))
        return referralExitName(*e).text();
    if (stable)
        return referralListStageName(ReferralListStage::Stable).text();
    if (const std::optional<ReferralStage> s = referralStageFromKey(stage))
        return referralStageName(*s).text();
    return stage == QLatin1String("stable") ? referralListStageName(ReferralListStage::Stable).text() : stage;
}

Message ReferralListQuery::columnTitle(ReferralColumn column)
{
    switch (column) {
    case ReferralColumn::Worker:
        return JB_TR("Placement", "Person");
    case ReferralColumn::ResidentId:
        return JB_TR("Placement", "ID number");
    case ReferralColumn::Enterprise:
        return JB_TR("Placement", "Enterprise");
    case ReferralColumn::Post:
        return JB_TR("Placement", "Post");
    case ReferralColumn::Stage:
        return JB_TR("Placement", "Stage");
    case ReferralColumn::StageOn:
        return JB_TR("Placement", "Stage day");
    case ReferralColumn::Officer:
        return JB_TR("Placement", "Officer");
    case ReferralColumn::Count:
        break;
    }
    return {};
}

Expected<ReferralListQuery> ReferralListQuery::create(QSqlDatabase db, ReferralFilter filter, ReferralSort sort,
                                                      QDate today)
{
    ReferralListQuery q;
    q.m_db = db;
    q.m_filter = std::move(filter);
    q.m_sort = sort;
    q.m_today = today;
    const PlacementSettings settings = readPlacementSettings(db);
    q.m_stableMonths = settings.stableMonths;
    q.m_staleDays = settings.staleDays;
    q.m_followUpMonths = settings.followUpMonths;
    return q;
}

QString ReferralListQuery::stageCondition(QVariantList& binds, StablePart part) const
{
    const QString stable = stableCondition(m_stableMonths, m_today);
    auto stageIs = [&](ReferralStage s) {
        binds << referralStageKey(s);
        return QStringLiteral("r.stage = ? AND r.exit_kind IS NULL");
    };
    auto exitIs = [&](ReferralExit e) {
        binds << referralExitKey(e);
        return QStringLiteral("r.exit_kind = ?");
    };
    switch (m_filter.stage) {
    case ReferralListStage::Open:
        return QStringLiteral("r.stage IN ('recommended', 'interviewed', 'intention') AND r.exit_kind IS NULL");
    case ReferralListStage::Recommended:
        return stageIs(ReferralStage::Recommended);
    case ReferralListStage::Interviewed:
        return stageIs(ReferralStage::Interviewed);
    case ReferralListStage::Intention:
        return stageIs(ReferralStage::Intention);
    case ReferralListStage::Contract:
        binds << iso(m_today);
        return QStringLiteral("r.stage = 'contract' AND r.exit_kind IS NULL AND NOT ") + stable;
    case ReferralListStage::Stable:
        if (part == StablePart::Stored)
            return QStringLiteral("r.stage = 'stable'");
        binds << iso(m_today);
        if (part == StablePart::ByRule)
            return QStringLiteral("r.stage = 'contract' AND r.exit_kind IS NULL AND ") + stable;
        // Not an OR: SQLite would gather both parts' referrals by their indexes and sort them all.
        return QStringLiteral("CASE r.stage WHEN 'stable' THEN 1 WHEN 'contract' THEN r.exit_kind IS NULL AND %1 "
                              "ELSE 0 END")
            .arg(stable);
    case ReferralListStage::Left:
        return QStringLiteral("r.stage = 'left'");
    case ReferralListStage::Declined:
        return exitIs(ReferralExit::Declined);
    case ReferralListStage::Rejected:
        return exitIs(ReferralExit::Rejected);
    case ReferralListStage::Withdrawn:
        return exitIs(ReferralExit::Withdrawn);
    case ReferralListStage::HiredElsewhere:
        return exitIs(ReferralExit::HiredElsewhere);
    case ReferralListStage::Any:
    case ReferralListStage::Count:
        break;
    }
    return {};
}

// A contract with no departure whose check at one of the follow-up months is due and not yet answered "still
// employed" (followUpsDue's rule).
QString ReferralListQuery::followUpCondition(QVariantList& binds) const
{
    QStringList due;
    QDate latest;
    QVariantList dueBinds;
    for (int months : m_followUpMonths) {
        due << QStringLiteral("(r.contract_on <= ? AND NOT EXISTS (SELECT 1 FROM retention_checks k WHERE "
                              "k.referral_id = r.id AND k.months = ? AND k.outcome = 'employed'))");
        const QDate cutoff = dueCutoff(m_today, months);
        dueBinds << iso(cutoff) << months;
        latest = latest.isValid() ? std::max(latest, cutoff) : cutoff;
    }
    if (due.isEmpty())
        return QStringLiteral("0");
    // The earliest check's cutoff first: the contracts started after it are passed over in the index.
    binds << iso(latest);
    binds.append(dueBinds);
    return QStringLiteral("r.stage = 'contract' AND r.exit_kind IS NULL AND r.contract_on <= ? AND (%1)")
        .arg(due.join(QStringLiteral(" OR ")));
}

QString ReferralListQuery::whereClause(QVariantList& binds, StablePart part) const
{
    QStringList where;
    if (const QString stage = stageCondition(binds, part); !stage.isEmpty())
        where << stage;
    if (m_filter.enterpriseId > 0) {
        where << QStringLiteral("r.enterprise_id = ?");
        binds << m_filter.enterpriseId;
    }
    if (m_filter.workerId > 0) {
        where << QStringLiteral("r.worker_id = ?");
        binds << m_filter.workerId;
    }
    if (m_filter.keyGroupId > 0) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM worker_key_groups g WHERE g.worker_id = r.worker_id AND "
                                "g.key_group_id = ?)");
        binds << m_filter.keyGroupId;
    }
    if (!m_filter.officer.isEmpty()) {
        where << QStringLiteral("r.officer = ?");
        binds << m_filter.officer;
    }
    if (m_filter.from.isValid()) {
        where << QStringLiteral("r.stage_on >= ?");
        binds << iso(m_filter.from);
    }
    if (m_filter.to.isValid()) {
        where << QStringLiteral("r.stage_on <= ?");
        binds << iso(m_filter.to);
    }
    if (m_filter.stale) {
        where << QStringLiteral("r.stage IN ('recommended', 'interviewed', 'intention') AND r.exit_kind IS NULL AND "
                                "r.stage_on <= ?");
        binds << iso(m_today.addDays(-m_staleDays));
    }
    if (m_filter.followUpDue)
        where << followUpCondition(binds);
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void ReferralListQuery::record(const QString& sql, const QVariantList& binds) const
{
    if (!m_recording)
        return;
    QString text = sql;
    for (const QVariant& v : binds)
        text.replace(text.indexOf(QLatin1Char('?')), 1, sqlLiteral(v));
    m_recorded << text;
}

Expected<qint64> ReferralListQuery::count() const
{
    if (m_count)
        return *m_count;
    QVariantList binds;
    QString sql = QStringLiteral("SELECT count(*) FROM referrals r") + whereClause(binds);
    if (keyGroupOnly(m_filter)) {
        // Kept per key group by triggers (SchemaV14.cpp): a large group's referrals are not counted one by one.
        binds = {m_filter.keyGroupId};
        sql = QStringLiteral("SELECT coalesce((SELECT referrals FROM referral_key_group_counts WHERE key_group_id = "
                             "?), 0)");
    } else if (m_filter.stage == ReferralListStage::Stable) {
        binds.clear();
        const QString stored = whereClause(binds, StablePart::Stored);
        sql = QStringLiteral("SELECT (SELECT count(*) FROM referrals r%1) + (SELECT count(*) FROM referrals r%2)")
                  .arg(stored, whereClause(binds, StablePart::ByRule));
    }
    record(sql, binds);
    Expected<QSqlQuery> q = run(m_db, sql, binds);
    if (!q)
        return Expected<qint64>::failure(q.message());
    m_count = q->next() ? q->value(0).toLongLong() : 0;
    return *m_count;
}

QString ReferralListQuery::orderBy(bool reversed) const
{
    const bool descending = m_sort.descending != reversed;
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    return columnKey(m_sort.column).owner ? QStringLiteral(" ORDER BY k%1, k2%1, rid%1").arg(dir)
                                          : QStringLiteral(" ORDER BY k%1, rid%1").arg(dir);
}

void ReferralListQuery::setWalkThreshold(qint64 rows)
{
    g_walkThreshold = rows;
}

// The shown columns of the rows an inner statement (rid, k) selects, in `order`. The stable test's day is the
// first bound value.
QString ReferralListQuery::rowsSql(const QString& inner, const QString& order) const
{
    return QStringLiteral("SELECT r.id, r.worker_id, r.enterprise_id, coalesce(r.vacancy_id, 0), w.name, w.id_number, "
                          "coalesce(e.name, ''), coalesce(v.title, ''), r.stage, coalesce(r.exit_kind, ''), "
                          "r.stage_on, r.officer, (r.stage = 'contract' AND r.exit_kind IS NULL AND %1) FROM (%2) s "
                          "JOIN referrals r ON r.id = s.rid JOIN workers w ON w.id = r.worker_id LEFT JOIN "
                          "enterprises e ON e.id = r.enterprise_id LEFT JOIN vacancies v ON v.id = r.vacancy_id%3")
        .arg(stableCondition(m_stableMonths, m_today), inner, order);
}

Expected<QVector<ReferralRow>> ReferralListQuery::readRows(const QString& sql, const QVariantList& binds) const
{
    record(sql, binds);
    Expected<QSqlQuery> q = run(m_db, sql, binds);
    if (!q)
        return Expected<QVector<ReferralRow>>::failure(q.message());
    QVector<ReferralRow> out;
    while (q->next()) {
        ReferralRow row;
        row.id = q->value(0).toLongLong();
        row.workerId = q->value(1).toLongLong();
        row.enterpriseId = q->value(2).toLongLong();
        row.vacancyId = q->value(3).toLongLong();
        row.workerName = q->value(4).toString();
        row.residentId = maskResidentId(q->value(5).toString());
        row.enterpriseName = q->value(6).toString();
        row.postTitle = q->value(7).toString();
        row.stage = q->value(8).toString();
        row.exit = q->value(9).toString();
        row.stageOn = dayOf(q->value(10));
        row.officer = q->value(11).toString();
        row.stable = q->value(12).toBool() || row.stage == QLatin1String("stable");
        out << row;
    }
    return out;
}

// Sorted by stage: each (stage, exit) part in id order, cut at the window's end, merged; a window never sorts more
// than the parts' cut rows, however many referrals the filter keeps.
QString ReferralListQuery::stagePartsSql(qint64 first, qint64 rows, bool reversed, QVariantList& binds) const
{
    const bool descending = m_sort.descending != reversed;
    QStringList parts;
    for (const StagePart& part : stageParts()) {
        const QString where = whereClause(binds);
        parts << QStringLiteral("SELECT * FROM (SELECT r.id AS rid, %1 AS k FROM referrals r INDEXED BY "
                                "referrals_stage_exit_id WHERE r.stage = '%2' AND r.exit_kind %3%4 ORDER BY rid%5 "
                                "LIMIT %6)")
                     .arg(QString::number(part.rank), QLatin1String(part.stage),
                          part.exit ? QStringLiteral("= '%1'").arg(QLatin1String(part.exit))
                                    : QStringLiteral("IS NULL"),
                          where.isEmpty() ? QString() : QStringLiteral(" AND ") + where.mid(7),
                          descending ? QStringLiteral(" DESC") : QString(), QString::number(first + rows));
    }
    return QStringLiteral("SELECT rid, k FROM (%1)%2%3")
        .arg(parts.join(QStringLiteral(" UNION ALL ")), orderBy(reversed), limitSql(rows, first));
}

Expected<QVector<ReferralRow>> ReferralListQuery::read(qint64 first, qint64 rows, bool reversed) const
{
    const ColumnKey key = columnKey(m_sort.column);
    QVariantList binds{iso(m_today)};
    // Many rows selected and a column of another table: walk that table in the column's order with each record's
    // referrals, testing the filter, and stop at the window. Otherwise the filter gives the rows and they are
    // sorted (only the sort key joined). Either way the window's ids come first and their shown columns after, so
    // the stable test and the names are read for the window's rows only.
    const Expected<qint64> n = count();
    if (!n)
        return Expected<QVector<ReferralRow>>::failure(n.message());
    const bool walk = key.walkFrom && *n >= g_walkThreshold;
    const QString keys =
        QStringLiteral("%1 AS k%2")
            .arg(walk && key.walkKey ? QLatin1String(key.walkKey)
                 : key.key           ? QLatin1String(key.key)
                                     : kStageRank,
                 key.owner ? QStringLiteral(", %1 AS k2").arg(QLatin1String(walk ? key.walkOwner : key.owner))
                           : QString());
    const QString from =
        walk ? QString(QLatin1String(key.walkFrom)) : QString(QStringLiteral("referrals r ") + QLatin1String(key.join));
    QString inner;
    if (m_sort.column == ReferralColumn::Stage && *n >= g_walkThreshold) {
        inner = stagePartsSql(first, rows, reversed, binds);
    } else if (walk && key.orphans) {
        // The referrals without a post (key '', owner 0) and the walk, each in order and cut at the window's end,
        // merged: a window never sorts more than twice its end.
        const QString where = whereClause(binds);
        const QString andWhere = where.isEmpty() ? QString() : QStringLiteral(" AND ") + where.mid(7);
        const QString limit = QStringLiteral(" LIMIT %1").arg(first + rows);
        const QString orphans =
            QStringLiteral("SELECT * FROM (SELECT r.id AS rid, '' AS k, 0 AS k2 FROM referrals r INDEXED BY "
                           "referrals_vacancy WHERE r.vacancy_id IS NULL%1 ORDER BY rid%2%3)")
                .arg(andWhere, reversed != m_sort.descending ? QStringLiteral(" DESC") : QString(), limit);
        const QString walked = QStringLiteral("SELECT * FROM (SELECT r.id AS rid, %1 FROM %2%3%4%5)")
                                   .arg(keys, from, whereClause(binds), orderBy(reversed), limit);
        inner = QStringLiteral("SELECT rid, k, k2 FROM (%1 UNION ALL %2)%3%4")
                    .arg(orphans, walked, orderBy(reversed), limitSql(rows, first));
    } else if (m_filter.stage == ReferralListStage::Stable && !walk) {
        // Each part in the column's order from its index, cut at the window's end, merged.
        QStringList parts;
        for (StablePart part : {StablePart::Stored, StablePart::ByRule})
            parts << QStringLiteral("SELECT * FROM (SELECT r.id AS rid, %1 FROM %2%3%4 LIMIT %5)")
                         .arg(keys, from, whereClause(binds, part), orderBy(reversed), QString::number(first + rows));
        inner = QStringLiteral("SELECT * FROM (%1)%2%3")
                    .arg(parts.join(QStringLiteral(" UNION ALL ")), orderBy(reversed), limitSql(rows, first));
    } else {
        inner = QStringLiteral("SELECT r.id AS rid, %1 FROM %2%3%4%5")
                    .arg(keys, from, whereClause(binds), orderBy(reversed), limitSql(rows, first));
    }
    return readRows(rowsSql(inner, orderBy(reversed)), binds);
}

Expected<ReferralRow> ReferralListQuery::row(qint64 referralId) const
{
    Expected<QVector<ReferralRow>> rows =
        readRows(rowsSql(QStringLiteral("SELECT ? AS rid, 0 AS k"), {}), {iso(m_today), referralId});
    if (!rows)
        return Expected<ReferralRow>::failure(rows.message());
    if (rows->isEmpty())
        return Expected<ReferralRow>::failure(JB_TR("Placement", "Referral %1 does not exist").arg(referralId));
    return rows->first();
}

Expected<QVector<ReferralRow>> ReferralListQuery::fetch(qint64 offset, int limit) const
{
    return readListWindow<ReferralRow>(
        offset, limit, [this] { return count(); },
        [this](qint64 first, qint64 rows, bool reversed) { return read(first, rows, reversed); });
}

Expected<QStringList> referralOfficers(QSqlDatabase db)
{
    Expected<QSqlQuery> q = run(db, QStringLiteral("SELECT officer FROM referrals WHERE officer <> '' GROUP BY "
                                                   "officer ORDER BY count(*) DESC, officer LIMIT 200"));
    if (!q)
        return Expected<QStringList>::failure(q.message());
    QStringList officers;
    while (q->next())
        officers << q->value(0).toString();
    return officers;
}

Expected<ReferralRow> referralRow(QSqlDatabase db, qint64 referralId, QDate today)
{
    ReferralFilter none;
    Expected<ReferralListQuery> query = ReferralListQuery::create(db, none, {}, today);
    if (!query)
        return Expected<ReferralRow>::failure(query.message());
    return query->row(referralId);
}

} // namespace jb::core
