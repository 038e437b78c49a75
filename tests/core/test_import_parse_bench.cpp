// Hidden benchmark ("[.bench]"): how fast RowParser turns worker rows into records, and how much of that is the
// resident ID check. Run: jb_core_tests "[.bench]" (in a Release build; Debug figures mean little).

#include "core/import/checking/ReferenceLookup.h"
#include "core/import/checking/RowParser.h"
#include "core/import/reading/ColumnMapping.h"
#include "core/organisations/OrganisationFile.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"
#include "core/validation/ResidentId.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>
#include <ctime>
#include <iostream>
#include <vector>

using namespace jb::core;

namespace {

QString q(const char* s)
{
    return QString::fromUtf8(s);
}

QString withCheck(const QString& first17)
{
    return first17 + residentIdCheckChar(first17);
}

} // namespace

TEST_CASE("Parsing speed", "[.bench]")
{
    const QDate kToday(2024, 6, 30);
    jb::test::ScratchDir dir;
    auto db = createOrganisationFile(dir.file(QStringLiteral("bench.jobbridge")), QStringLiteral("340122"));
    REQUIRE(db.hasValue());
    OrganisationRepository orgs((*db)->connection());
    for (const char* town : {"店埠镇", "撮镇镇"})
        REQUIRE(orgs.addSubUnit(orgs.home()->id, q(town), OrgKind::Town).hasValue());
    const auto lookup = ReferenceLookup::load((*db)->connection());
    REQUIRE(lookup.hasValue());
    const QStringList header = {q("序号"),     q("姓名"),     q("性别"),     q("身份证号码"),
                                q("联系电话"), q("所属乡镇"), q("人员类别"), q("就业状态"),
                                q("期望月薪"), q("文化程度"), q("登记日期"), q("备注")};
    const RowParser parser(ImportKind::Workers, ColumnMapping::guess(ImportKind::Workers, header), header, *lookup,
                           kToday);
    constexpr int kRows = 200000;
    const char* const groups[] = {"农民工", "困难职工", "农民工、困难职工", "新就业形态", ""};
    const char* const dates[] = {"2024/2/23", "2024-03-01", "45345", "2024年3月5日"};
    std::vector<CsvRecord> records;
    records.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
        // 1990-MM-DD birth dates and varying sequence numbers: every ID different from its neighbours.
        const QString first17 = QStringLiteral("3401221990%1%2%3")
                                    .arg(i % 12 + 1, 2, 10, QLatin1Char('0'))
                                    .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                                    .arg(i % 1000, 3, 10, QLatin1Char('0'));
        const QString id = withCheck(first17);
        CsvRecord r;
        r.line = i + 2;
        r.row = i + 2;
        r.fields = QStringList{QString::number(i + 1),
                               QStringLiteral("张三%1").arg(i % 100),
                               (first17.at(16).unicode() - u'0') % 2 ? q("男") : q("女"),
                               id,
                               QStringLiteral("138%1").arg(i % 100000000, 8, 10, QLatin1Char('0')),
                               i % 2 ? q("店埠镇") : q("撮镇镇"),
                               q(groups[i % 5]),
                               q("未就业"),
                               q("3000-5000"),
                               q("初中"),
                               q(dates[i % 4]),
                               i % 10 ? QString() : q("需要培训")};
        records.push_back(std::move(r));
    }

    // Wall time and process CPU time: on a busy machine the CPU time is the steadier figure.
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    qint64 ok = 0;
    QVector<ImportIssue> issues;
    for (const CsvRecord& r : records)
        if (parser.parseWorker(r, issues))
            ++ok;
    const double parseMs = std::max<qint64>(1, timer.elapsed());
    const double parseCpuMs = std::max(1.0, 1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC);
    CHECK(ok == kRows);
    CHECK(issues.isEmpty());

    timer.restart();
    cpu = std::clock();
    int valid = 0;
    for (const CsvRecord& r : records)
        valid += checkResidentId(r.fields.at(3), AreaCodes::instance(), kToday).ok() ? 1 : 0;
    const double idMs = std::max<qint64>(1, timer.elapsed());
    const double idCpuMs = std::max(1.0, 1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC);
    CHECK(valid == kRows);

    const auto perSecond = [](double ms) { return static_cast<qint64>(kRows / ms * 1000); };
    std::cout << "RowParser::parseWorker, " << kRows << " rows of 12 columns: " << parseMs << " ms wall ("
              << perSecond(parseMs) << " rows/s), " << parseCpuMs << " ms CPU (" << perSecond(parseCpuMs)
              << " rows/s)\n"
              << "  checkResidentId alone on the same IDs: " << idMs << " ms wall (" << perSecond(idMs) << " IDs/s), "
              << idCpuMs << " ms CPU (" << perSecond(idCpuMs) << " IDs/s)\n";
}
