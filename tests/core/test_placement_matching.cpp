// Matching both ways (core/placement/Matching.h): every criterion explained with both values, trade synonyms as
// reference data, already-referred people and closed posts excluded, the county and hardship filters.

#include "PlacementTestSupport.h"
#include "core/placement/Matching.h"
#include "core/placement/ReferralPipeline.h"

using namespace jb::test::placement;

namespace {

const Criterion& criterion(const MatchCandidate& m, const char* name)
{
    for (const Criterion& c : m.criteria)
        if (c.name == QLatin1String(name))
            return c;
    FAIL("no criterion " << name);
    return m.criteria.first();
}

struct Market
{
    ScratchDir dir;
    PlacementCounty c{dir, QStringLiteral("matching.jobbridge")};
    PinnedDay day{QDate(2026, 3, 20)};
    qint64 worker = c.worker(QStringLiteral("刘洋"), QStringLiteral("2026-03-01"), c.townA);
    qint64 forklift = 0, cook = 0, closed = 0;

    Market()
    {
        execBound(c.db(),
                  QStringLiteral("UPDATE workers SET desired_trade = '叉车工', desired_place = '店埠镇', "
                                 "expected_wage_min = 5000, education_id = ? WHERE id = ?"),
                  {c.item("education", "junior"), worker});
        const qint64 near = c.enterprise(QStringLiteral("合力叉车"), c.townA);
        const qint64 far = c.enterprise(QStringLiteral("撮镇酒店"), c.townA);
        forklift = c.post(near, QStringLiteral("叉车司机"));
        execBound(c.db(),
                  QStringLiteral("UPDATE vacancies SET wage_min = 5000, wage_max = 6000, work_location = '肥东县店埠镇"
                                 "经开区', occupation_group_id = ?, education_id = ?, age_min = 20, age_max = 45 WHERE "
                                 "id = ?"),
                  {c.item("occupation_group", "4"), c.item("education", "junior"), forklift});
        cook = c.post(far, QStringLiteral("厨师"));
        execBound(
            c.db(),
            QStringLiteral("UPDATE vacancies SET wage_min = 4000, wage_max = 4500, work_location = '合肥市蜀山区' "
                           "WHERE id = ?"),
            {cook});
        closed = c.post(near, QStringLiteral("叉车工"));
        execBound(c.db(), QStringLiteral("UPDATE vacancies SET status = 'closed' WHERE id = ?"), {closed});
    }
};

} // namespace

TEST_CASE("A worker who wants 叉车工 near 店埠镇 at 5,000 ranks a 叉车司机 post in 店埠镇 above a 厨师 post elsewhere",
          "[placement][matching]")
{
    Market m;
    const Expected<QVector<MatchCandidate>> posts = matchPostsForWorker(m.c.db(), m.worker);
    REQUIRE(posts.hasValue());
    REQUIRE(posts->size() == 2); // the closed post is not a candidate
    CHECK(posts->at(0).vacancyId == m.forklift);
    CHECK(posts->at(1).vacancyId == m.cook);
    CHECK(posts->at(0).score > posts->at(1).score);

    const MatchCandidate& best = posts->at(0);
    CHECK(best.criteria.size() == 8);
    CHECK(criterion(best, "trade").verdict == Verdict::Match);
    CHECK(criterion(best, "trade").worker == QStringLiteral("叉车工"));
    CHECK(criterion(best, "trade").vacancy == QStringLiteral("叉车司机"));
    CHECK(criterion(best, "place").verdict == Verdict::Match);
    CHECK(criterion(best, "place").vacancy == QStringLiteral("肥东县店埠镇经开区"));
    CHECK(criterion(best, "wage").verdict == Verdict::Match);
    CHECK(criterion(best, "wage").vacancy == QStringLiteral("5000–6000"));
    CHECK(criterion(best, "occupation_group").verdict == Verdict::Match); // 叉车 trades are group 4
    CHECK(criterion(best, "education").verdict == Verdict::Match);
    CHECK(criterion(best, "skill_level").verdict == Verdict::Match); // the post asks for none
    CHECK(criterion(best, "age").verdict == Verdict::Match);
    CHECK(criterion(best, "age").worker == QStringLiteral("36"));
    CHECK(criterion(best, "priority").verdict == Verdict::Mismatch);
    CHECK(best.score == totalScore(best.criteria));

    const MatchCandidate& cook = posts->at(1);
    CHECK(criterion(cook, "trade").verdict == Verdict::Mismatch);
    CHECK(criterion(cook, "place").verdict == Verdict::Partial); // same county
    CHECK(criterion(cook, "wage").verdict == Verdict::Mismatch);
    CHECK(criterion(cook, "occupation_group").verdict == Verdict::Unknown);
    CHECK(verdictKey(Verdict::Partial) == QStringLiteral("partial"));

    // Once referred, a post is no longer offered to the same person.
    REQUIRE(startReferral(m.c.db(), m.worker, m.forklift, QDate(2026, 3, 20)).hasValue());
    const Expected<QVector<MatchCandidate>> after = matchPostsForWorker(m.c.db(), m.worker);
    REQUIRE(after->size() == 1);
    CHECK(after->at(0).vacancyId == m.cook);
}

TEST_CASE("Matching for a post ranks the workers looking for work; filters and synonyms extend it",
          "[placement][matching]")
{
    Market m;
    const qint64 hardship = m.c.worker(QStringLiteral("陈静"), QStringLiteral("2026-03-02"), m.c.townB);
    execBound(m.c.db(), QStringLiteral("UPDATE workers SET desired_trade = '叉车司机' WHERE id = ?"), {hardship});
    m.c.hardship(hardship);
    const qint64 employed = m.c.worker(QStringLiteral("已就业"), QStringLiteral("2026-03-02"), m.c.townA);
    execBound(m.c.db(),
              QStringLiteral("UPDATE workers SET desired_trade = '叉车工', employment_status_id = ? WHERE id = ?"),
              {m.c.item("employment_status", "employed"), employed});

    Expected<QVector<MatchCandidate>> workers = matchWorkersForPost(m.c.db(), m.forklift);
    REQUIRE(workers.hasValue());
    REQUIRE(workers->size() == 2);
    CHECK(workers->at(0).workerId == m.worker); // the place decides: 店埠镇 against 撮镇镇
    CHECK(workers->at(1).workerId == hardship);
    CHECK(criterion(workers->at(1), "priority").verdict == Verdict::Match);

    MatchFilter onlyHardship;
    onlyHardship.hardshipOnly = true;
    workers = matchWorkersForPost(m.c.db(), m.forklift, onlyHardship);
    REQUIRE(workers->size() == 1);
    CHECK(workers->at(0).workerId == hardship);

    MatchFilter top1;
    top1.top = 1;
    top1.myCountyOnly = true;
    CHECK(matchWorkersForPost(m.c.db(), m.forklift, top1)->size() == 1);

    // A trade the synonyms do not know is only a partial match, until the officer adds it.
    execBound(m.c.db(), QStringLiteral("UPDATE vacancies SET title = '铲车司机' WHERE id = ?"), {m.forklift});
    Expected<QVector<MatchCandidate>> posts = matchPostsForWorker(m.c.db(), m.worker);
    REQUIRE(posts->size() == 2);
    CHECK(criterion(posts->at(0), "trade").verdict == Verdict::Mismatch);
    REQUIRE(addTradeSynonym(m.c.db(), QStringLiteral("铲车司机"), QStringLiteral("叉车工")).ok());
    posts = matchPostsForWorker(m.c.db(), m.worker);
    CHECK(posts->at(0).vacancyId == m.forklift);
    CHECK(criterion(posts->at(0), "trade").verdict == Verdict::Match);
    CHECK_FALSE(addTradeSynonym(m.c.db(), QStringLiteral("铲车司机"), QStringLiteral("叉车工")).ok()); // once
}

TEST_CASE("Criteria verdicts: wage range, age slack, education below, unknown values", "[placement][matching]")
{
    MatchContext context;
    context.today = QDate(2026, 3, 20);
    WorkerFacts w;
    w.desiredTrade = QStringLiteral("普工、焊工");
    w.wageMin = 5000;
    w.birthDate = QDate(1976, 6, 1); // 49
    w.educationRank = 2;
    PostFacts p;
    p.title = QStringLiteral("包装普工");
    p.wageMin = 4500;
    p.wageMax = 5500;
    p.ageMax = 47;
    p.educationRank = 4;
    const QVector<Criterion> cs = judge(w, p, context);
    CHECK(cs.at(0).verdict == Verdict::Partial);  // 普工 within 包装普工
    CHECK(cs.at(2).verdict == Verdict::Partial);  // only the top of the range reaches 5,000
    CHECK(cs.at(4).verdict == Verdict::Mismatch); // two levels below
    CHECK(cs.at(6).verdict == Verdict::Partial);  // two years over the limit
    CHECK(cs.at(6).worker == QStringLiteral("49"));
    w.wageMin.reset();
    w.birthDate = QDate();
    const QVector<Criterion> unknown = judge(w, p, context);
    CHECK(unknown.at(2).verdict == Verdict::Unknown);
    CHECK(unknown.at(6).verdict == Verdict::Unknown);
    CHECK(desiredTrades(QStringLiteral("普工, 焊工/电工")) ==
          QStringList{QStringLiteral("普工"), QStringLiteral("焊工"), QStringLiteral("电工")});
}

TEST_CASE("People already referred leave both rankings; a referral whose post was deleted hides nothing",
          "[placement][matching]")
{
    Market m;
    Expected<QVector<MatchCandidate>> workers = matchWorkersForPost(m.c.db(), m.forklift);
    REQUIRE(workers.hasValue());
    REQUIRE(workers->size() == 1);
    CHECK(workers->at(0).workerId == m.worker);
    REQUIRE(startReferral(m.c.db(), m.worker, m.forklift, QDate(2026, 3, 20)).hasValue());
    CHECK(matchWorkersForPost(m.c.db(), m.forklift)->isEmpty());

    // A referral to a post since deleted keeps its row with no post (vacancy_id NULL): it must not hide the
    // worker's other posts (a NOT IN over a NULL would hide every one).
    const qint64 gone = m.c.post(m.c.enterprise(QStringLiteral("已注销企业"), m.c.townA), QStringLiteral("焊工"));
    REQUIRE(startReferral(m.c.db(), m.worker, gone, QDate(2026, 3, 20)).hasValue());
    execBound(m.c.db(), QStringLiteral("DELETE FROM vacancies WHERE id = ?"), {gone});
    REQUIRE(count(m.c.db(), QStringLiteral("SELECT count(*) FROM referrals WHERE vacancy_id IS NULL")) == 1);
    const Expected<QVector<MatchCandidate>> posts = matchPostsForWorker(m.c.db(), m.worker);
    REQUIRE(posts.hasValue());
    REQUIRE(posts->size() == 1);
    CHECK(posts->at(0).vacancyId == m.cook);
}

TEST_CASE("The desired trades split at every separator the officers type", "[placement][matching]")
{
    CHECK(desiredTrades(QStringLiteral(" 叉车工，仓管员；电工;焊工\t普工、 厨师 ")) ==
          QStringList{QStringLiteral("叉车工"), QStringLiteral("仓管员"), QStringLiteral("电工"),
                      QStringLiteral("焊工"), QStringLiteral("普工"), QStringLiteral("厨师")});
    CHECK(desiredTrades(QStringLiteral("")).isEmpty());
    CHECK(desiredTrades(QStringLiteral(" , / ")).isEmpty());
    CHECK(desiredTrades(QStringLiteral("叉车工")) == QStringList{QStringLiteral("叉车工")});
}

TEST_CASE("A trade synonym the officer added is taken back by its undo, audited", "[placement][matching]")
{
    Market m;
    const QString before = scalar(m.c.db(), QStringLiteral("SELECT group_concat(term || '=' || group_code, ';') FROM "
                                                           "(SELECT * FROM trade_synonyms ORDER BY term)"))
                               .toString();
    // Into a known group, and as a new group of two trades matching did not know.
    REQUIRE(addTradeSynonym(m.c.db(), QStringLiteral("铲车司机"), QStringLiteral("叉车工")).ok());
    REQUIRE(addTradeSynonym(m.c.db(), QStringLiteral("面点师"), QStringLiteral("白案厨师")).ok());
    CHECK(count(m.c.db(), QStringLiteral("SELECT count(*) FROM trade_synonyms WHERE term IN ('铲车司机', '面点师', "
                                         "'白案厨师')")) == 3);
    REQUIRE(removeTradeSynonym(m.c.db(), QStringLiteral("面点师"), QStringLiteral("白案厨师")).ok());
    REQUIRE(removeTradeSynonym(m.c.db(), QStringLiteral("铲车司机"), QStringLiteral("叉车工")).ok());
    CHECK(scalar(m.c.db(), QStringLiteral("SELECT group_concat(term || '=' || group_code, ';') FROM (SELECT * FROM "
                                          "trade_synonyms ORDER BY term)"))
              .toString() == before);
    CHECK(count(m.c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'trade_synonyms' AND "
                                         "action = 'delete'")) == 2);
    CHECK_FALSE(removeTradeSynonym(m.c.db(), QStringLiteral("铲车司机"), QStringLiteral("叉车工")).ok());
}
