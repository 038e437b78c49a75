// Undoing an import: created records removed, updated records restored from their before-images, in one
// transaction with an audit entry — and refused, with the reason and what to do, when later work depends on it.

#include "core/ImportTestSupport.h"
#include "core/import/batches/ImportBatchRepository.h"

using namespace jb::core;
using jb::test::ScratchDir;
using namespace jb::test::import;

TEST_CASE("Undo removes the records a batch created and restores those it updated", "[import][undo]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const auto first = importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers);
    REQUIRE(first.hasValue());
    const QByteArray afterFirst = contentHash(*db);
    const QString liSiBefore =
        text(*db, QStringLiteral("SELECT phone || '|' || updated_at FROM workers WHERE name = '李四'"));

    const auto second = importFile(*db, fixture("workers_update.csv"), ImportKind::Workers);
    REQUIRE(second.hasValue());
    REQUIRE(rows(*db, "workers") == 5);

    ImportBatchRepository batches(db->connection());
    REQUIRE(batches.undo(second->batchId).ok());
    CHECK(rows(*db, "workers") == 4); // 孙八 removed
    CHECK(text(*db, QStringLiteral("SELECT phone || '|' || updated_at FROM workers WHERE name = '李四'")) ==
          liSiBefore);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM worker_key_groups g JOIN workers w ON w.id = g.worker_id "
                                     "WHERE w.name = '李四'")) == 2);
    const auto undone = batches.byId(second->batchId);
    REQUIRE(undone.hasValue());
    CHECK(undone->undoneAt.isValid());
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import_undo' AND record_id = %1")
                          .arg(second->batchId)) == 1);

    SECTION("a batch is undone only once")
    {
        const Status again = batches.undo(second->batchId);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("已于")));
    }
    SECTION("then the first batch too: the file is as before any import (but for the batch log)")
    {
        REQUIRE(batches.undo(first->batchId).ok());
        CHECK(rows(*db, "workers") == 0);
        CHECK(rows(*db, "worker_key_groups") == 0);
        CHECK(rows(*db, "worker_service_needs") == 0);
        CHECK(rows(*db, "import_batches") == 2);
    }
    SECTION("the batch list is newest first, with the undone mark")
    {
        const auto list = batches.list();
        REQUIRE(list.hasValue());
        REQUIRE(list->size() == 2);
        CHECK(list->at(0).id == second->batchId);
        CHECK(list->at(0).undoneAt.isValid());
        CHECK_FALSE(list->at(1).undoneAt.isValid());
        CHECK(list->at(1).inserted == 4);
    }
    (void)afterFirst;
}

TEST_CASE("Undo is refused while a referral points at a worker the batch created", "[import][undo]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const auto s = importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers);
    REQUIRE(s.hasValue());
    exec(*db,
         QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) VALUES "
                        "((SELECT id FROM organisations WHERE is_home = 1), '某公司', '2024-03-01', '2024-03-01')"));
    exec(*db, QStringLiteral("INSERT INTO referrals (worker_id, enterprise_id, stage, stage_on, created_at) VALUES "
                             "((SELECT id FROM workers WHERE name = '张三'), (SELECT MAX(id) FROM enterprises), "
                             "'recommended', '2024-03-02', '2024-03-02')"));
    const QByteArray before = contentHash(*db);
    const Status undo = ImportBatchRepository(db->connection()).undo(s->batchId);
    REQUIRE_FALSE(undo.ok());
    INFO(undo.error().toStdString());
    CHECK(undo.error().contains(QStringLiteral("张三")));
    CHECK(undo.error().contains(QStringLiteral("推荐")));
    CHECK(undo.error().contains(QStringLiteral("有 1 名")));
    CHECK(contentHash(*db) == before);
}

TEST_CASE("Undo is refused for a record edited after the import", "[import][undo]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const auto s = importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers);
    REQUIRE(s.hasValue());
    exec(*db, QStringLiteral("UPDATE workers SET phone = '13000000000', updated_at = '2099-01-01T00:00:00Z' "
                             "WHERE name = '王五'"));
    const QByteArray before = contentHash(*db);
    const Status undo = ImportBatchRepository(db->connection()).undo(s->batchId);
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.error().contains(QStringLiteral("王五")));
    CHECK(undo.error().contains(QStringLiteral("又被修改过")));
    CHECK(contentHash(*db) == before);
}

TEST_CASE("An earlier batch is undone only after the later batch that changed its records", "[import][undo]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const auto first = importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers);
    const auto second = importFile(*db, fixture("workers_update.csv"), ImportKind::Workers);
    REQUIRE((first.hasValue() && second.hasValue()));
    ImportBatchRepository batches(db->connection());
    const QByteArray before = contentHash(*db);
    const Status refused = batches.undo(first->batchId);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().toStdString());
    CHECK(refused.error().contains(QStringLiteral("请先撤销第 %1 批").arg(second->batchId)));
    CHECK(refused.error().contains(QStringLiteral("李四")));
    CHECK(contentHash(*db) == before);

    REQUIRE(batches.undo(second->batchId).ok());
    REQUIRE(batches.undo(first->batchId).ok());
    CHECK(rows(*db, "workers") == 0);
}

TEST_CASE("Undoing a vacancy import removes its enterprises and vacancies and restores an updated enterprise",
          "[import][undo]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    const auto first = importFile(*db, fixture("vacancies_basic.csv"), ImportKind::Vacancies);
    REQUIRE(first.hasValue());
    const QByteArray afterFirst = contentHash(*db);
    // The audit rows so far (the first import's own): what the file held after it.
    const qint64 auditAfterFirst = scalar(*db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));

    const QString file = dir.file(QStringLiteral("next.csv"));
    jb::test::writeAll(file, QStringLiteral("企业名称,联系电话,岗位名称,招聘人数\r\n"
                                            "肥东乙物流中心,0551-67654321,分拣员,30\r\n"
                                            "肥东丙食品厂,,包装工,8\r\n")
                                 .toUtf8());
    const auto second = importFile(*db, file, ImportKind::Vacancies);
    REQUIRE(second.hasValue());
    CHECK((second->inserted == 1 && second->updated == 1));
    CHECK(rows(*db, "enterprises") == 3);

    SECTION("undo restores the file")
    {
        REQUIRE(ImportBatchRepository(db->connection()).undo(second->batchId).ok());
        CHECK(rows(*db, "enterprises") == 2);
        CHECK(rows(*db, "vacancies") == 3);
        CHECK(text(*db, QStringLiteral("SELECT contact_phone FROM enterprises WHERE name = '肥东乙物流中心'")) ==
              QLatin1String("13800000012"));
        CHECK(scalar(*db, QStringLiteral("SELECT headcount FROM vacancies WHERE title = '分拣员'")) == 12);
        // The batch log and audit entry aside, the records are as they were.
        exec(*db, QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(auditAfterFirst));
        exec(*db, QStringLiteral("DELETE FROM import_changes WHERE batch_id = %1").arg(second->batchId));
        exec(*db, QStringLiteral("DELETE FROM import_batches WHERE id = %1").arg(second->batchId));
        CHECK(contentHash(*db) == afterFirst);
    }
    SECTION("undo is refused while a demand snapshot points at an enterprise the batch created")
    {
        exec(*db, QStringLiteral("INSERT INTO demand_snapshots (enterprise_id, recorded_on, planned) VALUES "
                                 "((SELECT id FROM enterprises WHERE name = '肥东丙食品厂'), '2024-03-20', 10)"));
        const Status undo = ImportBatchRepository(db->connection()).undo(second->batchId);
        REQUIRE_FALSE(undo.ok());
        CHECK(undo.error().contains(QStringLiteral("肥东丙食品厂")));
    }
}

TEST_CASE("Undo skips an updated record the officer has deleted since", "[import][undo]")
{
    ScratchDir dir;
    auto db = newCounty(dir);
    REQUIRE(importFile(*db, fixture("workers_basic.csv"), ImportKind::Workers).hasValue());
    const auto second = importFile(*db, fixture("workers_update.csv"), ImportKind::Workers);
    REQUIRE(second.hasValue());
    exec(*db, QStringLiteral("DELETE FROM workers WHERE name = '李四'"));
    REQUIRE(ImportBatchRepository(db->connection()).undo(second->batchId).ok());
    CHECK(rows(*db, "workers") == 3);
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE name IN ('李四', '孙八')")) == 0);
}
