// Drill-down: on a demo county, the records listed behind every bar of the dashboard add up to the bar — each
// metric for the county and for every sub-unit, each key group, each funnel stage, the promise tiles, each fair
// level. The lists are selected from the records, the bars read from the activity summary, so they are
// independent computations of the same rule.

#include "core/lists/DrillDownExport.h"
#include "core/metrics/DrillDown.h"
#include "core/metrics/Progress.h"
#include "core/targets/PeriodRepository.h"
#include "core/validation/ResidentId.h"
#include "test_demo_support.h"

#include <QFile>
#include <QSqlQuery>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

qint64 listed(QSqlDatabase db, const DrillDown& d)
{
    INFO("figure " << d.figure.toStdString() << " org " << d.orgId);
    const auto q = DrillDownQuery::create(db, d);
    REQUIRE(q.hasValue());
    const auto total = q->figureTotal();
    REQUIRE(total.hasValue());
    return *total;
}

} // namespace

TEST_CASE("Every dashboard figure equals the records listed behind it", "[drilldown]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("drill.jobbridge"));
    QSqlDatabase db = file->connection();
    REQUIRE(generateDemo(db, smallOptions(5)).hasValue());
    const QString periodName =
        QString::fromStdString(GENERATE(as<std::string>{}, "2026", "2026-concentrated", "2026-10"));
    const Period period = *PeriodRepository(db).find(periodName);
    const qint64 home = count(db, QStringLiteral("SELECT id FROM organisations WHERE is_home = 1"));
    const Progress p = *loadProgress(db, home, period, kToday);
    INFO("period " << periodName.toStdString());

    qint64 nonZero = 0;
    for (const MetricProgress& m : p.metrics) {
        const QString key = metricInfo(m.metric).key;
        CHECK(listed(db, {key, home, period.start, p.asOf, {}, {}}) == m.actual);
        nonZero += m.actual > 0 ? 1 : 0;
        for (const SubUnitFigures& s : p.bySubUnit)
            CHECK(listed(db, {key, s.org.id, period.start, p.asOf, {}, {}}) == s.actual.value(key));
        if (metricInfo(m.metric).byKeyGroup)
            for (const KeyGroupFigures& g : p.byKeyGroup)
                CHECK(listed(db, {key, home, period.start, p.asOf, g.keyGroupId, {}}) == g.actual.value(key));
    }
    CHECK(nonZero >= 6); // the demo gives most figures something to count

    for (int i = 0; i < funnelStages().size(); ++i)
        CHECK(listed(db, {funnelStages().at(i).key, home, period.start, p.asOf, {}, {}}) == p.funnel.at(i));
    for (const FairLevelCount& f : p.fairsByLevel)
        CHECK(listed(db, {QStringLiteral("job_fairs"), home, period.start, p.asOf, {}, f.level}) == f.fairs);
    CHECK(listed(db, {QStringLiteral("hardship_due"), home, {}, kToday, {}, {}}) == p.promise.due);
    CHECK(listed(db, {QStringLiteral("hardship_overdue"), home, {}, kToday, {}, {}}) == p.promise.overdue);
}

TEST_CASE("Drill-down lists mask resident IDs and come a window at a time", "[drilldown]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("window.jobbridge"));
    QSqlDatabase db = file->connection();
    REQUIRE(generateDemo(db, smallOptions(6)).hasValue());
    const qint64 home = count(db, QStringLiteral("SELECT id FROM organisations WHERE is_home = 1"));
    const auto q = DrillDownQuery::create(db, {QStringLiteral("contracts"), home, QDate(2026, 1, 1), kToday, {}, {}});
    REQUIRE(q.hasValue());
    CHECK(q->kind() == RecordKind::Referral);
    const qint64 n = *q->count();
    REQUIRE(n > 60);
    const auto first = q->fetch(0, 50);
    const auto rest = q->fetch(50, 1000000);
    REQUIRE(first.hasValue());
    REQUIRE(rest.hasValue());
    CHECK(first->rows.size() == 50);
    CHECK(first->rows.size() + rest->rows.size() == n);
    CHECK(first->rows.first().size() == q->columns().size());
    CHECK(q->columns().first() == QStringLiteral("姓名")); // titles in the installed language
    for (const auto& row : first->rows)
        CHECK(row.at(1).toString().contains(QStringLiteral("********")));

    CHECK_FALSE(DrillDownQuery::create(db, {QStringLiteral("no_such_figure"), home, {}, {}, {}, {}}).hasValue());

    // Codes are shown by their names in the installed language, never raw: a referral's stage, a vacancy's status.
    const QStringList stages = {QStringLiteral("推荐"),     QStringLiteral("面试"),     QStringLiteral("达成意向"),
                                QStringLiteral("签订合同"), QStringLiteral("稳定就业"), QStringLiteral("已离职")};
    for (const auto& row : first->rows)
        CHECK(stages.contains(row.at(5).toString()));
    const auto jobs =
        DrillDownQuery::create(db, {QStringLiteral("jobs_collected"), home, QDate(2026, 1, 1), kToday, {}, {}});
    REQUIRE(jobs.hasValue());
    const auto vacancies = jobs->fetch(0, 1000000);
    REQUIRE(vacancies.hasValue());
    REQUIRE_FALSE(vacancies->rows.isEmpty());
    for (const auto& row : vacancies->rows)
        CHECK(QStringList{QStringLiteral("招聘中"), QStringLiteral("已招满"), QStringLiteral("已关闭")}.contains(
            row.at(4).toString()));

    // A fair's organiser level and form, by name.
    const auto fairs =
        DrillDownQuery::create(db, {QStringLiteral("job_fairs"), home, QDate(2026, 1, 1), kToday, {}, {}});
    REQUIRE(fairs.hasValue());
    const auto fairRows = fairs->fetch(0, 1000000);
    REQUIRE(fairRows.hasValue());
    REQUIRE_FALSE(fairRows->rows.isEmpty());
    for (const auto& row : fairRows->rows) {
        CHECK(QStringList{QStringLiteral("省级"), QStringLiteral("市级"), QStringLiteral("县级"),
                          QStringLiteral("产业工会")}
                  .contains(row.at(2).toString()));
        CHECK(QStringList{QStringLiteral("线下"), QStringLiteral("线上"), QStringLiteral("直播带岗"),
                          QStringLiteral("线下＋直播")}
                  .contains(row.at(3).toString()));
    }

    // A service type is listed by the stored name asked for.
    const DrillDown trained{QStringLiteral("people_trained"), home, QDate(2026, 1, 1), kToday, {}, {}};
    for (const auto& [names, expected] : {std::pair{NameLanguage::Chinese, QStringLiteral("技能培训")},
                                          std::pair{NameLanguage::English, QStringLiteral("Skills training")}}) {
        const auto services = DrillDownQuery::create(db, trained, names);
        REQUIRE(services.hasValue());
        const auto rows = services->fetch(0, 1);
        REQUIRE(rows.hasValue());
        REQUIRE_FALSE(rows->rows.isEmpty());
        CHECK(rows->rows.first().first().toString() == expected);
    }
}

TEST_CASE("Drill-down rows name the record they open, and the list exports masked unless asked (then audited)",
          "[drilldown][export]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("open.jobbridge"));
    QSqlDatabase db = file->connection();
    REQUIRE(generateDemo(db, smallOptions(6)).hasValue());
    const qint64 home = count(db, QStringLiteral("SELECT id FROM organisations WHERE is_home = 1"));

    // A referral opens its worker: the row's masked ID is that worker's.
    const auto contracts =
        DrillDownQuery::create(db, {QStringLiteral("contracts"), home, QDate(2026, 1, 1), kToday, {}, {}});
    REQUIRE(contracts.hasValue());
    CHECK(contracts->openKind() == RecordKind::Worker);
    const auto window = contracts->fetch(0, 20);
    REQUIRE(window.hasValue());
    REQUIRE(window->recordIds.size() == window->rows.size());
    REQUIRE_FALSE(window->rows.isEmpty());
    for (int i = 0; i < window->rows.size(); ++i) {
        const qint64 worker = window->recordIds.at(i);
        REQUIRE(worker > 0);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT id_number FROM workers WHERE id = %1").arg(worker)));
        REQUIRE(q.next());
        CHECK(maskResidentId(q.value(0).toString()) == window->rows.at(i).at(1).toString());
    }
    // A vacancy opens its enterprise, a fair itself.
    const auto jobs =
        DrillDownQuery::create(db, {QStringLiteral("jobs_collected"), home, QDate(2026, 1, 1), kToday, {}, {}});
    REQUIRE(jobs.hasValue());
    CHECK(jobs->openKind() == RecordKind::Enterprise);
    const auto vacancies = jobs->fetch(0, 1);
    REQUIRE(vacancies.hasValue());
    REQUIRE(vacancies->recordIds.size() == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM enterprises WHERE id = %1 AND name = '%2'")
                        .arg(vacancies->recordIds.first())
                        .arg(vacancies->rows.first().first().toString())) == 1);
    const auto fairs =
        DrillDownQuery::create(db, {QStringLiteral("job_fairs"), home, QDate(2026, 1, 1), kToday, {}, {}});
    REQUIRE(fairs.hasValue());
    CHECK(fairs->openKind() == RecordKind::JobFair);

    // Export: masked by default, nothing audited; unmasked: full IDs and one audit entry on referrals.
    const qint64 n = *contracts->count();
    const QString masked = dir.file(QStringLiteral("masked.csv"));
    const auto written = DrillDownExport::writeCsv(*contracts, masked, false);
    REQUIRE(written.hasValue());
    CHECK(*written == n);
    QFile maskedFile(masked);
    REQUIRE(maskedFile.open(QIODevice::ReadOnly));
    const QStringList maskedLines =
        QString::fromUtf8(maskedFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(maskedLines.size() == n + 1);
    CHECK(maskedLines.first().contains(QStringLiteral("姓名")));
    CHECK(maskedLines.at(1).contains(QStringLiteral("********")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")) == 0);

    const QString full = dir.file(QStringLiteral("full.csv"));
    REQUIRE(DrillDownExport::writeCsv(*contracts, full, true).hasValue());
    QFile fullFile(full);
    REQUIRE(fullFile.open(QIODevice::ReadOnly));
    const QString fullText = QString::fromUtf8(fullFile.readAll());
    CHECK_FALSE(fullText.contains(QStringLiteral("********")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked' AND "
                                   "table_name = 'referrals' AND note LIKE '%full.csv%figure=contracts%'")) == 1);
}
