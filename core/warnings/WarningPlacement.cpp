// The placement sections of early warning: the one-week promise, retention checks due and stale referrals, read
// through core/placement's rules (Promise.h, FollowUps.h) so the page and the placement lists never disagree.

#include "core/placement/FollowUps.h"
#include "core/placement/PlacementSql.h"
#include "core/placement/Promise.h"
#include "core/placement/ReferralStage.h"
#include "core/warnings/WarningQueries.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <tuple>
#include <vector>

namespace jb::core::warnings {

using placementsql::run;

namespace {

QDate dayOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

template <typename T> Expected<T> failed(const Message& m)
{
    return Expected<T>::failure(m);
}

// The latest contract start whose `months` check is due by `today` (start.addMonths(months) <= today, with
// QDate's end-of-month rule, as followUpsDue counts it).
QDate latestStartDue(const QDate& today, int months)
{
    QDate d = today.addMonths(-months);
    while (d.addDays(1).addMonths(months) <= today)
        d = d.addDays(1);
    while (d.addMonths(months) > today)
        d = d.addDays(-1);
    return d;
}

// The post named after what the warning is about, when the referral names one.
QString postSuffix(const QString& post)
{
    return post.isEmpty() ? QString() : QStringLiteral(": ") + post;
}

const char* const kOpenStages = "('recommended', 'interviewed', 'intention')";

// The check due for a contract: the first follow-up month reached with no "still employed" check (FollowUps.cpp's
// rule: one check at a time); 0 when none is due.
int dueMonths(const QVector<int>& followUpMonths, const QDate& start, const QString& checks, const QDate& today)
{
    QSet<int> employed;
    for (const QString& k : checks.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (k.section(QLatin1Char(':'), 1) == QLatin1String("employed"))
            employed.insert(k.section(QLatin1Char(':'), 0, 0).toInt());
    for (int months : followUpMonths)
        if (start.isValid() && start.addMonths(months) <= today && !employed.contains(months))
            return months;
    return 0;
}

// FROM and WHERE of the open contracts with a check due by today (followUpsDue's rule, read from the indexes: the
// open referrals at contract and each contract's start day); fills `binds`.
QString dueContracts(const Context& c, QVariantList& binds)
{
    QStringList due;
    for (int months : c.settings.followUpMonths) {
        due << QStringLiteral("(coalesce(s.starts_on, s.occurred_on) <= ? AND NOT EXISTS (SELECT 1 FROM "
                              "retention_checks k WHERE k.referral_id = r.id AND k.months = %1 AND k.outcome = "
                              "'employed'))")
                   .arg(months);
        binds << latestStartDue(c.today, months).toString(Qt::ISODate);
    }
    return QStringLiteral("FROM referrals r CROSS JOIN referral_stages s INDEXED BY referral_stages_contract ON "
                          "s.referral_id = r.id AND s.stage = 'contract' WHERE r.stage = 'contract' AND r.exit_kind "
                          "IS NULL AND (%1)")
        .arg(due.join(QStringLiteral(" OR ")));
}

WarningRecord staleReferral(const Context& c, const QSqlQuery& q)
{
    WarningRecord r;
    r.section = WarningSection::StaleReferrals;
    r.subjectId = q.value(0).toLongLong();
    const QString stage = q.value(5).toString();
    r.condition = stage + QLatin1Char('|') + q.value(6).toString();
    const std::optional<ReferralStage> s = referralStageFromKey(stage);
    r.what = JB_TR("Warnings", "No change at \"%1\"").arg(s ? referralStageName(*s) : Message::verbatim(stage)).text() +
             postSuffix(q.value(4).toString());
    r.who = q.value(2).toString();
    r.enterprise = q.value(3).toString();
    r.startedOn = dayOf(q.value(6));
    r.daysOverdue = static_cast<int>(r.startedOn.daysTo(c.today));
    r.opens = WarningOpens::Worker;
    r.openId = q.value(1).toLongLong();
    return r;
}

// Retention checks that are due and were marked handled for the same months.
Expected<qint64> handledFollowUps(const Context& c)
{
    Expected<QSqlQuery> q = run(
        c.db, QStringLiteral("SELECT r.id, coalesce(s.starts_on, s.occurred_on), (SELECT group_concat(k.months || ':' "
                             "|| k.outcome) FROM retention_checks k WHERE k.referral_id = r.id), m.condition "
                             "FROM warning_marks m JOIN referrals r ON r.id = m.subject_id "
                             "JOIN referral_stages s ON s.referral_id = r.id AND s.stage = 'contract' "
                             "WHERE m.section = 'followups' AND r.stage = 'contract' AND r.exit_kind IS NULL"));
    if (!q)
        return failed<qint64>(q.message());
    QSet<qint64> hidden;
    while (q->next())
        if (dueMonths(c.settings.followUpMonths, dayOf(q->value(1)), q->value(2).toString(), c.today) ==
            q->value(3).toInt())
            hidden.insert(q->value(0).toLongLong());
    return static_cast<qint64>(hidden.size());
}

} // namespace

Expected<QVector<WarningRecord>> promiseRecords(const Context& c)
{
    const Expected<PromiseList> list = promiseList(c.db, c.today);
    if (!list)
        return failed<QVector<WarningRecord>>(list.message());
    const Expected<QSet<QString>> handled = handledConditions(c, WarningSection::Promise);
    if (!handled)
        return failed<QVector<WarningRecord>>(handled.message());
    QVector<WarningRecord> records;
    for (const PromiseEntry& e : list->entries) {
        if (e.state != PromiseState::Due && e.state != PromiseState::Overdue)
            continue;
        WarningRecord r;
        r.section = WarningSection::Promise;
        r.subjectId = e.workerId;
        r.condition = promiseStateKey(e.state) + QLatin1Char('|') + e.start.toString(Qt::ISODate);
        if (handled->contains(markKey(r.subjectId, r.condition)))
            continue;
        r.what = (e.state == PromiseState::Overdue ? JB_TR("Warnings", "First recommendation overdue since %1")
                                                   : JB_TR("Warnings", "First recommendation due by %1"))
                     .arg(e.due.toString(Qt::ISODate))
                     .text();
        r.who = e.name;
        r.startedOn = e.start;
        r.daysOverdue = -e.daysLeft;
        r.opens = WarningOpens::Worker;
        r.openId = e.workerId;
        records << r;
    }
    return records;
}

Expected<qint64> followUpCount(const Context& c)
{
    QVariantList binds;
    const QString due = dueContracts(c, binds);
    const Expected<QVariant> n = placementsql::value(c.db, QStringLiteral("SELECT count(*) %1").arg(due), binds);
    if (!n)
        return failed<qint64>(n.message());
    const Expected<qint64> hidden = handledFollowUps(c);
    if (!hidden)
        return hidden;
    return n->toLongLong() - *hidden;
}

Expected<QVector<WarningRecord>> followUpRecords(const Context& c, int limit)
{
    using Result = Expected<QVector<WarningRecord>>;
    const Expected<QSet<QString>> handled = handledConditions(c, WarningSection::FollowUps);
    if (!handled)
        return Result::failure(handled.message());
    // The due contracts' days and checks only (from the indexes), the first `limit` by due day; names after.
    QVariantList binds;
    const QString due = dueContracts(c, binds);
    Expected<QSqlQuery> q = run(c.db,
                                QStringLiteral("SELECT r.id, coalesce(s.starts_on, s.occurred_on), (SELECT "
                                               "group_concat(k.months || ':' || k.outcome) FROM retention_checks k "
                                               "WHERE k.referral_id = r.id) %1")
                                    .arg(due),
                                binds);
    if (!q)
        return Result::failure(q.message());
    struct Due
    {
        QDate dueOn, start;
        qint64 referralId;
        int months;
    };
    std::vector<Due> all;
    while (q->next()) {
        const QDate start = dayOf(q->value(1));
        const int months = dueMonths(c.settings.followUpMonths, start, q->value(2).toString(), c.today);
        if (months > 0 && !handled->contains(markKey(q->value(0).toLongLong(), QString::number(months))))
            all.push_back({start.addMonths(months), start, q->value(0).toLongLong(), months});
    }
    std::sort(all.begin(), all.end(), [](const Due& a, const Due& b) {
        return std::tie(a.dueOn, a.start, a.referralId) < std::tie(b.dueOn, b.start, b.referralId);
    });
    if (static_cast<int>(all.size()) > limit)
        all.resize(static_cast<size_t>(limit));
    QVector<WarningRecord> records;
    for (const Due& d : all) {
        Expected<QSqlQuery> who = run(c.db,
                                      QStringLiteral("SELECT r.worker_id, w.name, coalesce(e.name, ''), "
                                                     "coalesce(v.title, '') FROM referrals r JOIN workers w ON w.id = "
                                                     "r.worker_id LEFT JOIN enterprises e ON e.id = r.enterprise_id "
                                                     "LEFT JOIN vacancies v ON v.id = r.vacancy_id WHERE r.id = ?"),
                                      {d.referralId});
        if (!who)
            return Result::failure(who.message());
        if (!who->next())
            continue;
        WarningRecord r;
        r.section = WarningSection::FollowUps;
        r.subjectId = d.referralId;
        r.condition = QString::number(d.months);
        r.what =
            JB_TR("Warnings", "%1-month retention check").arg(d.months).text() + postSuffix(who->value(3).toString());
        r.who = who->value(1).toString();
        r.enterprise = who->value(2).toString();
        r.startedOn = d.dueOn;
        r.daysOverdue = static_cast<int>(d.dueOn.daysTo(c.today));
        r.opens = WarningOpens::Worker;
        r.openId = who->value(0).toLongLong();
        records << r;
    }
    return records;
}

Expected<qint64> staleReferralCount(const Context& c)
{
    const QString cut = c.today.addDays(-c.settings.staleDays).toString(Qt::ISODate);
    const Expected<QVariant> all = placementsql::value(
        c.db,
        QStringLiteral("SELECT count(*) FROM referrals WHERE stage IN %1 AND exit_kind IS NULL AND stage_on <= ?")
            .arg(QLatin1String(kOpenStages)),
        {cut});
    if (!all)
        return failed<qint64>(all.message());
    const Expected<QVariant> hidden = placementsql::value(
        c.db,
        QStringLiteral("SELECT count(DISTINCT m.subject_id) FROM warning_marks m JOIN referrals r ON r.id = "
                       "m.subject_id WHERE m.section = 'stale_referrals' AND r.stage IN %1 AND r.exit_kind IS NULL "
                       "AND r.stage_on <= ? AND m.condition = r.stage || '|' || r.stage_on")
            .arg(QLatin1String(kOpenStages)),
        {cut});
    if (!hidden)
        return failed<qint64>(hidden.message());
    return all->toLongLong() - hidden->toLongLong();
}

Expected<QVector<WarningRecord>> staleReferralRecords(const Context& c, int limit)
{
    // One stage at a time, each read in day order from the open referrals' index, then merged: a single query over
    // the three stages sorted every stale referral (5 s on the 1M demo).
    QVector<WarningRecord> records;
    for (const char* stage : {"recommended", "interviewed", "intention"}) {
        Expected<QSqlQuery> q = run(
            c.db,
            QStringLiteral("SELECT r.id, r.worker_id, w.name, coalesce(e.name, ''), coalesce(v.title, ''), r.stage, "
                           "r.stage_on FROM referrals r INDEXED BY referrals_open_stage JOIN workers w ON w.id = "
                           "r.worker_id LEFT JOIN enterprises e ON e.id = r.enterprise_id LEFT JOIN vacancies v ON "
                           "v.id = r.vacancy_id WHERE r.stage = ? AND r.exit_kind IS NULL AND r.stage_on <= ? AND NOT "
                           "EXISTS (SELECT 1 FROM warning_marks m WHERE m.section = 'stale_referrals' AND "
                           "m.subject_id = r.id AND m.condition = r.stage || '|' || r.stage_on) ORDER BY r.stage_on, "
                           "r.id LIMIT ?"),
            {QString::fromLatin1(stage), c.today.addDays(-c.settings.staleDays).toString(Qt::ISODate), limit});
        if (!q)
            return failed<QVector<WarningRecord>>(q.message());
        while (q->next())
            records << staleReferral(c, *q);
    }
    std::sort(records.begin(), records.end(), [](const WarningRecord& a, const WarningRecord& b) {
        return std::tie(a.startedOn, a.subjectId) < std::tie(b.startedOn, b.subjectId);
    });
    if (records.size() > limit)
        records.resize(limit);
    return records;
}

} // namespace jb::core::warnings
