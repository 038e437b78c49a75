// The worker list against a hand-built county with exact expected rows: every filter, each search kind (name of
// any length, ID ending, phone ending and whole phone), sorting both ways, windows from both ends, masking,
// reveal with its audit entry, and the CSV export masked and unmasked (audited), plus the name index kept exact by
// its triggers through renames and deletes. The sorts by gender, key groups, status and promise are checked
// against orders computed here from the fixture's own facts, walked and sorted, with and without filters, and
// windows of every size must cover each row once, in the export's order.

#include "core/lists/WorkerDetail.h"
#include "core/lists/WorkerListExport.h"
#include "core/lists/WorkerListQuery.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/validation/Phone.h"
#include "test_demo_support.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <functional>
#include <iterator>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

const QDate kDay(2026, 5, 14);

class Workers final : public TwoTownCounty
{
public:
    explicit Workers(const ScratchDir& dir) : TwoTownCounty(dir, QStringLiteral("list.jobbridge"))
    {
        // name, org, id number, phone, registered, returned, groups, hardship, status, need
        w1 = worker("王小伟", townA, "340122199001011234", "13812345678", "2026-05-10", "2026-03-01",
                    {"migrant_worker", "hardship"}, true, "unemployed", "training");
        w2 = worker("李伟", townB, "34012219850202567X", "13900001234", "2026-04-01", nullptr, {"migrant_worker"},
                    false, "employed", nullptr);
        w3 = worker("张三", home, "340122200012319876", "0551-67654321", "2026-02-01", nullptr, {"hardship"}, true,
                    "unemployed", "job_referral");
        w4 = worker("欧阳娜娜", townA, "340122197507071234", "", "2026-05-12", "2026-06-01", {}, false, nullptr,
                    nullptr);
        const qint64 e = exec(QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) VALUES "
                                             "(?, '合肥甲公司', 't', 't')"),
                              {townA});
        const qint64 r = exec(QStringLiteral("INSERT INTO referrals (worker_id, enterprise_id, stage, stage_on, "
                                             "created_at) VALUES (?, ?, 'recommended', '2026-05-12', 't')"),
                              {w1, e});
        exec(QStringLiteral("INSERT INTO referral_stages (referral_id, stage, occurred_on) VALUES (?, 'recommended', "
                            "'2026-05-12')"),
             {r});
        exec(QStringLiteral("INSERT INTO services (org_id, service_type_id, worker_id, provided_on, created_at) "
                            "VALUES (?, ?, ?, '2026-05-13', 't')"),
             {townA, item("service_type", "training"), w1});
    }

    // Names of the selected workers in the list's order.
    QStringList names(WorkerFilter filter, WorkerSort sort = {})
    {
        auto query = WorkerListQuery::create(m_db, std::move(filter), sort, kDay);
        REQUIRE(query);
        const auto n = query->count();
        REQUIRE(n);
        const auto rows = query->fetch(0, 100);
        REQUIRE(rows);
        CHECK(rows->size() == *n);
        QStringList out;
        for (const WorkerRow& row : *rows)
            out << row.name;
        return out;
    }
    QStringList search(const QString& text)
    {
        WorkerFilter f;
        f.search = text;
        return names(f, {WorkerColumn::Name, false});
    }

    qint64 w1 = 0, w2 = 0, w3 = 0, w4 = 0;

private:
    qint64 worker(const char* name, qint64 org, const char* id, const char* phone, const char* registered,
                  const char* returned, std::initializer_list<const char*> groups, bool hardship, const char* status,
                  const char* need)
    {
        const QString number = QString::fromLatin1(id);
        const qint64 w = exec(
            QStringLiteral("INSERT INTO workers (org_id, name, gender, id_number, birth_date, phone, registered_on, "
                           "returned_on, employment_status_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, 't', 't')"),
            {org, QString::fromUtf8(name), (number.at(16).digitValue() % 2) ? QStringLiteral("M") : QStringLiteral("F"),
             number, QStringLiteral("%1-%2-%3").arg(number.mid(6, 4), number.mid(10, 2), number.mid(12, 2)),
             QString::fromLatin1(phone), QString::fromLatin1(registered),
             returned ? QVariant(QString::fromLatin1(returned)) : QVariant(),
             status ? QVariant(item("employment_status", status)) : QVariant()});
        for (const char* g : groups)
            exec(QStringLiteral("INSERT INTO worker_key_groups VALUES (?, ?)"), {w, item("key_group", g)});
        if (hardship)
            exec(QStringLiteral("INSERT INTO worker_hardships (worker_id, category_id) VALUES (?, ?)"),
                 {w, item("hardship_category", "zero_employment")});
        if (need)
            exec(QStringLiteral("INSERT INTO worker_service_needs VALUES (?, ?)"), {w, item("service_type", need)});
        return w;
    }
};

QStringList list(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QString::fromUtf8(n);
    return out;
}

} // namespace

TEST_CASE("Worker list: default order, filters and the promise", "[worker][lists]")
{
    ScratchDir dir;
    Workers c(dir);
    // Newest registration first.
    CHECK(c.names({}) == list({"欧阳娜娜", "王小伟", "李伟", "张三"}));

    WorkerFilter f;
    f.keyGroupId = c.item("key_group", "migrant_worker");
    CHECK(c.names(f) == list({"王小伟", "李伟"}));
    f = {};
    f.hardshipCategoryId = WorkerFilter::kAnyHardship;
    CHECK(c.names(f) == list({"王小伟", "张三"}));
    f.hardshipCategoryId = c.item("hardship_category", "single_parent");
    CHECK(c.names(f).isEmpty());
    f = {};
    f.statusId = c.item("employment_status", "unemployed");
    CHECK(c.names(f) == list({"王小伟", "张三"}));
    f = {};
    f.serviceNeedId = c.item("service_type", "job_referral");
    CHECK(c.names(f) == list({"张三"}));
    f = {};
    f.orgId = c.townA;
    CHECK(c.names(f) == list({"欧阳娜娜", "王小伟"}));
    f.orgId = c.home; // the whole subtree
    CHECK(c.names(f).size() == 4);
    f = {};
    f.returned = WorkerFilter::Return::Returned; // 欧阳娜娜 returns only in June
    CHECK(c.names(f) == list({"王小伟"}));
    f.returned = WorkerFilter::Return::NotYetReturned; // migrant workers only
    CHECK(c.names(f) == list({"李伟"}));
    f = {};
    f.registeredFrom = QDate(2026, 4, 1);
    f.registeredTo = QDate(2026, 5, 10);
    CHECK(c.names(f) == list({"王小伟", "李伟"}));

    auto query = WorkerListQuery::create(c.db(), {}, {WorkerColumn::Name, false}, kDay);
    const auto rows = query->fetch(0, 10);
    REQUIRE(rows);
    REQUIRE(rows->size() == 4);
    // 张三: hardship, registered 1 Feb, never recommended → overdue. 王小伟: registered 10 May, recommended 12 May.
    const WorkerRow& zhang = rows->at(0);
    CHECK(zhang.name == QStringLiteral("张三"));
    CHECK(zhang.promise == WorkerPromiseState::Overdue);
    CHECK(zhang.promiseDue == QDate(2026, 2, 8));
    CHECK(zhang.age == 25);
    CHECK(zhang.residentId == QStringLiteral("340122********9876"));
    CHECK(zhang.phone == maskPhone(QStringLiteral("0551-67654321")));
    CHECK(zhang.keyGroups == list({"困难职工及家属"}));
    const WorkerRow& wang = rows->at(3);
    CHECK(wang.name == QStringLiteral("王小伟"));
    CHECK(wang.promise == WorkerPromiseState::ServedInPromise);
    CHECK(wang.phone == QStringLiteral("138****5678"));
    CHECK(wang.keyGroups == list({"农民工", "困难职工及家属"}));
    CHECK(rows->at(1).promise == WorkerPromiseState::NotHardship);
}

TEST_CASE("Worker list: search by name of any length, ID ending and phone", "[worker][lists]")
{
    ScratchDir dir;
    Workers c(dir);
    CHECK(c.search(QStringLiteral("伟")) == list({"李伟", "王小伟"}));
    CHECK(c.search(QStringLiteral("小伟")) == list({"王小伟"}));
    CHECK(c.search(QStringLiteral("王小伟")) == list({"王小伟"}));
    CHECK(c.search(QStringLiteral("欧阳")) == list({"欧阳娜娜"}));
    CHECK(c.search(QStringLiteral("伟小")).isEmpty()); // a run of characters, not a bag
    CHECK(c.search(QStringLiteral("赵")).isEmpty());
    // ID endings (4 after the masked part, fewer, more, whole, with X) and phones (ending, whole, landline).
    CHECK(c.search(QStringLiteral("1234")) == list({"李伟", "欧阳娜娜", "王小伟"})); // 李伟's phone ends 1234
    CHECK(c.search(QStringLiteral("011234")) == list({"王小伟"}));
    CHECK(c.search(QStringLiteral("567x")) == list({"李伟"}));
    CHECK(c.search(QStringLiteral("34012219850202567X")) == list({"李伟"}));
    CHECK(c.search(QStringLiteral("９８７６")) == list({"张三"})); // full-width digits
    CHECK(c.search(QStringLiteral("5678")) == list({"王小伟"}));
    CHECK(c.search(QStringLiteral("138 1234 5678")) == list({"王小伟"}));
    CHECK(c.search(QStringLiteral("+86 13812345678")) == list({"王小伟"}));
    CHECK(c.search(QStringLiteral("0551-67654321")) == list({"张三"}));
    CHECK(c.search(QStringLiteral("4")) == list({"李伟", "欧阳娜娜", "王小伟"}));

    // The name index follows renames and deletes (triggers).
    c.exec(QStringLiteral("UPDATE workers SET name = '王大伟' WHERE id = ?"), {c.w1});
    CHECK(c.search(QStringLiteral("小伟")).isEmpty());
    CHECK(c.search(QStringLiteral("大伟")) == list({"王大伟"}));
    c.exec(QStringLiteral("DELETE FROM workers WHERE id = ?"), {c.w2});
    CHECK(c.search(QStringLiteral("伟")) == list({"王大伟"}));
}

TEST_CASE("Worker list: every column sorts both ways and windows from either end agree", "[worker][lists]")
{
    ScratchDir dir;
    Workers c(dir);
    CHECK(c.names({}, {WorkerColumn::Age, false}) == list({"张三", "王小伟", "李伟", "欧阳娜娜"}));
    CHECK(c.names({}, {WorkerColumn::ResidentId, true}) == list({"张三", "王小伟", "李伟", "欧阳娜娜"}));
    // Promise: overdue, served in time, then the blank (not a hardship case), newest registration first.
    CHECK(c.names({}, {WorkerColumn::Promise, false}) == list({"张三", "王小伟", "欧阳娜娜", "李伟"}));
    CHECK(c.names({}, {WorkerColumn::Name, true}) == list({"王小伟", "欧阳娜娜", "李伟", "张三"}));
    for (int col = 0; col < static_cast<int>(WorkerColumn::Count); ++col) {
        for (bool descending : {false, true}) {
            const WorkerSort sort{static_cast<WorkerColumn>(col), descending};
            INFO("column " << col << " descending " << descending);
            const QStringList all = c.names({}, sort);
            REQUIRE(all.size() == 4);
            // Columns of a few values keep blanks last and the newest first within a value both ways (checked
            // against computed orders below); the others reverse exactly.
            const bool parts = sort.column == WorkerColumn::Gender || sort.column == WorkerColumn::KeyGroups ||
                               sort.column == WorkerColumn::Status || sort.column == WorkerColumn::Promise;
            QStringList reversed = c.names({}, {sort.column, !descending});
            std::reverse(reversed.begin(), reversed.end());
            if (!parts)
                CHECK(reversed == all);
            // Windows of one row, the later ones read from the end: the same rows as the whole.
            auto query = WorkerListQuery::create(c.db(), {}, sort, kDay);
            REQUIRE(query->count());
            QStringList windows;
            for (int offset = 0; offset < 4; ++offset)
                windows << query->fetch(offset, 1)->value(0).name;
            CHECK(windows == all);
            CHECK(query->fetch(2, 5)->size() == 2);
        }
    }
}

TEST_CASE("Worker detail, reveal audited, export masked and unmasked", "[worker][lists]")
{
    ScratchDir dir;
    Workers c(dir);
    const auto detail = loadWorkerDetail(c.db(), c.w1, kDay);
    REQUIRE(detail);
    CHECK(detail->residentIdMasked == QStringLiteral("340122********1234"));
    CHECK(detail->organisation == QStringLiteral("店埠镇"));
    CHECK(detail->serviceNeeds == list({"技能培训"}));
    // Reference values carry both names; the caller asks for the one of the language it shows.
    CHECK(loadWorkerDetail(c.db(), c.w1, kDay, NameLanguage::English)->serviceNeeds ==
          QStringList{QStringLiteral("Skills training")});
    REQUIRE(detail->referrals.size() == 1);
    CHECK(detail->referrals[0].enterprise == QStringLiteral("合肥甲公司"));
    CHECK(detail->referrals[0].stages.size() == 1);
    REQUIRE(detail->services.size() == 1);
    CHECK(detail->promise == WorkerPromiseState::ServedInPromise);
    // Newest first: service 13 May, recommendation 12 May, registered 10 May, returned 1 March.
    QStringList kinds;
    for (const WorkerEvent& e : detail->timeline)
        kinds << e.kind;
    CHECK(kinds == QStringList{QStringLiteral("promise_due"), QStringLiteral("service"), QStringLiteral("recommended"),
                               QStringLiteral("registered"), QStringLiteral("returned")});

    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal'")) == 0);
    const auto id = revealWorkerField(c.db(), c.w1, RevealField::ResidentId);
    REQUIRE(id);
    CHECK(*id == QStringLiteral("340122199001011234"));
    CHECK(*revealWorkerField(c.db(), c.w1, RevealField::Phone) == QStringLiteral("13812345678"));
    CHECK(column(c.db(), QStringLiteral("SELECT field || ':' || record_id FROM audit_log WHERE action = 'reveal' "
                                        "ORDER BY id")) ==
          QStringList{QStringLiteral("id_number:%1").arg(c.w1), QStringLiteral("phone:%1").arg(c.w1)});
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value LIKE '%1381234%'")) == 0);
    CHECK(loadWorkerDetail(c.db(), c.w1, kDay)->timeline.size() == 7); // the two reveals are on the timeline
    CHECK_FALSE(revealWorkerField(c.db(), 999, RevealField::Phone));

    WorkerFilter f;
    f.search = QStringLiteral("伟");
    auto query = WorkerListQuery::create(c.db(), f, {WorkerColumn::Name, false}, kDay);
    REQUIRE(query);
    const QString masked = dir.file(QStringLiteral("masked.csv"));
    REQUIRE(WorkerListExport::writeCsv(*query, masked, false).value() == 2);
    const QByteArray bytes = jb::test::readAll(masked);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString expected = QStringLiteral(
        "姓名,性别,年龄,身份证号,手机号,重点群体,就业状态,求职工种,登记日期,最近联系,一周承诺\r\n"
        "李伟,男,41,340122********567X,139****1234,农民工,已就业,,2026-04-01,,\r\n"
        "王小伟,男,36,340122********1234,138****5678,农民工、困难职工及家属,未就业,,2026-05-10,,按期推荐\r\n");
    CHECK(QString::fromUtf8(bytes.mid(3)) == expected);
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")) == 0);

    const QString full = dir.file(QStringLiteral("full.csv"));
    REQUIRE(WorkerListExport::writeCsv(*query, full, true).value() == 2);
    const QString text = QString::fromUtf8(jb::test::readAll(full));
    CHECK(text.contains(QStringLiteral("\"=\"\"340122199001011234\"\"\""))); // ="…": Excel keeps all 18 digits
    CHECK(text.contains(QStringLiteral("13812345678")));
    CHECK(column(c.db(), QStringLiteral("SELECT note FROM audit_log WHERE action = 'export_unmasked'")) ==
          QStringList{QStringLiteral("2 rows → full.csv; filter: search=伟")});

    // A name that Excel would run as a formula is written as text.
    c.exec(QStringLiteral("UPDATE workers SET name = '=HYPERLINK(1)' WHERE id = ?"), {c.w3});
    auto all = WorkerListQuery::create(c.db(), {}, {}, kDay);
    const QString formula = dir.file(QStringLiteral("formula.csv"));
    REQUIRE(WorkerListExport::writeCsv(*all, formula, false).value() == 4);
    CHECK(QString::fromUtf8(jb::test::readAll(formula)).contains(QStringLiteral("'=HYPERLINK(1)")));
}

namespace {

// What the fixture knows about each worker, to compute the expected orders without the query's SQL.
struct Fact
{
    qint64 id = 0;
    QString name;
    int gender = 2;  // 0 男, 1 女, 2 not recorded
    int group = 99;  // sort_order of the first key group; 99 = none
    int status = 99; // sort_order of the status; 99 = none
    int promise = 4; // WorkerPromiseState
    bool hardship = false;
    QStringList groups; // codes
    QString statusCode;
};

// Six more workers on top of the four of `Workers`, covering both genders and none, every promise state, several
// groups each, and no status. Returns the facts of all ten, in id order.
QVector<Fact> addVaried(Workers& c)
{
    const qint64 e = c.exec(QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) VALUES "
                                           "(?, '合肥乙公司', 't', 't')"),
                            {c.home});
    auto add = [&](const char* name, const char* gender, const char* status, std::initializer_list<const char*> groups,
                   bool hardship, const char* registered, const char* recommended) {
        const qint64 w = c.exec(
            QStringLiteral("INSERT INTO workers (org_id, name, gender, registered_on, employment_status_id, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 't', 't')"),
            {c.home, QString::fromUtf8(name), gender ? QVariant(QString::fromLatin1(gender)) : QVariant(),
             QString::fromLatin1(registered), status ? QVariant(c.item("employment_status", status)) : QVariant()});
        for (const char* g : groups)
            c.exec(QStringLiteral("INSERT INTO worker_key_groups VALUES (?, ?)"), {w, c.item("key_group", g)});
        if (hardship)
            c.exec(QStringLiteral("INSERT INTO worker_hardships (worker_id, category_id) VALUES (?, ?)"),
                   {w, c.item("hardship_category", "single_parent")});
        if (recommended) {
            const qint64 r = c.exec(QStringLiteral("INSERT INTO referrals (worker_id, enterprise_id, stage, stage_on, "
                                                   "created_at) VALUES (?, ?, 'recommended', ?, 't')"),
                                    {w, e, QString::fromLatin1(recommended)});
            c.exec(QStringLiteral("INSERT INTO referral_stages (referral_id, stage, occurred_on) VALUES (?, "
                                  "'recommended', ?)"),
                   {r, QString::fromLatin1(recommended)});
        }
    };
    // Today is 2026-05-14 and the promise runs 7 days.
    add("赵一", "F", "waiting", {"disabled"}, true, "2026-05-09", nullptr);                   // due 16 May: waiting
    add("钱二", "F", "flexible", {"disabled", "new_form"}, true, "2026-04-01", "2026-04-20"); // served late
    add("孙三", nullptr, "seeking_change", {"transferred"}, false, "2026-03-01", nullptr);
    add("李四", "F", "unemployed", {"new_form", "hardship"}, true, "2026-05-01", nullptr); // due 8 May: overdue
    add("周五", "M", "employed", {}, false, "2026-05-13", nullptr);
    add("吴六", nullptr, nullptr, {"disabled", "migrant_worker"}, true, "2026-05-14", "2026-05-14"); // in time

    QVector<Fact> facts;
    QSqlQuery q(c.db());
    REQUIRE(q.exec(QStringLiteral("SELECT id, name, coalesce(gender, ''), employment_status_id, "
                                  "EXISTS (SELECT 1 FROM worker_hardships h WHERE h.worker_id = workers.id) "
                                  "FROM workers ORDER BY id")));
    auto sortOrder = [&c](qint64 item) {
        return static_cast<int>(
            count(c.db(), QStringLiteral("SELECT sort_order FROM reference_items WHERE id = %1").arg(item)));
    };
    auto code = [&c](qint64 item) {
        return column(c.db(), QStringLiteral("SELECT code FROM reference_items WHERE id = %1").arg(item)).value(0);
    };
    while (q.next()) {
        Fact f;
        f.id = q.value(0).toLongLong();
        f.name = q.value(1).toString();
        f.gender = q.value(2).toString() == QLatin1String("M")   ? 0
                   : q.value(2).toString() == QLatin1String("F") ? 1
                                                                 : 2;
        if (!q.value(3).isNull()) {
            f.status = sortOrder(q.value(3).toLongLong());
            f.statusCode = code(q.value(3).toLongLong());
        }
        f.hardship = q.value(4).toBool();
        for (const QString& g : column(c.db(), QStringLiteral("SELECT key_group_id FROM worker_key_groups WHERE "
                                                              "worker_id = %1")
                                                   .arg(f.id))) {
            f.group = std::min(f.group, sortOrder(g.toLongLong()));
            f.groups << code(g.toLongLong());
        }
        facts.append(f);
    }
    REQUIRE(facts.size() == 10);
    // The promise by the fixture's dates (docs/metrics.md), by name.
    const QHash<QString, int> promise = {{QStringLiteral("张三"), 0}, {QStringLiteral("王小伟"), 3},
                                         {QStringLiteral("赵一"), 1}, {QStringLiteral("钱二"), 2},
                                         {QStringLiteral("李四"), 0}, {QStringLiteral("吴六"), 3}};
    for (Fact& f : facts)
        f.promise = promise.value(f.name, 4);
    return facts;
}

// The order the list must show: by the column's value (ascending, or the values reversed), the blank value last
// either way, the newest registration (highest id) first within a value.
QStringList expectedOrder(QVector<Fact> facts, WorkerColumn column, bool descending)
{
    auto value = [column](const Fact& f) {
        switch (column) {
        case WorkerColumn::Gender:
            return f.gender == 2 ? -1 : f.gender;
        case WorkerColumn::KeyGroups:
            return f.group == 99 ? -1 : f.group;
        case WorkerColumn::Status:
            return f.status == 99 ? -1 : f.status;
        case WorkerColumn::Promise:
            return f.promise == 4 ? -1 : f.promise;
        default:
            return 0;
        }
    };
    std::sort(facts.begin(), facts.end(), [&](const Fact& a, const Fact& b) {
        const int va = value(a), vb = value(b);
        const bool blankA = va < 0, blankB = vb < 0;
        if (blankA != blankB)
            return blankB;
        if (va != vb)
            return descending ? va > vb : va < vb;
        return a.id > b.id;
    });
    QStringList names;
    for (const Fact& f : facts)
        names << f.name;
    return names;
}

} // namespace

TEST_CASE("Worker list: gender, key groups, status and promise sort as computed, walked or sorted, filtered or not",
          "[worker][lists]")
{
    ScratchDir dir;
    Workers c(dir);
    const QVector<Fact> facts = addVaried(c);

    struct Selection
    {
        const char* label;
        WorkerFilter filter;
        std::function<bool(const Fact&)> keeps;
    };
    std::vector<Selection> selections;
    selections.push_back({"everyone", {}, [](const Fact&) { return true; }});
    WorkerFilter hardshipGroup;
    hardshipGroup.keyGroupId = c.item("key_group", "hardship");
    selections.push_back({"key group hardship", hardshipGroup,
                          [](const Fact& f) { return f.groups.contains(QStringLiteral("hardship")); }});
    WorkerFilter hardshipCases;
    hardshipCases.hardshipCategoryId = WorkerFilter::kAnyHardship;
    selections.push_back({"hardship cases", hardshipCases, [](const Fact& f) { return f.hardship; }});
    WorkerFilter unemployed;
    unemployed.statusId = c.item("employment_status", "unemployed");
    selections.push_back(
        {"unemployed", unemployed, [](const Fact& f) { return f.statusCode == QLatin1String("unemployed"); }});
    WorkerFilter named;
    named.search = QStringLiteral("李"); // 李伟, 李四
    selections.push_back({"search 李", named, [](const Fact& f) { return f.name.contains(QStringLiteral("李")); }});

    for (const qint64 threshold : {qint64(0), qint64(1000000)}) { // walk every selection, then sort every one
        WorkerListQuery::setWalkThreshold(threshold);
        for (const Selection& s : selections) {
            QVector<Fact> kept;
            std::copy_if(facts.begin(), facts.end(), std::back_inserter(kept), s.keeps);
            for (const WorkerColumn column :
                 {WorkerColumn::Gender, WorkerColumn::KeyGroups, WorkerColumn::Status, WorkerColumn::Promise}) {
                for (const bool descending : {false, true}) {
                    INFO(s.label << ", column " << static_cast<int>(column) << (descending ? " desc" : " asc")
                                 << ", walk threshold " << threshold);
                    CHECK(c.names(s.filter, {column, descending}) == expectedOrder(kept, column, descending));
                }
            }
        }
    }
    WorkerListQuery::setWalkThreshold(20000);

    // Spot checks written out by hand (everyone, ascending).
    CHECK(c.names({}, {WorkerColumn::Promise, false}) ==
          list({"李四", "张三", "赵一", "钱二", "吴六", "王小伟", "周五", "孙三", "欧阳娜娜", "李伟"}));
    CHECK(c.names({}, {WorkerColumn::KeyGroups, false}) ==
          list({"吴六", "李伟", "王小伟", "李四", "张三", "钱二", "孙三", "赵一", "周五", "欧阳娜娜"}));
    CHECK(c.names({}, {WorkerColumn::Gender, true}) ==
          list({"李四", "钱二", "赵一", "周五", "欧阳娜娜", "张三", "李伟", "王小伟", "吴六", "孙三"}));
    CHECK(c.names({}, {WorkerColumn::Status, true}).mid(8) == list({"吴六", "欧阳娜娜"})); // no status: last
}

TEST_CASE("Worker list: windows of any size cover every row once, in the export's order", "[worker][lists]")
{
    ScratchDir dir;
    Workers c(dir);
    const QVector<Fact> facts = addVaried(c);
    WorkerFilter migrant;
    migrant.keyGroupId = c.item("key_group", "migrant_worker");
    WorkerFilter hardship;
    hardship.hardshipCategoryId = WorkerFilter::kAnyHardship;
    for (const qint64 threshold : {qint64(0), qint64(1000000)}) {
        WorkerListQuery::setWalkThreshold(threshold);
        for (const WorkerFilter& filter : {WorkerFilter(), migrant, hardship}) {
            for (int col = 0; col < static_cast<int>(WorkerColumn::Count); ++col) {
                for (const bool descending : {false, true}) {
                    const WorkerSort sort{static_cast<WorkerColumn>(col), descending};
                    INFO("column " << col << (descending ? " desc" : " asc") << ", threshold " << threshold
                                   << ", key group filter " << filter.keyGroupId.has_value());
                    auto whole = WorkerListQuery::create(c.db(), filter, sort, kDay);
                    REQUIRE(whole);
                    const qint64 n = whole->count().value();
                    const auto all = whole->fetch(0, 1000).value();
                    REQUIRE(all.size() == n);
                    QSet<qint64> ids;
                    for (const WorkerRow& r : all)
                        ids.insert(r.id);
                    CHECK(ids.size() == n); // each row once
                    for (const int size : {1, 2, 3, 4}) {
                        auto query = WorkerListQuery::create(c.db(), filter, sort, kDay);
                        REQUIRE(query->count().value() == n);
                        QVector<qint64> windows;
                        for (qint64 offset = 0; offset < n; offset += size) {
                            const auto window = query->fetch(offset, size);
                            REQUIRE(window);
                            CHECK(window->size() == std::min<qint64>(size, n - offset));
                            for (const WorkerRow& r : *window)
                                windows.append(r.id);
                        }
                        QVector<qint64> expected;
                        for (const WorkerRow& r : all)
                            expected.append(r.id);
                        CHECK(windows == expected);
                    }
                    // The export streams the same order.
                    const QString csv = dir.file(QStringLiteral("order.csv"));
                    REQUIRE(WorkerListExport::writeCsv(*whole, csv, false).value() == n);
                    QStringList exported = QString::fromUtf8(jb::test::readAll(csv).mid(3))
                                               .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)
                                               .mid(1);
                    QStringList shown;
                    for (const WorkerRow& r : all)
                        shown << r.name;
                    for (QString& line : exported)
                        line = line.section(QLatin1Char(','), 0, 0);
                    CHECK(exported == shown);
                }
            }
        }
    }
    WorkerListQuery::setWalkThreshold(20000);
}
