// The import job end to end on small files: exact counts for inserts, updates, unchanged rows, rejections,
// warnings and in-file duplicates; dry runs and cancels write nothing; vacancy imports key enterprises by credit
// code, else by name; the error file opens in Excel; unusable files are refused before anything is written.

#include "core/ImportTestSupport.h"
#include "core/import/batches/ImportBatchRepository.h"
#include "core/import/reading/ImportProfileRepository.h"
#include "core/import/writing/ImportColumns.h"
#include "support/MessageChecks.h"

#include <QDir>
#include <QFile>
#include <QStringList>

using namespace jb::core;
using jb::test::ScratchDir;
using namespace jb::test::import;

namespace {

QByteArray sha256Of(const QString& path)
{
    return QCryptographicHash::hash(jb::test::readAll(path), QCryptographicHash::Sha256).toHex();
}

QStringList codes(const ImportSummary& s)
{
    QStringList out;
    for (const ImportIssue& i : s.issues)
        out << i.code;
    return out;
}

QString workerCsv(int rows, int duplicateEvery = 0)
{
    QString csv = QStringLiteral("姓名,身份证号,联系电话,重点群体\r\n");
    for (int i = 0; i < rows; ++i) {
        const int person = duplicateEvery > 0 && i > 0 && i % duplicateEvery == 0 ? i - 1 : i;
        csv += QStringLiteral("工人%1,%2,138%3,农民工\r\n")
                   .arg(i)
                   .arg(residentId(person))
                   .arg(i % 100000000, 8, 10, QLatin1Char('0'));
    }
    return csv;
}

} // namespace

TEST_CASE("A worker list is imported with exact counts, its rejected and warned rows reported", "[import]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const QString file = fixture("workers_basic.csv");
    const QByteArray fileSha = sha256Of(file);
    const auto s = importFile(*db, file, ImportKind::Workers);
    REQUIRE(s.hasValue());
    CHECK(s->encoding == QLatin1String("UTF-8"));
    CHECK(s->delimiter == QLatin1String(","));
    CHECK(s->headerLine == 1);
    CHECK(s->rowsRead == 5);
    CHECK(s->inserted == 4);
    CHECK(s->updated == 0);
    CHECK(s->unchanged == 0);
    CHECK(s->rejected == 1);
    CHECK(s->warnings == 1);
    CHECK(s->skippedEmpty == 2);
    CHECK(codes(*s) == QStringList{reason::idChecksum, reason::phoneInvalid});
    CHECK(s->issues[0].line == 6);
    CHECK(s->issues[0].severity == IssueSeverity::Rejected);
    CHECK(s->issues[1].line == 7);
    CHECK(s->batchId > 0);
    CHECK(sha256Of(file) == fileSha); // the import never modifies the CSV

    CHECK(rows(*db, "workers") == 4);
    CHECK(rows(*db, "worker_key_groups") == 4);
    CHECK(rows(*db, "worker_service_needs") == 2);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE import_batch_id = %1").arg(s->batchId)) == 4);
    CHECK(rows(*db, "import_changes") == 0); // inserts are found by import_batch_id, not by change rows
    CHECK(text(*db, QStringLiteral("SELECT note FROM workers WHERE name = '王五'")) == QStringLiteral("备注,带逗号"));
    CHECK(text(*db, QStringLiteral("SELECT registered_on FROM workers WHERE name = '王五'")) ==
          QLatin1String("2024-02-25"));
    CHECK(text(*db, QStringLiteral("SELECT phone FROM workers WHERE name = '钱七'")).isEmpty());
    CHECK(text(*db, QStringLiteral("SELECT gender FROM workers WHERE name = '李四'")) == QLatin1String("F"));

    const auto batch = ImportBatchRepository(db->connection()).byId(s->batchId);
    REQUIRE(batch.hasValue());
    CHECK(batch->fileName == QLatin1String("workers_basic.csv"));
    CHECK(batch->fileSha256.toLatin1() == fileSha);
    CHECK(batch->encoding == QLatin1String("UTF-8"));
    CHECK(batch->kind == QLatin1String("workers"));
    CHECK(batch->officer == QStringLiteral("测试员"));
    CHECK((batch->rowsRead == 5 && batch->inserted == 4 && batch->rejected == 1 && batch->warnings == 1 &&
           batch->skippedEmpty == 2));
    CHECK(batch->startedAt.isValid());
    CHECK(batch->finishedAt >= batch->startedAt);
    CHECK_FALSE(batch->undoneAt.isValid());
}

TEST_CASE("Importing again: equal rows are unchanged, changed rows update only what the file provides", "[import]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    REQUIRE(importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers).hasValue());
    const QString before = text(*db, QStringLiteral("SELECT updated_at FROM workers WHERE name = '张三'"));

    const auto s = importFile(*db, fixture("workers_update.csv"), ImportKind::Workers);
    REQUIRE(s.hasValue());
    CHECK(s->encoding == QLatin1String("GB18030"));
    CHECK(s->rowsRead == 3);
    CHECK(s->inserted == 1);
    CHECK(s->updated == 1);
    CHECK(s->unchanged == 1);
    CHECK(s->rejected == 0);
    CHECK(s->warnings == 0);
    CHECK(rows(*db, "workers") == 5);
    // 张三 equal: not touched at all.
    CHECK(text(*db, QStringLiteral("SELECT updated_at FROM workers WHERE name = '张三'")) == before);
    // 李四: new phone, key groups narrowed to 农民工.
    CHECK(text(*db, QStringLiteral("SELECT phone FROM workers WHERE name = '李四'")) == QLatin1String("13911111111"));
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM worker_key_groups g JOIN workers w ON w.id = g.worker_id "
                                     "WHERE w.name = '李四'")) == 1);
    // 王五 is not in the second file and keeps everything.
    CHECK(text(*db, QStringLiteral("SELECT note FROM workers WHERE name = '王五'")) == QStringLiteral("备注,带逗号"));
    // One before-image, for the one updated record, with the old phone and both old key groups.
    REQUIRE(rows(*db, "import_changes") == 1);
    const QString image = text(*db, QStringLiteral("SELECT before_json FROM import_changes"));
    CHECK(image.contains(QLatin1String("\"phone\":\"13900000002\"")));
    CHECK(image.contains(QLatin1String("\"key_group_ids\":[")));
    CHECK(scalar(*db, QStringLiteral("SELECT record_id FROM import_changes")) ==
          scalar(*db, QStringLiteral("SELECT id FROM workers WHERE name = '李四'")));
    // A new record keeps the batch that created it.
    CHECK(scalar(*db, QStringLiteral("SELECT import_batch_id FROM workers WHERE name = '孙八'")) == s->batchId);
}

TEST_CASE("A later row with the same ID updates the earlier one and is warned about", "[import]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const auto s = importFile(*db, fixture("workers_duplicate.csv"), ImportKind::Workers);
    REQUIRE(s.hasValue());
    CHECK(s->encoding == QLatin1String("UTF-8 (BOM)"));
    CHECK(s->rowsRead == 3);
    CHECK(s->inserted == 2);
    CHECK(s->updated == 1);
    CHECK(s->unchanged == 0);
    CHECK(s->warnings == 1);
    REQUIRE(codes(*s) == QStringList{reason::duplicateInFile});
    CHECK(s->issues[0].line == 4);
    CHECK(s->issues[0].column == QStringLiteral("身份证号"));
    CHECK(s->issues[0].message.text().contains(QStringLiteral("第 2 行")));
    CHECK(rows(*db, "workers") == 2);
    CHECK(text(*db, QStringLiteral("SELECT phone FROM workers WHERE name = '张三'")) == QLatin1String("13800009999"));
    CHECK(text(*db, QStringLiteral("SELECT note FROM workers WHERE name = '张三'")) == QStringLiteral("第二次出现"));
    CHECK(rows(*db, "import_changes") == 0); // the record was created by this batch: undo simply removes it

    SECTION("an identical repeat counts as unchanged")
    {
        const QString file = dir.file(QStringLiteral("repeat.csv"));
        jb::test::writeAll(
            file, (QStringLiteral("姓名,身份证号\r\n甲,%1\r\n乙,%2\r\n甲,%1\r\n").arg(residentId(1), residentId(2)))
                      .toUtf8());
        const auto r = importFile(*db, file, ImportKind::Workers);
        REQUIRE(r.hasValue());
        CHECK((r->inserted == 2 && r->updated == 0 && r->unchanged == 1 && r->warnings == 1));
    }
}

TEST_CASE("Thousands of rows with repeats: every count adds up", "[import]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const QString file = dir.file(QStringLiteral("many.csv"));
    jb::test::writeAll(file, workerCsv(20000, 100).toUtf8()); // rows 100, 200, … repeat the row before them
    const auto s = importFile(*db, file, ImportKind::Workers);
    REQUIRE(s.hasValue());
    CHECK(s->rowsRead == 20000);
    CHECK(s->inserted == 19801);
    CHECK(s->updated == 199); // name and phone differ from the row they repeat
    CHECK(s->warnings == 199);
    CHECK(rows(*db, "workers") == 19801);
    CHECK(rows(*db, "worker_key_groups") == 19801);

    const auto again = importFile(*db, file, ImportKind::Workers);
    REQUIRE(again.hasValue());
    CHECK(again->inserted == 0);
    // Each repeated ID now matches a record holding its later row: the earlier row differs from it (update), then
    // the later row differs from what the earlier one just wrote (update again). Everything else is equal.
    CHECK(again->updated == 2 * 199);
    CHECK(again->unchanged == 20000 - 2 * 199);
    CHECK(again->warnings == 199);
}

TEST_CASE("A dry run validates and counts like a real run but writes nothing", "[import]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    REQUIRE(importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers).hasValue());
    const QByteArray before = contentHash(*db);
    const auto dry = importFile(*db, fixture("workers_update.csv"), ImportKind::Workers, true);
    REQUIRE(dry.hasValue());
    CHECK(dry->dryRun);
    CHECK(dry->batchId == 0);
    CHECK((dry->inserted == 1 && dry->updated == 1 && dry->unchanged == 1));
    CHECK(contentHash(*db) == before);
    CHECK(rows(*db, "import_batches") == 1);

    const auto real = importFile(*db, fixture("workers_update.csv"), ImportKind::Workers);
    REQUIRE(real.hasValue());
    CHECK((real->inserted == dry->inserted && real->updated == dry->updated && real->unchanged == dry->unchanged));
}

TEST_CASE("Cancelling midway rolls everything back", "[import]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    REQUIRE(importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers).hasValue());
    const QByteArray before = contentHash(*db);
    const QString file = dir.file(QStringLiteral("big.csv"));
    jb::test::writeAll(file, workerCsv(5000).toUtf8());
    int calls = 0;
    qint64 lastDone = -1;
    const auto s = importFile(*db, file, ImportKind::Workers, false, [&](qint64 done, qint64 total) {
        CHECK(done <= total);
        CHECK(done >= lastDone);
        lastDone = done;
        return ++calls < 3; // the first chunks are written, then the officer cancels
    });
    REQUIRE_FALSE(s.hasValue());
    CHECK(s.error() == QStringLiteral("已取消，未写入任何数据"));
    CHECK(s.message().sourceText() == QStringLiteral("Cancelled; nothing was written"));
    CHECK(calls == 3);
    CHECK(contentHash(*db) == before);
}

TEST_CASE("A vacancy list creates enterprises keyed by credit code, else by name in the county", "[import]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const auto s = importFile(*db, fixture("vacancies_basic.csv"), ImportKind::Vacancies);
    REQUIRE(s.hasValue());
    CHECK(s->encoding == QLatin1String("GB18030"));
    CHECK(s->rowsRead == 5);
    CHECK(s->inserted == 3);
    CHECK(s->updated == 1);  // the second 分拣员 row of 肥东乙物流中心 (headcount 12)
    CHECK(s->rejected == 1); // no enterprise name
    CHECK(codes(*s).contains(reason::duplicateInFile));
    CHECK(codes(*s).contains(reason::missingRequired));
    CHECK(rows(*db, "enterprises") == 2);
    CHECK(rows(*db, "vacancies") == 3);
    CHECK(scalar(*db, QStringLiteral("SELECT headcount FROM vacancies WHERE title = '分拣员'")) == 12);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM enterprises WHERE import_batch_id = %1").arg(s->batchId)) ==
          2);
    CHECK(text(*db, QStringLiteral("SELECT posted_on FROM vacancies WHERE title = '普工'")) ==
          QLatin1String("2024-02-01"));
    CHECK(text(*db, QStringLiteral("SELECT status FROM vacancies WHERE title = '普工'")) == QLatin1String("open"));
    const QString code =
        text(*db, QStringLiteral("SELECT credit_code FROM enterprises WHERE name = '合肥甲制造有限公司'"));
    CHECK(code.size() == 18);

    // Next month: 甲 renamed (same code) and a new post; 乙 now with its code (matched by name, code filled in).
    const QString file = dir.file(QStringLiteral("next.csv"));
    jb::test::writeAll(file, (QStringLiteral("企业名称,统一社会信用代码,岗位名称,招聘人数\r\n"
                                             "合肥甲智能制造有限公司,%1,普工,25\r\n"
                                             "合肥甲智能制造有限公司,%1,质检员,3\r\n"
                                             "肥东乙物流中心,91340122MA2NXXXX06,分拣员,12\r\n")
                                  .arg(code))
                                 .toUtf8());
    const auto t = importFile(*db, file, ImportKind::Vacancies);
    REQUIRE(t.hasValue());
    CHECK(rows(*db, "enterprises") == 2);
    CHECK(rows(*db, "vacancies") == 4);
    CHECK(t->inserted == 1);
    CHECK(t->updated == 2); // 普工 (new headcount, renamed enterprise) and 分拣员 (its enterprise got its code)
    CHECK(t->unchanged == 0);
    CHECK(text(*db, QStringLiteral("SELECT name FROM enterprises WHERE credit_code = '%1'").arg(code)) ==
          QStringLiteral("合肥甲智能制造有限公司"));
    CHECK(text(*db, QStringLiteral("SELECT credit_code FROM enterprises WHERE name = '肥东乙物流中心'")) ==
          QLatin1String("91340122MA2NXXXX06"));
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM import_changes WHERE batch_id = %1 AND table_name = "
                                     "'enterprises'")
                          .arg(t->batchId)) == 2);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM import_changes WHERE batch_id = %1 AND table_name = "
                                     "'vacancies'")
                          .arg(t->batchId)) == 1);
}

TEST_CASE("The error file opens in Excel: BOM, original columns, line, column and reason", "[import]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    std::unique_ptr<ImportJob> job;
    const auto s = importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers, false, {}, &job);
    REQUIRE(s.hasValue());
    REQUIRE(job);
    CHECK(job->errorFileRows() == 2);
    const QString out = dir.file(QStringLiteral("errors.csv"));
    REQUIRE(job->saveErrorFile(out).ok());
    const QByteArray bytes = jb::test::readAll(out);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("序号,姓名,身份证号,性别,联系电话,重点群体,服务需求,登记日期,备注,行号,列,原因"));
    CHECK(lines[1].startsWith(QStringLiteral("4,赵六,\"=\"\"340122199001011230\"\"\",男,13600000004,")));
    CHECK(lines[1].contains(QStringLiteral(",6,身份证号,【未导入】")));
    CHECK(lines[2].contains(QStringLiteral(",7,联系电话,【已导入，请核对】")));
    CHECK_FALSE(lines[2].contains(QLatin1String(" / "))); // the reason is the Chinese half only

    // The error file is itself a list the officer can import again.
    const auto again = importFile(*db, out, ImportKind::Workers, true);
    REQUIRE(again.hasValue());
    CHECK(again->rowsRead == 2);

    std::unique_ptr<ImportJob> clean;
    REQUIRE(importFile(*db, fixture("workers_update.csv"), ImportKind::Workers, false, {}, &clean).hasValue());
    CHECK_FALSE(clean->saveErrorFile(dir.file(QStringLiteral("none.csv"))).ok());
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("none.csv"))));
}

TEST_CASE("Files that cannot be used are refused before anything is written", "[import]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const QByteArray before = contentHash(*db);
    auto refused = [&](const QString& path, const QString& words) {
        const auto s = importFile(*db, path, ImportKind::Workers);
        REQUIRE_FALSE(s.hasValue());
        INFO(s.error().toStdString());
        CHECK(s.error().contains(words));
        CHECK(jb::test::inBothLanguages(s.message()));
    };
    refused(dir.file(QStringLiteral("missing.csv")), QStringLiteral("不存在"));
    QDir(dir.file(QString())).mkdir(QStringLiteral("folder.csv"));
    refused(dir.file(QStringLiteral("folder.csv")), QStringLiteral("文件夹"));
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>((i * 7919) % 256);
    jb::test::writeAll(dir.file(QStringLiteral("binary.csv")), binary);
    refused(dir.file(QStringLiteral("binary.csv")), QStringLiteral("不是文本文件"));
    jb::test::writeAll(dir.file(QStringLiteral("book.csv")), QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'));
    refused(dir.file(QStringLiteral("book.csv")), QStringLiteral("Excel 工作簿"));
    jb::test::writeAll(dir.file(QStringLiteral("empty.csv")), QByteArray());
    refused(dir.file(QStringLiteral("empty.csv")), QStringLiteral("CSV"));
    refused(fixture("workers_missing_id_column.csv"), QStringLiteral("身份证号"));
    CHECK(contentHash(*db) == before);
}

TEST_CASE("A saved mapping is re-applied to a file with the same header", "[import]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const QString file = dir.file(QStringLiteral("odd.csv"));
    jb::test::writeAll(file, (QStringLiteral("人员,证件,手机\r\n甲,%1,13800000001\r\n").arg(residentId(7))).toUtf8());
    const QStringList header{QStringLiteral("人员"), QStringLiteral("证件"), QStringLiteral("手机")};
    ColumnMapping mapping(ImportKind::Workers, header);
    mapping.assign(0, QStringLiteral("name"));
    mapping.assign(1, QStringLiteral("id_number"));
    mapping.assign(2, QStringLiteral("phone"));
    REQUIRE(ImportProfileRepository(db->connection()).save(QStringLiteral("某镇登记表"), mapping).hasValue());

    ImportRequest request;
    request.filePath = file;
    request.kind = ImportKind::Workers;
    ImportJob job(*db, request);
    REQUIRE(job.prepare().ok());
    CHECK(job.matchedProfile() == QStringLiteral("某镇登记表"));
    CHECK(job.mapping().columnOf(QStringLiteral("id_number")) == 1);
    const auto s = job.run();
    REQUIRE(s.hasValue());
    CHECK(s->inserted == 1);
    CHECK(text(*db, QStringLiteral("SELECT phone FROM workers")) == QLatin1String("13800000001"));
}

TEST_CASE("Stored UTF-8 and file UTF-16 text compare without conversion", "[import]")
{
    const QString samples[] = {QString(),
                               QStringLiteral("abc"),
                               QStringLiteral("张三"),
                               QStringLiteral("𠀀丽"),
                               QStringLiteral("a𠀀"),
                               QStringLiteral("é")};
    for (const QString& a : samples) {
        for (const QString& b : samples) {
            std::string utf8;
            appendUtf8(utf8, a);
            CHECK(utf8 == a.toStdString());
            INFO(a.toStdString() << " vs " << b.toStdString());
            CHECK(sameText(utf8, b) == (a == b));
        }
    }
    CHECK_FALSE(sameText("\xE5\xBC", QStringLiteral("张"))); // truncated sequence
}

TEST_CASE("The name search index follows imports: filled at once into an empty list, by trigger afterwards", "[import]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    auto found = [&](const char* name) {
        return scalar(*db, QStringLiteral("SELECT count(*) FROM worker_name_search WHERE worker_name_search MATCH "
                                          "'chars : \"%1\"'")
                               .arg(QString::fromUtf8(name).split(QString()).join(QLatin1Char(' ')).trimmed()));
    };
    auto triggers = [&] {
        return scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                          "'worker_name_search%'"));
    };
    // A dry run into the empty list leaves the triggers in place (the suspension is rolled back with it).
    REQUIRE(importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers, true).hasValue());
    CHECK(triggers() == 3);
    CHECK(found("张三") == 0);

    REQUIRE(importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers).hasValue());
    CHECK(triggers() == 3);
    CHECK(found("张三") == 1);
    CHECK(found("王五") == 1);
    CHECK(found("孙八") == 0);
    // The list is no longer empty: the new person of the second file is indexed by the trigger.
    REQUIRE(importFile(*db, fixture("workers_update.csv"), ImportKind::Workers).hasValue());
    CHECK(found("孙八") == 1);
    CHECK(found("张三") == 1);
}
