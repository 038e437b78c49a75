// What the worker list keeps stored so that its one-week-promise order reads each part as an index range
// (SchemaV16.cpp): each worker's part (not served yet, served late, served in time, not a hardship case) and due
// day. The stored rows equal a recount from the records after every kind of change — registration, an edit of the
// registration day, recognition, a recommendation with its undo and redo, a merge and its undo, a deletion and its
// undo, a hardship category removed, the day kind, the holidays and the promise days changed — and at every step
// the list walked through the stored parts gives the rows, order and states the list sorted from the records gives.

#include "PlacementTestSupport.h"
#include "core/duplicates/RecordMerge.h"
#include "core/editing/RecordChange.h"
#include "core/lists/WorkerListQuery.h"
#include "core/placement/HolidayCalendar.h"
#include "core/placement/ReferralPipeline.h"
#include "core/settings/PlacementSettings.h"
#include "core/settings/SettingsRepository.h"

using namespace jb::test::placement;

namespace jb::core {
// From core/placement/Promise.h, whose PromiseState (the officer's promise list) cannot share a file with the
// list's (WorkerFilter.h).
Status setHardshipRecognised(QSqlDatabase db, qint64 workerId, const QString& categoryCode, const QDate& on);
} // namespace jb::core

namespace {

// The stored parts as text, one worker after another.
const QString kStored = QStringLiteral(
    "SELECT coalesce(group_concat(worker_id || ':' || part || ':' || coalesce(due_on, '-'), ';'), '') FROM (SELECT * "
    "FROM worker_promise_parts ORDER BY worker_id)");

// The same from the records: the list's rule (docs/metrics.md), written out here on its own.
const QString kRecount = QStringLiteral(R"(
SELECT coalesce(group_concat(id || ':' || part || ':' || coalesce(due, '-'), ';'), '') FROM (
  SELECT id, CASE WHEN NOT hardship THEN 4 WHEN first IS NULL THEN 0 WHEN first <= due THEN 3 ELSE 2 END AS part,
         CASE WHEN hardship THEN due END AS due
  FROM (SELECT w.id, EXISTS (SELECT 1 FROM worker_hardships h WHERE h.worker_id = w.id) AS hardship,
               date(w.registered_on, '+' || coalesce((SELECT CAST(value AS INTEGER) FROM settings
                                                      WHERE key = 'promise_days'), 7) || ' days') AS due,
               (SELECT min(s.occurred_on) FROM referrals r JOIN referral_stages s ON s.referral_id = r.id
                WHERE r.worker_id = w.id AND s.stage = 'recommended') AS first
        FROM workers w)
  ORDER BY id))");

struct Parts
{
    ScratchDir dir;
    PlacementCounty c{dir, QStringLiteral("promise-parts.jobbridge")};
    PinnedDay day{QDate(2026, 9, 30)};
    qint64 zeroEmployment = c.item("hardship_category", "zero_employment");
    qint64 plant = c.enterprise(QStringLiteral("皖能电子"), c.townA);
    qint64 fitter = c.post(plant, QStringLiteral("装配工"), 5);
    qint64 driver = c.post(plant, QStringLiteral("叉车司机"), 5);

    QString stored() { return scalar(c.db(), kStored).toString(); }
    QString part(qint64 worker)
    {
        return scalar(c.db(), QStringLiteral("SELECT coalesce((SELECT part || ':' || coalesce(due_on, '-') FROM "
                                             "worker_promise_parts WHERE worker_id = %1), '')")
                                  .arg(worker))
            .toString();
    }

    // The list sorted by the promise, walked through the stored parts and sorted from the records, on `today`.
    QStringList listed(qint64 walkThreshold, bool descending, const QDate& today)
    {
        WorkerListQuery::setWalkThreshold(walkThreshold);
        const Expected<WorkerListQuery> q =
            WorkerListQuery::create(c.db(), {}, {WorkerColumn::Promise, descending}, today);
        REQUIRE(q.hasValue());
        const qint64 n = q->count().value();
        QStringList rows;
        for (qint64 offset = 0; offset < n; offset += 2) { // windows of two, as a scrolled list reads them
            const Expected<QVector<WorkerRow>> window = q->fetch(offset, 2);
            REQUIRE(window.hasValue());
            for (const WorkerRow& r : *window)
                rows << QStringLiteral("%1:%2").arg(r.id).arg(static_cast<int>(r.promise));
        }
        WorkerListQuery::setWalkThreshold(20000);
        CHECK(rows.size() == n);
        return rows;
    }

    void check(const char* after)
    {
        INFO("after " << after);
        CHECK(stored() == scalar(c.db(), kRecount).toString());
        CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM worker_promise_parts")) ==
              count(c.db(), QStringLiteral("SELECT count(*) FROM workers")));
        // Days around the due days of the cases below: waiting and overdue change places.
        for (const QDate& today : {QDate(2026, 9, 5), QDate(2026, 9, 8), QDate(2026, 9, 9), QDate(2026, 9, 30)})
            for (const bool descending : {false, true}) {
                INFO("today " << today.toString(Qt::ISODate).toStdString() << (descending ? " desc" : " asc"));
                CHECK(listed(0, descending, today) == listed(1000000, descending, today));
            }
    }
    qint64 applied(const RecordChange& change)
    {
        const Expected<qint64> id = applyRecordChange(c.db(), change);
        INFO(id.error().toStdString());
        REQUIRE(id.hasValue());
        return *id;
    }
    qint64 registered(const QString& name, const QString& on, bool hardship)
    {
        RecordChange add;
        add.kind = RecordChange::Kind::Insert;
        add.record = RecordKind::Worker;
        add.fields = {{QStringLiteral("name"), {}, name},
                      {QStringLiteral("org_id"), {}, c.townA},
                      {QStringLiteral("registered_on"), {}, on}};
        if (hardship)
            add.fields.append({QStringLiteral("hardships"), {}, QVariantList{zeroEmployment}});
        return applied(add);
    }
    void edit(qint64 worker, const QVariantMap& values)
    {
        const Expected<RecordChange> change = updateOf(c.db(), RecordKind::Worker, worker, values);
        REQUIRE(change.hasValue());
        applied(*change);
    }
    ReferralChange done(const Expected<ReferralChange>& change)
    {
        INFO(change.error().toStdString());
        REQUIRE(change.hasValue());
        return *change;
    }
};

} // namespace

TEST_CASE("The stored promise parts equal a recount after every kind of change, and the list reads them exactly",
          "[worker][lists][promise-parts]")
{
    Parts p;
    const qint64 wang = p.registered(QStringLiteral("王芳"), QStringLiteral("2026-09-01"), true);
    const qint64 li = p.registered(QStringLiteral("李强"), QStringLiteral("2026-09-02"), true);
    const qint64 zhao = p.registered(QStringLiteral("赵磊"), QStringLiteral("2026-09-03"), false);
    const qint64 chen = p.c.worker(QStringLiteral("陈静"), QStringLiteral("2026-09-01")); // written directly
    p.c.hardship(chen, "disabled_able");
    CHECK(p.part(wang) == QStringLiteral("0:2026-09-08"));
    CHECK(p.part(zhao) == QStringLiteral("4:-"));
    p.check("registrations");

    REQUIRE(setHardshipRecognised(p.c.db(), li, QStringLiteral("zero_employment"), QDate(2026, 9, 6)).ok());
    p.check("a recognition (the list's clock starts at registration)");

    const ReferralChange first = p.done(startReferral(p.c.db(), wang, p.fitter, QDate(2026, 9, 5)));
    const Expected<ReferralRedo> redo = snapshotAfterChange(p.c.db(), first.undo);
    REQUIRE(redo.hasValue());
    CHECK(p.part(wang) == QStringLiteral("3:2026-09-08"));
    p.check("a recommendation in time");
    REQUIRE(undoReferralChange(p.c.db(), first.undo).ok());
    CHECK(p.part(wang) == QStringLiteral("0:2026-09-08"));
    p.check("its undo");
    REQUIRE(redoReferralChange(p.c.db(), *redo).ok());
    CHECK(p.part(wang) == QStringLiteral("3:2026-09-08"));
    p.check("its redo");

    p.done(startReferral(p.c.db(), li, p.driver, QDate(2026, 9, 20)));
    CHECK(p.part(li) == QStringLiteral("2:2026-09-09"));
    p.check("a recommendation late");
    p.edit(li, {{QStringLiteral("registered_on"), QStringLiteral("2026-09-15")}});
    CHECK(p.part(li) == QStringLiteral("3:2026-09-22"));
    p.check("the registration day corrected");
    // Stage rows written directly (a package import, a correction by hand): re-dated, then removed.
    p.c.exec(QStringLiteral("UPDATE referral_stages SET occurred_on = '2026-09-30' WHERE stage = 'recommended' AND "
                            "referral_id IN (SELECT id FROM referrals WHERE worker_id = ?)"),
             {li});
    CHECK(p.part(li) == QStringLiteral("2:2026-09-22"));
    p.check("a recommendation re-dated");
    p.c.exec(QStringLiteral("DELETE FROM referral_stages WHERE stage = 'recommended' AND referral_id IN (SELECT id "
                            "FROM referrals WHERE worker_id = ?)"),
             {li});
    CHECK(p.part(li) == QStringLiteral("0:2026-09-22"));
    p.check("a recommendation's stage row removed");

    // A merge: 赵磊 (no hardship, a recommendation) takes the hardship of his copy; undone, both come back.
    p.done(startReferral(p.c.db(), zhao, p.fitter, QDate(2026, 9, 12)));
    const qint64 copy = p.registered(QStringLiteral("赵磊"), QStringLiteral("2026-09-04"), true);
    p.check("a copy registered");
    MergeUndo undo;
    const Expected<qint64> merged = RecordMerge::merge(p.c.db(), {MergeRecordKind::Worker, zhao, copy, {}}, &undo);
    INFO(merged.error().toStdString());
    REQUIRE(merged.hasValue());
    CHECK(p.part(zhao) == QStringLiteral("2:2026-09-10"));
    CHECK(p.part(copy).isEmpty());
    p.check("a merge");
    REQUIRE(RecordMerge::undo(p.c.db(), undo).ok());
    CHECK(p.part(zhao) == QStringLiteral("4:-"));
    CHECK(p.part(copy) == QStringLiteral("0:2026-09-11"));
    p.check("the merge's undo");

    // A deletion and its undo (the record comes back with its hardship category).
    const Expected<RecordChange> deletion = deletionOf(p.c.db(), RecordKind::Worker, copy);
    REQUIRE(deletion.hasValue());
    p.applied(*deletion);
    CHECK(p.part(copy).isEmpty());
    p.check("a deletion");
    p.applied(invertedChange(*deletion, copy));
    CHECK(p.part(copy) == QStringLiteral("0:2026-09-11"));
    p.check("the deletion's undo");

    // The day kind and the holidays move the officer's promise list and the dashboard, not the list's parts.
    const QString before = p.stored();
    REQUIRE(changeSettings(p.c.db(), {{setting::promiseDayKind, QStringLiteral("working")}}).ok());
    REQUIRE(setHoliday(p.c.db(), QDate(2026, 9, 7), QStringLiteral("调整"), true).ok());
    CHECK(p.stored() == before);
    p.check("working days and a holiday");

    // The promise days move every due day and which cases were served in time.
    REQUIRE(changeSettings(p.c.db(), {{setting::promiseDays, QStringLiteral("3")}}).ok());
    CHECK(p.part(wang) == QStringLiteral("2:2026-09-04"));
    p.check("the promise days changed");

    p.edit(chen, {{QStringLiteral("hardships"), QVariantList{}}});
    CHECK(p.part(chen) == QStringLiteral("4:-"));
    p.check("a hardship category removed");
}
