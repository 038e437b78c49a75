// Job fairs as records (core/fairs): the fair's checks and status, enterprises, posts and people as links, the
// intentions and contracts made there as referrals (never twice for one person and post), the list's figures counted
// from the links, and the metrics: a fair counts once held, its recorded referrals once each.

#include "core/domain/Clock.h"
#include "core/fairs/FairList.h"
#include "core/fairs/FairListExport.h"
#include "core/fairs/FairParticipation.h"
#include "core/fairs/FairPeople.h"
#include "core/fairs/FairRecord.h"
#include "core/metrics/Progress.h"
#include "core/records/RecordFields.h"
#include "core/validation/ResidentId.h"
#include "test_demo_support.h"

#include <QFile>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

QString idNumber(int n)
{
    const QString first17 = QStringLiteral("34012219900101%1").arg(n, 3, 10, QLatin1Char('0'));
    return first17 + residentIdCheckChar(first17);
}

bool hasIssue(const QVector<FairIssue>& issues, const QString& field)
{
    for (const FairIssue& i : issues)
        if (i.field == field)
            return true;
    return false;
}

struct FairFile
{
    ScratchDir dir;
    std::unique_ptr<Database> file = newFile(dir, QStringLiteral("fairs.jobbridge"));
    QSqlDatabase db = file->connection();
    qint64 home = count(db, QStringLiteral("SELECT id FROM organisations WHERE is_home = 1"));
    PinnedDay day{QDate(2026, 3, 10)};

    FairDetails details(const QString& name, QDate first) const
    {
        FairDetails d;
        d.name = name;
        d.firstDay = first;
        d.organiserId = home;
        d.form = FairForm::Offline;
        d.kindCode = QStringLiteral("industry");
        return d;
    }
    qint64 enterprise(const QString& name)
    {
        return execBound(db,
                         QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) VALUES (?, ?, "
                                        "'t', 't')"),
                         {home, name});
    }
    qint64 vacancy(qint64 enterprise, const QString& title, int headcount)
    {
        return execBound(
            db,
            QStringLiteral("INSERT INTO vacancies (enterprise_id, title, headcount, posted_on, created_at, "
                           "updated_at) VALUES (?, ?, ?, '2026-02-01', 't', 't')"),
            {enterprise, title, headcount});
    }
    qint64 worker(const QString& name, int n)
    {
        return execBound(db,
                         QStringLiteral("INSERT INTO workers (org_id, name, id_number, registered_on, created_at, "
                                        "updated_at) VALUES (?, ?, ?, '2026-01-05', 't', 't')"),
                         {home, name, idNumber(n)});
    }
};

} // namespace

TEST_CASE("A fair is checked as typed, added planned or held by its day, and moves one status step at a time",
          "[fairs]")
{
    FairFile f;
    FairDetails bad = f.details(QStringLiteral("  "), QDate(2026, 3, 5));
    bad.lastDay = QDate(2026, 3, 4);
    bad.organiserId = 999999;
    bad.kindCode = QStringLiteral("livestream"); // a form now, not a kind
    bad.reportedIntentions = 5;
    bad.reportedContracts = 6;
    const QVector<FairIssue> issues = checkFair(f.db, bad);
    CHECK(hasIssue(issues, fields::fair::name));
    CHECK(hasIssue(issues, fields::fair::lastDay));
    CHECK(hasIssue(issues, fields::fair::organiser));
    CHECK(hasIssue(issues, fields::fair::kind));
    CHECK(hasIssue(issues, fields::fair::reportedContracts));
    CHECK(issues.size() == 5);
    const Expected<qint64> refused = addFair(f.db, bad);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.message().sourceText().startsWith(QStringLiteral("The fair was not saved")));
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM job_fairs")) == 0);

    FairDetails good = f.details(QStringLiteral("春风行动专场招聘会"), QDate(2026, 3, 20));
    good.lastDay = QDate(2026, 3, 21);
    good.coOrganisers = QStringLiteral("县妇联、团县委");
    good.form = FairForm::Mixed;
    good.keyGroupIds = {referenceId(f.db, "key_group", "migrant_worker")};
    const Expected<qint64> planned = addFair(f.db, good);
    requireOk(planned);
    const Expected<Fair> loaded = loadFair(f.db, *planned);
    requireOk(loaded);
    CHECK(loaded->status == FairStatus::Planned); // 20 March is after the pinned 10 March
    CHECK(loaded->details.lastDay == QDate(2026, 3, 21));
    CHECK(loaded->details.form == FairForm::Mixed);
    CHECK(loaded->details.kindCode == QStringLiteral("industry"));
    CHECK(loaded->details.keyGroupIds == good.keyGroupIds);
    CHECK(loaded->organiserLevel == QStringLiteral("county"));
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'job_fairs' AND action = "
                                     "'insert'")) == 1);

    const Expected<QVector<FairRow>> upcoming = upcomingFairs(f.db, Clock::today());
    requireOk(upcoming);
    REQUIRE(upcoming->size() == 1);
    CHECK(upcoming->first().id == *planned);

    // Held only once its first day has come; closed only from held.
    CHECK_FALSE(setFairStatus(f.db, *planned, FairStatus::Held).hasValue());
    CHECK_FALSE(setFairStatus(f.db, *planned, FairStatus::Closed).hasValue());
    {
        PinnedDay later(QDate(2026, 3, 20));
        const Expected<FairStatus> was = setFairStatus(f.db, *planned, FairStatus::Held);
        requireOk(was);
        CHECK(*was == FairStatus::Planned);
        requireOk(setFairStatus(f.db, *planned, FairStatus::Closed));
        requireOk(setFairStatus(f.db, *planned, FairStatus::Held)); // reopened (undo)
    }
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'job_fairs' AND field = "
                                     "'status'")) == 3);
    // A held fair cannot be moved after today; an edit writes one audit row per changed field.
    good.venue = QStringLiteral("县人力资源市场");
    CHECK_FALSE(editFair(f.db, *planned, good).ok());
    good.firstDay = QDate(2026, 3, 9);
    good.lastDay = QDate(2026, 3, 10);
    requireOk(editFair(f.db, *planned, good));
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'job_fairs' AND action = "
                                     "'update' AND field IN ('venue', 'held_on', 'ends_on')")) == 3);

    // An empty fair can be removed (the undo of its addition); one with links cannot.
    const Expected<qint64> spare = addFair(f.db, f.details(QStringLiteral("备用"), QDate(2026, 3, 1)));
    requireOk(spare);
    requireOk(removeFair(f.db, *spare));
    requireOk(addFairEnterprise(f.db, *planned, f.enterprise(QStringLiteral("合肥某制造有限公司"))));
    CHECK_FALSE(removeFair(f.db, *planned).ok());
}

TEST_CASE("A fair's enterprises, posts and people are links, and its list row counts them", "[fairs]")
{
    FairFile f;
    const Expected<qint64> fair = addFair(f.db, f.details(QStringLiteral("县招聘会"), QDate(2026, 3, 8)));
    requireOk(fair);
    const qint64 e1 = f.enterprise(QStringLiteral("安徽甲公司"));
    const qint64 v1 = f.vacancy(e1, QStringLiteral("焊工"), 12);
    // Attaching a post brings its enterprise along; twice is refused.
    requireOk(attachFairPost(f.db, *fair, v1, false));
    CHECK_FALSE(attachFairPost(f.db, *fair, v1, false).ok());
    CHECK_FALSE(addFairEnterprise(f.db, *fair, e1).ok());

    // A new enterprise with the usual checks: a bad credit code is refused.
    QVariantMap bad{{fields::enterprise::org, f.home},
                    {fields::enterprise::name, QStringLiteral("乙公司")},
                    {fields::enterprise::creditCode, QStringLiteral("123")}};
    CHECK_FALSE(addNewFairEnterprise(f.db, *fair, bad).hasValue());
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM enterprises")) == 1);
    bad.remove(fields::enterprise::creditCode);
    const Expected<qint64> e2 = addNewFairEnterprise(f.db, *fair, bad);
    requireOk(e2);
    // A new post joins the demand list with the fair as its source, posted on the fair's day.
    const QVariantMap post{{fields::vacancy::enterprise, *e2},
                           {fields::vacancy::title, QStringLiteral("保洁员")},
                           {fields::vacancy::headcount, 5}};
    const Expected<qint64> v2 = addNewFairPost(f.db, *fair, post, true);
    requireOk(v2);
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM vacancies WHERE id = %1 AND source_fair_id = %2 AND "
                                     "posted_on = '2026-03-08' AND status = 'open'")
                          .arg(*v2)
                          .arg(*fair)) == 1);

    // People: an existing worker, and a new one registered on the fair's day with the fair as source.
    const qint64 w1 = f.worker(QStringLiteral("张三"), 1);
    requireOk(addFairAttendee(f.db, *fair, w1));
    CHECK_FALSE(addFairAttendee(f.db, *fair, w1).ok());
    const QVariantMap person{{fields::worker::org, f.home},
                             {fields::worker::name, QStringLiteral("李四")},
                             {fields::worker::idNumber, idNumber(2)}};
    const Expected<qint64> w2 = addNewFairAttendee(f.db, *fair, person);
    requireOk(w2);
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM workers WHERE id = %1 AND registered_on = '2026-03-08' AND "
                                     "source_fair_id = %2")
                          .arg(*w2)
                          .arg(*fair)) == 1);

    // Intentions and contracts are referrals made at the fair; the same person and post is never doubled.
    const Expected<FairOutcomeResult> i1 = recordFairOutcome(f.db, *fair, w1, v1, FairOutcome::Intention);
    requireOk(i1);
    CHECK(i1->created);
    const Expected<FairOutcomeResult> again = recordFairOutcome(f.db, *fair, w1, v1, FairOutcome::Intention);
    requireOk(again);
    CHECK_FALSE(again->created);
    CHECK_FALSE(again->changed);
    const Expected<FairOutcomeResult> signed1 = recordFairOutcome(f.db, *fair, w1, v1, FairOutcome::Contract);
    requireOk(signed1);
    CHECK(signed1->referralId == i1->referralId);
    CHECK(signed1->changed);
    const Expected<FairOutcomeResult> c2 = recordFairOutcome(f.db, *fair, *w2, *v2, FairOutcome::Contract);
    requireOk(c2);
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM referrals WHERE fair_id = %1").arg(*fair)) == 2);
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM referral_stages s JOIN referrals r ON r.id = "
                                     "s.referral_id WHERE r.id = %1")
                          .arg(c2->referralId)) == 2); // intention and contract on the same day
    CHECK_FALSE(recordFairOutcome(f.db, *fair, w1, v1, FairOutcome::Intention, QDate(2026, 3, 9)).hasValue());
    CHECK_FALSE(removeFairAttendee(f.db, *fair, w1).ok());
    CHECK_FALSE(removeFairEnterprise(f.db, *fair, e1).ok());

    const Expected<FairRow> row = fairRow(f.db, *fair);
    requireOk(row);
    CHECK(row->enterprises == 2);
    CHECK(row->posts == 2);
    CHECK(row->headcount == 17);
    CHECK(row->publicWelfarePosts == 1);
    CHECK(row->registered == 2);
    CHECK(row->intentions == 2);
    CHECK(row->contracts == 2);
    REQUIRE(row->demandRatio().has_value());
    CHECK(*row->demandRatio() == Approx(8.5));
    const Expected<QVector<FairPostRow>> posts = fairPosts(f.db, *fair);
    requireOk(posts);
    REQUIRE(posts->size() == 2);
    CHECK(posts->at(0).broughtNew != posts->at(1).broughtNew);
    const Expected<QVector<FairPersonRow>> people = fairPeople(f.db, *fair);
    requireOk(people);
    REQUIRE(people->size() == 2);
    CHECK_FALSE(people->at(0).maskedId.contains(idNumber(1).mid(8, 6)));

    // Detaching a post and removing an enterprise without referrals.
    requireOk(setFairPostPublicWelfare(f.db, *fair, *v2, false));
    const qint64 e3 = f.enterprise(QStringLiteral("丙公司"));
    requireOk(attachFairPost(f.db, *fair, f.vacancy(e3, QStringLiteral("电工"), 3), false));
    requireOk(removeFairEnterprise(f.db, *fair, e3));
    CHECK(fairRow(f.db, *fair)->posts == 2);
    CHECK(fairRow(f.db, *fair)->publicWelfarePosts == 0);
}

TEST_CASE("The fairs list filters and sorts, and the metrics count held fairs and recorded referrals once",
          "[fairs][metrics]")
{
    FairFile f;
    QVector<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        FairDetails d = f.details(QStringLiteral("招聘会%1").arg(i), QDate(2026, 3, 1 + i));
        d.form = i % 2 ? FairForm::Online : FairForm::Offline;
        d.kindCode = i < 3 ? QStringLiteral("regular") : QStringLiteral("campus");
        d.visits = 100 * i;
        d.reportedIntentions = 50;
        d.reportedContracts = 10;
        const Expected<qint64> id = addFair(f.db, d);
        requireOk(id);
        ids << *id;
    }
    requireOk(addFair(f.db, f.details(QStringLiteral("月末招聘会"), QDate(2026, 3, 25)))); // planned

    FairFilter all;
    CHECK(*countFairs(f.db, all) == 7);
    FairFilter online;
    online.form = FairForm::Online;
    CHECK(*countFairs(f.db, online) == 3);
    FairFilter campusInMarch;
    campusInMarch.kindCode = QStringLiteral("campus");
    campusInMarch.from = QDate(2026, 3, 1);
    campusInMarch.to = QDate(2026, 3, 31);
    CHECK(*countFairs(f.db, campusInMarch) == 3);
    FairFilter planned;
    planned.status = FairStatus::Planned;
    CHECK(*countFairs(f.db, planned) == 1);

    const Expected<QVector<FairRow>> newest = fairWindow(f.db, all, 0, 3);
    requireOk(newest);
    REQUIRE(newest->size() == 3);
    CHECK(newest->at(0).name == QStringLiteral("月末招聘会"));
    CHECK(newest->at(1).name == QStringLiteral("招聘会5"));
    const Expected<QVector<FairRow>> byVisits = fairWindow(f.db, all, 0, 2, FairSort::Visits, true);
    requireOk(byVisits);
    CHECK(byVisits->at(0).visits == 500);

    // One intention recorded at fair 0 and a contract at fair 1; the reported totals stay out of the metrics.
    const qint64 e = f.enterprise(QStringLiteral("甲公司"));
    const qint64 v = f.vacancy(e, QStringLiteral("普工"), 10);
    requireOk(recordFairOutcome(f.db, ids[0], f.worker(QStringLiteral("王五"), 3), v, FairOutcome::Intention));
    requireOk(recordFairOutcome(f.db, ids[1], f.worker(QStringLiteral("赵六"), 4), v, FairOutcome::Contract));
    const Period march{0,
                       PeriodKind::Month,
                       QStringLiteral("2026-03"),
                       QStringLiteral("2026年3月"),
                       QDate(2026, 3, 1),
                       QDate(2026, 3, 31)};
    const Expected<Progress> p = loadProgress(f.db, f.home, march, QDate(2026, 3, 31));
    requireOk(p);
    CHECK(p->figure(Metric::JobFairs).actual == 6); // the planned fair of 25 March is not counted
    CHECK(p->figure(Metric::Intentions).actual == 2);
    CHECK(p->figure(Metric::Contracts).actual == 1);
}

TEST_CASE("Undoing an attached post takes its enterprise off the fair only when the post brought it", "[fairs]")
{
    FairFile f;
    const Expected<qint64> fair = addFair(f.db, f.details(QStringLiteral("县招聘会"), QDate(2026, 3, 8)));
    requireOk(fair);
    const qint64 e1 = f.enterprise(QStringLiteral("安徽甲公司"));
    const qint64 welder = f.vacancy(e1, QStringLiteral("焊工"), 12);
    const qint64 fitter = f.vacancy(e1, QStringLiteral("钳工"), 3);
    const QString participants = QStringLiteral("SELECT count(*) FROM fair_enterprises WHERE fair_id = %1").arg(*fair);

    // The first post brought the enterprise: its undo takes both back.
    requireOk(attachFairPost(f.db, *fair, welder, false));
    requireOk(undoAttachFairPost(f.db, *fair, welder, {}));
    CHECK(count(f.db, participants) == 0);
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM fair_posts")) == 0);

    // A second post of an enterprise already there: its undo leaves the enterprise and the first post.
    requireOk(attachFairPost(f.db, *fair, welder, false));
    requireOk(attachFairPost(f.db, *fair, fitter, false));
    requireOk(undoAttachFairPost(f.db, *fair, fitter, {e1}));
    CHECK(count(f.db, participants) == 1);
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM fair_posts")) == 1);

    // A post that is not at the fair is refused, and nothing changes.
    CHECK_FALSE(undoAttachFairPost(f.db, *fair, fitter, {}).ok());
    CHECK(count(f.db, participants) == 1);
}

TEST_CASE("The fairs list exports as shown: the filter, the order and every figure", "[fairs][lists]")
{
    FairFile f;
    for (int i = 0; i < 3; ++i) {
        FairDetails d = f.details(QStringLiteral("招聘会%1").arg(i), QDate(2026, 3, 1 + i));
        d.form = i == 1 ? FairForm::Online : FairForm::Offline;
        d.visits = 100 * (i + 1);
        requireOk(addFair(f.db, d));
    }
    const qint64 e = f.enterprise(QStringLiteral("甲公司"));
    const qint64 v = f.vacancy(e, QStringLiteral("普工"), 12);
    const qint64 second = count(f.db, QStringLiteral("SELECT id FROM job_fairs WHERE name = '招聘会2'"));
    requireOk(recordFairOutcome(f.db, second, f.worker(QStringLiteral("王五"), 3), v, FairOutcome::Contract));

    FairFilter offline;
    offline.form = FairForm::Offline;
    const QString path = f.dir.file(QStringLiteral("fairs.csv"));
    const Expected<qint64> rows = FairListExport::writeCsv(f.db, offline, FairSort::Visits, true, path);
    requireOk(rows);
    CHECK(*rows == 2);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 4); // header, two fairs, the empty end
    CHECK(lines.at(0) == FairListExport::header().join(QLatin1Char(',')));
    const Expected<QVector<FairRow>> shown = fairWindow(f.db, offline, 0, 10, FairSort::Visits, true);
    requireOk(shown);
    const FairRow& top = shown->at(0);
    CHECK(top.name == QStringLiteral("招聘会2"));
    const QStringList cells = lines.at(1).split(QLatin1Char(','));
    REQUIRE(cells.size() == FairListExport::header().size());
    CHECK(cells.at(0) == top.name);
    CHECK(cells.at(1) == QStringLiteral("2026-03-03"));
    CHECK(cells.at(2) == QStringLiteral("2026-03-03")); // a one-day fair ends on its first day
    CHECK(cells.at(8) == QString::number(top.enterprises));
    CHECK(cells.at(10) == QString::number(top.headcount));
    CHECK(cells.at(11) == QStringLiteral("300"));
    CHECK(cells.at(12) == QString::number(top.registered));
    CHECK(cells.at(14) == QStringLiteral("1")); // the contract recorded there
    CHECK(lines.at(2).startsWith(QStringLiteral("招聘会0,")));
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")) == 0);
}
