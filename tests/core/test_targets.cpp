// Targets: writes through TargetRepository (audited, all or nothing), the split suggestion to sub-units, and the
// parser for target values as officers type them.

#include "core/organisations/OrganisationFile.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/targets/PeriodRepository.h"
#include "core/targets/TargetRepository.h"
#include "core/targets/TargetSplit.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>
#include <numeric>

using namespace jb::core;
using jb::test::ScratchDir;

namespace {

qint64 scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

// A county file with three towns (the first with a village under it) and the 2026 periods.
struct TargetFile
{
    ScratchDir dir;
    std::unique_ptr<Database> db;
    qint64 home = 0;
    QVector<qint64> towns;
    qint64 village = 0;
    qint64 year = 0;

    TargetFile()
    {
        auto created = createOrganisationFile(dir.file(QStringLiteral("targets.jobbridge")), QStringLiteral("340122"));
        REQUIRE(created);
        db = std::move(*created);
        OrganisationRepository orgs(db->connection());
        auto h = orgs.home();
        REQUIRE(h);
        home = h->id;
        for (const char* name : {"店埠镇", "撮镇镇", "长临河镇"}) {
            auto town = orgs.addSubUnit(home, QString::fromUtf8(name), OrgKind::Town);
            REQUIRE(town);
            towns << town->id;
        }
        auto v = orgs.addSubUnit(towns.at(0), QStringLiteral("店埠村"), OrgKind::Other);
        REQUIRE(v);
        village = v->id;
        PeriodRepository periods(db->connection());
        REQUIRE(periods.ensureYear(2026));
        auto y = periods.find(QStringLiteral("2026"));
        REQUIRE(y);
        year = y->id;
        REQUIRE(year > 0);
    }

    QSqlDatabase conn() const { return db->connection(); }
    qint64 auditRows() const
    {
        return scalar(conn(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'targets'"));
    }
    qint64 targetRows() const { return scalar(conn(), QStringLiteral("SELECT count(*) FROM targets")); }

    void addEnterprises(qint64 org, int n) const
    {
        for (int i = 0; i < n; ++i)
            exec(conn(), QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) VALUES "
                                        "(%1, 'e', '2026-01-01', '2026-01-01')")
                             .arg(org));
    }
    void addWorkers(qint64 org, int n) const
    {
        for (int i = 0; i < n; ++i)
            exec(conn(), QStringLiteral("INSERT INTO workers (org_id, name, registered_on, created_at, updated_at) "
                                        "VALUES (%1, 'w', '2026-01-01', '2026-01-01', '2026-01-01')")
                             .arg(org));
    }
};

} // namespace

TEST_CASE("Target values are read as officers write them", "[targets][parser]")
{
    struct Case
    {
        const char* text;
        double value;
    };
    const Case good[] = {
        {"3000", 3000},       {"3,000", 3000},    {"３０００", 3000}, {"2万", 20000},    {"60万", 600000},
        {"1.5万", 15000},     {"800人", 800},     {"20场", 20},       {" 3 000 ", 3000}, {"30,000家", 30000},
        {"６０万人", 600000}, {"0", 0},           {"≥3000", 3000},    {"3000.0", 3000},  {"600人次", 600},
        {"１，２００", 1200}, {"1,000,000", 1e6},
    };
    for (const Case& c : good) {
        INFO(c.text);
        const auto parsed = parseTargetValue(QString::fromUtf8(c.text));
        REQUIRE(parsed);
        REQUIRE(parsed->has_value());
        CHECK(**parsed == c.value);
    }

    for (const char* blank : {"", "   ", "　"}) {
        INFO('"' << blank << '"');
        const auto parsed = parseTargetValue(QString::fromUtf8(blank));
        REQUIRE(parsed);
        CHECK_FALSE(parsed->has_value());
    }

    struct Bad
    {
        const char* text;
        const char* messagePart;
    };
    const Bad bad[] = {
        {"abc", "不是目标数值"},   {"30,00", "不是目标数值"}, {"3000元", "不是目标数值"},
        {"两万", "不是目标数值"},  {"1.5", "整数"},           {"-5", "负数"},
        {"2万万", "不是目标数值"}, {"20000000000", "过大"},   {"3000 / 2000", "不是目标数值"},
        {"1e5", "不是目标数值"},   {"万", "不是目标数值"},
    };
    for (const Bad& b : bad) {
        INFO(b.text);
        const auto parsed = parseTargetValue(QString::fromUtf8(b.text));
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().contains(QString::fromUtf8(b.messagePart)));
        CHECK_FALSE(parsed.error().contains(parsed.message().sourceText())); // the shown language only, no English half
    }
}

TEST_CASE("Largest-remainder splits add up exactly", "[targets][split]")
{
    CHECK(splitLargestRemainder(10, {1, 1, 1}) == QVector<qint64>{4, 3, 3});
    CHECK(splitLargestRemainder(100, {1, 2, 7}) == QVector<qint64>{10, 20, 70});
    // Quotas 3.33…, 3.33…, 3.33… of 10 → the earliest entry takes the spare unit on a tie.
    CHECK(splitLargestRemainder(7, {5, 3, 2}) == QVector<qint64>{4, 2, 1}); // 3.5, 2.1, 1.4
    CHECK(splitLargestRemainder(5, {0, 0}) == QVector<qint64>{3, 2});
    CHECK(splitLargestRemainder(0, {3, 4}) == QVector<qint64>{0, 0});
    CHECK(splitLargestRemainder(9, {}).isEmpty());
    CHECK(splitLargestRemainder(3, {0, 5, 0}) == QVector<qint64>{0, 3, 0});

    // Awkward weights, many entries: always the exact total, every part within one of its quota.
    for (qint64 total : {1LL, 17LL, 999LL, 30000LL, 800000LL}) {
        const QVector<qint64> weights{13, 1, 0, 7, 29, 3, 3, 101, 2};
        const QVector<qint64> parts = splitLargestRemainder(total, weights);
        INFO("total " << total);
        CHECK(std::accumulate(parts.cbegin(), parts.cend(), qint64(0)) == total);
        const double sum = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
        for (int i = 0; i < parts.size(); ++i)
            CHECK(std::abs(static_cast<double>(parts.at(i)) - total * weights.at(i) / sum) < 1.0);
    }
}

TEST_CASE("Split suggestions follow enterprises, workers, or fall back to equal", "[targets][split]")
{
    TargetFile f;
    // Town 0 has 2 enterprises of its own and 4 in its village: its subtree counts 6.
    f.addEnterprises(f.towns.at(0), 2);
    f.addEnterprises(f.village, 4);
    f.addEnterprises(f.towns.at(1), 3);
    f.addWorkers(f.towns.at(2), 5);

    auto visits = suggestSplit(f.conn(), f.home, QStringLiteral("enterprises_visited"), 290);
    REQUIRE(visits);
    CHECK(visits->basis == SplitBasis::Enterprises);
    CHECK_FALSE(visits->fellBackToEqual);
    REQUIRE(visits->shares.size() == 3);
    CHECK(visits->shares.at(0).org.id == f.towns.at(0));
    CHECK(visits->shares.at(0).basis == 6);
    CHECK(visits->shares.at(1).basis == 3);
    CHECK(visits->shares.at(2).basis == 0);
    CHECK(visits->shares.at(0).share == Approx(6.0 / 9));
    CHECK(visits->shares.at(0).suggested == 193); // 193.33
    CHECK(visits->shares.at(1).suggested == 97);  // 96.67
    CHECK(visits->shares.at(2).suggested == 0);

    auto jobs = suggestSplit(f.conn(), f.home, QStringLiteral("jobs_collected"), 7700);
    REQUIRE(jobs);
    CHECK(jobs->basis == SplitBasis::Enterprises);

    auto people = suggestSplit(f.conn(), f.home, QStringLiteral("stable_employment"), 960);
    REQUIRE(people);
    CHECK(people->basis == SplitBasis::Workers);
    CHECK(people->shares.at(2).suggested == 960);
    CHECK(people->shares.at(0).suggested == 0);

    auto fairs = suggestSplit(f.conn(), f.home, QStringLiteral("job_fairs"), 20);
    REQUIRE(fairs);
    CHECK(fairs->basis == SplitBasis::Equal);
    CHECK_FALSE(fairs->fellBackToEqual);
    CHECK(fairs->shares.at(0).suggested == 7);
    CHECK(fairs->shares.at(1).suggested == 7);
    CHECK(fairs->shares.at(2).suggested == 6);

    // Town 0's only sub-unit (the village) has no workers: equal split, and it says it fell back.
    auto fallBack = suggestSplit(f.conn(), f.towns.at(0), QStringLiteral("contracts"), 11);
    REQUIRE(fallBack);
    CHECK(fallBack->basis == SplitBasis::Equal);
    CHECK(fallBack->fellBackToEqual);
    REQUIRE(fallBack->shares.size() == 1);
    CHECK(fallBack->shares.at(0).suggested == 11);

    CHECK_FALSE(suggestSplit(f.conn(), f.towns.at(1), QStringLiteral("contracts"), 10)); // no sub-units
    CHECK_FALSE(suggestSplit(f.conn(), f.home, QStringLiteral("no_such_metric"), 10));
    CHECK_FALSE(suggestSplit(f.conn(), f.home, QStringLiteral("contracts"), -1));
}

TEST_CASE("Setting and clearing a target is audited old to new", "[targets][write]")
{
    TargetFile f;
    TargetRepository targets(f.conn());
    const QString jobs = QStringLiteral("jobs_collected");

    REQUIRE(targets.setTarget(f.home, f.year, jobs, 7700.0));
    CHECK(targets.targetsFor(f.home, f.year)->value(jobs) == 7700);
    CHECK(f.auditRows() == 1);

    // The same value again writes nothing, not even an audit entry.
    REQUIRE(targets.setTarget(f.home, f.year, jobs, 7700.0));
    CHECK(f.auditRows() == 1);

    REQUIRE(targets.setTarget(f.home, f.year, jobs, 8000.0));
    CHECK(targets.targetsFor(f.home, f.year)->value(jobs) == 8000);
    QSqlQuery q(f.conn());
    REQUIRE(q.exec(QStringLiteral("SELECT action, field, old_value, new_value FROM audit_log WHERE table_name = "
                                  "'targets' ORDER BY id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("insert"));
    CHECK(q.value(2).isNull());
    CHECK(q.value(3).toString() == QStringLiteral("7700"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("update"));
    CHECK(q.value(1).toString() == jobs);
    CHECK(q.value(2).toString() == QStringLiteral("7700"));
    CHECK(q.value(3).toString() == QStringLiteral("8000"));

    REQUIRE(targets.setTarget(f.home, f.year, jobs, std::nullopt));
    CHECK_FALSE(targets.targetsFor(f.home, f.year)->contains(jobs));
    CHECK(f.auditRows() == 3);
    CHECK(scalar(f.conn(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND old_value = "
                                          "'8000' AND new_value IS NULL")) == 1);

    // Bad writes are refused with a reason and change nothing.
    const Status negative = targets.setTarget(f.home, f.year, jobs, -3.0);
    REQUIRE_FALSE(negative);
    CHECK(negative.error().contains(QStringLiteral("负数")));
    CHECK_FALSE(targets.setTarget(f.home, f.year, jobs, 2.5));
    CHECK_FALSE(targets.setTarget(f.home, f.year, QStringLiteral("no_such_metric"), 3.0));
    CHECK_FALSE(targets.setTarget(987654, f.year, jobs, 3.0));
    CHECK_FALSE(targets.setTarget(f.home, 987654, jobs, 3.0));
    CHECK(f.targetRows() == 0);
    CHECK(f.auditRows() == 3);
}

TEST_CASE("Child sums follow what is written to the sub-units", "[targets][write]")
{
    TargetFile f;
    TargetRepository targets(f.conn());
    const QString visits = QStringLiteral("enterprises_visited");
    auto written = targets.setTargets(f.year, {{f.home, visits, 290.0},
                                               {f.towns.at(0), visits, 150.0},
                                               {f.towns.at(1), visits, 100.0},
                                               {f.village, visits, 60.0}});
    REQUIRE(written);
    CHECK(*written == 4);
    CHECK(f.auditRows() == 4);
    CHECK(targets.childTargetSums(f.home, f.year)->value(visits) == 250); // the village is a grandchild
    CHECK(targets.childTargets(f.home, f.year)->value(f.towns.at(1)).value(visits) == 100);
}

TEST_CASE("A pasted block is written whole or not at all", "[targets][paste]")
{
    TargetFile f;
    TargetRepository targets(f.conn());
    const QStringList metrics{QStringLiteral("enterprises_visited"), QStringLiteral("jobs_collected"),
                              QStringLiteral("job_fairs")};
    const QVector<qint64> rows{f.home, f.towns.at(0), f.towns.at(1), f.towns.at(2)};

    auto pasted = targets.pasteTargets(f.year, rows, metrics,
                                       {{QStringLiteral("290"), QStringLiteral("7,700"), QStringLiteral("20场")},
                                        {QStringLiteral("150"), QStringLiteral("0.4万"), QStringLiteral("７")}});
    REQUIRE(pasted);
    CHECK(*pasted == 6);
    CHECK(f.auditRows() == 6);
    CHECK(targets.targetsFor(f.towns.at(0), f.year)->value(QStringLiteral("jobs_collected")) == 4000);
    CHECK(targets.targetsFor(f.home, f.year)->value(QStringLiteral("job_fairs")) == 20);

    // One bad cell in the second row, third column: nothing of the block lands, and the message says where.
    auto refused = targets.pasteTargets(f.year, rows, metrics,
                                        {{QStringLiteral("300"), QStringLiteral("8000"), QStringLiteral("21")},
                                         {QStringLiteral("160"), QStringLiteral("4100"), QStringLiteral("七场")}});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("第 2 行第 3 列")));
    CHECK(refused.error().contains(QStringLiteral("店埠镇")));
    CHECK(refused.error().contains(QStringLiteral("举办招聘会")));
    CHECK(refused.message().sourceText().contains(QStringLiteral("Row 2, column 3")));
    CHECK(refused.message().sourceText().contains(QStringLiteral("Job fairs held")));
    CHECK(targets.targetsFor(f.home, f.year)->value(QStringLiteral("enterprises_visited")) == 290);
    CHECK(f.auditRows() == 6);

    // A block wider or taller than the table from the first cell is refused too.
    auto tooWide = targets.pasteTargets(f.year, rows, metrics.mid(1),
                                        {{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}});
    REQUIRE_FALSE(tooWide);
    CHECK(tooWide.error().contains(QStringLiteral("第 3 列")));
    auto tooTall = targets.pasteTargets(f.year, rows.mid(3), metrics, {{QStringLiteral("1")}, {QStringLiteral("2")}});
    REQUIRE_FALSE(tooTall);
    CHECK(tooTall.error().contains(QStringLiteral("第 2 行")));
    CHECK(f.auditRows() == 6);

    // Empty cells clear what was there.
    auto cleared = targets.pasteTargets(f.year, rows, metrics, {{QString(), QStringLiteral("7700")}});
    REQUIRE(cleared);
    CHECK(*cleared == 1); // 7,700 was already stored
    CHECK_FALSE(targets.targetsFor(f.home, f.year)->contains(QStringLiteral("enterprises_visited")));
}

TEST_CASE("Periods refuse names that would be read as another period", "[targets][periods]")
{
    TargetFile f;
    PeriodRepository periods(f.conn());
    // A year or month must carry the name find() gives its dates.
    auto wrongYear = periods.add(PeriodKind::Year, QStringLiteral("2027"), {}, QDate(2028, 1, 1), QDate(2028, 12, 31));
    REQUIRE_FALSE(wrongYear);
    CHECK(wrongYear.error().contains(QStringLiteral("2028")));
    CHECK_FALSE(periods.add(PeriodKind::Month, QStringLiteral("2028-02"), {}, QDate(2028, 3, 1), QDate(2028, 3, 31)));
    CHECK(periods.add(PeriodKind::Month, QStringLiteral("2028-03"), {}, QDate(2028, 3, 1), QDate(2028, 3, 31)));
    // A phase named like a year or month would hide it from find().
    CHECK_FALSE(periods.add(PeriodKind::Phase, QStringLiteral("2029"), {}, QDate(2029, 1, 15), QDate(2029, 4, 10)));
    auto phase = periods.add(PeriodKind::Phase, QStringLiteral("2026-concentrated"),
                             QStringLiteral("2026年集中行动阶段"), QDate(2026, 1, 15), QDate(2026, 4, 10));
    REQUIRE(phase);
    CHECK(periods.find(QStringLiteral("2026年集中行动阶段"))->id == phase->id);
    CHECK_FALSE(periods.add(PeriodKind::Phase, QStringLiteral("2026-concentrated"), {}, QDate(2026, 2, 1),
                            QDate(2026, 3, 1))); // the name is taken
}
