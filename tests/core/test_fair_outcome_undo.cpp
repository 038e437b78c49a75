// Taking back an intention or contract recorded at a fair (core/fairs/FairOutcomeUndo.h, the 招聘会 page's undo):
// what the outcome made is removed, what it moved on is put back, the links it added go, and a referral that has
// moved on since is left alone.

#include "core/domain/Clock.h"
#include "core/fairs/FairList.h"
#include "core/fairs/FairOutcomeUndo.h"
#include "core/fairs/FairParticipation.h"
#include "core/fairs/FairPeople.h"
#include "core/fairs/FairRecord.h"
#include "core/validation/ResidentId.h"
#include "test_demo_support.h"

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

struct UndoFile
{
    ScratchDir dir;
    std::unique_ptr<Database> file = newFile(dir, QStringLiteral("fair-undo.jobbridge"));
    QSqlDatabase db = file->connection();
    qint64 home = count(db, QStringLiteral("SELECT id FROM organisations WHERE is_home = 1"));
    PinnedDay day{QDate(2026, 3, 10)};

    qint64 heldFair()
    {
        FairDetails d;
        d.name = QStringLiteral("春风行动专场");
        d.firstDay = QDate(2026, 3, 8);
        d.organiserId = home;
        d.kindCode = QStringLiteral("regular");
        const Expected<qint64> id = addFair(db, d, QDate(2026, 3, 10));
        REQUIRE(id.hasValue());
        return *id;
    }
    qint64 enterprise()
    {
        return execBound(db,
                         QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) VALUES (?, "
                                        "'皖能电子', 't', 't')"),
                         {home});
    }
    qint64 vacancy(qint64 enterprise)
    {
        return execBound(db,
                         QStringLiteral("INSERT INTO vacancies (enterprise_id, title, headcount, posted_on, "
                                        "created_at, updated_at) VALUES (?, '装配工', 5, '2026-02-01', 't', 't')"),
                         {enterprise});
    }
    qint64 worker()
    {
        const QString first17 = QStringLiteral("340122199001010%1").arg(42);
        return execBound(db,
                         QStringLiteral("INSERT INTO workers (org_id, name, id_number, registered_on, created_at, "
                                        "updated_at) VALUES (?, '王芳', ?, '2026-01-05', 't', 't')"),
                         {home, QString(first17 + residentIdCheckChar(first17))});
    }
    qint64 rows(const QString& sql) { return count(db, sql); }
};

} // namespace

TEST_CASE("An intention recorded at a fair is taken back with the links it added", "[fairs][undo]")
{
    UndoFile f;
    const qint64 fair = f.heldFair();
    const qint64 e = f.enterprise();
    const qint64 v = f.vacancy(e);
    const qint64 w = f.worker();

    const Expected<FairOutcomeUndo> done = recordUndoableFairOutcome(f.db, fair, w, v, FairOutcome::Contract);
    REQUIRE(done.hasValue());
    CHECK(done->result.created);
    CHECK(done->attendeeAdded);
    CHECK(done->enterpriseAdded);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM referrals")) == 1);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM referral_stages")) == 2); // intention, then contract
    REQUIRE(fairRow(f.db, fair)->contracts == 1);

    REQUIRE(undoFairOutcome(f.db, *done).ok());
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM referrals")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM referral_stages")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM fair_attendees")) == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM fair_enterprises")) == 0);
    const Expected<FairRow> row = fairRow(f.db, fair);
    REQUIRE(row.hasValue());
    CHECK(row->contracts == 0);
    CHECK(row->registered == 0);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'referrals' AND action = 'delete' "
                                "AND record_id = %1")
                     .arg(done->result.referralId)) == 1);
    // And it can be recorded again (the page's redo).
    CHECK(recordUndoableFairOutcome(f.db, fair, w, v, FairOutcome::Intention).hasValue());
}

TEST_CASE("Undoing a fair contract on an existing referral puts its stage back; links already there stay",
          "[fairs][undo]")
{
    UndoFile f;
    const qint64 fair = f.heldFair();
    const qint64 e = f.enterprise();
    const qint64 v = f.vacancy(e);
    const qint64 w = f.worker();
    REQUIRE(recordFairOutcome(f.db, fair, w, v, FairOutcome::Intention).hasValue());

    const Expected<FairOutcomeUndo> signed_ = recordUndoableFairOutcome(f.db, fair, w, v, FairOutcome::Contract);
    REQUIRE(signed_.hasValue());
    CHECK_FALSE(signed_->result.created);
    CHECK_FALSE(signed_->attendeeAdded);
    CHECK(signed_->stageBefore == QStringLiteral("intention"));
    REQUIRE(undoFairOutcome(f.db, *signed_).ok());
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM referrals WHERE stage = 'intention'")) == 1);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM referral_stages")) == 1);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM fair_attendees")) == 1);
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM fair_enterprises")) == 1);

    // A referral that moved on after the contract is not taken back.
    const Expected<FairOutcomeUndo> again = recordUndoableFairOutcome(f.db, fair, w, v, FairOutcome::Contract);
    REQUIRE(again.hasValue());
    execBound(f.db,
              QStringLiteral("INSERT INTO referral_stages (referral_id, stage, occurred_on) VALUES (?, 'stable', "
                             "'2026-06-08')"),
              {again->result.referralId});
    const Status refused = undoFairOutcome(f.db, *again);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().sourceText() == QStringLiteral("The referral has moved on since; it is not taken back"));
    CHECK(f.rows(QStringLiteral("SELECT count(*) FROM referral_stages")) == 3);
}
