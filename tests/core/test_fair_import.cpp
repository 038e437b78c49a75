// The fair organiser's sheet (issue 12) through the import pipeline: a sheet LibreOffice saved as GBK
// (tests/data/import/fair, made the way tests/data/import/spreadsheet was) goes into a 肥东县 file holding the fair,
// one participant with its post, two other enterprises and one worker, and must give exactly the summary
// fair.gbk.expected.json reasons out row by row: counts, people added and linked, intentions and contracts, and
// the same (line, column, code, value) issues. The fair's figures then count the links; a dry run writes nothing;
// undoing the batch leaves the file as it was before.

#include "core/fairs/FairList.h"
#include "core/fairs/FairParticipation.h"
#include "core/fairs/FairRecord.h"
#include "core/import/ImportJob.h"
#include "core/import/batches/ImportBatchRepository.h"
#include "test_demo_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <tuple>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

const QDate kSheetToday(2024, 12, 31);

QJsonObject expectedSummary()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        jb::test::readAll(jb::test::fixturePath(QStringLiteral("import/fair/fair.gbk.expected.json"))), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

using IssueKey = std::tuple<qint64, QString, QString, QString, QString>; // line, column, code, value, severity

// The file the sheet goes into, as make_fair_sheet.py describes it.
struct SheetFile
{
    ScratchDir dir;
    std::unique_ptr<Database> file = newFile(dir, QStringLiteral("fair-sheet.jobbridge"));
    QSqlDatabase db = file->connection();
    qint64 home = count(db, QStringLiteral("SELECT id FROM organisations WHERE is_home = 1"));
    qint64 fair = 0;

    explicit SheetFile(const QJsonObject& setup)
    {
        PinnedDay day(kSheetToday);
        FairDetails d;
        d.name = QStringLiteral("2024年春风行动专场招聘会");
        d.firstDay = QDate(2024, 3, 8);
        d.organiserId = home;
        d.kindCode = QStringLiteral("group");
        const Expected<qint64> id = addFair(db, d);
        requireOk(id);
        fair = *id;
        const qint64 huaqiang = enterprise(QStringLiteral("合肥华强机械有限公司"),
                                           setup.value(QStringLiteral("huaqiang_credit_code")).toString());
        const qint64 lvyuan = enterprise(QStringLiteral("安徽绿源食品有限公司"), QString());
        const qint64 xinda = enterprise(QStringLiteral("肥东县鑫达物流有限公司"),
                                        setup.value(QStringLiteral("xinda_credit_code")).toString());
        requireOk(attachFairPost(db, fair, vacancy(huaqiang, QStringLiteral("焊工")), false));
        vacancy(lvyuan, QStringLiteral("包装工"));
        vacancy(xinda, QStringLiteral("叉车司机"));
        execBound(db,
                  QStringLiteral("INSERT INTO workers (org_id, name, id_number, registered_on, created_at, updated_at) "
                                 "VALUES (?, '王强', ?, '2024-01-05', 't', 't')"),
                  {home, setup.value(QStringLiteral("wang_id")).toString()});
    }
    qint64 enterprise(const QString& name, const QString& code)
    {
        return execBound(db,
                         QStringLiteral("INSERT INTO enterprises (org_id, name, credit_code, created_at, updated_at) "
                                        "VALUES (?, ?, ?, 't', 't')"),
                         {home, name, code.isEmpty() ? QVariant() : QVariant(code)});
    }
    qint64 vacancy(qint64 enterprise, const QString& title)
    {
        return execBound(
            db,
            QStringLiteral("INSERT INTO vacancies (enterprise_id, title, headcount, posted_on, created_at, "
                           "updated_at) VALUES (?, ?, 6, '2024-02-01', 't', 't')"),
            {enterprise, title});
    }
    Expected<ImportSummary> import(bool dryRun)
    {
        ImportRequest request;
        request.filePath = jb::test::fixturePath(QStringLiteral("import/fair/fair.gbk.csv"));
        request.kind = ImportKind::Fair;
        request.fairId = fair;
        request.today = kSheetToday;
        request.dryRun = dryRun;
        request.officer = QStringLiteral("fair sheet test");
        ImportJob job(*file, request);
        if (Status s = job.prepare(); !s)
            return Expected<ImportSummary>::failure(s.message());
        CHECK(job.mapping().missingRequiredFields().isEmpty());
        for (const int column : job.mapping().unmappedColumns()) // 序号 only
            CHECK(job.header().value(column) == QStringLiteral("序号"));
        return job.run();
    }
};

} // namespace

TEST_CASE("A fair organiser's GBK sheet imports with exactly the expected people, intentions and issues; its batch "
          "undoes",
          "[import][fairs]")
{
    const QJsonObject expected = expectedSummary();
    SheetFile f(expected.value(QStringLiteral("setup")).toObject());
    const QByteArray before = contentHash(f.db);
    const auto n = [&](const char* sql) { return count(f.db, QString::fromUtf8(sql)); };

    const Expected<ImportSummary> dry = f.import(true);
    requireOk(dry);
    CHECK(dry->peopleAdded == expected.value(QStringLiteral("people_added")).toInteger());
    CHECK(contentHash(f.db) == before);

    const Expected<ImportSummary> result = f.import(false);
    requireOk(result);
    const ImportSummary& s = *result;
    const auto is = [&](const char* key, qint64 value) {
        INFO(key);
        CHECK(value == expected.value(QLatin1String(key)).toInteger());
    };
    CHECK(s.encoding == expected.value(QStringLiteral("encoding")).toString());
    is("header_line", s.headerLine);
    is("rows_read", s.rowsRead);
    is("inserted", s.inserted);
    is("updated", s.updated);
    is("unchanged", s.unchanged);
    is("rejected", s.rejected);
    is("warnings", s.warnings);
    is("skipped_empty", s.skippedEmpty);
    is("people_added", s.peopleAdded);
    is("people_linked", s.peopleLinked);
    is("intentions", s.intentions);
    is("contracts", s.contracts);

    std::vector<IssueKey> want;
    for (const QJsonValue v : expected.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject o = v.toObject();
        want.emplace_back(o.value(QStringLiteral("line")).toInteger(), o.value(QStringLiteral("column")).toString(),
                          o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("value")).toString(),
                          o.value(QStringLiteral("severity")).toString());
    }
    std::vector<IssueKey> got;
    for (const ImportIssue& i : s.issues)
        got.emplace_back(i.line, i.column, i.code, i.value, severityKey(i.severity));
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    for (const IssueKey& k : got)
        INFO("reported: line " << std::get<0>(k) << " " << std::get<1>(k).toStdString() << " "
                               << std::get<2>(k).toStdString() << " \"" << std::get<3>(k).toStdString() << "\"");
    CHECK(got == want);

    // The fair counts its links; the person added at the fair names it as source, registered on its day.
    const QJsonObject after = expected.value(QStringLiteral("fair_after")).toObject();
    const Expected<FairRow> row = fairRow(f.db, f.fair);
    requireOk(row);
    CHECK(row->enterprises == after.value(QStringLiteral("enterprises")).toInteger());
    CHECK(row->posts == after.value(QStringLiteral("posts")).toInteger());
    CHECK(row->registered == after.value(QStringLiteral("registered")).toInteger());
    CHECK(row->intentions == after.value(QStringLiteral("intentions")).toInteger());
    CHECK(row->contracts == after.value(QStringLiteral("contracts")).toInteger());
    CHECK(n("SELECT count(*) FROM workers WHERE source_fair_id IS NOT NULL AND registered_on = '2024-03-08'") ==
          s.peopleAdded);
    CHECK(n("SELECT count(*) FROM vacancies WHERE title = '电工' AND source_fair_id IS NOT NULL") == 1);
    CHECK(n("SELECT count(*) FROM referrals WHERE fair_id IS NOT NULL AND stage_on = '2024-03-08'") == 5);

    // Undo: exactly the file as it was.
    const Status undone = ImportBatchRepository(f.db).undo(s.batchId);
    INFO(undone.error().toStdString());
    REQUIRE(undone.ok());
    CHECK_FALSE(ImportBatchRepository(f.db).undo(s.batchId).ok()); // once only
    CHECK(n("SELECT count(*) FROM workers") == 1);
    CHECK(n("SELECT count(*) FROM referrals") == 0);
    CHECK(n("SELECT count(*) FROM referral_stages") == 0);
    CHECK(n("SELECT count(*) FROM fair_enterprises") == 1);
    CHECK(n("SELECT count(*) FROM fair_posts") == 1);
    CHECK(n("SELECT count(*) FROM fair_attendees") == 0);
    CHECK(n("SELECT count(*) FROM vacancies") == 3);
}

TEST_CASE("A sheet moves an existing referral to the same post on instead of doubling it; undo moves it back",
          "[import][fairs]")
{
    const QJsonObject setup = expectedSummary().value(QStringLiteral("setup")).toObject();
    SheetFile f(setup);
    const qint64 wang = count(f.db, QStringLiteral("SELECT id FROM workers"));
    const qint64 welder = count(f.db, QStringLiteral("SELECT id FROM vacancies WHERE title = '焊工'"));
    const qint64 referral =
        execBound(f.db,
                  QStringLiteral("INSERT INTO referrals (worker_id, vacancy_id, enterprise_id, stage, stage_on, "
                                 "created_at) SELECT ?, id, enterprise_id, 'recommended', '2024-03-01', 't' FROM "
                                 "vacancies WHERE id = ?"),
                  {wang, welder});
    execBound(f.db,
              QStringLiteral("INSERT INTO referral_stages (referral_id, stage, occurred_on) VALUES (?, 'recommended', "
                             "'2024-03-01')"),
              {referral});
    QFile sheet(f.dir.file(QStringLiteral("one.csv")));
    REQUIRE(sheet.open(QIODevice::WriteOnly));
    sheet.write(QStringLiteral("姓名,身份证号码,意向单位,意向岗位,是否签约\n王强,%1,合肥华强机械有限公司,焊工,是\n")
                    .arg(setup.value(QStringLiteral("wang_id")).toString())
                    .toUtf8());
    sheet.close();
    ImportRequest request;
    request.filePath = sheet.fileName();
    request.kind = ImportKind::Fair;
    request.fairId = f.fair;
    request.today = kSheetToday;
    ImportJob job(*f.file, request);
    requireOk(job.prepare());
    const Expected<ImportSummary> s = job.run();
    requireOk(s);
    CHECK(s->peopleLinked == 1);
    CHECK(s->intentions == 1);
    CHECK(s->contracts == 1);
    const auto n = [&](const char* sql) { return count(f.db, QString::fromUtf8(sql)); };
    CHECK(n("SELECT count(*) FROM referrals") == 1);
    CHECK(scalar(f.db, QStringLiteral("SELECT stage || '|' || stage_on FROM referrals")).toString() ==
          QStringLiteral("contract|2024-03-08"));
    CHECK(n("SELECT count(*) FROM referral_stages") == 3);

    requireOk(ImportBatchRepository(f.db).undo(s->batchId));
    CHECK(n("SELECT count(*) FROM referrals") == 1);
    CHECK(scalar(f.db, QStringLiteral("SELECT stage || '|' || stage_on FROM referrals")).toString() ==
          QStringLiteral("recommended|2024-03-01"));
    CHECK(n("SELECT count(*) FROM referral_stages") == 1);
}
