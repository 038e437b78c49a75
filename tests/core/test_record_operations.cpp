// The record operations core performs for the Enterprises page and the CLI, each on a day pinned on the one clock:
// closing and reopening a vacancy (closed on the clock's day, refused in the wrong state, undone exactly by the
// inverse of the change it returns), resolving a monitoring flag (the same, with the note added to the flag's), and
// opening a person for editing (full ID and phone, one audited reveal per value).

#include "core/domain/Clock.h"
#include "core/editing/FlagResolution.h"
#include "core/editing/RecordChange.h"
#include "core/editing/VacancyClosing.h"
#include "core/editing/WorkerEditing.h"
#include "core/validation/ResidentId.h"
#include "test_demo_support.h"

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

qint64 insert(QSqlDatabase db, RecordKind record, const QVector<FieldValue>& fields)
{
    RecordChange add;
    add.kind = RecordChange::Kind::Insert;
    add.record = record;
    add.fields = fields;
    const Expected<qint64> id = applyRecordChange(db, add);
    INFO(id.error().toStdString());
    REQUIRE(id.hasValue());
    return *id;
}

// A county file with one enterprise, an open vacancy posted on 1 March 2026 and an open wage-arrears flag.
struct EnterpriseFile
{
    ScratchDir dir;
    std::unique_ptr<Database> file;
    QSqlDatabase db;
    qint64 enterprise = 0;
    qint64 vacancy = 0;
    qint64 flag = 0;

    EnterpriseFile() : file(newFile(dir, QStringLiteral("operations.jobbridge"))), db(file->connection())
    {
        const qint64 home = OrganisationRepository(db).home()->id;
        enterprise = insert(db, RecordKind::Enterprise,
                            {{QStringLiteral("name"), {}, QStringLiteral("合肥长城机械有限公司")},
                             {QStringLiteral("org_id"), {}, home}});
        vacancy = insert(db, RecordKind::Vacancy,
                         {{QStringLiteral("enterprise_id"), {}, enterprise},
                          {QStringLiteral("title"), {}, QStringLiteral("数控车工")},
                          {QStringLiteral("headcount"), {}, 5},
                          {QStringLiteral("posted_on"), {}, QStringLiteral("2026-03-01")},
                          {QStringLiteral("status"), {}, QStringLiteral("open")}});
        flag = insert(db, RecordKind::EnterpriseFlag,
                      {{QStringLiteral("enterprise_id"), {}, enterprise},
                       {QStringLiteral("kind"), {}, QStringLiteral("wage_arrears")},
                       {QStringLiteral("flagged_on"), {}, QStringLiteral("2026-03-03")},
                       {QStringLiteral("amount_yuan"), {}, 86000},
                       {QStringLiteral("note"), {}, QStringLiteral("春节前欠薪")}});
    }

    QString vacancyState() const
    {
        return scalar(db, QStringLiteral("SELECT status || '|' || ifnull(closed_on, '') FROM vacancies WHERE id = %1")
                              .arg(vacancy))
            .toString();
    }
    qint64 auditRows() const { return count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")); }
};

} // namespace

TEST_CASE("The clock is pinned for a scope and gives the system's date again after it", "[clock]")
{
    const QDate system = QDate::currentDate();
    CHECK(Clock::today() == system);
    {
        PinnedDay pinned(QDate(2026, 3, 31));
        CHECK(Clock::today() == QDate(2026, 3, 31));
        {
            PinnedDay inner(QDate(2027, 1, 1));
            CHECK(Clock::today() == QDate(2027, 1, 1));
        }
        CHECK(Clock::today() == QDate(2026, 3, 31));
        // A rule that takes its day from the clock by default counts from the pinned day: a birth on 1 May 2026
        // is after "today" on 31 March 2026, and before it on New Year's Day 2027.
        const QString first17 = QStringLiteral("34012220260501123");
        const QString bornInMay = first17 + residentIdCheckChar(first17);
        CHECK(checkResidentId(bornInMay).problem == IdProblem::BadBirthDate);
        PinnedDay later(QDate(2027, 1, 1));
        CHECK(checkResidentId(bornInMay).ok());
    }
    CHECK(Clock::today() == system);
    Clock::pin(QDate(2026, 11, 23));
    CHECK(Clock::today() == QDate(2026, 11, 23));
    Clock::pin(QDate());
    CHECK(Clock::today() == system);
}

TEST_CASE("Closing a vacancy writes the clock's day, is audited and is undone exactly", "[editing][operations]")
{
    const PinnedDay today(QDate(2026, 4, 15));
    EnterpriseFile f;
    const qint64 audit = f.auditRows();

    const Expected<RecordChange> closed = closeVacancy(f.db, f.vacancy);
    INFO(closed.error().toStdString());
    REQUIRE(closed.hasValue());
    CHECK(f.vacancyState() == QStringLiteral("closed|2026-04-15"));
    CHECK(closed->record == RecordKind::Vacancy);
    CHECK(closed->recordId == f.vacancy);
    CHECK(closed->fields.size() == 2);
    // One audit row per field: status open → closed, closed_on empty → the day.
    CHECK(f.auditRows() == audit + 2);
    CHECK(count(f.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update' AND table_name = "
                                     "'vacancies' AND record_id = %1 AND field = 'closed_on' AND new_value = "
                                     "'2026-04-15'")
                          .arg(f.vacancy)) == 1);

    // Closing it again is refused with the day it was closed, and writes nothing.
    const Expected<RecordChange> again = closeVacancy(f.db, f.vacancy);
    REQUIRE_FALSE(again.hasValue());
    CHECK(again.message().sourceText() == QStringLiteral("This vacancy was closed on 2026-04-15 already."));
    CHECK(again.error() == QStringLiteral("该岗位已于 2026-04-15 关闭。"));
    CHECK(f.auditRows() == audit + 2);

    // The page's undo applies the inverse of the returned change: open again, no closing day.
    REQUIRE(applyRecordChange(f.db, invertedChange(*closed, closed->recordId)).hasValue());
    CHECK(f.vacancyState() == QStringLiteral("open|"));

    // A day given explicitly wins over the clock; a day before the posting is refused by the vacancy's checks.
    CHECK_FALSE(closeVacancy(f.db, f.vacancy, QDate(2026, 2, 1)).hasValue());
    CHECK(f.vacancyState() == QStringLiteral("open|"));
    REQUIRE(closeVacancy(f.db, f.vacancy, QDate(2026, 3, 9)).hasValue());
    CHECK(f.vacancyState() == QStringLiteral("closed|2026-03-09"));
    CHECK_FALSE(closeVacancy(f.db, 999999).hasValue());
}

TEST_CASE("Reopening a vacancy clears its closing day and refuses an open one", "[editing][operations]")
{
    const PinnedDay today(QDate(2026, 4, 15));
    EnterpriseFile f;
    const Expected<RecordChange> refused = reopenVacancy(f.db, f.vacancy);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.message().sourceText() == QStringLiteral("This vacancy is open already."));
    CHECK(refused.error() == QStringLiteral("该岗位已在招聘中。"));

    REQUIRE(closeVacancy(f.db, f.vacancy).hasValue());
    const Expected<RecordChange> reopened = reopenVacancy(f.db, f.vacancy);
    INFO(reopened.error().toStdString());
    REQUIRE(reopened.hasValue());
    CHECK(f.vacancyState() == QStringLiteral("open|"));
    REQUIRE(applyRecordChange(f.db, invertedChange(*reopened, f.vacancy)).hasValue());
    CHECK(f.vacancyState() == QStringLiteral("closed|2026-04-15"));

    // A filled vacancy cannot be closed (it is not open) but can be reopened.
    execBound(f.db, QStringLiteral("UPDATE vacancies SET status = 'filled', closed_on = '2026-04-10' WHERE id = ?"),
              {f.vacancy});
    const Expected<RecordChange> closeFilled = closeVacancy(f.db, f.vacancy);
    REQUIRE_FALSE(closeFilled.hasValue());
    CHECK(closeFilled.message().sourceText() ==
          QStringLiteral("This vacancy was filled on 2026-04-10; only an open vacancy can be closed."));
    REQUIRE(reopenVacancy(f.db, f.vacancy).hasValue());
    CHECK(f.vacancyState() == QStringLiteral("open|"));
}

TEST_CASE("Resolving a flag dates it on the clock's day, adds the note and refuses a resolved flag",
          "[editing][operations]")
{
    const PinnedDay today(QDate(2026, 5, 6));
    EnterpriseFile f;
    const Expected<FlagState> open = loadFlagState(f.db, f.flag);
    REQUIRE(open.hasValue());
    CHECK_FALSE(open->isResolved());
    CHECK(open->enterpriseId == f.enterprise);
    CHECK(open->kind == QStringLiteral("wage_arrears"));
    CHECK(open->flaggedOn == QDate(2026, 3, 3));

    const Expected<RecordChange> resolved = resolveFlag(f.db, f.flag, QStringLiteral("  已全部补发  "));
    INFO(resolved.error().toStdString());
    REQUIRE(resolved.hasValue());
    const Expected<FlagState> state = loadFlagState(f.db, f.flag);
    REQUIRE(state.hasValue());
    CHECK(state->isResolved());
    CHECK(state->resolvedOn == QDate(2026, 5, 6));
    CHECK(state->note == QStringLiteral("春节前欠薪\n已全部补发"));
    // The note is the audit entry's note too.
    CHECK(count(f.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'enterprise_flags' AND "
                                     "record_id = %1 AND field = 'resolved_on' AND new_value = '2026-05-06' AND "
                                     "note = '已全部补发'")
                          .arg(f.flag)) == 1);

    const Expected<RecordChange> again = resolveFlag(f.db, f.flag);
    REQUIRE_FALSE(again.hasValue());
    CHECK(again.message().sourceText() == QStringLiteral("This flag was resolved on 2026-05-06 already."));
    CHECK(again.error() == QStringLiteral("该监测标记已于 2026-05-06 解决。"));

    // Undo: open again, with its note as it was.
    REQUIRE(applyRecordChange(f.db, invertedChange(*resolved, f.flag)).hasValue());
    const Expected<FlagState> undone = loadFlagState(f.db, f.flag);
    REQUIRE(undone.hasValue());
    CHECK_FALSE(undone->isResolved());
    CHECK(undone->note == QStringLiteral("春节前欠薪"));
    // Resolved before it was flagged: refused by the flag's checks, nothing written.
    CHECK_FALSE(resolveFlag(f.db, f.flag, {}, QDate(2026, 3, 1)).hasValue());
    CHECK_FALSE(loadFlagState(f.db, f.flag)->isResolved());
}

TEST_CASE("Opening a person for editing returns the full values and audits one reveal for each",
          "[editing][operations]")
{
    const PinnedDay today(QDate(2026, 6, 1));
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("reveal.jobbridge"));
    QSqlDatabase db = file->connection();
    const qint64 home = OrganisationRepository(db).home()->id;
    const QString first17 = QStringLiteral("34012219850302123");
    const QString idNumber = first17 + residentIdCheckChar(first17);
    const qint64 withPhone = insert(db, RecordKind::Worker,
                                    {{QStringLiteral("name"), {}, QStringLiteral("王小伟")},
                                     {QStringLiteral("org_id"), {}, home},
                                     {QStringLiteral("id_number"), {}, idNumber},
                                     {QStringLiteral("gender"), {}, QStringLiteral("M")},
                                     {QStringLiteral("birth_date"), {}, QStringLiteral("1985-03-02")},
                                     {QStringLiteral("phone"), {}, QStringLiteral("13812345678")},
                                     {QStringLiteral("registered_on"), {}, QStringLiteral("2026-03-02")}});
    const qint64 nameOnly = insert(db, RecordKind::Worker,
                                   {{QStringLiteral("name"), {}, QStringLiteral("李娜")},
                                    {QStringLiteral("org_id"), {}, home},
                                    {QStringLiteral("registered_on"), {}, QStringLiteral("2026-03-02")}});
    const auto reveals = [&db](qint64 worker) {
        return column(db, QStringLiteral("SELECT field FROM audit_log WHERE action = 'reveal' AND table_name = "
                                         "'workers' AND record_id = %1 ORDER BY field")
                              .arg(worker));
    };

    const Expected<QVariantMap> opened = openWorkerForEditing(db, withPhone);
    INFO(opened.error().toStdString());
    REQUIRE(opened.hasValue());
    CHECK(opened->value(QStringLiteral("id_number")).toString() == idNumber);
    CHECK(opened->value(QStringLiteral("phone")).toString() == QStringLiteral("13812345678"));
    CHECK(opened->value(QStringLiteral("name")).toString() == QStringLiteral("王小伟"));
    CHECK(reveals(withPhone) == QStringList{QStringLiteral("id_number"), QStringLiteral("phone")});
    // The audit row says what was shown, never the value.
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reveal' AND (new_value IS NOT "
                                   "NULL OR old_value IS NOT NULL)")) == 0);

    // Nothing to reveal, nothing audited; a person who does not exist is refused and audits nothing.
    REQUIRE(openWorkerForEditing(db, nameOnly).hasValue());
    CHECK(reveals(nameOnly).isEmpty());
    CHECK_FALSE(openWorkerForEditing(db, 999999).hasValue());
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reveal'")) == 2);
}
