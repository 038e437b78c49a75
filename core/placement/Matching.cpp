#include "core/placement/Matching.h"

#include "core/audit/AuditLog.h"
#include "core/placement/PlacementSql.h"
#include "core/reference/ReferenceNames.h"
#include "core/storage/Transaction.h"

#include <algorithm>
namespace jb::core {

using placementsql::run;

namespace {

// People already referred are left out by a NOT IN over the one worker's (or post's) few referrals, read once,
// rather than a NOT EXISTS probed for every candidate: that read the referrals table once per candidate.
//
// At most this many records from each candidate source (trade in the same organisation, trade, place) are scored:
// enough for a top 20, and bounded on the 1M-worker file. The open posts of a trade or title are read from the
// partial indexes of open posts by name (INDEXED BY): without statistics SQLite chose schema v12's index of every
// post by title and read each post of a common title to test it is open (普工: 18k rows, 40 ms of the 75).
constexpr int kCandidateCap = 500;

const QString kWorkerSelect = QStringLiteral(
    "SELECT w.id, w.name, w.org_id, w.desired_trade, coalesce(nullif(w.desired_place, ''), w.current_place), "
    "coalesce(w.return_destination, ''), w.expected_wage_min, w.expected_wage_max, coalesce(ed.sort_order, 0), "
    "ed.name_zh, ed.name_en, coalesce(sk.sort_order, 0), sk.name_zh, sk.name_en, w.birth_date, "
    "EXISTS (SELECT 1 FROM worker_hardships h WHERE h.worker_id = w.id), "
    "EXISTS (SELECT 1 FROM worker_key_groups g WHERE g.worker_id = w.id) "
    "FROM workers w LEFT JOIN reference_items ed ON ed.id = w.education_id "
    "LEFT JOIN reference_items sk ON sk.id = w.skill_level_id ");

const QString kPostSelect = QStringLiteral(
    "SELECT v.id, v.title, v.trade, e.name, e.org_id, coalesce(og.code, ''), og.name_zh, og.name_en, v.wage_min, "
    "v.wage_max, v.wage_text, coalesce(ed.sort_order, 0), ed.name_zh, ed.name_en, coalesce(sk.sort_order, 0), "
    "sk.name_zh, sk.name_en, v.age_min, v.age_max, v.work_location "
    "FROM vacancies v JOIN enterprises e ON e.id = v.enterprise_id "
    "LEFT JOIN reference_items og ON og.id = v.occupation_group_id "
    "LEFT JOIN reference_items ed ON ed.id = v.education_id "
    "LEFT JOIN reference_items sk ON sk.id = v.skill_level_id ");

std::optional<int> optionalInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

WorkerFacts workerFrom(const QSqlQuery& q)
{
    WorkerFacts w;
    w.id = q.value(0).toLongLong();
    w.name = q.value(1).toString();
    w.orgId = q.value(2).toLongLong();
    w.desiredTrade = q.value(3).toString();
    w.place = q.value(4).toString();
    w.returnDestination = q.value(5).toString();
    w.wageMin = optionalInt(q.value(6));
    w.wageMax = optionalInt(q.value(7));
    w.educationRank = q.value(8).toInt();
    w.education = shownName(q.value(9).toString(), q.value(10).toString());
    w.skillRank = q.value(11).toInt();
    w.skill = shownName(q.value(12).toString(), q.value(13).toString());
    w.birthDate = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    w.hardship = q.value(15).toBool();
    w.keyGroup = q.value(16).toBool();
    return w;
}

PostFacts postFrom(const QSqlQuery& q)
{
    PostFacts p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.trade = q.value(2).toString();
    p.enterpriseName = q.value(3).toString();
    p.orgId = q.value(4).toLongLong();
    p.occupationGroupCode = q.value(5).toString();
    p.occupationGroup = shownName(q.value(6).toString(), q.value(7).toString());
    p.wageMin = optionalInt(q.value(8));
    p.wageMax = optionalInt(q.value(9));
    p.wageText = q.value(10).toString();
    p.educationRank = q.value(11).toInt();
    p.education = shownName(q.value(12).toString(), q.value(13).toString());
    p.skillRank = q.value(14).toInt();
    p.skill = shownName(q.value(15).toString(), q.value(16).toString());
    p.ageMin = optionalInt(q.value(17));
    p.ageMax = optionalInt(q.value(18));
    p.workLocation = q.value(19).toString();
    return p;
}

Expected<MatchContext> loadContext(QSqlDatabase db, const QDate& today)
{
    using Result = Expected<MatchContext>;
    MatchContext c;
    c.today = today;
    Expected<QSqlQuery> s =
        run(db, QStringLiteral("SELECT term, group_code, coalesce(occupation_group, '') FROM trade_synonyms "
                               "WHERE retired = 0"));
    if (!s)
        return Result::failure(s.message());
    while (s->next()) {
        c.synonymGroup.insert(s->value(0).toString(), s->value(1).toString());
        if (!s->value(2).toString().isEmpty())
            c.groupOccupation.insert(s->value(1).toString(), s->value(2).toString());
    }
    Expected<QSqlQuery> o = run(db, QStringLiteral("SELECT code, name_zh, name_en FROM reference_items WHERE list = "
                                                   "'occupation_group'"));
    if (!o)
        return Result::failure(o.message());
    while (o->next())
        c.occupationNames.insert(o->value(0).toString(), shownName(o->value(1).toString(), o->value(2).toString()));
    Expected<QSqlQuery> t = run(db, QStringLiteral("SELECT o.id, o.name, (SELECT t.ancestor_id FROM organisation_tree "
                                                   "t JOIN organisations a ON a.id = t.ancestor_id WHERE t.org_id = "
                                                   "o.id AND a.kind = 'county') FROM organisations o"));
    if (!t)
        return Result::failure(t.message());
    while (t->next()) {
        c.orgNames.insert(t->value(0).toLongLong(), t->value(1).toString());
        c.countyOf.insert(t->value(0).toLongLong(), t->value(2).toLongLong());
    }
    return c;
}

// The terms of the trades wanted and every synonym of them.
QStringList tradeTerms(const QString& desired, const MatchContext& c)
{
    QStringList terms;
    for (const QString& t : desiredTrades(desired)) {
        terms << t;
        const QString group = c.groupOf(t);
        for (auto it = c.synonymGroup.cbegin(); !group.isEmpty() && it != c.synonymGroup.cend(); ++it)
            if (it.value() == group)
                terms << it.key();
    }
    terms.removeDuplicates();
    return terms;
}

QString marks(int n)
{
    QStringList m;
    for (int i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.isEmpty() ? QStringLiteral("NULL") : m.join(QLatin1Char(','));
}

const QString kHomeSubtree = QStringLiteral(
    "(SELECT t.org_id FROM organisation_tree t JOIN organisations h ON h.id = t.ancestor_id WHERE h.is_home = 1)");

void rank(QVector<MatchCandidate>& all, int top)
{
    std::stable_sort(all.begin(), all.end(), [](const MatchCandidate& a, const MatchCandidate& b) {
        return a.score != b.score ? a.score > b.score : a.vacancyId + a.workerId < b.vacancyId + b.workerId;
    });
    if (all.size() > top)
        all.resize(top);
}

// One worker against one post: every criterion judged, then the total.
MatchCandidate candidate(const WorkerFacts& worker, const PostFacts& post, const MatchContext& context)
{
    MatchCandidate m{worker.id, post.id, worker.name, post.title, post.enterpriseName, 0, judge(worker, post, context)};
    m.score = totalScore(m.criteria);
    return m;
}

} // namespace

Expected<QVector<MatchCandidate>> matchPostsForWorker(QSqlDatabase db, qint64 workerId, const MatchFilter& filter,
                                                      QDate today)
{
    using Result = Expected<QVector<MatchCandidate>>;
    const Expected<MatchContext> context = loadContext(db, today);
    if (!context)
        return Result::failure(context.message());
    Expected<QSqlQuery> wq = run(db, kWorkerSelect + QStringLiteral("WHERE w.id = ?"), {workerId});
    if (!wq)
        return Result::failure(wq.message());
    if (!wq->next())
        return Result::failure(JB_TR("Placement", "Worker %1 does not exist").arg(workerId));
    const WorkerFacts worker = workerFrom(*wq);
    const QStringList terms = tradeTerms(worker.desiredTrade, *context);
    const QString county =
        filter.myCountyOnly ? QString(QStringLiteral(" AND e.org_id IN ") + kHomeSubtree) : QString();
    const QString sql =
        kPostSelect +
        QStringLiteral(
            "WHERE v.id IN (SELECT id FROM (SELECT id FROM vacancies INDEXED BY vacancies_open_title WHERE status "
            "= 'open' AND title IN (%1) UNION SELECT id FROM vacancies INDEXED BY vacancies_open_trade WHERE status "
            "= 'open' AND trade IN (%1) LIMIT %2) UNION SELECT "
            "id FROM (SELECT v2.id FROM enterprises e2 JOIN vacancies v2 ON v2.enterprise_id = e2.id AND "
            "v2.status = 'open' WHERE e2.org_id = ? LIMIT %2)) AND v.id NOT IN (SELECT vacancy_id FROM referrals "
            "WHERE worker_id = ? AND vacancy_id IS NOT NULL)%3")
            .arg(marks(static_cast<int>(terms.size())))
            .arg(kCandidateCap)
            .arg(county);
    QVariantList binds;
    for (int pass = 0; pass < 2; ++pass)
        for (const QString& t : terms)
            binds << t;
    binds << worker.orgId << workerId;
    Expected<QSqlQuery> pq = run(db, sql, binds);
    if (!pq)
        return Result::failure(pq.message());
    QVector<MatchCandidate> all;
    while (pq->next())
        all << candidate(worker, postFrom(*pq), *context);
    rank(all, filter.top);
    return all;
}

Expected<QVector<MatchCandidate>> matchWorkersForPost(QSqlDatabase db, qint64 vacancyId, const MatchFilter& filter,
                                                      QDate today)
{
    using Result = Expected<QVector<MatchCandidate>>;
    const Expected<MatchContext> context = loadContext(db, today);
    if (!context)
        return Result::failure(context.message());
    Expected<QSqlQuery> pq = run(db, kPostSelect + QStringLiteral("WHERE v.id = ?"), {vacancyId});
    if (!pq)
        return Result::failure(pq.message());
    if (!pq->next())
        return Result::failure(JB_TR("Placement", "Post %1 does not exist").arg(vacancyId));
    const PostFacts post = postFrom(*pq);
    QStringList terms = tradeTerms(post.title, *context);
    if (!post.trade.isEmpty())
        terms << tradeTerms(post.trade, *context);
    terms.removeDuplicates();
    // Looking for work: any status but employed (no status recorded counts as looking).
    QString where = QStringLiteral(
        " AND (w.employment_status_id IS NULL OR w.employment_status_id NOT IN (SELECT id FROM reference_items WHERE "
        "list = 'employment_status' AND code = 'employed'))");
    if (filter.hardshipOnly)
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM worker_hardships h WHERE h.worker_id = w.id)");
    if (filter.myCountyOnly)
        where += QStringLiteral(" AND w.org_id IN ") + kHomeSubtree;
    const QString sql =
        kWorkerSelect +
        QStringLiteral("WHERE w.id IN (SELECT id FROM (SELECT w.id FROM workers w WHERE w.desired_trade IN (%1) AND "
                       "w.org_id = ?%3 LIMIT %2) UNION SELECT id FROM (SELECT w.id FROM workers w WHERE "
                       "w.desired_trade IN (%1)%3 LIMIT %2) UNION SELECT id FROM (SELECT w.id FROM workers w WHERE "
                       "w.org_id = ?%3 LIMIT %2)) AND w.id NOT IN (SELECT worker_id FROM referrals WHERE vacancy_id = "
                       "?)")
            .arg(marks(static_cast<int>(terms.size())))
            .arg(kCandidateCap)
            .arg(where);
    QVariantList binds;
    for (const QString& t : terms)
        binds << t;
    binds << post.orgId;
    for (const QString& t : terms)
        binds << t;
    binds << post.orgId << vacancyId;
    Expected<QSqlQuery> wq = run(db, sql, binds);
    if (!wq)
        return Result::failure(wq.message());
    QVector<MatchCandidate> all;
    while (wq->next())
        all << candidate(workerFrom(*wq), post, *context);
    rank(all, filter.top);
    return all;
}

Status addTradeSynonym(QSqlDatabase db, const QString& term, const QString& synonymOf)
{
    const QString t = term.trimmed(), of = synonymOf.trimmed();
    if (t.isEmpty() || of.isEmpty() || t == of)
        return Status::failure(JB_TR("Placement", "A synonym needs two different trades"));
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    Expected<QVariant> group =
        placementsql::value(db, QStringLiteral("SELECT group_code FROM trade_synonyms WHERE term = ?"), {of});
    if (!group)
        return Status::failure(group.message());
    QVariant occupation;
    if (group->isNull()) {
        group = QVariant(of);
        if (auto q = run(db, QStringLiteral("INSERT INTO trade_synonyms (group_code, term) VALUES (?, ?)"), {of, of});
            !q)
            return Status::failure(q.message());
    } else {
        const Expected<QVariant> o = placementsql::value(
            db, QStringLiteral("SELECT max(occupation_group) FROM trade_synonyms WHERE group_code = ?"), {*group});
        if (!o)
            return Status::failure(o.message());
        occupation = *o;
    }
    if (auto q =
            run(db, QStringLiteral("INSERT INTO trade_synonyms (group_code, term, occupation_group) VALUES (?, ?, ?)"),
                {*group, t, occupation});
        !q)
        return Status::failure(q.message());
    if (Status s = appendAudit(
            db, {QStringLiteral("insert"), QStringLiteral("trade_synonyms"), 0, QStringLiteral("term"), {}, t, of});
        !s)
        return s;
    return tx.commit();
}

Status removeTradeSynonym(QSqlDatabase db, const QString& term, const QString& synonymOf)
{
    const QString t = term.trimmed(), of = synonymOf.trimmed();
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    Expected<QSqlQuery> q = run(db, QStringLiteral("DELETE FROM trade_synonyms WHERE term = ?"), {t});
    if (!q)
        return Status::failure(q.message());
    if (q->numRowsAffected() == 0)
        return Status::failure(JB_TR("Placement", "\"%1\" is not a trade synonym").arg(t));
    // addTradeSynonym made a group named after `of` holding `of` alone besides the term: take it back too.
    if (auto lone = run(db,
                        QStringLiteral("DELETE FROM trade_synonyms WHERE term = ? AND group_code = term AND NOT EXISTS "
                                       "(SELECT 1 FROM trade_synonyms WHERE group_code = ? AND term <> ?)"),
                        {of, of, of});
        !lone)
        return Status::failure(lone.message());
    if (Status s = appendAudit(
            db, {QStringLiteral("delete"), QStringLiteral("trade_synonyms"), 0, QStringLiteral("term"), t, {}, of});
        !s)
        return s;
    return tx.commit();
}

} // namespace jb::core
