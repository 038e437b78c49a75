// Golden test for the importer against lists written by a real spreadsheet program: LibreOffice 7.4 saved the
// sheets in tests/data/import/spreadsheet (a town's 求职登记表, a county's 企业用工需求清单) as GBK and as UTF-8
// CSV. Each file goes into a fresh 肥东县 file and must give exactly the summary beside it
// (<name>.expected.json): every count, and the same (line, column, reason code) issues with the same cell text.
// The expectations were reasoned row by row from the import policy (README.md there explains each one); they
// are not recordings of what the importer happened to do.

#include "core/import/ImportJob.h"
#include "core/organisations/OrganisationFile.h"
#include "core/storage/Database.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <catch2/catch.hpp>
#include <iterator>
#include <string>
#include <tuple>
#include <vector>

using namespace jb::core;
using jb::test::ScratchDir;

namespace {

// Every date in the sheets is in 2024 and earlier than this, so the result does not depend on the day the
// fixtures are imported (the CLI, which uses the real date, gives the same summary).
const QDate kToday(2024, 12, 31);

struct Fixture
{
    const char* csv;
    ImportKind kind;
};

const Fixture kFixtures[] = {
    {"workers.gbk.csv", ImportKind::Workers},         // 简体中文 (GBK), cells saved as shown
    {"workers.utf8.csv", ImportKind::Workers},        // UTF-8 (LibreOffice writes no BOM), saved as shown
    {"workers.utf8-values.csv", ImportKind::Workers}, // UTF-8, "save cell contents as shown" off
    {"vacancies.gbk.csv", ImportKind::Vacancies},     {"vacancies.utf8.csv", ImportKind::Vacancies},
};

struct Issue
{
    qint64 line = 0;
    QString column;
    QString code;
    QString value;
    QString message; // only from the importer, to explain a difference

    bool operator<(const Issue& o) const { return std::tie(line, column, code) < std::tie(o.line, o.column, o.code); }
    bool sameKey(const Issue& o) const { return line == o.line && column == o.column && code == o.code; }
    std::string describe() const
    {
        QString s = QStringLiteral("line %1  %2  %3  value \"%4\"")
                        .arg(line)
                        .arg(column.isEmpty() ? QStringLiteral("(whole row)") : column, code, value);
        if (!message.isEmpty())
            s += QStringLiteral("\n        message: ") + message;
        return s.toStdString();
    }
};

QString severityOf(const QString& code)
{
    if (code == reason::missingRequired || code == reason::idInvalid || code == reason::idChecksum ||
        code == reason::idExcelDamaged)
        return QStringLiteral("rejected");
    if (code == reason::emptyRow)
        return QStringLiteral("skipped");
    return QStringLiteral("warning");
}

QJsonObject loadExpected(const QString& csv)
{
    QString name = csv;
    name.replace(QStringLiteral(".csv"), QStringLiteral(".expected.json"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        jb::test::readAll(jb::test::fixturePath(QStringLiteral("import/spreadsheet/") + name)), &error);
    INFO(name.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

std::vector<Issue> expectedIssues(const QJsonObject& expected)
{
    std::vector<Issue> out;
    for (const QJsonValue v : expected.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QStringLiteral("line")).toInteger(),
                       o.value(QStringLiteral("column")).toString(),
                       o.value(QStringLiteral("code")).toString(),
                       o.value(QStringLiteral("value")).toString(),
                       {}});
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Issue> actualIssues(const ImportSummary& summary)
{
    std::vector<Issue> out;
    for (const ImportIssue& i : summary.issues)
        out.push_back({i.line, i.column, i.code, i.value, i.message.text()});
    std::sort(out.begin(), out.end());
    return out;
}

// The issues that differ, as one readable report (empty when the two lists agree).
std::string issueDiff(const std::vector<Issue>& expected, const std::vector<Issue>& actual)
{
    std::vector<Issue> missing;
    std::vector<Issue> unexpected;
    std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(), std::back_inserter(missing));
    std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(), std::back_inserter(unexpected));
    std::string report;
    for (const Issue& i : missing)
        report += "  expected, not reported:   " + i.describe() + "\n";
    for (const Issue& i : unexpected)
        report += "  reported, not expected:   " + i.describe() + "\n";
    // Same line, column and code, but not the original cell text.
    for (const Issue& e : expected) {
        const auto a = std::find_if(actual.begin(), actual.end(), [&](const Issue& x) { return x.sameKey(e); });
        if (a != actual.end() && a->value != e.value)
            report += "  value differs:            " + e.describe() + "\n        reported value: \"" +
                      a->value.toStdString() + "\"\n";
    }
    return report;
}

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

} // namespace

TEST_CASE("Lists saved by a spreadsheet program import with exactly the issues an officer expects",
          "[import][spreadsheet]")
{
    for (const Fixture& fixture : kFixtures) {
        DYNAMIC_SECTION(fixture.csv)
        {
            const QString csv = QString::fromLatin1(fixture.csv);
            const QJsonObject expected = loadExpected(csv);

            ScratchDir scratch;
            auto db = createOrganisationFile(scratch.file(QStringLiteral("x.jobbridge")), QStringLiteral("340122"));
            if (!db)
                FAIL("cannot create the file: " << db.error().toStdString());

            ImportRequest request;
            request.filePath = jb::test::fixturePath(QStringLiteral("import/spreadsheet/") + csv);
            request.kind = fixture.kind;
            request.today = kToday;
            request.officer = QStringLiteral("golden test");
            ImportJob job(**db, request);
            if (const Status prepared = job.prepare(); !prepared)
                FAIL("prepare() refused the file: " << prepared.error().toStdString());
            // The header guess alone must place every column (序号 aside): the sheets use the wordings officers
            // use, and a column left out would lose its data without a single issue.
            CHECK(job.mapping().missingRequiredFields().isEmpty());
            QStringList unmapped;
            for (const int column : job.mapping().unmappedColumns())
                if (job.header().value(column) != QStringLiteral("序号"))
                    unmapped << job.header().value(column);
            if (!unmapped.isEmpty())
                FAIL_CHECK("columns no field takes: " << unmapped.join(QStringLiteral(", ")).toStdString());

            auto result = job.run();
            if (!result)
                FAIL("run() failed: " << result.error().toStdString());
            const ImportSummary& s = *result;

            CHECK(s.encoding == expected.value(QStringLiteral("encoding")).toString());
            CHECK(s.delimiter == expected.value(QStringLiteral("delimiter")).toString());
            CHECK(s.headerLine == expected.value(QStringLiteral("header_line")).toInteger());
            CHECK(s.rowsRead == expected.value(QStringLiteral("rows_read")).toInteger());
            CHECK(s.inserted == expected.value(QStringLiteral("inserted")).toInteger());
            CHECK(s.updated == expected.value(QStringLiteral("updated")).toInteger());
            CHECK(s.unchanged == expected.value(QStringLiteral("unchanged")).toInteger());
            CHECK(s.rejected == expected.value(QStringLiteral("rejected")).toInteger());
            CHECK(s.warnings == expected.value(QStringLiteral("warnings")).toInteger());
            CHECK(s.skippedEmpty == expected.value(QStringLiteral("skipped_empty")).toInteger());
            CHECK_FALSE(s.dryRun);
            CHECK(s.batchId > 0);

            const std::string diff = issueDiff(expectedIssues(expected), actualIssues(s));
            if (!diff.empty()) {
                QString name = csv;
                name.replace(QStringLiteral(".csv"), QStringLiteral(".expected.json"));
                FAIL_CHECK("the issues differ from " << name.toStdString() << ":\n" << diff);
            }

            // Each reason code belongs to one severity (ImportTypes.h); empty rows are counted, not listed.
            for (const ImportIssue& i : s.issues) {
                INFO("line " << i.line << " " << i.code.toStdString());
                CHECK(severityKey(i.severity) == severityOf(i.code));
                CHECK(i.code != reason::emptyRow);
            }

            // What the file holds afterwards.
            if (fixture.kind == ImportKind::Workers) {
                CHECK(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM workers")).toLongLong() == 13);
                // 序号 17 repeats 序号 1 (张伟) with a new phone: one person, updated.
                CHECK(scalar(**db, QStringLiteral("SELECT COUNT(*) || ' ' || MAX(phone) FROM workers "
                                                  "WHERE id_number = '340122198503120134'"))
                          .toString() == QStringLiteral("1 13856789999"));
                // The 15-digit legacy number (a number cell: all 15 digits survive) is kept upgraded to 18.
                CHECK(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM workers "
                                                  "WHERE id_number = '340122196503121234'"))
                          .toLongLong() == 1);
                // 郑海涛: 女 written, the ID says male; the ID wins.
                CHECK(scalar(**db, QStringLiteral("SELECT gender FROM workers WHERE id_number = '340122198801050170'"))
                          .toString() == QStringLiteral("M"));
            } else {
                // Six enterprises, 合肥皖东精密机械有限公司 once although it is on three rows.
                CHECK(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM enterprises")).toLongLong() == 6);
                CHECK(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM vacancies")).toLongLong() == 9);
                CHECK(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM vacancies v JOIN enterprises e "
                                                  "ON e.id = v.enterprise_id "
                                                  "WHERE e.credit_code = '91340122MA2N4K1P93'"))
                          .toLongLong() == 3);
            }
        }
    }
}
