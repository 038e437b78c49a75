// The worker list against a hand-built county with exact expected rows: every filter, each search kind (name of
// any length, ID ending, phone ending and whole phone), sorting both ways, windows from both ends, masking,
// reveal with its audit entry, and the CSV export masked and unmasked (audited), plus the name index kept exact by
// its triggers through renames and deletes.

#include "core/lists/WorkerDetail.h"
#include "core/lists/WorkerListExport.h"
#include "core/lists/WorkerListQuery.h"
#include "core/repo/OrganisationRepository.h"
#include "core/validation/Phone.h"
#include "test_demo_support.h"

#include <QFile>
#include <QSqlError>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

const QDate kDay(2026, 5, 14);

class Workers final
{
public:
    explicit Workers(const ScratchDir& dir) : m_file(newFile(dir, QStringLiteral("list.jobbridge"))), m_db(m_file->connection())
    {
        OrganisationRepository orgs(m_db);
        home = orgs.home()->id;
        townA = orgs.addSubUnit(home, QStringLiteral("店埠镇"), OrgKind::Town)->id;
        townB = orgs.addSubUnit(home, QStringLiteral("撮镇镇"), OrgKind::Town)->id;
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

    QSqlDatabase db() const { return m_db; }
    qint64 item(const char* list, const char* code) const
    {
        return count(m_db, QStringLiteral("SELECT id FROM reference_items WHERE list = '%1' AND code = '%2'")
                               .arg(QLatin1String(list), QLatin1String(code)));
    }
    qint64 exec(const QString& sql, const QVariantList& binds)
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        INFO(sql.toStdString() << " " << q.lastError().text().toStdString());
        REQUIRE(q.exec());
        return q.lastInsertId().toLongLong();
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

    qint64 home = 0, townA = 0, townB = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0;

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
            exec(QStringLiteral("INSERT INTO worker_hardships VALUES (?, ?)"),
                 {w, item("hardship_category", "zero_employment")});
        if (need)
            exec(QStringLiteral("INSERT INTO worker_service_needs VALUES (?, ?)"), {w, item("service_type", need)});
        return w;
    }

    std::unique_ptr<Database> m_file;
    QSqlDatabase m_db;
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
    CHECK(zhang.promise == PromiseState::Overdue);
    CHECK(zhang.promiseDue == QDate(2026, 2, 8));
    CHECK(zhang.age == 25);
    CHECK(zhang.residentId == QStringLiteral("340122********9876"));
    CHECK(zhang.phone == maskPhone(QStringLiteral("0551-67654321")));
    CHECK(zhang.keyGroups == list({"困难职工及家属"}));
    const WorkerRow& wang = rows->at(3);
    CHECK(wang.name == QStringLiteral("王小伟"));
    CHECK(wang.promise == PromiseState::ServedInPromise);
    CHECK(wang.phone == QStringLiteral("138****5678"));
    CHECK(wang.keyGroups == list({"农民工", "困难职工及家属"}));
    CHECK(rows->at(1).promise == PromiseState::NotHardship);
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
    CHECK(c.names({}, {WorkerColumn::Promise, false}) == list({"张三", "王小伟", "李伟", "欧阳娜娜"}));
    CHECK(c.names({}, {WorkerColumn::Name, true}) == list({"王小伟", "欧阳娜娜", "李伟", "张三"}));
    for (int col = 0; col < static_cast<int>(WorkerColumn::Count); ++col) {
        for (bool descending : {false, true}) {
            const WorkerSort sort{static_cast<WorkerColumn>(col), descending};
            INFO("column " << col << " descending " << descending);
            const QStringList all = c.names({}, sort);
            REQUIRE(all.size() == 4);
            QStringList reversed = c.names({}, {sort.column, !descending});
            std::reverse(reversed.begin(), reversed.end());
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
    REQUIRE(detail->referrals.size() == 1);
    CHECK(detail->referrals[0].enterprise == QStringLiteral("合肥甲公司"));
    CHECK(detail->referrals[0].stages.size() == 1);
    REQUIRE(detail->services.size() == 1);
    CHECK(detail->promise == PromiseState::ServedInPromise);
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
