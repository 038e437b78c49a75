// The enterprise demand list against a hand-built county with exact expected rows and figures: every filter, the
// search by name and by credit code (any part, any case, full-width), the figures per enterprise (open
// vacancies, headcount wanted, hired and gap from the latest snapshot — the later entry of the same day —, last
// contact, open flags), a sort by every column both ways, windows from both ends against the whole order on a
// demo county, the detail, the audited reveal, and the enterprise and vacancy exports masked and unmasked.

#include "core/lists/EnterpriseDetail.h"
#include "core/lists/EnterpriseListExport.h"
#include "core/lists/EnterpriseListQuery.h"
#include "core/lists/VacancyListQuery.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/validation/Phone.h"
#include "test_demo_support.h"

#include <QFile>
#include <QSqlError>
#include <algorithm>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

class County final : public TwoTownCounty
{
public:
    explicit County(const ScratchDir& dir) : TwoTownCounty(dir, QStringLiteral("ent.jobbridge"))
    {
        e1 = enterprise("合肥甲机械有限公司", townA, "91340122AAAA000011", "C", true, false, "13812345678");
        e2 = enterprise("肥东乙商贸公司", townB, "91340122BBBB000022", "F", false, true, "0551-67654321");
        e3 = enterprise("丙建材厂", home, nullptr, "C", false, false, "");
        e4 = enterprise("丁物流有限公司", townA, "91340122CCCC000033", "G", false, false, "13900001111");
        v1 = vacancy(e1, "焊工", 10, "open", "2026-03-02");
        vacancy(e1, "车工", 5, "open", "2026-03-05");
        vacancy(e1, "仓管", 7, "closed", "2026-01-10");
        vacancy(e2, "理货员", 3, "filled", "2026-02-01");
        vacancy(e4, "货车司机", 20, "open", "2026-04-01");
        snapshot(e1, "2026-03-01", 50, 10, 40);
        snapshot(e1, "2026-04-10", 50, 30, 20);
        snapshot(e2, "2026-04-20", 8, 8, 0);
        snapshot(e2, "2026-04-20", 8, 6, 2); // the later entry of the same day counts
        snapshot(e4, "2026-02-01", 30, 5, 25);
        flag(e1, "wage_arrears", "2026-04-01", nullptr, 150000, 12);
        flag(e1, "attrition", "2026-01-05", "2026-02-01", {}, 4);
        flag(e3, "labour_risk", "2026-03-15", nullptr, {}, {});
        flag(e4, "attrition", "2026-01-20", "2026-03-01", {}, 3);
        const qint64 w =
            exec(QStringLiteral("INSERT INTO workers (org_id, name, registered_on, created_at, updated_at) "
                                "VALUES (?, '王小伟', '2026-03-01', 't', 't')"),
                 {townA});
        exec(QStringLiteral("INSERT INTO referrals (worker_id, vacancy_id, enterprise_id, stage, stage_on, created_at) "
                            "VALUES (?, ?, ?, 'interviewed', '2026-03-20', 't')"),
             {w, v1, e1});
    }

    qint64 industry(const char* code) const { return item("industry", code); }

    QVector<EnterpriseRow> rows(EnterpriseFilter filter, EnterpriseSort sort = {})
    {
        auto query = EnterpriseListQuery::create(m_db, std::move(filter), sort, NameLanguage::Chinese);
        REQUIRE(query);
        const auto n = query->count();
        REQUIRE(n);
        const auto rows = query->fetch(0, 100);
        REQUIRE(rows);
        CHECK(rows->size() == *n);
        return *rows;
    }
    QVector<qint64> ids(EnterpriseFilter filter, EnterpriseSort sort = {})
    {
        QVector<qint64> out;
        for (const EnterpriseRow& r : rows(std::move(filter), sort))
            out << r.id;
        return out;
    }
    QVector<qint64> search(const QString& text)
    {
        EnterpriseFilter f;
        f.search = text;
        return ids(f, {EnterpriseColumn::LastContact, false});
    }

    qint64 e1 = 0, e2 = 0, e3 = 0, e4 = 0, v1 = 0;

private:
    qint64 enterprise(const char* name, qint64 org, const char* code, const char* section, bool key, bool major,
                      const char* phone)
    {
        return exec(QStringLiteral("INSERT INTO enterprises (org_id, name, credit_code, industry_id, contact_name, "
                                   "contact_phone, is_key_enterprise, is_major_project, address, created_at, "
                                   "updated_at) VALUES (?, ?, ?, ?, '联系人', ?, ?, ?, '地址', 't', 't')"),
                    {org, QString::fromUtf8(name), code ? QVariant(QString::fromLatin1(code)) : QVariant(),
                     industry(section), QString::fromLatin1(phone), int(key), int(major)});
    }
    qint64 vacancy(qint64 e, const char* title, int headcount, const char* status, const char* posted)
    {
        const bool open = QLatin1String(status) == QLatin1String("open");
        return exec(
            QStringLiteral("INSERT INTO vacancies (enterprise_id, title, headcount, wage_min, wage_max, status, "
                           "posted_on, closed_on, created_at, updated_at) VALUES (?, ?, ?, 4500, 6000, ?, ?, "
                           "?, 't', 't')"),
            {e, QString::fromUtf8(title), headcount, QString::fromLatin1(status), QString::fromLatin1(posted),
             open ? QVariant() : QVariant(QStringLiteral("2026-04-30"))});
    }
    void snapshot(qint64 e, const char* day, int planned, int hired, int gap)
    {
        exec(QStringLiteral("INSERT INTO demand_snapshots (enterprise_id, recorded_on, planned, hired, gap) VALUES "
                            "(?, ?, ?, ?, ?)"),
             {e, QString::fromLatin1(day), planned, hired, gap});
    }
    void flag(qint64 e, const char* kind, const char* on, const char* resolved, QVariant amount, QVariant people)
    {
        exec(QStringLiteral("INSERT INTO enterprise_flags (enterprise_id, kind, flagged_on, resolved_on, amount_yuan, "
                            "people_affected) VALUES (?, ?, ?, ?, ?, ?)"),
             {e, QString::fromLatin1(kind), QString::fromLatin1(on),
              resolved ? QVariant(QString::fromLatin1(resolved)) : QVariant(), amount, people});
    }
};

QVector<qint64> reversed(QVector<qint64> v)
{
    std::reverse(v.begin(), v.end());
    return v;
}

} // namespace

TEST_CASE("Enterprise list: the figures per enterprise come from vacancies, the latest snapshot and open flags",
          "[enterprise][lists]")
{
    ScratchDir dir;
    County c(dir);
    const QVector<EnterpriseRow> rows = c.rows({}, {EnterpriseColumn::LastContact, false});
    REQUIRE(rows.size() == 4);
    // Last contact ascending: never visited first, then 02-01, 04-10, 04-20.
    CHECK(rows[0].id == c.e3);
    CHECK(rows[1].id == c.e4);
    CHECK(rows[2].id == c.e1);
    CHECK(rows[3].id == c.e2);

    const EnterpriseRow& e1 = rows[2];
    CHECK(e1.name == QStringLiteral("合肥甲机械有限公司"));
    CHECK(e1.creditCode == QStringLiteral("91340122AAAA000011"));
    CHECK(e1.organisation == QStringLiteral("店埠镇"));
    CHECK(e1.industry == QStringLiteral("制造业"));
    CHECK(e1.openVacancies == 2);
    CHECK(e1.headcount == 15);
    CHECK(e1.hired == 30);
    CHECK(e1.gap == 20);
    CHECK(e1.lastContact == QDate(2026, 4, 10));
    CHECK(e1.openFlags == QStringList{QStringLiteral("wage_arrears")});
    CHECK(e1.keyEnterprise);
    CHECK_FALSE(e1.majorProject);
    CHECK(e1.contactPhone == maskPhone(QStringLiteral("13812345678")));
    CHECK_FALSE(e1.contactPhone.contains(QStringLiteral("1234567")));

    const EnterpriseRow& e2 = rows[3];
    CHECK(e2.openVacancies == 0);
    CHECK(e2.headcount == 0);
    CHECK(e2.hired == 6); // the second entry of 2026-04-20
    CHECK(e2.gap == 2);
    CHECK(e2.openFlags.isEmpty());
    CHECK(e2.majorProject);

    const EnterpriseRow& e3 = rows[0];
    CHECK_FALSE(e3.hired.has_value());
    CHECK_FALSE(e3.gap.has_value());
    CHECK_FALSE(e3.lastContact.isValid());
    CHECK(e3.creditCode.isEmpty());
    CHECK(e3.organisation == QStringLiteral("肥东县"));
    CHECK(e3.openFlags == QStringList{QStringLiteral("labour_risk")});
    CHECK(e3.contactPhone.isEmpty());

    const EnterpriseRow& e4 = rows[1];
    CHECK(e4.openVacancies == 1);
    CHECK(e4.headcount == 20);
    CHECK(e4.hired == 5);
    CHECK(e4.gap == 25);
    CHECK(e4.openFlags.isEmpty()); // its only flag is resolved
}

TEST_CASE("Enterprise list: every filter and the search select exactly the expected enterprises", "[enterprise][lists]")
{
    ScratchDir dir;
    County c(dir);
    const EnterpriseSort byId{EnterpriseColumn::LastContact, false}; // e3, e4, e1, e2
    auto with = [&](auto set) {
        EnterpriseFilter f;
        set(f);
        return c.ids(f, byId);
    };
    CHECK(with([](EnterpriseFilter&) {}) == QVector<qint64>{c.e3, c.e4, c.e1, c.e2});
    CHECK(with([&](EnterpriseFilter& f) { f.orgId = c.townA; }) == QVector<qint64>{c.e4, c.e1});
    CHECK(with([&](EnterpriseFilter& f) { f.orgId = c.townB; }) == QVector<qint64>{c.e2});
    CHECK(with([&](EnterpriseFilter& f) { f.orgId = c.home; }).size() == 4); // the county and its towns
    CHECK(with([&](EnterpriseFilter& f) { f.industryId = c.industry("C"); }) == QVector<qint64>{c.e3, c.e1});
    CHECK(with([](EnterpriseFilter& f) { f.priority = EnterpriseFilter::Priority::KeyEnterprise; }) ==
          QVector<qint64>{c.e1});
    CHECK(with([](EnterpriseFilter& f) { f.priority = EnterpriseFilter::Priority::MajorProject; }) ==
          QVector<qint64>{c.e2});
    CHECK(with([](EnterpriseFilter& f) { f.withOpenVacancies = true; }) == QVector<qint64>{c.e4, c.e1});
    CHECK(with([](EnterpriseFilter& f) { f.flag = EnterpriseFilter::Flag::Flagged; }) == QVector<qint64>{c.e3, c.e1});
    CHECK(with([](EnterpriseFilter& f) { f.flag = EnterpriseFilter::Flag::WageArrears; }) == QVector<qint64>{c.e1});
    CHECK(with([](EnterpriseFilter& f) { f.flag = EnterpriseFilter::Flag::Attrition; }).isEmpty()); // resolved
    CHECK(with([](EnterpriseFilter& f) { f.flag = EnterpriseFilter::Flag::LabourRisk; }) == QVector<qint64>{c.e3});
    CHECK(with([&](EnterpriseFilter& f) {
              f.orgId = c.townA;
              f.withOpenVacancies = true;
              f.flag = EnterpriseFilter::Flag::Flagged;
          }) == QVector<qint64>{c.e1});

    CHECK(c.search(QStringLiteral("机械")) == QVector<qint64>{c.e1});
    CHECK(c.search(QStringLiteral(" 有限公司 ")) == QVector<qint64>{c.e4, c.e1});
    CHECK(c.search(QStringLiteral("bbbb")) == QVector<qint64>{c.e2});
    CHECK(c.search(QStringLiteral("ＢＢＢＢ０００")) == QVector<qint64>{c.e2}); // full-width
    CHECK(c.search(QStringLiteral("000033")) == QVector<qint64>{c.e4});
    CHECK(c.search(QStringLiteral("91340122AAAA000011")) == QVector<qint64>{c.e1});
    CHECK(c.search(QStringLiteral("91340122")) == QVector<qint64>{c.e4, c.e1, c.e2});
    CHECK(c.search(QStringLiteral("不存在")).isEmpty());
}

TEST_CASE("Enterprise list: a sort by each column, both ways, in SQL", "[enterprise][lists]")
{
    ScratchDir dir;
    County c(dir);
    QStringList names;
    for (const EnterpriseRow& r : c.rows({}))
        names << r.name;
    QStringList sortedNames = names;
    std::sort(sortedNames.begin(), sortedNames.end()); // code-point order, as SQLite's BINARY collation
    CHECK(names == sortedNames);                       // the default order is by name

    // Ascending; the enterprise id breaks ties, NULL (never visited, no code) sorts first.
    const std::pair<EnterpriseColumn, QVector<qint64>> expected[] = {
        {EnterpriseColumn::CreditCode, {c.e3, c.e1, c.e2, c.e4}},
        {EnterpriseColumn::Organisation, {c.e3, c.e1, c.e4, c.e2}},  // 340122 < 340122-001 < 340122-002
        {EnterpriseColumn::Industry, {c.e1, c.e3, c.e2, c.e4}},      // C, C, F, G
        {EnterpriseColumn::OpenVacancies, {c.e2, c.e3, c.e4, c.e1}}, // 0, 0, 1, 2
        {EnterpriseColumn::Headcount, {c.e2, c.e3, c.e1, c.e4}},     // 0, 0, 15, 20
        {EnterpriseColumn::Hired, {c.e3, c.e4, c.e2, c.e1}},         // -, 5, 6, 30
        {EnterpriseColumn::Gap, {c.e3, c.e2, c.e1, c.e4}},           // -, 2, 20, 25
        {EnterpriseColumn::LastContact, {c.e3, c.e4, c.e1, c.e2}},
        {EnterpriseColumn::Flags, {c.e2, c.e4, c.e1, c.e3}}, // 0, 0, 1, 1
    };
    for (const auto& [column, order] : expected) {
        INFO("column " << static_cast<int>(column));
        CHECK(c.ids({}, {column, false}) == order);
        CHECK(c.ids({}, {column, true}) == reversed(order));
    }
    // Narrowed lists compute the vacancy figures per enterprise instead of in one pass: the same order.
    EnterpriseFilter townA;
    townA.orgId = c.townA;
    CHECK(c.ids(townA, {EnterpriseColumn::OpenVacancies, false}) == QVector<qint64>{c.e4, c.e1});
    CHECK(c.ids(townA, {EnterpriseColumn::Headcount, true}) == QVector<qint64>{c.e4, c.e1});
    EnterpriseFilter open;
    open.withOpenVacancies = true;
    CHECK(c.ids(open, {EnterpriseColumn::Headcount, false}) == QVector<qint64>{c.e1, c.e4});
}

TEST_CASE("Enterprise list: windows from both ends are the whole order cut up, for every sort", "[enterprise][lists]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("demo.jobbridge"));
    REQUIRE(generateDemo(file->connection(), smallOptions(7)).hasValue());
    QSqlDatabase db = file->connection();
    const qint64 total = count(db, QStringLiteral("SELECT count(*) FROM enterprises"));
    REQUIRE(total >= 50);
    for (int column = 0; column < static_cast<int>(EnterpriseColumn::Count); ++column) {
        for (bool descending : {false, true}) {
            INFO("column " << column << (descending ? " desc" : " asc"));
            auto query = EnterpriseListQuery::create(db, {}, {static_cast<EnterpriseColumn>(column), descending});
            REQUIRE(query);
            QVector<qint64> whole;
            REQUIRE(query
                        ->forEach(false,
                                  [&](const EnterpriseRow& r) {
                                      whole << r.id;
                                      return true;
                                  })
                        .ok());
            REQUIRE(whole.size() == total);
            QVector<qint64> windows;
            for (qint64 offset = 0; offset < total; offset += 7) {
                const auto rows = query->fetch(offset, 7); // the later ones are read from the end, reversed
                REQUIRE(rows);
                for (const EnterpriseRow& r : *rows)
                    windows << r.id;
            }
            CHECK(windows == whole);
            QVector<qint64> unique = whole;
            std::sort(unique.begin(), unique.end());
            CHECK(std::unique(unique.begin(), unique.end()) == unique.end());
        }
    }
}

TEST_CASE("Enterprise detail: vacancies, snapshots oldest first, flags open first, referrals; reveal is audited",
          "[enterprise][lists]")
{
    ScratchDir dir;
    County c(dir);
    const auto d = loadEnterpriseDetail(c.db(), c.e1);
    REQUIRE(d);
    CHECK(d->name == QStringLiteral("合肥甲机械有限公司"));
    CHECK(d->organisation == QStringLiteral("店埠镇"));
    CHECK(d->keyEnterprise);
    CHECK(d->contactPhoneMasked == maskPhone(QStringLiteral("13812345678")));
    REQUIRE(d->vacancies.size() == 3);
    CHECK(d->vacancies[0].title == QStringLiteral("车工")); // newest posted first
    CHECK(d->vacancies[0].wage == QStringLiteral("4500–6000"));
    CHECK(d->vacancies[2].status == QStringLiteral("closed"));
    REQUIRE(d->snapshots.size() == 2);
    CHECK(d->snapshots[0].recordedOn == QDate(2026, 3, 1));
    CHECK(d->snapshots[1].gap == 20);
    REQUIRE(d->flags.size() == 2);
    CHECK(d->flags[0].kind == QStringLiteral("wage_arrears"));
    CHECK_FALSE(d->flags[0].resolvedOn.isValid());
    CHECK(d->flags[0].amountYuan == 150000.0);
    CHECK(d->flags[0].peopleAffected == 12);
    CHECK(d->flags[1].resolvedOn == QDate(2026, 2, 1));
    REQUIRE(d->referrals.size() == 1);
    CHECK(d->referrals[0].worker == QStringLiteral("王小伟"));
    CHECK(d->referrals[0].vacancy == QStringLiteral("焊工"));
    CHECK(d->referrals[0].stage == QStringLiteral("interviewed"));

    CHECK_FALSE(loadEnterpriseDetail(c.db(), 9999));
    const auto phone = revealEnterprisePhone(c.db(), c.e1);
    REQUIRE(phone);
    CHECK(*phone == QStringLiteral("13812345678"));
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal' AND table_name = "
                                       "'enterprises' AND record_id = %1 AND field = 'contact_phone'")
                            .arg(c.e1)) == 1);
}

TEST_CASE("Enterprise and vacancy exports: exactly the filtered rows, masked unless unmasked (audited)",
          "[enterprise][lists][export]")
{
    ScratchDir dir;
    County c(dir);
    EnterpriseFilter townA;
    townA.orgId = c.townA;
    auto query = EnterpriseListQuery::create(c.db(), townA, {EnterpriseColumn::Headcount, true});
    REQUIRE(query);

    const QString masked = dir.file(QStringLiteral("ent.csv"));
    const auto n = EnterpriseListExport::writeCsv(*query, masked, false);
    REQUIRE(n);
    CHECK(*n == 2);
    QFile f(masked);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] ==
          QStringLiteral("企业名称,统一社会信用代码,所属单位,行业,在招岗位,招聘人数,已招人数,缺工人数,最近联系,"
                         "监测预警,联系人,联系电话,地址,重点企业,重大项目"));
    // Headcount descending: 丁 (20) before 甲 (15).
    CHECK(lines[1] ==
          QStringLiteral("丁物流有限公司,91340122CCCC000033,店埠镇,交通运输、仓储和邮政业,1,20,5,25,2026-02-01,,"
                         "联系人,%1,地址,,")
              .arg(maskPhone(QStringLiteral("13900001111"))));
    CHECK(lines[2] == QStringLiteral("合肥甲机械有限公司,91340122AAAA000011,店埠镇,制造业,2,15,30,20,2026-04-10,欠薪,"
                                     "联系人,%1,地址,是,")
                          .arg(maskPhone(QStringLiteral("13812345678"))));
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")) == 0);

    const QString full = dir.file(QStringLiteral("ent-full.csv"));
    REQUIRE(EnterpriseListExport::writeCsv(*query, full, true));
    QFile g(full);
    REQUIRE(g.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(g.readAll()).contains(QStringLiteral(",13812345678,")));
    CHECK(
        count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked' AND "
                                     "table_name = 'enterprises' AND note LIKE '2 rows → ent-full.csv; filter: org=%1'")
                          .arg(c.townA)) == 1);

    // The vacancies of the same enterprises: e1's three and e4's one, enterprise by enterprise in name order.
    const VacancyListQuery vacancies = VacancyListQuery::forFilter(c.db(), townA);
    REQUIRE(vacancies.count());
    CHECK(*vacancies.count() == 4);
    const QString vPath = dir.file(QStringLiteral("vac.csv"));
    const auto vn = EnterpriseListExport::writeVacanciesCsv(vacancies, vPath, false);
    REQUIRE(vn);
    CHECK(*vn == 4);
    QFile h(vPath);
    REQUIRE(h.open(QIODevice::ReadOnly));
    const QStringList vLines = QString::fromUtf8(h.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(vLines.size() == 5);
    CHECK(vLines[0].startsWith(QStringLiteral("企业名称,统一社会信用代码,所属单位,岗位名称,")));
    CHECK(vLines[1].startsWith(QStringLiteral("丁物流有限公司,91340122CCCC000033,店埠镇,货车司机,,,20,4500–6000,")));
    CHECK(
        vLines[1].endsWith(QStringLiteral(",2026-04-01,在招,联系人,%1").arg(maskPhone(QStringLiteral("13900001111")))));
    CHECK(vLines[2].startsWith(QStringLiteral("合肥甲机械有限公司,91340122AAAA000011,店埠镇,车工,")));
    CHECK(vLines[4].contains(QStringLiteral(",仓管,")));
    CHECK(vLines[4].contains(QStringLiteral(",已关闭,")));
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'")) == 1);
    REQUIRE(EnterpriseListExport::writeVacanciesCsv(vacancies, dir.file(QStringLiteral("vac-full.csv")), true));
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked' AND "
                                       "table_name = 'vacancies' AND note LIKE '4 rows → vac-full.csv%'")) == 1);
}
