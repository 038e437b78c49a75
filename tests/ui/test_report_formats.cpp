// The monthly report's three formats. The CSV of a fixed fixture county is compared byte for byte with a golden
// file; the workbook is read back as sheet XML (unzip) for its formulas, cached numbers and print setup; the PDF as
// text (pdftotext) and page count (pdfinfo). A hand-built report checks the formulas' values cell by cell. The report
// speaks the installed language: these tests install core's Chinese translation (as the Chinese interface does) where
// they read Chinese, and read English where the UI tests' English is left in place.

#include "core/organisations/OrganisationRepository.h"
#include "core/reports/MonthlyReport.h"
#include "core/storage/Database.h"
#include "documents/ReportCsv.h"
#include "documents/ReportPainter.h"
#include "documents/ReportPdf.h"
#include "documents/ReportTables.h"
#include "documents/ReportXlsx.h"
#include "support/TestSupport.h"
#include "ui/CatchQt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>

using namespace jb;
using report::ReportCell;
using report::ReportDocument;

namespace {

const QString kMonth = QStringLiteral("2026-03");
const QDate kToday(2026, 11, 23);

// Chinese for as long as it lives: core's translation installed and the default locale Chinese, as
// core::installCoreTranslation() leaves them for an officer who chose Chinese.
class InChinese final
{
public:
    InChinese() : m_locale(QLocale())
    {
        REQUIRE(m_translator.load(QStringLiteral(":/i18n/jobbridge_core_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~InChinese()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_locale);
    }
    InChinese(const InChinese&) = delete;
    InChinese& operator=(const InChinese&) = delete;

private:
    QTranslator m_translator;
    QLocale m_locale;
};

// The fixture copied to a scratch folder (opening a file may upgrade it) and its March 2026 report.
struct FixtureReport
{
    test::ScratchDir dir;
    core::MonthlyReport report;

    FixtureReport()
    {
        const QString copy = dir.file(QStringLiteral("county.jobbridge"));
        REQUIRE(QFile::copy(test::fixturePath(QStringLiteral("reports/county.jobbridge")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        auto db = core::Database::open(copy);
        REQUIRE(db.hasValue());
        const auto home = core::OrganisationRepository((*db)->connection()).home();
        REQUIRE(home.hasValue());
        auto built = core::buildMonthlyReport((*db)->connection(), home->id, kMonth, kToday);
        REQUIRE(built.hasValue());
        report = *built;
    }
};

// Runs a tool; empty when it is not installed (the caller skips), else its standard output.
std::optional<QByteArray> run(const QString& program, const QStringList& args)
{
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty()) {
        WARN(program.toStdString() + " is not installed (packaging/install-deps.sh --tests): check skipped");
        return std::nullopt;
    }
    QProcess p;
    p.start(exe, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

// The first line where two files differ, for a readable failure.
QString firstDifference(const QByteArray& expected, const QByteArray& actual)
{
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (int i = 0; i < std::max(e.size(), a.size()); ++i)
        if (e.value(i) != a.value(i))
            return QStringLiteral("line %1\n  expected: %2\n  actual:   %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)));
    return QStringLiteral("(same lines; sizes %1 and %2)").arg(expected.size()).arg(actual.size());
}

qint64 yearFigure(const core::MonthlyReport& r, const QString& key)
{
    for (const core::MetricProgress& m : r.yearToDate.metrics)
        if (core::metricInfo(m.metric).key == key)
            return m.actual;
    return -1;
}

const report::ReportTable& table(const ReportDocument& doc, const QString& section, int index = 0)
{
    for (const report::ReportSection& s : doc.sections)
        if (s.key == section)
            return s.tables.at(index);
    FAIL("no section " << section.toStdString());
    return doc.sections.constFirst().tables.constFirst();
}

// A small report built by hand: one sub-unit, a target on two metrics, one fair, insurance at 50 yuan.
core::MonthlyReport handBuilt()
{
    core::MonthlyReport r;
    r.org = core::Organisation{
        7, QStringLiteral("340122"), QStringLiteral("肥东县"), core::OrgKind::County, {}, true, false};
    r.month = core::Period{
        0, core::PeriodKind::Month, kMonth, QStringLiteral("2026年3月"), QDate(2026, 3, 1), QDate(2026, 3, 31)};
    r.madeOn = QDate(2026, 4, 2);
    for (core::Progress* p : {&r.thisMonth, &r.yearToDate}) {
        p->org = r.org;
        p->asOf = QDate(2026, 3, 31);
        for (const core::MetricInfo& info : core::metricCatalog()) {
            core::MetricProgress m;
            m.metric = info.metric;
            m.actual = p == &r.thisMonth ? 10 : 40;
            p->metrics << m;
        }
        p->funnel = {20, 10, 5, 4, 2};
        core::SubUnitFigures town;
        town.org = core::Organisation{
            8, QStringLiteral("340122100"), QStringLiteral("店埠镇"), core::OrgKind::Town, 7, false, false};
        for (const core::MetricInfo& info : core::metricCatalog())
            town.actual.insert(info.key, p == &r.thisMonth ? 6 : 30);
        town.target.insert(QStringLiteral("jobs_collected"), 60);
        p->bySubUnit << town;
        p->promise = core::PromiseFigures{5, 3, 1, 1, 0, 7};
    }
    r.yearToDate.metrics[1].target = 160; // jobs collected: 40 of 160
    r.yearToDate.metrics[1].pace.expected = 39.45;
    r.yearToDate.metrics[1].pace.status = core::PaceStatus::Green;
    r.fairs << core::ReportFair{QStringLiteral("春风行动, \"专场\""),
                                QDate(2026, 3, 7),
                                QStringLiteral("county"),
                                QStringLiteral("offline"),
                                QStringLiteral("肥东县"),
                                30,
                                500,
                                846,
                                162,
                                77};
    r.services << core::ReportServiceTotal{QStringLiteral("training"), QStringLiteral("技能培训"),
                                           QStringLiteral("Training"), 3, 9};
    r.insurance.enrolmentsMonth = 8;
    r.insurance.enrolmentsYearToDate = 17;
    return r;
}

} // namespace

TEST_CASE("report: the CSV of the fixture county matches the golden file byte for byte", "[report]")
{
    const FixtureReport fixture;
    const InChinese chinese;
    const QByteArray actual = report::ReportCsv::toBytes(report::buildReportDocument(fixture.report));
    const QString goldenPath = test::fixturePath(QStringLiteral("reports/monthly-2026-03.csv"));
    const QByteArray expected = test::readAll(goldenPath);
    if (actual != expected) {
        const QString written = QDir::temp().filePath(QStringLiteral("jb-monthly-2026-03.actual.csv"));
        test::writeAll(written, actual);
        const QString message = QStringLiteral("The report CSV differs from %1 at %2\nThe CSV written now is %3 "
                                               "(diff it against the golden file)")
                                    .arg(goldenPath, firstDifference(expected, actual), written);
        FAIL_CHECK(message.toStdString());
    }
    CHECK(actual.startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("report: formulas give the values the CSV and PDF show", "[report]")
{
    const InChinese chinese;
    const ReportDocument doc = report::buildReportDocument(handBuilt());
    const QStringList keys = [&] {
        QStringList k;
        for (const report::ReportSection& s : doc.sections)
            k << s.key;
        return k;
    }();
    CHECK(keys == QStringList{QStringLiteral("summary"), QStringLiteral("sub_units"), QStringLiteral("key_groups"),
                              QStringLiteral("fairs"), QStringLiteral("referrals"), QStringLiteral("promise"),
                              QStringLiteral("services"), QStringLiteral("insurance"), QStringLiteral("projects")});
    // Services: people and person-times side by side for each kind; only the person-times are totalled.
    const report::ReportTable& services = table(doc, QStringLiteral("services"));
    CHECK(services.header.size() == 5);
    CHECK(services.header.contains(QStringLiteral("本月人数")));
    CHECK(services.header.contains(QStringLiteral("本月人次")));

    // Summary: 40 of 160 jobs is 25.0%; no target, no percentage. No month has a target, so the month's target
    // and done % are left out; the count expected by pace is a whole number (39.45 jobs: 40).
    const report::ReportTable& summary = table(doc, QStringLiteral("summary"));
    CHECK(summary.header.size() == 8);
    CHECK_FALSE(summary.header.contains(QStringLiteral("本月目标")));
    CHECK(cellText(summary.rows.at(1).cells.at(5)) == QStringLiteral("25.0%"));
    CHECK(cellText(summary.rows.at(1).cells.at(6)) == QStringLiteral("40"));
    CHECK(summary.rows.at(0).cells.at(5).kind == ReportCell::Kind::Empty);
    CHECK(summary.rows.at(0).cells.at(5).formula.op == report::ReportFormula::Op::Ratio);

    // With a monthly target the month's columns are there, and the year's done % still reads its own columns.
    core::MonthlyReport withMonthTarget = handBuilt();
    withMonthTarget.thisMonth.metrics[1].target = 20; // 10 of 20 jobs this month
    const ReportDocument monthly = report::buildReportDocument(withMonthTarget);
    const report::ReportTable& both = table(monthly, QStringLiteral("summary"));
    CHECK(both.header.size() == 10);
    CHECK(both.header.at(3) == QStringLiteral("本月目标"));
    CHECK(cellText(both.rows.at(1).cells.at(4)) == QStringLiteral("50.0%"));
    CHECK(cellText(both.rows.at(1).cells.at(7)) == QStringLiteral("25.0%"));

    // Sub-units: the town has 30, the county's own records the other 10, the total row the county's 40.
    const report::ReportTable& towns = table(doc, QStringLiteral("sub_units"));
    REQUIRE(towns.rows.size() == 3);
    CHECK(cellText(towns.rows.at(1).cells.at(0)) == QStringLiteral("本级直属"));
    CHECK(cellText(towns.rows.at(1).cells.at(1)) == QStringLiteral("10"));
    CHECK(towns.rows.at(2).role == report::ReportRow::Role::Total);
    CHECK(cellText(towns.rows.at(2).cells.at(1)) == QStringLiteral("40"));
    // Against their targets: 30 of 60 jobs.
    const report::ReportTable& targets = table(doc, QStringLiteral("sub_units"), 2);
    CHECK(cellText(targets.rows.at(0).cells.at(3)) == QStringLiteral("50.0%"));

    // Referrals as a share of the recommended; promise on time 3 of 4.
    CHECK(cellText(table(doc, QStringLiteral("referrals")).rows.at(3).cells.at(2)) == QStringLiteral("20.0%"));
    CHECK(cellText(table(doc, QStringLiteral("promise")).rows.at(0).cells.at(4)) == QStringLiteral("75.0%"));

    // Insurance: 17 × 50 = 850, half each.
    const report::ReportTable& insurance = table(doc, QStringLiteral("insurance"));
    CHECK(cellText(insurance.rows.at(1).cells.at(3)) == QStringLiteral("850"));
    CHECK(cellText(insurance.rows.at(1).cells.at(5)) == QStringLiteral("425"));
    CHECK(cellText(insurance.rows.at(1).cells.at(6)) == QStringLiteral("425"));

    // A fair name with a comma and quotes survives the CSV.
    const QByteArray csv = report::ReportCsv::toBytes(doc);
    CHECK(csv.contains("\"春风行动, \"\"专场\"\"\",2026-03-07"));
    CHECK(csv.contains("\r\n"));
}

TEST_CASE("report: corrections appear only when there are some and the words follow the installed language", "[report]")
{
    core::MonthlyReport r = handBuilt();
    CHECK(report::buildReportDocument(r).sections.constLast().key == QStringLiteral("projects"));
    r.corrections << core::ReportCorrection{QStringLiteral("2026-02"), QStringLiteral("contracts"), 12, 14};
    {
        const InChinese chinese;
        const ReportDocument zh = report::buildReportDocument(r);
        CHECK(zh.sections.constLast().key == QStringLiteral("corrections"));
        CHECK(zh.sections.constLast().title == QStringLiteral("更正"));
        CHECK(cellText(zh.sections.constLast().tables.at(0).rows.at(0).cells.at(4)) == QStringLiteral("2"));
        CHECK(zh.sections.at(0).title == QStringLiteral("概况"));
        CHECK(zh.period.startsWith(QStringLiteral("2026年3月")));
        CHECK(zh.pageNumber.arg(1).arg(5) == QStringLiteral("第 1 页 / 共 5 页"));
    }

    // The UI tests run in English.
    const ReportDocument en = report::buildReportDocument(r);
    CHECK(en.sections.at(0).title == QStringLiteral("Summary"));
    CHECK(en.sections.constLast().title == QStringLiteral("Corrections"));
    CHECK(en.title == QStringLiteral("Employment assistance monthly report: 肥东县"));
    CHECK(en.period.startsWith(QStringLiteral("March 2026")));
    CHECK(en.status == QStringLiteral("Not submitted (draft)"));
    CHECK(en.pageNumber.arg(1).arg(5) == QStringLiteral("Page 1 of 5"));
    CHECK(en.sections.at(0).tables.at(0).rows.at(1).cells.at(7).text == QStringLiteral("On pace"));
    CHECK(report::ReportXlsx::columnName(0) == QStringLiteral("A"));
    CHECK(report::ReportXlsx::columnName(25) == QStringLiteral("Z"));
    CHECK(report::ReportXlsx::columnName(26) == QStringLiteral("AA"));
}

TEST_CASE("report: the workbook has a sheet per section with formulas and frozen headers and A4 setup", "[report]")
{
    const FixtureReport fixture;
    const InChinese chinese;
    const ReportDocument doc = report::buildReportDocument(fixture.report);
    const QString path = fixture.dir.file(QStringLiteral("report.xlsx"));
    QString error;
    REQUIRE(report::ReportXlsx::write(doc, path, &error));
    CHECK(error.isEmpty());
    CHECK(QDir(fixture.dir.file(QString())).entryList({QStringLiteral("*.tmp")}, QDir::Files).isEmpty());

    const auto workbook = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
    if (!workbook)
        return;
    const QString book = QString::fromUtf8(*workbook);
    for (const char* sheet : {"概况", "下级单位", "重点群体", "招聘会", "推荐进程", "一周承诺", "服务", "互助保障费用"})
        CHECK(book.contains(QStringLiteral("name=\"%1\"").arg(QString::fromUtf8(sheet))));
    CHECK(book.contains(QStringLiteral("_xlnm.Print_Titles")));

    // Sheet 2 (下级单位): the jobs column's total is a SUM whose cached value is the county's figure.
    const QString units = QString::fromUtf8(
        *run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet2.xml")}));
    const QRegularExpression jobsTotal(QStringLiteral("<c r=\"C\\d+\"[^>]*><f>SUM\\(C\\d+:C\\d+\\)</f><v>(\\d+)</v>"));
    const QRegularExpressionMatch match = jobsTotal.match(units);
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toLongLong() == yearFigure(fixture.report, QStringLiteral("jobs_collected")));
    CHECK(units.contains(QStringLiteral("state=\"frozen\"")));
    CHECK(units.contains(QStringLiteral("paperSize=\"9\"")));
    CHECK(units.contains(QStringLiteral("orientation=\"portrait\"")));
    CHECK(units.contains(QStringLiteral("fitToPage=\"1\"")));
    CHECK(units.contains(QStringLiteral("<cols>")));
    CHECK(units.contains(QStringLiteral("<oddFooter>&amp;C第 &amp;P 页 / 共 &amp;N 页</oddFooter>")));

    // Sheet 1 (概况): completion as a guarded ratio (no monthly targets: year to date in D, its target in E); sheet
    // 8: the insurance cost as products.
    const QString summary = QString::fromUtf8(
        *run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")}));
    CHECK(summary.contains(QStringLiteral("<f>IF(N(E8)&gt;0,D8/E8,\"\")</f>")));
    const QString insurance = QString::fromUtf8(
        *run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet8.xml")}));
    CHECK(insurance.contains(
        QStringLiteral("<f>B9*C9</f><v>%1</v>").arg(fixture.report.insurance.enrolmentsYearToDate * 50)));
    CHECK(insurance.contains(QStringLiteral("<f>D9-F9</f>")));
}

TEST_CASE("report: the PDF is A4 pages in Noto Sans CJK SC with the report's headings and numbers", "[report]")
{
    const FixtureReport fixture;
    const InChinese chinese;
    const ReportDocument doc = report::buildReportDocument(fixture.report);
    const QString path = fixture.dir.file(QStringLiteral("report.pdf"));
    QString error;
    REQUIRE(report::ReportPdf::write(doc, path, &error));
    const int pages = report::ReportPainter(doc).pageCount();
    CHECK(pages >= 3);

    const auto info = run(QStringLiteral("pdfinfo"), {path});
    if (!info)
        return;
    CHECK(info->contains(QStringLiteral("Pages:           %1\n").arg(pages).toUtf8()));
    CHECK(info->contains("(A4)"));
    const QString fonts = QString::fromUtf8(*run(QStringLiteral("pdffonts"), {path}));
    CHECK(fonts.contains(QStringLiteral("NotoSansCJKsc")));

    const QString text =
        QString::fromUtf8(*run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}));
    for (const char* words : {"肥东县就业帮扶工作月报", "制表日期 2026-11-23", "概况", "下级单位", "重点群体", "招聘会",
                              "推荐进程", "一周承诺", "互助保障费用", "年度目标完成率"})
        CHECK(text.contains(QString::fromUtf8(words)));
    // pdftotext may drop the spaces of "第 1 页 / 共 5 页"; the characters must be the ideographs (no radicals).
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(compact.contains(QStringLiteral("第1页/共%1页").arg(pages)));
    CHECK(compact.contains(QStringLiteral("第%1页/共%1页").arg(pages)));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"))));
    // The sub-unit total row carries the county's year figures, as in the CSV.
    const QString jobs = QString::number(yearFigure(fixture.report, QStringLiteral("jobs_collected")));
    const QRegularExpression totalRow(QStringLiteral("合计\\s+\\d+\\s+%1\\s").arg(jobs));
    CHECK(totalRow.match(text).hasMatch());
}
