// Records created on the spot at a fair and the fair itself, as the 招聘会 page's undo and redo take them back and
// put them back (core/fairs/FairNewRecords.h, readdFair): the same ids each time, audited, and an undo refused with
// its reason, writing nothing, when something now hangs on the record.

#include "core/editing/RecordChange.h"
#include "core/fairs/FairNewRecords.h"
#include "core/fairs/FairParticipation.h"
#include "core/fairs/FairPeople.h"
#include "core/fairs/FairRecord.h"
#include "core/records/RecordFields.h"
#include "core/validation/ResidentId.h"
#include "test_demo_support.h"

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

struct SpotFile
{
    ScratchDir dir;
    std::unique_ptr<Database> file = newFile(dir, QStringLiteral("fair-spot.jobbridge"));
    QSqlDatabase db = file->connection();
    qint64 home = count(db, QStringLiteral("SELECT id FROM organisations WHERE is_home = 1"));
    PinnedDay day{QDate(2026, 3, 10)};

    FairDetails details() const
    {
        FairDetails d;
        d.name = QStringLiteral("春风行动现场招聘会");
        d.firstDay = QDate(2026, 3, 8);
        d.organiserId = home;
        d.kindCode = QStringLiteral("regular");
        return d;
    }
    qint64 fair()
    {
        const Expected<qint64> id = addFair(db, details(), QDate(2026, 3, 10));
        REQUIRE(id.hasValue());
        return *id;
    }
    qint64 rows(const QString& sql) { return count(db, sql); }
};

QString idNumber(int n)
{
    const QString first17 = QStringLiteral("34012219880505%1").arg(n, 3, 10, QLatin1Char('0'));
    return first17 + residentIdCheckChar(first17);
}

} // namespace

TEST_CASE("A removed fair is added again under its id, and only while the id is free", "[fairs][undo]")
{
    SpotFile f;
    const qint64 fair = f.fair();
    requireOk(removeFair(f.db, fair));
    const Expected<qint64> again = readdFair(f.db, fair, f.details(), QDate(2026, 3, 10));
    requireOk(again);
    CHECK(*again == fair);
    CHECK(loadFair(f.db, fair)->details.name == QStringLiteral("春风行动现场招聘会"));
    CHECK(loadFair(f.db, fair)->status == FairStatus::Held);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'job_fairs' AND record_id = %1 AND "
                                "action = 'insert'")
                     .arg(fair)) == 2);
    CHECK_FALSE(readdFair(f.db, fair, f.details(), QDate(2026, 3, 10)).hasValue());
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM job_fairs")) == 1);
}

TEST_CASE("A new enterprise, post and person made at a fair are undone and redone under the same ids", "[fairs][undo]")
{
    SpotFile f;
    const qint64 fair = f.fair();
    const Expected<FairNewRecord> company = addNewFairRecord(
        f.db, fair, RecordKind::Enterprise,
        {{fields::enterprise::org, f.home}, {fields::enterprise::name, QStringLiteral("合肥现场机械有限公司")}});
    requireOk(company);
    const Expected<FairNewRecord> post = addNewFairRecord(f.db, fair, RecordKind::Vacancy,
                                                          {{fields::vacancy::enterprise, company->recordId},
                                                           {fields::vacancy::title, QStringLiteral("焊工")},
                                                           {fields::vacancy::headcount, 6}},
                                                          true);
    requireOk(post);
    CHECK_FALSE(post->enterpriseJoined); // it was a participant already
    const Expected<FairNewRecord> person = addNewFairRecord(f.db, fair, RecordKind::Worker,
                                                            {{fields::worker::org, f.home},
                                                             {fields::worker::name, QStringLiteral("赵六")},
                                                             {fields::worker::idNumber, idNumber(7)}});
    requireOk(person);

    // Newest first, as the stack undoes them; each leaves the fair and the list.
    requireOk(undoNewFairRecord(f.db, *person));
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM workers")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM fair_attendees")) == 0);
    // The enterprise cannot go while its post is there: refused, nothing written.
    const Status early = undoNewFairRecord(f.db, *company);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("岗位")));
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM fair_enterprises WHERE fair_id = %1").arg(fair)) == 1);
    requireOk(undoNewFairRecord(f.db, *post));
    requireOk(undoNewFairRecord(f.db, *company));
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM enterprises")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM vacancies")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM fair_enterprises")) == 0);
    // Audited: the removal of each record is in the log.
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND table_name IN "
                                "('enterprises', 'vacancies', 'workers')")) >= 3);

    requireOk(redoNewFairRecord(f.db, *company));
    requireOk(redoNewFairRecord(f.db, *post));
    requireOk(redoNewFairRecord(f.db, *person));
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM fair_enterprises WHERE fair_id = %1 AND enterprise_id = %2")
                     .arg(fair)
                     .arg(company->recordId)) == 1);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM fair_posts WHERE fair_id = %1 AND vacancy_id = %2 AND "
                                "public_welfare = 1")
                     .arg(fair)
                     .arg(post->recordId)) == 1);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM vacancies WHERE id = %1 AND source_fair_id = %2")
                     .arg(post->recordId)
                     .arg(fair)) == 1);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM workers WHERE id = %1 AND source_fair_id = %2 AND "
                                "registered_on = '2026-03-08'")
                     .arg(person->recordId)
                     .arg(fair)) == 1);
}

TEST_CASE("Undoing a person made at a fair is refused while an intention made there names them", "[fairs][undo]")
{
    SpotFile f;
    const qint64 fair = f.fair();
    const Expected<FairNewRecord> person = addNewFairRecord(f.db, fair, RecordKind::Worker,
                                                            {{fields::worker::org, f.home},
                                                             {fields::worker::name, QStringLiteral("钱七")},
                                                             {fields::worker::idNumber, idNumber(8)}});
    requireOk(person);
    const Expected<qint64> company = addNewFairEnterprise(
        f.db, fair,
        {{fields::enterprise::org, f.home}, {fields::enterprise::name, QStringLiteral("现场食品有限公司")}});
    requireOk(company);
    const Expected<qint64> post = addNewFairPost(f.db, fair,
                                                 {{fields::vacancy::enterprise, *company},
                                                  {fields::vacancy::title, QStringLiteral("包装工")},
                                                  {fields::vacancy::headcount, 2}},
                                                 false);
    requireOk(post);
    requireOk(recordFairOutcome(f.db, fair, person->recordId, *post, FairOutcome::Intention));

    const qint64 audits = f.rows(QStringLiteral("SELECT count(*) FROM audit_log"));
    const Status undone = undoNewFairRecord(f.db, *person);
    REQUIRE_FALSE(undone.ok());
    CHECK_FALSE(undone.error().isEmpty());
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM workers WHERE id = %1").arg(person->recordId)) == 1);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM fair_attendees WHERE worker_id = %1").arg(person->recordId)) ==
          1);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM audit_log")) == audits);

    // Recorded at another fair since: refused too, with that reason.
    const Expected<FairNewRecord> other = addNewFairRecord(f.db, fair, RecordKind::Worker,
                                                           {{fields::worker::org, f.home},
                                                            {fields::worker::name, QStringLiteral("孙八")},
                                                            {fields::worker::idNumber, idNumber(9)}});
    requireOk(other);
    const qint64 second = f.fair();
    requireOk(addFairAttendee(f.db, second, other->recordId));
    const Status elsewhere = undoNewFairRecord(f.db, *other);
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM workers WHERE id = %1").arg(other->recordId)) == 1);
}
