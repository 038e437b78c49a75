// Metric computations against a small hand-built county with exact expected numbers: period edges (the phase
// 2026-01-15…04-10 includes both ends), a person in two key groups, the month-end rule of stable employment, a
// departure before the months are complete, the one-week promise (served, due, overdue), sub-units adding up,
// and pace.

#include "core/i18n/Language.h"
#include "core/metrics/Progress.h"
#include "core/metrics/ProgressJson.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/settings/SettingsRepository.h"
#include "core/targets/PeriodRepository.h"
#include "test_demo_support.h"

#include <QJsonArray>
#include <QSqlError>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

class County final : public TwoTownCounty
{
public:
    explicit County(const ScratchDir& dir) : TwoTownCounty(dir, QStringLiteral("county.jobbridge"))
    {
        REQUIRE(PeriodRepository(m_db).ensureYear(2026).ok());
        phase =
            *PeriodRepository(m_db).add(PeriodKind::Phase, QStringLiteral("2026-concentrated"),
                                        QStringLiteral("2026年集中行动阶段"), QDate(2026, 1, 15), QDate(2026, 4, 10));
        year = *PeriodRepository(m_db).find(QStringLiteral("2026"));
    }

    qint64 worker(qint64 org, const char* name, const char* registered, std::initializer_list<const char*> groups,
                  bool hardship)
    {
        const qint64 id = exec(QStringLiteral("INSERT INTO workers (org_id, name, registered_on, created_at, "
                                              "updated_at) VALUES (?, ?, ?, 'test', 'test')"),
                               {org, QString::fromUtf8(name), QLatin1String(registered)});
        for (const char* g : groups)
            exec(QStringLiteral("INSERT INTO worker_key_groups VALUES (?, ?)"), {id, item("key_group", g)});
        if (hardship)
            exec(QStringLiteral("INSERT INTO worker_hardships (worker_id, category_id) VALUES (?, ?)"),
                 {id, item("hardship_category", "zero_employment")});
        return id;
    }
    qint64 enterprise(qint64 org, const char* name)
    {
        return exec(QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) VALUES (?, ?, "
                                   "'test', 'test')"),
                    {org, QString::fromUtf8(name)});
    }
    void vacancy(qint64 enterprise, const char* title, int headcount, const char* posted)
    {
        exec(QStringLiteral("INSERT INTO vacancies (enterprise_id, title, headcount, posted_on, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, 'test', 'test')"),
             {enterprise, QString::fromUtf8(title), headcount, QLatin1String(posted)});
    }
    // stages: "recommended@2026-01-15", ...
    void referral(qint64 worker, qint64 enterprise, std::initializer_list<const char*> stages)
    {
        const qint64 id = exec(QStringLiteral("INSERT INTO referrals (worker_id, enterprise_id, stage, stage_on, "
                                              "created_at) VALUES (?, ?, 'recommended', '2026-01-01', 'test')"),
                               {worker, enterprise});
        for (const char* s : stages) {
            const QStringList parts = QString::fromLatin1(s).split(QLatin1Char('@'));
            exec(QStringLiteral("INSERT INTO referral_stages (referral_id, stage, occurred_on) VALUES (?, ?, ?)"),
                 {id, parts[0], parts[1]});
        }
    }
    void service(qint64 org, const char* type, const QVariant& worker, const char* on, const QVariant& project = {})
    {
        exec(QStringLiteral("INSERT INTO services (org_id, service_type_id, worker_id, provided_on, project_status, "
                            "created_at) VALUES (?, ?, ?, ?, ?, 'test')"),
             {org, item("service_type", type), worker, QLatin1String(on), project});
    }
    void target(qint64 org, const Period& p, const char* metric, double value)
    {
        exec(QStringLiteral("INSERT INTO targets (org_id, period_id, metric, value) VALUES (?, ?, ?, ?)"),
             {org, p.id, QLatin1String(metric), value});
    }

    Period phase, year;
};

void build(County& c)
{
    const qint64 w1 = c.worker(c.townA, "王一", "2026-01-10", {"migrant_worker", "hardship"}, true);
    const qint64 w2 = c.worker(c.townB, "李二", "2026-03-30", {"migrant_worker"}, false);
    c.worker(c.home, "张三", "2026-02-01", {"hardship"}, true); // never recommended: overdue
    c.worker(c.townA, "赵四", "2026-04-08", {}, true);          // due 2026-04-15
    const qint64 e1 = c.enterprise(c.townA, "合肥甲公司");
    const qint64 e2 = c.enterprise(c.townB, "合肥乙公司");
    const qint64 e3 = c.enterprise(c.home, "合肥丙公司");
    c.vacancy(e1, "焊工", 20, "2026-01-15");
    c.vacancy(e1, "电工", 5, "2026-01-14"); // the day before the phase
    c.vacancy(e3, "司机", 7, "2026-04-11"); // the day after the phase
    c.exec(QStringLiteral("INSERT INTO demand_snapshots (enterprise_id, recorded_on, planned, hired, gap) VALUES "
                          "(?, '2026-04-10', 10, 4, 6)"),
           {e2});
    c.exec(QStringLiteral("INSERT INTO job_fairs (org_id, organiser_level, name, held_on, form, created_at, "
                          "updated_at) VALUES (?, 'county', '春风行动招聘会', '2026-01-15', 'offline', 't', 't')"),
           {c.home});
    c.exec(QStringLiteral("INSERT INTO job_fairs (org_id, organiser_level, name, held_on, form, created_at, "
                          "updated_at) VALUES (?, 'county', '镇招聘会', '2026-04-11', 'online', 't', 't')"),
           {c.townA});
    // R1: served within the promise (5 days), contract on 31 January → stable on 30 April (3 months, month end).
    c.referral(w1, e1,
               {"recommended@2026-01-15", "interviewed@2026-01-18", "intention@2026-01-20", "contract@2026-01-31"});
    // R2: contract on 1 April, left on 1 May: never stable.
    c.referral(w2, e2, {"recommended@2026-03-31", "contract@2026-04-01", "left@2026-05-01"});
    // R3: recommended and intention on the phase's last day; R4 the day after.
    c.referral(w2, e2, {"recommended@2026-04-10", "intention@2026-04-10"});
    c.referral(w1, e3, {"recommended@2026-04-11"});
    c.service(c.townA, "training", w1, "2026-03-01");
    c.service(c.townB, "training", QVariant(), "2026-04-10");
    c.service(c.townB, "insurance", w2, "2026-04-01");
    c.service(c.townA, "entrepreneurship", w1, "2026-05-01", QStringLiteral("candidate"));
}

qint64 actual(const Progress& p, Metric m)
{
    return p.figure(m).actual;
}

const SubUnitFigures& unit(const Progress& p, qint64 id)
{
    for (const SubUnitFigures& s : p.bySubUnit)
        if (s.org.id == id)
            return s;
    FAIL("no such sub-unit");
    return p.bySubUnit.first();
}

qint64 group(const Progress& p, const char* code, const char* metric)
{
    for (const KeyGroupFigures& g : p.byKeyGroup)
        if (g.code == QLatin1String(code))
            return g.actual.value(QLatin1String(metric));
    return -1;
}

} // namespace

TEST_CASE("Phase figures count both edge days and nothing outside", "[metrics]")
{
    ScratchDir dir;
    County c(dir);
    build(c);
    const Progress p = *loadProgress(c.db(), c.home, c.phase, QDate(2026, 11, 23));
    CHECK(p.asOf == QDate(2026, 4, 10));
    CHECK(actual(p, Metric::EnterprisesVisited) == 2); // 甲 (posted 15 Jan), 乙 (snapshot 10 Apr); not 丙 (11 Apr)
    CHECK(actual(p, Metric::JobsCollected) == 20);     // not the post of 14 Jan nor that of 11 Apr
    CHECK(actual(p, Metric::JobFairs) == 1);
    CHECK(actual(p, Metric::StableEmployment) == 0); // R1 becomes stable on 30 April
    CHECK(actual(p, Metric::Intentions) == 2);
    CHECK(actual(p, Metric::Contracts) == 2);
    CHECK(actual(p, Metric::PeopleTrained) == 2);
    CHECK(actual(p, Metric::InsuranceEnrolments) == 1);
    CHECK(actual(p, Metric::EntrepreneurshipProjects) == 0);
    CHECK(actual(p, Metric::HardshipServedInPromise) == 1);
    CHECK(p.funnel == QVector<qint64>{3, 1, 2, 2, 0});
    CHECK(p.promise.registered == 2); // 张三 and 赵四; 王一 registered on 10 January, before the phase
    CHECK(p.promise.overdue == 2);    // as of 23 November: 张三 and 赵四
    CHECK(p.promise.due == 0);
}

TEST_CASE("Stable employment follows the month-end rule and the configured months", "[metrics]")
{
    ScratchDir dir;
    County c(dir);
    build(c);
    const Progress year = *loadProgress(c.db(), c.home, c.year, QDate(2026, 11, 23));
    CHECK(actual(year, Metric::StableEmployment) == 1); // R1 on 30 April; R2 left before its three months
    auto series = year.cumulative.value(QStringLiteral("stable_employment"));
    REQUIRE(series.size() == 1);
    CHECK(series.first().day == QDate(2026, 4, 30));
    // As of 29 April the three months are not complete yet.
    CHECK(actual(*loadProgress(c.db(), c.home, c.year, QDate(2026, 4, 29)), Metric::StableEmployment) == 0);

    REQUIRE(SettingsRepository(c.db()).setValue(QStringLiteral("stable_months"), QStringLiteral("2")).ok());
    const Progress phase = *loadProgress(c.db(), c.home, c.phase, QDate(2026, 11, 23));
    CHECK(actual(phase, Metric::StableEmployment) == 1); // 31 January + 2 months = 31 March, inside the phase
    CHECK(actual(*loadProgress(c.db(), c.home, c.year, QDate(2026, 11, 23)), Metric::StableEmployment) == 1);
}

TEST_CASE("Sub-units add up and a person in two key groups counts in both", "[metrics]")
{
    ScratchDir dir;
    County c(dir);
    build(c);
    const Progress p = *loadProgress(c.db(), c.home, c.phase, QDate(2026, 11, 23));
    const SubUnitFigures& a = unit(p, c.townA);
    const SubUnitFigures& b = unit(p, c.townB);
    CHECK(a.actual.value(QStringLiteral("contracts")) == 1);
    CHECK(b.actual.value(QStringLiteral("contracts")) == 1);
    CHECK(a.actual.value(QStringLiteral("jobs_collected")) == 20);
    CHECK(b.actual.value(QStringLiteral("enterprises_visited")) == 1);
    CHECK(b.actual.value(QStringLiteral("people_trained")) == 1); // the training without a named worker
    CHECK(a.actual.value(QStringLiteral("job_fairs")) == 0);      // its fair was on 11 April
    // 张三 is filed under the county itself: the county's figure is more than its sub-units' sum.
    const Progress year = *loadProgress(c.db(), c.home, c.year, QDate(2026, 11, 23));
    CHECK(year.promise.registered == 3);
    CHECK(unit(year, c.townA).actual.value(QStringLiteral("job_fairs")) == 1);

    CHECK(group(p, "migrant_worker", "contracts") == 2);
    CHECK(group(p, "hardship", "contracts") == 1);
    CHECK(group(p, "hardship", "hardship_served_in_promise") == 1);
    CHECK(group(p, "new_form", "contracts") == 0);

    // A sub-unit's own dashboard sees only its records.
    const Progress townA = *loadProgress(c.db(), c.townA, c.phase, QDate(2026, 11, 23));
    CHECK(actual(townA, Metric::Contracts) == 1);
    CHECK(actual(townA, Metric::JobsCollected) == 20);
    CHECK(townA.bySubUnit.isEmpty());
}

TEST_CASE("The promise state depends on the day it is taken", "[metrics]")
{
    ScratchDir dir;
    County c(dir);
    build(c);
    const Progress p = *loadProgress(c.db(), c.home, c.phase, QDate(2026, 4, 10));
    CHECK(p.promise.due == 1);     // 赵四, registered 8 April, due 15 April
    CHECK(p.promise.overdue == 1); // 张三, registered 1 February
    // A recommendation for 赵四 ends the wait.
    c.referral(count(c.db(), QStringLiteral("SELECT id FROM workers WHERE name = '赵四'")),
               count(c.db(), QStringLiteral("SELECT id FROM enterprises LIMIT 1")), {"recommended@2026-04-12"});
    const Progress after = *loadProgress(c.db(), c.home, c.year, QDate(2026, 4, 12));
    CHECK(after.promise.due == 0);
    CHECK(after.promise.servedInPromise == 2);
}

TEST_CASE("Targets, sub-unit target sums and pace", "[metrics]")
{
    ScratchDir dir;
    County c(dir);
    build(c);
    c.target(c.home, c.phase, "contracts", 4);
    c.target(c.townA, c.phase, "contracts", 3);
    c.target(c.townB, c.phase, "contracts", 2);
    c.target(c.home, c.year, "contracts", 4);
    const Progress phase = *loadProgress(c.db(), c.home, c.phase, QDate(2026, 11, 23));
    const MetricProgress& m = phase.figure(Metric::Contracts);
    CHECK(m.target == 4.0);
    CHECK(m.subUnitTargets == 5.0);
    CHECK(m.pace.elapsedShare == 1.0);
    CHECK(m.pace.status == PaceStatus::Red); // 2 of 4
    CHECK(unit(phase, c.townA).target.value(QStringLiteral("contracts")) == 3.0);
    CHECK(phase.figure(Metric::JobsCollected).pace.status == PaceStatus::NoTarget);

    // 1 April: 91 of 365 days → expected 4 × 91 / 365 ≈ 0.997; 1 contract (31 Jan) by then → green.
    const Progress april = *loadProgress(c.db(), c.home, c.year, QDate(2026, 4, 1));
    CHECK(april.figure(Metric::Contracts).actual == 2); // 31 January and 1 April
    CHECK(april.figure(Metric::Contracts).pace.expected.value() == Approx(4.0 * 91 / 365));
    CHECK(april.figure(Metric::Contracts).pace.status == PaceStatus::Green);
}

TEST_CASE("Pace: first day counts, amber band, nothing before the start", "[metrics]")
{
    Period p;
    p.start = QDate(2026, 1, 1);
    p.end = QDate(2026, 1, 10);
    CHECK(computePace(0, 100.0, p, QDate(2026, 1, 1), 0.9).expected == Approx(10.0));
    CHECK(computePace(9, 100.0, p, QDate(2026, 1, 1), 0.9).status == PaceStatus::Amber);
    CHECK(computePace(8.9, 100.0, p, QDate(2026, 1, 1), 0.9).status == PaceStatus::Red);
    CHECK(computePace(10, 100.0, p, QDate(2026, 1, 1), 0.9).status == PaceStatus::Green);
    CHECK(computePace(0, 100.0, p, QDate(2025, 12, 31), 0.9).expected == Approx(0.0));
    CHECK(computePace(50, 100.0, p, QDate(2026, 3, 1), 0.9).status == PaceStatus::Red);
    CHECK(computePace(50, std::nullopt, p, QDate(2026, 1, 5), 0.9).status == PaceStatus::NoTarget);
}

TEST_CASE("Metric names are shown in the installed language and written in both for scripts", "[metrics][i18n]")
{
    // The core tests run with the Chinese translation installed.
    const MetricInfo& fairs = metricInfo(Metric::JobFairs);
    CHECK(fairs.name.text() == QStringLiteral("举办招聘会"));
    CHECK(fairs.unit.text() == QStringLiteral("场"));
    CHECK(textIn(fairs.name, kEnglish) == QStringLiteral("Job fairs held"));
    CHECK(textIn(fairs.name, kChinese) == QStringLiteral("举办招聘会"));
    CHECK(textIn(metricInfo(Metric::PeopleTrained).unit, kChinese) == QStringLiteral("人次"));
    for (const MetricInfo& info : metricCatalog()) {
        INFO(info.key.toStdString());
        CHECK(textIn(info.name, kChinese) != info.name.sourceText());
        CHECK(textIn(info.unit, kChinese) != info.unit.sourceText());
        CHECK(textIn(info.definition, kChinese) != info.definition.sourceText());
    }
    for (const FunnelStage& stage : funnelStages())
        CHECK(textIn(stage.name, kChinese) != stage.name.sourceText());

    Progress p;
    p.metrics << MetricProgress{Metric::JobFairs, 3, {}, {}, {}};
    const QJsonObject metric = progressToJson(p).value(QStringLiteral("metrics")).toArray().at(0).toObject();
    CHECK(metric.value(QStringLiteral("metric")).toString() == QStringLiteral("job_fairs"));
    CHECK(metric.value(QStringLiteral("name_zh")).toString() == QStringLiteral("举办招聘会"));
    CHECK(metric.value(QStringLiteral("name_en")).toString() == QStringLiteral("Job fairs held"));

    CHECK(monthTitle(QDate(2026, 3, 31)).text() == QStringLiteral("2026年3月"));
    CHECK(monthTitle(QDate(2026, 3, 31)).sourceText() == QStringLiteral("3/2026"));
}
