// Officer edits through RecordChange: apply and undo round trips on every editable table, one audit row per field
// with old → new, refusal (and nothing written) when the record changed meanwhile, when a check fails (ID check
// character, duplicate ID, wages, future dates, credit code) or when a removal would leave dependent records, and
// the trigger-maintained activity summary equal to a full recount after edits of a worker's key groups,
// registration day and organisation.

#include "core/editing/RecordChange.h"
#include "core/editing/RecordValidation.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/ActivitySummary.h"
#include "core/validation/ResidentId.h"
#include "support/MessageChecks.h"
#include "test_demo_support.h"

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

using Kind = RecordChange::Kind;

QString validId(const QString& first17)
{
    return first17 + residentIdCheckChar(first17);
}

QStringList summaryRows(QSqlDatabase db)
{
    return column(db, QStringLiteral("SELECT metric || '|' || key_group_id || '|' || org_id || '|' || day || '|' || n "
                                     "FROM activity_daily WHERE n <> 0 ORDER BY 1"));
}

QStringList recountedRows(QSqlDatabase db)
{
    REQUIRE(db.transaction());
    REQUIRE(summary::rebuild(db).ok());
    const QStringList rows = summaryRows(db);
    REQUIRE(db.rollback());
    return rows;
}

qint64 referenceId(QSqlDatabase db, const char* list, int nth)
{
    return scalar(db, QStringLiteral("SELECT id FROM reference_items WHERE list = '%1' ORDER BY sort_order, id "
                                     "LIMIT 1 OFFSET %2")
                          .arg(QLatin1String(list))
                          .arg(nth))
        .toLongLong();
}

qint64 apply(QSqlDatabase db, const RecordChange& change)
{
    const auto result = applyRecordChange(db, change);
    INFO(result.error().toStdString());
    REQUIRE(result.hasValue());
    return result.value();
}

// Why a change was refused. contains() looks for a wording in the language it is written in (Chinese in the
// Chinese text, English in the English one); shows() in either.
struct Refusal
{
    Message message;

    bool contains(const QString& part) const { return jb::test::mentions(message, part); }
    bool shows(const QString& part) const
    {
        return message.text().contains(part) || message.sourceText().contains(part);
    }
};

Refusal refusal(QSqlDatabase db, const RecordChange& change)
{
    const qint64 auditBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const auto result = applyRecordChange(db, change);
    REQUIRE_FALSE(result.hasValue());
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) == auditBefore);
    return {result.message()};
}

// Everything of one record that an edit can touch, as text (for exact before/after comparison).
QString snapshot(QSqlDatabase db, RecordKind record, qint64 id)
{
    const auto fields = loadRecordFields(db, record, id);
    if (!fields)
        return QStringLiteral("<none>");
    QStringList parts;
    for (const FieldValue& f : fields.value()) {
        if (f.field == QLatin1String("created_at"))
            continue;
        const QVariant v = f.before;
        QString text = v.isNull() ? QStringLiteral("NULL") : v.toString();
        if (v.metaType().id() == QMetaType::QVariantList) {
            QStringList ids;
            for (const QVariant& x : v.toList())
                ids << x.toString();
            text = QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']');
        }
        parts << f.field + QLatin1Char('=') + text;
    }
    return parts.join(QLatin1Char(';'));
}

RecordChange newWorker(QSqlDatabase db, const QString& id, const QString& name)
{
    const auto info = checkResidentId(id);
    REQUIRE(info.ok());
    RecordChange c;
    c.kind = Kind::Insert;
    c.record = RecordKind::Worker;
    c.note = QStringLiteral("test");
    const qint64 home = OrganisationRepository(db).home()->id;
    c.fields = {{QStringLiteral("name"), {}, name},
                {QStringLiteral("org_id"), {}, home},
                {QStringLiteral("id_number"), {}, id},
                {QStringLiteral("gender"),
                 {},
                 QString::fromLatin1(info.info->gender == ResidentIdInfo::Gender::Male ? "M" : "F")},
                {QStringLiteral("birth_date"), {}, info.info->birthDate.toString(Qt::ISODate)},
                {QStringLiteral("phone"), {}, QStringLiteral("13812345678")},
                {QStringLiteral("registered_on"), {}, QStringLiteral("2026-03-02")},
                {QStringLiteral("key_groups"),
                 {},
                 QVariantList{referenceId(db, "key_group", 1), referenceId(db, "key_group", 0)}}};
    return c;
}

} // namespace

TEST_CASE("Adding a person: audited per field, undone and redone with the same id", "[editing]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("add.jobbridge"));
    QSqlDatabase db = file->connection();
    const QString id = validId(QStringLiteral("34012219850302123"));
    const RecordChange add = newWorker(db, id, QStringLiteral("王小伟"));

    const qint64 workerId = apply(db, add);
    CHECK(scalar(db, QStringLiteral("SELECT name || '|' || gender || '|' || birth_date FROM workers WHERE id = %1")
                         .arg(workerId))
              .toString() == QStringLiteral("王小伟|M|1985-03-02"));
    const qint64 g0 = referenceId(db, "key_group", 0);
    const qint64 g1 = referenceId(db, "key_group", 1);
    CHECK(column(db, QStringLiteral("SELECT key_group_id FROM worker_key_groups WHERE worker_id = %1 ORDER BY 1")
                         .arg(workerId)) == QStringList{QString::number(qMin(g0, g1)), QString::number(qMax(g0, g1))});
    // One audit row per field given, action insert, old NULL, new as stored.
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'insert' AND table_name = "
                                   "'workers' AND record_id = %1 AND old_value IS NULL")
                        .arg(workerId)) == add.fields.size());
    CHECK(scalar(db, QStringLiteral("SELECT new_value FROM audit_log WHERE record_id = %1 AND field = 'id_number'")
                         .arg(workerId))
              .toString() == id);
    CHECK(scalar(db, QStringLiteral("SELECT new_value FROM audit_log WHERE record_id = %1 AND field = 'key_groups'")
                         .arg(workerId))
              .toString() == QStringLiteral("%1,%2").arg(qMin(g0, g1)).arg(qMax(g0, g1)));
    const QString added = snapshot(db, RecordKind::Worker, workerId);

    // Undo: the person and the key-group links are gone, and the removal is audited.
    const RecordChange undo = invertedChange(add, workerId);
    CHECK(undo.kind == Kind::Delete);
    CHECK(apply(db, undo) == workerId);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = %1").arg(workerId)) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM worker_key_groups WHERE worker_id = %1").arg(workerId)) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'delete' AND record_id = %1 AND "
                                   "field = 'name' AND old_value = '王小伟' AND new_value IS NULL")
                        .arg(workerId)) == 1);

    // Redo: the same person under the same id.
    RecordChange redo = add;
    redo.recordId = workerId;
    CHECK(apply(db, redo) == workerId);
    CHECK(snapshot(db, RecordKind::Worker, workerId) == added);
    CHECK(summaryRows(db) == recountedRows(db));
}

TEST_CASE("Checks refuse bad data and write nothing", "[editing]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("checks.jobbridge"));
    QSqlDatabase db = file->connection();
    const QString id = validId(QStringLiteral("34012219850302123"));
    const qint64 first = apply(db, newWorker(db, id, QStringLiteral("王小伟")));
    const qint64 workers = count(db, QStringLiteral("SELECT COUNT(*) FROM workers"));

    SECTION("a wrong check character")
    {
        QString bad = id;
        bad[17] = bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        RecordChange c = newWorker(db, validId(QStringLiteral("34012219900101124")), QStringLiteral("李伟"));
        c.fields[2].after = bad;
        const Refusal message = refusal(db, c);
        CHECK(message.contains(QStringLiteral("校验位")));
    }
    SECTION("an ID already registered names the person, masked")
    {
        const Refusal message = refusal(db, newWorker(db, id, QStringLiteral("李伟")));
        CHECK(message.contains(QStringLiteral("王小伟（340122********%1）").arg(id.right(4))));
        CHECK_FALSE(message.shows(id));
    }
    SECTION("gender must follow the ID")
    {
        RecordChange c = newWorker(db, validId(QStringLiteral("34012219900101124")), QStringLiteral("李娜"));
        c.fields[3].after = QStringLiteral("M"); // sequence 124: even, so female
        CHECK(refusal(db, c).contains(QStringLiteral("Gender")));
    }
    SECTION("a 15-digit number must be stored upgraded")
    {
        RecordChange c = newWorker(db, validId(QStringLiteral("34012219850302125")), QStringLiteral("赵六"));
        c.fields[2].after = QStringLiteral("340122850302125");
        CHECK(refusal(db, c).contains(QStringLiteral("write it as 34012219850302125")));
    }
    SECTION("wages, dates and phones")
    {
        auto update = [&](const char* field, const QVariant& before, const QVariant& after) {
            RecordChange c;
            c.record = RecordKind::Worker;
            c.recordId = first;
            c.fields = {{QLatin1String(field), before, after}};
            return refusal(db, c);
        };
        RecordChange wages;
        wages.record = RecordKind::Worker;
        wages.recordId = first;
        wages.fields = {{QStringLiteral("expected_wage_min"), {}, 6000},
                        {QStringLiteral("expected_wage_max"), {}, 4000}};
        CHECK(refusal(db, wages).contains(QStringLiteral("cannot be below the lower bound (6000 yuan)")));
        CHECK(update("registered_on", QStringLiteral("2026-03-02"), QDate::currentDate().addDays(1))
                  .contains(QStringLiteral("cannot be after today")));
        CHECK(update("phone", QStringLiteral("13812345678"), QStringLiteral("12345"))
                  .contains(QStringLiteral("电话号码")));
        CHECK(update("phone", QStringLiteral("13812345678"), QStringLiteral("+86 139 0000 1234"))
                  .contains(QStringLiteral("write it as 13900001234")));
        CHECK(update("name", QStringLiteral("王小伟"), QString()).contains(QStringLiteral("Name: required")));
        CHECK(update("hardships", QVariantList{}, QVariantList{referenceId(db, "industry", 0)})
                  .contains(QStringLiteral("Hardship categories: not a value of this list")));
    }
    SECTION("tables and columns that are not edited by hand")
    {
        RecordChange c;
        c.record = RecordKind::Referral;
        c.recordId = 1;
        CHECK(refusal(db, c).contains(QStringLiteral("cannot be edited by hand")));
        c.record = RecordKind::Worker;
        c.recordId = first;
        c.fields = {{QStringLiteral("created_at"), {}, QStringLiteral("2020-01-01")}};
        CHECK(refusal(db, c).contains(QStringLiteral("cannot be changed")));
        c.fields = {{QStringLiteral("officer"), {}, QStringLiteral("x")}};
        CHECK(refusal(db, c).contains(QStringLiteral("cannot be edited by hand")));
    }
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers")) == workers);
    CHECK(scalar(db, QStringLiteral("SELECT phone FROM workers WHERE id = %1").arg(first)).toString() ==
          QStringLiteral("13812345678"));
}

TEST_CASE("An edit is refused when the record changed meanwhile", "[editing]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("conflict.jobbridge"));
    QSqlDatabase db = file->connection();
    const qint64 w = apply(db, newWorker(db, validId(QStringLiteral("34012219850302123")), QStringLiteral("王小伟")));
    RecordChange mine;
    mine.record = RecordKind::Worker;
    mine.recordId = w;
    mine.fields = {{QStringLiteral("phone"), QStringLiteral("13812345678"), QStringLiteral("13900001234")},
                   {QStringLiteral("note"), QString(), QStringLiteral("回访")}};
    // Someone else changes the phone first.
    RecordChange theirs;
    theirs.record = RecordKind::Worker;
    theirs.recordId = w;
    theirs.fields = {{QStringLiteral("phone"), QStringLiteral("13812345678"), QStringLiteral("13700001111")}};
    apply(db, theirs);
    const Refusal message = refusal(db, mine);
    CHECK(message.contains(QStringLiteral("now 13700001111")));
    CHECK(scalar(db, QStringLiteral("SELECT note FROM workers WHERE id = %1").arg(w)).toString().isEmpty());

    // Undoing my first edit after theirs is refused too: the phone is no longer what my edit wrote.
    RecordChange undoMine = invertedChange(theirs, w);
    undoMine.fields[0].before = QStringLiteral("13900001234");
    CHECK(refusal(db, undoMine).contains(QStringLiteral("was changed meanwhile")));

    RecordChange gone;
    gone.record = RecordKind::Worker;
    gone.recordId = w + 100;
    gone.fields = {{QStringLiteral("note"), QString(), QStringLiteral("x")}};
    CHECK(refusal(db, gone).contains(QStringLiteral("no longer exists")));
}

TEST_CASE("Edits of key groups, registration day and organisation keep the summary equal to a recount",
          "[editing][summary]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("summary.jobbridge"));
    QSqlDatabase db = file->connection();
    DemoOptions options = smallOptions(5);
    options.workers = 300;
    options.enterprises = 30;
    requireOk(generateDemo(db, options));
    const QStringList original = summaryRows(db);
    REQUIRE(original == recountedRows(db));

    // People with referrals and hardship categories count in the promise and pipeline metrics.
    const QVector<qint64> people = [&] {
        QVector<qint64> ids;
        for (const QString& v : column(db, QStringLiteral("SELECT DISTINCT r.worker_id FROM referrals r JOIN "
                                                          "worker_hardships h ON h.worker_id = r.worker_id "
                                                          "ORDER BY 1 LIMIT 12")))
            ids << v.toLongLong();
        return ids;
    }();
    REQUIRE(people.size() == 12);
    const QStringList orgIds =
        column(db, QStringLiteral("SELECT id FROM organisations WHERE code LIKE '%-%' ORDER BY id"));
    REQUIRE(orgIds.size() >= 2);
    const QVariantList groups{referenceId(db, "key_group", 0), referenceId(db, "key_group", 2)};

    QVector<QPair<RecordChange, qint64>> applied;
    for (int i = 0; i < people.size(); ++i) {
        const qint64 w = people.at(i);
        QVariantMap values;
        if (i % 3 == 0)
            values.insert(QStringLiteral("key_groups"), groups);
        if (i % 3 == 1) {
            const QDate registered = QDate::fromString(
                scalar(db, QStringLiteral("SELECT registered_on FROM workers WHERE id = %1").arg(w)).toString(),
                Qt::ISODate);
            values.insert(QStringLiteral("registered_on"), registered.addDays(-3).toString(Qt::ISODate));
        }
        values.insert(QStringLiteral("org_id"), orgIds.at(i % orgIds.size()).toLongLong());
        auto change = updateOf(db, RecordKind::Worker, w, values);
        requireOk(change);
        REQUIRE_FALSE(change->fields.isEmpty());
        applied.append({change.value(), apply(db, change.value())});
        CHECK(summaryRows(db) == recountedRows(db));
    }
    CHECK(summaryRows(db) != original);
    // Audit rows carry old → new for each changed field.
    const RecordChange& last = applied.last().first;
    for (const FieldValue& f : last.fields) {
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'update' AND record_id = %1 "
                                       "AND field = '%2' AND new_value IS NOT NULL")
                            .arg(last.recordId)
                            .arg(f.field)) == 1);
    }
    // Undo everything, newest first: the summary comes back exactly.
    for (int i = applied.size() - 1; i >= 0; --i)
        apply(db, invertedChange(applied.at(i).first, applied.at(i).second));
    CHECK(summaryRows(db) == original);
    CHECK(summaryRows(db) == recountedRows(db));
}

namespace {

// Removing vacancy `v`, its enterprise `e` or a worker is refused while a referral points at them; without
// dependents a removal goes through and its inverse puts the row back exactly.
void checkRemovals(QSqlDatabase db, qint64 e, qint64 v)
{
    // A referral points at the vacancy: removing it is refused, naming the referrals.
    const qint64 w = apply(db, newWorker(db, validId(QStringLiteral("34012219850302123")), QStringLiteral("王小伟")));
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("INSERT INTO referrals (worker_id, vacancy_id, enterprise_id, stage, stage_on, "
                                  "created_at) VALUES (%1, %2, %3, 'recommended', '2026-03-05', '2026-03-05')")
                       .arg(w)
                       .arg(v)
                       .arg(e)));
    auto removeVacancy = deletionOf(db, RecordKind::Vacancy, v);
    requireOk(removeVacancy);
    const Refusal vacancyRefusal = refusal(db, removeVacancy.value());
    CHECK(vacancyRefusal.message.text() == QStringLiteral("该岗位有1条推荐记录，不能删除，可改为关闭"));
    CHECK(vacancyRefusal.message.sourceText() == QStringLiteral("1 referrals point to this vacancy; close it instead"));
    auto removeEnterprise = deletionOf(db, RecordKind::Enterprise, e);
    requireOk(removeEnterprise);
    CHECK(refusal(db, removeEnterprise.value()).contains(QStringLiteral("1 vacancies")));
    auto removeWorker = deletionOf(db, RecordKind::Worker, w);
    requireOk(removeWorker);
    CHECK(refusal(db, removeWorker.value()).contains(QStringLiteral("1 referrals point to this person")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM referrals")));

    // Without dependents a removal goes through and its inverse puts the row back exactly.
    const QString before = snapshot(db, RecordKind::Vacancy, v);
    auto removal = deletionOf(db, RecordKind::Vacancy, v);
    requireOk(removal);
    apply(db, removal.value());
    CHECK(snapshot(db, RecordKind::Vacancy, v) == QStringLiteral("<none>"));
    apply(db, invertedChange(removal.value(), v));
    CHECK(snapshot(db, RecordKind::Vacancy, v) == before);
}

} // namespace

TEST_CASE("Enterprises and vacancies: round trips and refused removals", "[editing]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("enterprise.jobbridge"));
    QSqlDatabase db = file->connection();
    const qint64 home = OrganisationRepository(db).home()->id;
    RecordChange addEnterprise;
    addEnterprise.kind = Kind::Insert;
    addEnterprise.record = RecordKind::Enterprise;
    addEnterprise.fields = {{QStringLiteral("name"), {}, QStringLiteral("合肥长城机械有限公司")},
                            {QStringLiteral("org_id"), {}, home},
                            {QStringLiteral("credit_code"), {}, QStringLiteral("91340100MA2N0F0X0A")},
                            {QStringLiteral("industry_id"), {}, referenceId(db, "industry", 2)}};
    // A code failing its check character is a warning: saved.
    const ValidationReport warned =
        validateRecord(db, RecordKind::Enterprise, 0,
                       {{QStringLiteral("name"), QStringLiteral("x")},
                        {QStringLiteral("org_id"), home},
                        {QStringLiteral("credit_code"), QStringLiteral("91340100MA2N0F0X0A")}});
    CHECK_FALSE(warned.hasErrors());
    CHECK_FALSE(warned.messageFor(QStringLiteral("credit_code")).isEmpty());
    const qint64 e = apply(db, addEnterprise);

    RecordChange badCode;
    badCode.record = RecordKind::Enterprise;
    badCode.recordId = e;
    badCode.fields = {{QStringLiteral("credit_code"), QStringLiteral("91340100MA2N0F0X0A"), QStringLiteral("ABC")}};
    refusal(db, badCode);

    RecordChange addVacancy;
    addVacancy.kind = Kind::Insert;
    addVacancy.record = RecordKind::Vacancy;
    addVacancy.fields = {{QStringLiteral("enterprise_id"), {}, e},
                         {QStringLiteral("title"), {}, QStringLiteral("数控车工")},
                         {QStringLiteral("headcount"), {}, 5},
                         {QStringLiteral("wage_min"), {}, 5000},
                         {QStringLiteral("wage_max"), {}, 7000},
                         {QStringLiteral("posted_on"), {}, QStringLiteral("2026-03-01")},
                         {QStringLiteral("status"), {}, QStringLiteral("open")}};
    const qint64 v = apply(db, addVacancy);
    CHECK(refusal(db, addVacancy).contains(QStringLiteral("already has a vacancy with this title")));
    RecordChange negative = addVacancy;
    negative.fields[1].after = QStringLiteral("焊工");
    negative.fields[2].after = -1;
    CHECK(refusal(db, negative).contains(QStringLiteral("Headcount")));

    // Closing it: an Update of two fields, undone exactly.
    const QString open = snapshot(db, RecordKind::Vacancy, v);
    auto close = updateOf(db, RecordKind::Vacancy, v,
                          {{QStringLiteral("status"), QStringLiteral("closed")},
                           {QStringLiteral("closed_on"), QStringLiteral("2026-04-01")}});
    requireOk(close);
    CHECK(close->fields.size() == 2);
    apply(db, close.value());
    CHECK(scalar(db, QStringLiteral("SELECT status || closed_on FROM vacancies WHERE id = %1").arg(v)).toString() ==
          QStringLiteral("closed2026-04-01"));
    apply(db, invertedChange(close.value(), v));
    CHECK(snapshot(db, RecordKind::Vacancy, v) == open);

    checkRemovals(db, e, v);

    CHECK(summaryRows(db) == recountedRows(db));
}

TEST_CASE("Demand snapshots and flags: round trips, and a future date refused", "[editing]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("entries.jobbridge"));
    QSqlDatabase db = file->connection();
    RecordChange addEnterprise;
    addEnterprise.kind = Kind::Insert;
    addEnterprise.record = RecordKind::Enterprise;
    addEnterprise.fields = {{QStringLiteral("name"), {}, QStringLiteral("合肥长城机械有限公司")},
                            {QStringLiteral("org_id"), {}, OrganisationRepository(db).home()->id}};
    const qint64 e = apply(db, addEnterprise);

    for (const auto& [record, fields] : QVector<QPair<RecordKind, QVector<FieldValue>>>{
             {RecordKind::DemandSnapshot,
              {{QStringLiteral("enterprise_id"), {}, e},
               {QStringLiteral("recorded_on"), {}, QStringLiteral("2026-03-03")},
               {QStringLiteral("contact_kind"), {}, QStringLiteral("call")},
               {QStringLiteral("planned"), {}, 40},
               {QStringLiteral("hired"), {}, 12},
               {QStringLiteral("gap"), {}, 28}}},
             {RecordKind::EnterpriseFlag,
              {{QStringLiteral("enterprise_id"), {}, e},
               {QStringLiteral("kind"), {}, QStringLiteral("wage_arrears")},
               {QStringLiteral("flagged_on"), {}, QStringLiteral("2026-03-03")},
               {QStringLiteral("amount_yuan"), {}, 12000.5},
               {QStringLiteral("people_affected"), {}, 8}}}}) {
        INFO(recordTable(record).toStdString());
        RecordChange add;
        add.kind = Kind::Insert;
        add.record = record;
        add.fields = fields;
        const qint64 id = apply(db, add);
        const QString added = snapshot(db, record, id);
        const QString dateField =
            record == RecordKind::DemandSnapshot ? QStringLiteral("recorded_on") : QStringLiteral("resolved_on");
        auto later = updateOf(db, record, id, {{dateField, QStringLiteral("2026-03-09")}});
        requireOk(later);
        apply(db, later.value());
        CHECK(snapshot(db, record, id) != added);
        apply(db, invertedChange(later.value(), id));
        CHECK(snapshot(db, record, id) == added);
        auto future = updateOf(db, record, id, {{dateField, QDate::currentDate().addDays(2)}});
        requireOk(future);
        refusal(db, future.value());
        apply(db, invertedChange(add, id));
        CHECK(snapshot(db, record, id) == QStringLiteral("<none>"));
    }
    CHECK(summaryRows(db) == recountedRows(db));
}
