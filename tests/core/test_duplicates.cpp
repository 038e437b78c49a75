// Possible duplicates and merging: duplicates planted in a demo county are found by each rule (and only they are
// added to what the rule found before), the list is masked, and a merge moves referrals, services, links,
// vacancies and the rest to the survivor in one audited transaction, keeping the activity summary equal to a full
// recount. A merge that would give one enterprise two vacancies with the same title is refused and changes nothing.
// A hidden benchmark ([.duplicates-bench]) times every rule on a big file named by JB_DUPLICATES_FILE.

#include "core/duplicates/DuplicateFinder.h"
#include "core/duplicates/RecordMerge.h"
#include "core/storage/ActivitySummary.h"
#include "test_demo_support.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>
#include <algorithm>
#include <cstdio>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

QStringList summaryRows(QSqlDatabase db)
{
    return column(db, QStringLiteral("SELECT metric || '|' || key_group_id || '|' || org_id || '|' || day || '|' || n "
                                     "FROM activity_daily WHERE n <> 0 ORDER BY 1"));
}

QStringList recountedRows(QSqlDatabase db)
{
    REQUIRE(db.transaction());
    REQUIRE(summary::rebuild(db).ok());
    QStringList rows = summaryRows(db);
    REQUIRE(db.rollback());
    return rows;
}

QSet<qint64> idSet(QSqlDatabase db, const QString& sql)
{
    QSet<qint64> out;
    for (const QString& v : column(db, sql))
        out.insert(v.toLongLong());
    return out;
}

// The group of `finder` that holds `id`, as a sorted list of ids (empty when none does).
QVector<qint64> groupOf(const DuplicateFinder& finder, qint64 id)
{
    for (qint64 g = 0; g < finder.groupCount(); ++g) {
        const QVector<qint64> ids = finder.memberIds(g);
        if (ids.contains(id))
            return ids;
    }
    return {};
}

DuplicateFinder found(QSqlDatabase db, DuplicateRule rule)
{
    Expected<DuplicateFinder> f = DuplicateFinder::find(db, rule);
    requireOk(f);
    return std::move(*f);
}

// A demo county of 800 workers and 60 enterprises.
struct County
{
    ScratchDir dir;
    std::unique_ptr<Database> file;
    QSqlDatabase db;
    County()
    {
        file = newFile(dir, QStringLiteral("dup.jobbridge"));
        db = file->connection();
        requireOk(generateDemo(db, smallOptions(5)));
    }
    qint64 id(const QString& sql) { return scalar(db, sql).toLongLong(); }
};

// A copy of worker `of` with another phone, no ID, one more key group and a hardship category, and its own
// referral (recommended → contract) and training service.
qint64 plantWorkerCopy(County& c, qint64 of, const QString& phone)
{
    const qint64 copy = execBound(c.db,
                                  QStringLiteral("INSERT INTO workers (org_id, name, gender, id_number, birth_date, "
                                                 "phone, registered_on, created_at, updated_at) SELECT org_id, name, "
                                                 "gender, NULL, birth_date, ?, registered_on, created_at, updated_at "
                                                 "FROM workers WHERE id = ?"),
                                  {phone, of});
    execBound(c.db,
              QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) SELECT ?, id FROM "
                             "reference_items WHERE list = 'key_group' AND id NOT IN (SELECT key_group_id FROM "
                             "worker_key_groups WHERE worker_id = ?) ORDER BY id LIMIT 1"),
              {copy, of});
    execBound(c.db,
              QStringLiteral("INSERT INTO worker_hardships (worker_id, category_id) SELECT ?, id FROM reference_items "
                             "WHERE list = 'hardship_category' ORDER BY id LIMIT 1"),
              {copy});
    const qint64 enterprise = c.id(QStringLiteral("SELECT min(id) FROM enterprises"));
    const qint64 referral =
        execBound(c.db,
                  QStringLiteral("INSERT INTO referrals (worker_id, enterprise_id, stage, stage_on, "
                                 "created_at) VALUES (?, ?, 'contract', '2026-03-10', "
                                 "'2026-03-01T00:00:00Z')"),
                  {copy, enterprise});
    execBound(c.db,
              QStringLiteral("INSERT INTO referral_stages (referral_id, stage, occurred_on) VALUES (?, 'recommended', "
                             "'2026-03-01'), (?, 'contract', '2026-03-10')"),
              {referral, referral});
    execBound(c.db,
              QStringLiteral("INSERT INTO services (org_id, service_type_id, worker_id, provided_on, created_at) "
                             "SELECT org_id, (SELECT id FROM reference_items WHERE list = 'service_type' AND code = "
                             "'training'), id, '2026-04-02', '2026-04-02T00:00:00Z' FROM workers WHERE id = ?"),
              {copy});
    return copy;
}

} // namespace

TEST_CASE("Planted worker duplicates are found by each rule, masked", "[duplicates]")
{
    County c;
    // A worker whose name and birth date nobody else shares, born in the 1900s (a 15-digit form exists).
    const qint64 w1 = c.id(QStringLiteral(
        "SELECT min(w.id) FROM workers w WHERE w.birth_date < '2000-01-01' AND length(w.id_number) = 18 AND NOT "
        "EXISTS (SELECT 1 FROM workers o WHERE o.id <> w.id AND o.name = w.name AND o.birth_date = w.birth_date)"));
    const qint64 w2 = c.id(QStringLiteral("SELECT max(id) FROM workers WHERE phone <> '' AND phone NOT IN (SELECT "
                                          "phone FROM workers GROUP BY phone HAVING count(*) > 1)"));
    const auto before = [&](DuplicateRule r) { return found(c.db, r).groupCount(); };
    const qint64 byName = before(DuplicateRule::WorkerSameNameAndBirth);
    const qint64 byPhone = before(DuplicateRule::WorkerSamePhone);
    const qint64 byId = before(DuplicateRule::WorkerSameId);

    const qint64 copy = plantWorkerCopy(c, w1, QStringLiteral("13900000001"));
    const QString phone2 = scalar(c.db, QStringLiteral("SELECT phone FROM workers WHERE id = %1").arg(w2)).toString();
    const qint64 samePhone =
        execBound(c.db,
                  QStringLiteral("INSERT INTO workers (org_id, name, phone, registered_on, "
                                 "created_at, updated_at) SELECT org_id, '测试同号', phone, "
                                 "registered_on, created_at, updated_at FROM workers WHERE id = ?"),
                  {w2});
    // The same person stored once with the 15-digit legacy form of the ID.
    const QString id18 = scalar(c.db, QStringLiteral("SELECT id_number FROM workers WHERE id = %1").arg(w1)).toString();
    const QString id15 = id18.left(6) + id18.mid(8, 9);
    const qint64 legacy = execBound(c.db,
                                    QStringLiteral("INSERT INTO workers (org_id, name, id_number, registered_on, "
                                                   "created_at, updated_at) VALUES ((SELECT id FROM organisations "
                                                   "WHERE is_home = 1), '旧证号', ?, '2026-01-05', "
                                                   "'2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z')"),
                                    {id15});

    const DuplicateFinder names = found(c.db, DuplicateRule::WorkerSameNameAndBirth);
    CHECK(names.groupCount() == byName + 1);
    CHECK(groupOf(names, w1) == QVector<qint64>{w1, copy});
    const DuplicateFinder phones = found(c.db, DuplicateRule::WorkerSamePhone);
    CHECK(phones.groupCount() == byPhone + 1);
    CHECK(groupOf(phones, w2) == QVector<qint64>{w2, samePhone});
    const DuplicateFinder ids = found(c.db, DuplicateRule::WorkerSameId);
    CHECK(ids.groupCount() == byId + 1);
    CHECK(groupOf(ids, w1) == QVector<qint64>{w1, legacy});

    // The window holding the phone group shows it masked, with the counts of what hangs off each member.
    qint64 index = -1;
    for (qint64 g = 0; g < phones.groupCount(); ++g)
        if (phones.memberIds(g).contains(w2))
            index = g;
    const Expected<QVector<DuplicateGroup>> window = phones.fetch(index, 1);
    requireOk(window);
    REQUIRE(window->size() == 1);
    const DuplicateGroup& group = window->first();
    CHECK(group.key == phone2.left(3) + QStringLiteral("****") + phone2.right(4));
    REQUIRE(group.members.size() == 2);
    CHECK(group.members.at(1).name == QStringLiteral("测试同号"));
    CHECK_FALSE(group.members.at(0).phone.contains(phone2));
    CHECK(group.members.at(0).referrals == count(c.db, QStringLiteral("SELECT count(*) FROM referrals WHERE "
                                                                      "worker_id = %1")
                                                           .arg(w2)));
    const Expected<QVector<DuplicateGroup>> idWindow = ids.fetch(0, static_cast<int>(ids.groupCount()));
    requireOk(idWindow);
    for (const DuplicateGroup& g : *idWindow) {
        CHECK_FALSE(g.key.contains(id18.left(17)));
        for (const DuplicateMember& m : g.members)
            CHECK_FALSE(m.residentId.contains(id18.mid(6, 8)));
    }
    // Past the end: nothing, no failure.
    const Expected<QVector<DuplicateGroup>> past = names.fetch(names.groupCount() + 5, 10);
    requireOk(past);
    CHECK(past->isEmpty());
}

TEST_CASE("Merging two workers moves everything to the survivor and keeps the summary exact", "[duplicates]")
{
    County c;
    const qint64 w1 = c.id(QStringLiteral("SELECT min(w.id) FROM workers w WHERE EXISTS (SELECT 1 FROM referrals r "
                                          "WHERE r.worker_id = w.id) AND EXISTS (SELECT 1 FROM services s WHERE "
                                          "s.worker_id = w.id) AND w.id_number IS NOT NULL"));
    const qint64 copy = plantWorkerCopy(c, w1, QStringLiteral("13900000002"));
    const auto n = [&](const char* sql, qint64 id) { return count(c.db, QString::fromLatin1(sql).arg(id)); };
    const qint64 referrals = n("SELECT count(*) FROM referrals WHERE worker_id = %1", w1) +
                             n("SELECT count(*) FROM referrals WHERE worker_id = %1", copy);
    const qint64 services = n("SELECT count(*) FROM services WHERE worker_id = %1", w1) +
                            n("SELECT count(*) FROM services WHERE worker_id = %1", copy);
    const QSet<qint64> groups = idSet(c.db, QStringLiteral("SELECT key_group_id FROM worker_key_groups WHERE worker_id "
                                                           "IN (%1, %2)")
                                                .arg(w1)
                                                .arg(copy));
    const QSet<qint64> hardships =
        idSet(c.db, QStringLiteral("SELECT category_id FROM worker_hardships WHERE worker_id "
                                   "IN (%1, %2)")
                        .arg(w1)
                        .arg(copy));
    const QString oldPhone = scalar(c.db, QStringLiteral("SELECT phone FROM workers WHERE id = %1").arg(w1)).toString();
    REQUIRE(
        groups.size() >
        idSet(c.db, QStringLiteral("SELECT key_group_id FROM worker_key_groups WHERE worker_id = %1").arg(w1)).size());

    const Expected<MergePreview> preview = RecordMerge::preview(c.db, MergeRecordKind::Worker, w1, copy);
    requireOk(preview);
    CHECK(preview->referrals == 1);
    CHECK(preview->services == 1);
    CHECK(preview->refusal.isEmpty());
    QStringList differing;
    for (const MergeField& f : preview->differing)
        differing << f.field;
    CHECK(differing.contains(QStringLiteral("phone")));
    CHECK(differing.contains(QStringLiteral("id_number")));
    CHECK_FALSE(differing.contains(QStringLiteral("name")));
    for (const MergeField& f : preview->differing)
        if (f.field == QLatin1String("phone"))
            CHECK(f.loserText == QStringLiteral("139****0002"));

    SECTION("an unknown field is refused and nothing changes")
    {
        MergeRequest bad{MergeRecordKind::Worker, w1, copy, {{QStringLiteral("import_batch_id"), MergeSide::Loser}}};
        CHECK_FALSE(RecordMerge::merge(c.db, bad).hasValue());
        CHECK(n("SELECT count(*) FROM workers WHERE id = %1", copy) == 1);
    }
    SECTION("the survivor takes the loser's phone")
    {
        const qint64 audits = count(c.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge'"));
        const Expected<qint64> merged = RecordMerge::merge(
            c.db, {MergeRecordKind::Worker, w1, copy, {{QStringLiteral("phone"), MergeSide::Loser}}});
        requireOk(merged);
        CHECK(*merged == w1);
        CHECK(n("SELECT count(*) FROM workers WHERE id = %1", copy) == 0);
        CHECK(n("SELECT count(*) FROM referrals WHERE worker_id = %1", w1) == referrals);
        CHECK(n("SELECT count(*) FROM services WHERE worker_id = %1", w1) == services);
        CHECK(idSet(c.db, QStringLiteral("SELECT key_group_id FROM worker_key_groups WHERE worker_id = %1").arg(w1)) ==
              groups);
        CHECK(idSet(c.db, QStringLiteral("SELECT category_id FROM worker_hardships WHERE worker_id = %1").arg(w1)) ==
              hardships);
        CHECK(scalar(c.db, QStringLiteral("SELECT phone FROM workers WHERE id = %1").arg(w1)).toString() ==
              QStringLiteral("13900000002"));
        // One row for the phone, one naming the loser; nothing for the survivor's own ID kept.
        CHECK(count(c.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge'")) == audits + 2);
        CHECK(column(c.db, QStringLiteral("SELECT old_value || '>' || new_value FROM audit_log WHERE action = 'merge' "
                                          "AND table_name = 'workers' AND record_id = %1 AND field = 'phone'")
                               .arg(w1)) == QStringList{oldPhone + QStringLiteral(">13900000002")});
        CHECK(column(c.db, QStringLiteral("SELECT new_value FROM audit_log WHERE action = 'merge' AND record_id = %1 "
                                          "AND field = 'merged_into'")
                               .arg(copy)) == QStringList{QString::number(w1)});
        CHECK(summaryRows(c.db) == recountedRows(c.db));
        // The search index forgot the loser and knows the survivor's new phone.
        const QSet<qint64> found = idSet(c.db, QStringLiteral("SELECT rowid FROM worker_name_search WHERE "
                                                              "worker_name_search MATCH 'tails:p2000'"));
        CHECK(found.contains(w1));
        CHECK_FALSE(found.contains(copy));
    }
    SECTION("a survivor without an ID takes the loser's ID (unique) and the summary stays exact")
    {
        const QString id =
            scalar(c.db, QStringLiteral("SELECT id_number FROM workers WHERE id = %1").arg(w1)).toString();
        const Expected<qint64> merged = RecordMerge::merge(
            c.db, {MergeRecordKind::Worker,
                   copy,
                   w1,
                   {{QStringLiteral("id_number"), MergeSide::Loser}, {QStringLiteral("phone"), MergeSide::Survivor}}});
        requireOk(merged);
        CHECK(scalar(c.db, QStringLiteral("SELECT id_number FROM workers WHERE id = %1").arg(copy)).toString() == id);
        CHECK(n("SELECT count(*) FROM referrals WHERE worker_id = %1", copy) == referrals);
        CHECK(n("SELECT count(*) FROM workers WHERE id = %1", w1) == 0);
        CHECK(summaryRows(c.db) == recountedRows(c.db));
    }
}

TEST_CASE("Enterprise duplicates are found, and a merge moves vacancies and the rest or is refused", "[duplicates]")
{
    County c;
    const qint64 e1 = c.id(QStringLiteral("SELECT min(e.id) FROM enterprises e WHERE credit_code IS NOT NULL AND "
                                          "EXISTS (SELECT 1 FROM vacancies v WHERE v.enterprise_id = e.id) AND EXISTS "
                                          "(SELECT 1 FROM fair_enterprises f WHERE f.enterprise_id = e.id)"));
    const qint64 byCode = found(c.db, DuplicateRule::EnterpriseSameCreditCode).groupCount();
    const qint64 byName = found(c.db, DuplicateRule::EnterpriseSameNameInCounty).groupCount();
    // The same enterprise entered again under a sub-unit of the county, with its own records.
    const qint64 e2 = execBound(c.db,
                                QStringLiteral("INSERT INTO enterprises (org_id, name, credit_code, contact_phone, "
                                               "created_at, updated_at) SELECT (SELECT max(id) FROM organisations), "
                                               "name, credit_code, '13900000003', created_at, updated_at FROM "
                                               "enterprises WHERE id = ?"),
                                {e1});
    const qint64 vacancy =
        execBound(c.db,
                  QStringLiteral("INSERT INTO vacancies (enterprise_id, title, headcount, posted_on, "
                                 "created_at, updated_at) VALUES (?, '合并测试岗位', 7, '2026-02-03', "
                                 "'2026-02-03T00:00:00Z', '2026-02-03T00:00:00Z')"),
                  {e2});
    execBound(c.db,
              QStringLiteral("INSERT INTO demand_snapshots (enterprise_id, recorded_on, planned) VALUES (?, "
                             "'2026-02-03', 20)"),
              {e2});
    execBound(c.db,
              QStringLiteral("INSERT INTO enterprise_flags (enterprise_id, kind, flagged_on) VALUES (?, "
                             "'attrition', '2026-02-04')"),
              {e2});
    const qint64 worker = c.id(QStringLiteral("SELECT min(id) FROM workers"));
    const qint64 referral = execBound(c.db,
                                      QStringLiteral("INSERT INTO referrals (worker_id, vacancy_id, enterprise_id, "
                                                     "stage, stage_on, created_at) VALUES (?, ?, ?, 'recommended', "
                                                     "'2026-02-05', '2026-02-05T00:00:00Z')"),
                                      {worker, vacancy, e2});
    execBound(c.db,
              QStringLiteral("INSERT INTO referral_stages (referral_id, stage, occurred_on) VALUES (?, 'recommended', "
                             "'2026-02-05')"),
              {referral});
    const qint64 sharedFair =
        c.id(QStringLiteral("SELECT min(fair_id) FROM fair_enterprises WHERE enterprise_id = %1").arg(e1));
    const qint64 otherFair = c.id(QStringLiteral("SELECT min(id) FROM job_fairs WHERE id NOT IN (SELECT fair_id FROM "
                                                 "fair_enterprises WHERE enterprise_id = %1)")
                                      .arg(e1));
    execBound(c.db, QStringLiteral("INSERT INTO fair_enterprises (fair_id, enterprise_id) VALUES (?, ?), (?, ?)"),
              {sharedFair, e2, otherFair, e2});

    const DuplicateFinder codes = found(c.db, DuplicateRule::EnterpriseSameCreditCode);
    CHECK(codes.groupCount() == byCode + 1);
    CHECK(groupOf(codes, e1) == QVector<qint64>{e1, e2});
    const DuplicateFinder names = found(c.db, DuplicateRule::EnterpriseSameNameInCounty);
    CHECK(names.groupCount() == byName + 1);
    CHECK(groupOf(names, e1) == QVector<qint64>{e1, e2});

    const auto n = [&](const char* sql, qint64 id) { return count(c.db, QString::fromLatin1(sql).arg(id)); };
    const qint64 vacancies = n("SELECT count(*) FROM vacancies WHERE enterprise_id = %1", e1) + 1;
    const qint64 referrals = n("SELECT count(*) FROM referrals WHERE enterprise_id = %1", e1) + 1;
    const qint64 fairs = n("SELECT count(*) FROM fair_enterprises WHERE enterprise_id = %1", e1) + 1;

    // A title both have: refused, with the title, and nothing changes.
    const QString title =
        scalar(c.db, QStringLiteral("SELECT min(title) FROM vacancies WHERE enterprise_id = %1").arg(e1)).toString();
    const qint64 clash = execBound(c.db,
                                   QStringLiteral("INSERT INTO vacancies (enterprise_id, title, headcount, posted_on, "
                                                  "created_at, updated_at) VALUES (?, ?, 2, '2026-02-03', "
                                                  "'2026-02-03T00:00:00Z', '2026-02-03T00:00:00Z')"),
                                   {e2, title});
    const Expected<MergePreview> refused = RecordMerge::preview(c.db, MergeRecordKind::Enterprise, e1, e2);
    requireOk(refused);
    CHECK(refused->refusal.text().contains(title));
    CHECK(refused->refusal.sourceText().contains(title));
    const Expected<qint64> no = RecordMerge::merge(c.db, {MergeRecordKind::Enterprise, e1, e2, {}});
    REQUIRE_FALSE(no.hasValue());
    CHECK(no.error().contains(title));
    CHECK(n("SELECT count(*) FROM enterprises WHERE id = %1", e2) == 1);
    CHECK(n("SELECT count(*) FROM vacancies WHERE enterprise_id = %1", e2) == 2);

    execBound(c.db, QStringLiteral("DELETE FROM vacancies WHERE id = ?"), {clash});
    const Expected<MergePreview> preview = RecordMerge::preview(c.db, MergeRecordKind::Enterprise, e1, e2);
    requireOk(preview);
    CHECK(preview->refusal.isEmpty());
    CHECK(preview->vacancies == 1);
    CHECK(preview->snapshots == 1);
    CHECK(preview->flags == 1);
    CHECK(preview->referrals == 1);
    CHECK(preview->fairs == 1);
    const Expected<qint64> merged = RecordMerge::merge(
        c.db, {MergeRecordKind::Enterprise, e1, e2, {{QStringLiteral("contact_phone"), MergeSide::Loser}}});
    requireOk(merged);
    CHECK(n("SELECT count(*) FROM enterprises WHERE id = %1", e2) == 0);
    CHECK(n("SELECT count(*) FROM vacancies WHERE enterprise_id = %1", e1) == vacancies);
    CHECK(n("SELECT count(*) FROM referrals WHERE enterprise_id = %1", e1) == referrals);
    CHECK(n("SELECT count(*) FROM fair_enterprises WHERE enterprise_id = %1", e1) == fairs);
    CHECK(n("SELECT count(*) FROM demand_snapshots WHERE enterprise_id = %1 AND planned = 20", e1) == 1);
    CHECK(n("SELECT count(*) FROM enterprise_flags WHERE enterprise_id = %1 AND kind = 'attrition' AND flagged_on = "
            "'2026-02-04'",
            e1) == 1);
    // The survivor's own stand at the shared fair is kept once; the loser's other fair is now the survivor's.
    CHECK(count(c.db, QStringLiteral("SELECT count(*) FROM fair_enterprises WHERE fair_id = %1 AND enterprise_id = %2")
                          .arg(sharedFair)
                          .arg(e1)) == 1);
    CHECK(count(c.db, QStringLiteral("SELECT count(*) FROM fair_enterprises WHERE fair_id = %1 AND enterprise_id = %2")
                          .arg(otherFair)
                          .arg(e1)) == 1);
    CHECK(scalar(c.db, QStringLiteral("SELECT contact_phone FROM enterprises WHERE id = %1").arg(e1)).toString() ==
          QStringLiteral("13900000003"));
    CHECK(summaryRows(c.db) == recountedRows(c.db));
    CHECK(count(c.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge' AND table_name = "
                                     "'enterprises' AND record_id = %1 AND field = 'merged_into'")
                          .arg(e2)) == 1);
}

TEST_CASE("Duplicate rules on a big file", "[.bench][.duplicates-bench]")
{
    const QString path = qEnvironmentVariable("JB_DUPLICATES_FILE");
    if (path.isEmpty()) {
        WARN("set JB_DUPLICATES_FILE to a copy of a big JobBridge file");
        return;
    }
    auto file = Database::open(path);
    requireOk(file);
    QSqlDatabase db = (*file)->connection();
    for (DuplicateRule rule : duplicateRules(MergeRecordKind::Worker) + duplicateRules(MergeRecordKind::Enterprise)) {
        const DuplicateFinder f = found(db, rule);
        QElapsedTimer clock;
        clock.start();
        const Expected<QVector<DuplicateGroup>> window = f.fetch(std::max<qint64>(0, f.groupCount() - 50), 50);
        requireOk(window);
        std::printf("%-40s groups %7lld records %7lld find %6lld ms, last window of 50 groups %4lld ms\n",
                    duplicateRuleTitle(rule).sourceText().toUtf8().constData(), static_cast<long long>(f.groupCount()),
                    static_cast<long long>(f.recordCount()), static_cast<long long>(f.elapsedMs()),
                    static_cast<long long>(clock.elapsed()));
    }
    // One merge of each kind (this changes the file: use a copy). Workers: the first same-name-and-birth pair.
    const DuplicateFinder pairs = found(db, DuplicateRule::WorkerSameNameAndBirth);
    if (pairs.groupCount() > 0) {
        const QVector<qint64> ids = pairs.memberIds(0);
        QElapsedTimer clock;
        clock.start();
        requireOk(RecordMerge::merge(
            db, {MergeRecordKind::Worker, ids.at(0), ids.at(1), {{QStringLiteral("phone"), MergeSide::Loser}}}));
        std::printf("worker merge %lld <- %lld: %lld ms\n", static_cast<long long>(ids.at(0)),
                    static_cast<long long>(ids.at(1)), static_cast<long long>(clock.elapsed()));
    }
    // Enterprises: the two with the most referrals that share no vacancy title.
    const QStringList two = column(db, QStringLiteral("SELECT id FROM (SELECT enterprise_id AS id, count(*) AS n FROM "
                                                      "referrals GROUP BY 1 ORDER BY n DESC LIMIT 20) "
                                                      "ORDER BY id LIMIT 2"));
    const Expected<MergePreview> plan =
        RecordMerge::preview(db, MergeRecordKind::Enterprise, two.at(0).toLongLong(), two.at(1).toLongLong());
    requireOk(plan);
    if (plan->refusal.isEmpty()) {
        QElapsedTimer clock;
        clock.start();
        requireOk(
            RecordMerge::merge(db, {MergeRecordKind::Enterprise, two.at(0).toLongLong(), two.at(1).toLongLong(), {}}));
        std::printf("enterprise merge (%lld vacancies, %lld referrals, %lld services moved): %lld ms\n",
                    static_cast<long long>(plan->vacancies), static_cast<long long>(plan->referrals),
                    static_cast<long long>(plan->services), static_cast<long long>(clock.elapsed()));
    }
}

namespace {

// Every table a merge touches, row by row (the audit trail aside: it records the merge and its undo).
QStringList records(QSqlDatabase db)
{
    QStringList out;
    for (const char* table :
         {"workers", "worker_key_groups", "worker_hardships", "worker_service_needs", "referrals", "services",
          "enterprises", "vacancies", "demand_snapshots", "enterprise_flags", "fair_enterprises", "activity_daily"}) {
        QSqlQuery q(db);
        // Counts that went to zero may stay as rows of 0 (the summary comparisons skip them too).
        const QString where = qstrcmp(table, "activity_daily") == 0 ? QStringLiteral(" WHERE n <> 0") : QString();
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1%2 ORDER BY 1, 2").arg(QLatin1String(table), where)));
        while (q.next()) {
            QStringList row{QLatin1String(table)};
            for (int c = 0; c < q.record().count(); ++c)
                row << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

// The rows only one side has, as one printable text (empty when the two are equal).
std::string difference(const QStringList& now, const QStringList& then)
{
    QStringList out;
    for (const QString& r : now)
        if (!then.contains(r))
            out << QStringLiteral("+ ") + r;
    for (const QString& r : then)
        if (!now.contains(r))
            out << QStringLiteral("- ") + r;
    return out.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_CASE("A merge is undone exactly, and refused once the survivor changed", "[duplicates]")
{
    County c;
    const qint64 w1 = c.id(QStringLiteral("SELECT min(w.id) FROM workers w WHERE EXISTS (SELECT 1 FROM referrals r "
                                          "WHERE r.worker_id = w.id) AND w.id_number IS NOT NULL"));
    const qint64 copy = plantWorkerCopy(c, w1, QStringLiteral("13900000004"));
    const qint64 e1 = c.id(QStringLiteral("SELECT min(e.id) FROM enterprises e WHERE EXISTS (SELECT 1 FROM "
                                          "fair_enterprises f WHERE f.enterprise_id = e.id) AND EXISTS (SELECT 1 FROM "
                                          "referrals r WHERE r.enterprise_id = e.id)"));
    const qint64 e2 =
        c.id(QStringLiteral("SELECT min(e.id) FROM enterprises e WHERE e.id > %1 AND EXISTS (SELECT 1 "
                            "FROM fair_enterprises f WHERE f.enterprise_id = e.id) AND NOT EXISTS (SELECT 1 "
                            "FROM vacancies a JOIN vacancies b ON b.title = a.title WHERE "
                            "a.enterprise_id = e.id AND b.enterprise_id = %1)")
                 .arg(e1));
    const QStringList before = records(c.db);

    SECTION("workers: the copy takes back its key group, hardship, referral and service; the ID goes back")
    {
        MergeUndo undo;
        // The copy survives and takes the original's ID: the ID must return to the original on undo.
        requireOk(RecordMerge::merge(
            c.db, {MergeRecordKind::Worker, copy, w1, {{QStringLiteral("id_number"), MergeSide::Loser}}}, &undo));
        REQUIRE(records(c.db) != before);
        REQUIRE(RecordMerge::undo(c.db, undo).ok());
        CHECK(difference(records(c.db), before) == std::string());
        CHECK(summaryRows(c.db) == recountedRows(c.db));
        CHECK(count(c.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unmerge' AND record_id = %1")
                              .arg(w1)) == 1);
    }
    SECTION("enterprises: vacancies, referrals and fair stands go back")
    {
        MergeUndo undo;
        requireOk(RecordMerge::merge(
            c.db, {MergeRecordKind::Enterprise, e1, e2, {{QStringLiteral("name"), MergeSide::Loser}}}, &undo));
        REQUIRE(RecordMerge::undo(c.db, undo).ok());
        CHECK(difference(records(c.db), before) == std::string());
        CHECK(summaryRows(c.db) == recountedRows(c.db));
    }
    SECTION("a later edit of the survivor blocks the undo")
    {
        MergeUndo undo;
        requireOk(RecordMerge::merge(c.db, {MergeRecordKind::Worker, w1, copy, {}}, &undo));
        REQUIRE(QSqlQuery(c.db).exec(QStringLiteral("UPDATE workers SET note = 'later', updated_at = "
                                                    "'2030-01-01T00:00:00Z' WHERE id = %1")
                                         .arg(w1)));
        const Status refused = RecordMerge::undo(c.db, undo);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().sourceText().contains(QStringLiteral("changed after the merge")));
        CHECK(refused.error().contains(QStringLiteral("合并后又被修改过")));
        CHECK(count(c.db, QStringLiteral("SELECT count(*) FROM workers WHERE id = %1").arg(copy)) == 0);
    }
}
