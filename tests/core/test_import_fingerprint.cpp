// The import fingerprint (storage/SchemaV6.cpp): a worker row written by an import keeps a fingerprint of the
// values it was given, and the same row coming again is unchanged on the fingerprint alone. These tests hold the
// shortcut to the column-by-column compare it stands in for: any change made outside an import, to the row or to
// its links, must make the next import compare in full and restore the file's values.

#include "core/ImportTestSupport.h"
#include "core/import/batches/ImportBatchRepository.h"
#include "core/import/checking/WorkerRow.h"
#include "core/import/reading/FieldCatalog.h"

using namespace jb::core;
using jb::test::ScratchDir;
using namespace jb::test::import;

namespace {

qint64 withoutFingerprint(const Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM workers WHERE import_hash IS NULL"));
}

} // namespace

TEST_CASE("A row changed outside an import is compared in full next time and gets the file's values back",
          "[import][fingerprint]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const QString file = fixture("workers_basic.csv");
    Expected<ImportSummary> first = importFile(*db, file, ImportKind::Workers);
    REQUIRE(first.hasValue());
    REQUIRE(first->inserted >= 3);
    CHECK(withoutFingerprint(*db) == 0);

    Expected<ImportSummary> again = importFile(*db, file, ImportKind::Workers);
    REQUIRE(again.hasValue());
    CHECK(again->unchanged == first->inserted);
    CHECK(again->updated == 0);

    // An officer's edit of a column, and of a link list, each clear that worker's fingerprint.
    exec(*db, QStringLiteral("UPDATE workers SET phone = '13800009999' WHERE name = '张三'"));
    exec(*db, QStringLiteral("DELETE FROM worker_key_groups WHERE worker_id = (SELECT id FROM workers WHERE name = "
                             "'李四') AND key_group_id = (SELECT min(key_group_id) FROM worker_key_groups WHERE "
                             "worker_id = (SELECT id FROM workers WHERE name = '李四'))"));
    CHECK(withoutFingerprint(*db) == 2);
    const qint64 liKeyGroups = scalar(*db, QStringLiteral("SELECT count(*) FROM worker_key_groups g JOIN workers w ON "
                                                          "w.id = g.worker_id WHERE w.name = '李四'"));

    Expected<ImportSummary> restore = importFile(*db, file, ImportKind::Workers);
    REQUIRE(restore.hasValue());
    CHECK(restore->updated == 2);
    CHECK(restore->unchanged == first->inserted - 2);
    CHECK(text(*db, QStringLiteral("SELECT phone FROM workers WHERE name = '张三'")) == QLatin1String("13800000001"));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM worker_key_groups g JOIN workers w ON w.id = g.worker_id "
                                     "WHERE w.name = '李四'")) == liKeyGroups + 1);
    // Written by the import again, with their links: fingerprinted again, and the next import finds them equal.
    CHECK(withoutFingerprint(*db) == 0);
    Expected<ImportSummary> settled = importFile(*db, file, ImportKind::Workers);
    REQUIRE(settled.hasValue());
    CHECK(settled->unchanged == first->inserted);
    CHECK(settled->updated == 0);
}

TEST_CASE("Rows inserted or updated in a list that was not empty keep their fingerprint, links included",
          "[import][fingerprint]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    REQUIRE(importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers).hasValue());
    // Not a bulk load: one new person, one whose phone and key groups change (their links are written after the
    // row, and the links' triggers clear the fingerprint the row was written with).
    Expected<ImportSummary> update = importFile(*db, fixture("workers_update.csv"), ImportKind::Workers);
    REQUIRE(update.hasValue());
    REQUIRE(update->inserted == 1);
    REQUIRE(update->updated == 1);
    CHECK(withoutFingerprint(*db) == 0);

    Expected<ImportSummary> again = importFile(*db, fixture("workers_update.csv"), ImportKind::Workers);
    REQUIRE(again.hasValue());
    CHECK(again->unchanged == 3);
    CHECK(again->updated == 0);
}

TEST_CASE("A file with other columns never matches a fingerprint: its rows are compared in full, then take its",
          "[import][fingerprint]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    REQUIRE(importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers).hasValue());
    // Two of the people again with only name, ID and phone: equal in what the file provides, so unchanged, found
    // so by the full compare. Their fingerprints become this file's (nothing else is written); the third keeps its.
    const QString narrow = dir.file(QStringLiteral("narrow.csv"));
    jb::test::writeAll(narrow, QStringLiteral("姓名,身份证号,联系电话\n张三,340122199001011231,13800000001\n"
                                              "李四,340122198512120021,13900000002\n")
                                   .toUtf8());
    const auto fingerprintOf = [&db](const char* name) {
        return scalar(*db,
                      QStringLiteral("SELECT import_hash FROM workers WHERE name = '%1'").arg(QString::fromUtf8(name)));
    };
    const qint64 zhang = fingerprintOf("张三"), wang = fingerprintOf("王五");
    const QString updatedAt = text(*db, QStringLiteral("SELECT group_concat(updated_at) FROM workers"));
    Expected<ImportSummary> s = importFile(*db, narrow, ImportKind::Workers);
    REQUIRE(s.hasValue());
    CHECK(s->unchanged == 2);
    CHECK(s->updated == 0);
    CHECK(text(*db, QStringLiteral("SELECT group_concat(updated_at) FROM workers")) == updatedAt);
    CHECK(fingerprintOf("张三") != zhang);
    CHECK(fingerprintOf("王五") == wang);
    CHECK(withoutFingerprint(*db) == 0);

    // Changing a phone in the narrow file updates it, and that row now carries the narrow file's fingerprint.
    jb::test::writeAll(narrow,
                       QStringLiteral("姓名,身份证号,联系电话\n张三,340122199001011231,13800000077\n").toUtf8());
    Expected<ImportSummary> changed = importFile(*db, narrow, ImportKind::Workers);
    REQUIRE(changed.hasValue());
    CHECK(changed->updated == 1);
    CHECK(text(*db, QStringLiteral("SELECT phone FROM workers WHERE name = '张三'")) == QLatin1String("13800000077"));
    Expected<ImportSummary> same = importFile(*db, narrow, ImportKind::Workers);
    REQUIRE(same.hasValue());
    CHECK(same->unchanged == 1);
}

TEST_CASE("Undoing an import clears the fingerprints of the rows it restores: importing it again updates them again",
          "[import][fingerprint][undo]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    REQUIRE(importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers).hasValue());
    Expected<ImportSummary> second = importFile(*db, fixture("workers_update.csv"), ImportKind::Workers);
    REQUIRE(second.hasValue());
    REQUIRE(second->updated == 1); // 李四: new phone, fewer key groups

    ImportBatchRepository batches(db->connection());
    REQUIRE(batches.undo(second->batchId).ok());
    CHECK(text(*db, QStringLiteral("SELECT phone FROM workers WHERE name = '李四'")) == QLatin1String("13900000002"));
    // Restored to the first file's values by undo, not by an import: no fingerprint vouches for them.
    CHECK(scalar(*db, QStringLiteral("SELECT import_hash IS NULL FROM workers WHERE name = '李四'")) == 1);

    Expected<ImportSummary> again = importFile(*db, fixture("workers_update.csv"), ImportKind::Workers);
    REQUIRE(again.hasValue());
    CHECK(again->inserted == 1);
    CHECK(again->updated == 1);
    CHECK(text(*db, QStringLiteral("SELECT phone FROM workers WHERE name = '李四'")) == QLatin1String("13911111111"));
}

TEST_CASE("A worker's fingerprint covers exactly the file's columns and links, and nothing else",
          "[import][fingerprint]")
{
    const QSet<QString> provided = {field::name, field::idNumber, field::phone, field::keyGroups};
    WorkerRecord a;
    a.name = QStringLiteral("张三");
    a.idNumber = QStringLiteral("340122199001011231");
    a.phone = QStringLiteral("13800000001");
    a.keyGroupIds = {3, 1};
    a.note = QStringLiteral("备注");
    WorkerFingerprint fingerprint(provided);
    const qint64 base = fingerprint.of(a);

    WorkerRecord same = a;
    same.keyGroupIds = {1, 3, 3};             // the same set
    same.note = QStringLiteral("另一条备注"); // not a column of the file
    same.line = 99;
    CHECK(fingerprint.of(same) == base);

    WorkerRecord phone = a;
    phone.phone = QStringLiteral("13800000002");
    CHECK(fingerprint.of(phone) != base);
    WorkerRecord groups = a;
    groups.keyGroupIds = {1};
    CHECK(fingerprint.of(groups) != base);
    WorkerRecord id = a;
    id.idNumber = QStringLiteral("340122199001011258");
    CHECK(fingerprint.of(id) != base);
    // Moving text between two columns changes it too.
    WorkerRecord moved = a;
    moved.name = QStringLiteral("张");
    moved.phone = QStringLiteral("三13800000001");
    CHECK(fingerprint.of(moved) != base);
    // Another set of columns: another fingerprint for the same values.
    WorkerFingerprint narrower({field::name, field::idNumber, field::phone});
    CHECK(narrower.of(a) != base);
    CHECK(WorkerFingerprint(provided).of(a) == base);
}
