// The demo generator, what it writes: a plausible county in an empty file with the requested counts, valid
// identifiers, every reference value used, and consistent dates. (Sums, determinism and refusals: test_demo_files.)

#include "core/storage/Migrations.h"
#include "core/validation/CreditCode.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"
#include "test_demo_support.h"

#include <QSqlQuery>
#include <QVariant>
#include <catch2/catch.hpp>

using namespace jb::core;
using namespace jb::test::demo;
using jb::test::ScratchDir;

namespace {

// GB 11714, written out independently of the generator: weights 3 7 9 10 5 8 4 2, C9 = 11 − Σ mod 11.
bool organisationCodeOk(const QString& nine)
{
    static const int weights[] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = nine.at(i);
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        sum += v * weights[i];
    }
    const int c9 = 11 - sum % 11;
    const QChar expected = c9 == 10 ? QLatin1Char('X') : (c9 == 11 ? QLatin1Char('0') : QLatin1Char(char('0' + c9)));
    return nine.at(8) == expected;
}

} // namespace

TEST_CASE("The demo fills an empty county file with the requested counts", "[demo]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("demo.jobbridge"));
    QSqlDatabase db = file->connection();
    const qint64 cacheSize = scalar(db, QStringLiteral("PRAGMA cache_size")).toLongLong();
    const int tempStore = scalar(db, QStringLiteral("PRAGMA temp_store")).toInt();
    QVector<int> reported;
    const auto summary = generateDemo(db, smallOptions(), [&](int p) {
        reported << p;
        return true;
    });
    requireOk(summary);

    CHECK(summary->workers == 800);
    CHECK(summary->enterprises == 60);
    CHECK(summary->vacancies == 240); // about four per enterprise
    CHECK(summary->fairs == 25);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers")) == 800);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM enterprises")) == 60);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM vacancies")) == 240);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM job_fairs")) == 25);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM referrals")) == summary->referrals);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM services")) == summary->services);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM demand_snapshots")) == summary->snapshots);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM targets")) == summary->targets);
    CHECK(summary->referrals > 300);
    CHECK(summary->services > 200);
    CHECK(summary->snapshots >= 60);
    CHECK_FALSE(reported.isEmpty());
    CHECK(reported.last() == 100);
    CHECK(std::is_sorted(reported.begin(), reported.end()));

    // 肥东县's real towns and parks, coded under the home; every enterprise and worker belongs to one of them.
    CHECK(count(db, QStringLiteral(
                        "SELECT COUNT(*) FROM organisations WHERE code LIKE '340122-%' AND kind = 'town'")) == 18);
    CHECK(count(db, QStringLiteral(
                        "SELECT COUNT(*) FROM organisations WHERE code LIKE '340122-%' AND kind = 'park'")) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT code FROM organisations WHERE name = '店埠镇'")).toString() ==
          QLatin1String("340122-001"));
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM enterprises WHERE org_id NOT IN "
                                   "(SELECT id FROM organisations WHERE code LIKE '340122-%')")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE org_id NOT IN "
                                   "(SELECT id FROM organisations WHERE code LIKE '340122-%')")) == 0);
    // Spread unevenly: the county seat holds more people than the smallest township.
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers w JOIN organisations o ON o.id = w.org_id "
                                   "WHERE o.name = '店埠镇'")) >
          count(db, QStringLiteral("SELECT COUNT(*) FROM workers w JOIN organisations o ON o.id = w.org_id "
                                   "WHERE o.name = '众兴乡'")));

    // Referential integrity holds although the generator bulk-inserts with foreign keys off; the connection's
    // settings are back as they were.
    CHECK(column(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA cache_size")).toLongLong() == cacheSize);
    CHECK(scalar(db, QStringLiteral("PRAGMA temp_store")).toInt() == tempStore);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'demo' AND note LIKE '%seed 42%'")) ==
          1);
}

TEST_CASE("Demo identifiers pass the importer's own checks", "[demo]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("ids.jobbridge"));
    QSqlDatabase db = file->connection();
    requireOk(generateDemo(db, smallOptions()));

    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT id_number, gender, birth_date, phone FROM workers")));
    int checked = 0;
    int retired = 0;
    int home = 0;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const ResidentIdCheck check = checkResidentId(id, AreaCodes::instance(), kToday);
        INFO(id.toStdString() << ": " << check.message.text().toStdString());
        REQUIRE(check.ok());
        CHECK(check.info->number == id);
        CHECK((check.info->gender == ResidentIdInfo::Gender::Male ? "M" : "F") == q.value(1).toString().toStdString());
        CHECK(check.info->birthDate.toString(Qt::ISODate) == q.value(2).toString());
        const qint64 age = check.info->birthDate.daysTo(kToday) / 365;
        CHECK(age >= 18);
        CHECK(age <= 61);
        CHECK(checkPhone(q.value(3).toString()).isMobile);
        retired += check.info->addressRetired ? 1 : 0;
        home += id.startsWith(QLatin1String("340122")) ? 1 : 0;
        ++checked;
    }
    CHECK(checked == 800);
    CHECK(retired > 0);        // a few IDs still carry retired codes such as 342621
    CHECK(home > checked / 2); // mostly the county's own people

    REQUIRE(q.exec(QStringLiteral("SELECT credit_code, contact_phone FROM enterprises")));
    int withCode = 0;
    while (q.next()) {
        CHECK(checkPhone(q.value(1).toString()).isMobile);
        if (q.value(0).isNull())
            continue;
        const QString code = q.value(0).toString();
        INFO(code.toStdString());
        CHECK(checkCreditCode(code).status == CreditCodeCheck::Status::Valid);
        CHECK(code.startsWith(QLatin1String("91")));
        CHECK(organisationCodeOk(code.mid(8, 9)));
        ++withCode;
    }
    CHECK(withCode >= 55);
    CHECK(count(db, QStringLiteral("SELECT COUNT(DISTINCT credit_code) FROM enterprises")) == withCode);
}

TEST_CASE("Every reference value the lists need is represented", "[demo]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("coverage.jobbridge"));
    QSqlDatabase db = file->connection();
    requireOk(generateDemo(db, smallOptions()));

    auto unused = [&](const char* list, const char* usage) {
        return column(db, QStringLiteral("SELECT code FROM reference_items r WHERE list = '%1' AND NOT EXISTS (%2)")
                              .arg(QString::fromLatin1(list), QString::fromLatin1(usage)));
    };
    CHECK(unused("key_group", "SELECT 1 FROM worker_key_groups WHERE key_group_id = r.id").isEmpty());
    CHECK(unused("hardship_category", "SELECT 1 FROM worker_hardships WHERE category_id = r.id").isEmpty());
    CHECK(unused("service_type", "SELECT 1 FROM services WHERE service_type_id = r.id").isEmpty());
    CHECK(unused("fair_kind", "SELECT 1 FROM job_fairs WHERE kind_id = r.id").isEmpty());
    CHECK(count(db, QStringLiteral("SELECT COUNT(DISTINCT stage) FROM referrals")) == 6);
    CHECK(count(db, QStringLiteral("SELECT COUNT(DISTINCT stage) FROM referral_stages")) == 6);

    // Roughly the shares asked for: over half migrant workers, some people in two groups.
    const qint64 migrants = count(db, QStringLiteral("SELECT COUNT(*) FROM worker_key_groups g JOIN reference_items r "
                                                     "ON r.id = g.key_group_id WHERE r.code = 'migrant_worker'"));
    CHECK(migrants > 800 * 45 / 100);
    CHECK(migrants < 800 * 65 / 100);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT worker_id FROM worker_key_groups GROUP BY worker_id "
                                   "HAVING COUNT(*) >= 2)")) > 0);
    // Hardship categories only for workers in the hardship group; service needs one to three.
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM worker_hardships h WHERE NOT EXISTS (SELECT 1 FROM "
                                   "worker_key_groups g JOIN reference_items r ON r.id = g.key_group_id WHERE "
                                   "g.worker_id = h.worker_id AND r.code = 'hardship')")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT worker_id, COUNT(*) n FROM worker_service_needs "
                                   "GROUP BY worker_id) WHERE n > 3")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE id NOT IN "
                                   "(SELECT worker_id FROM worker_service_needs)")) == 0);
    // Training and entrepreneurship subtypes, candidate and selected projects, insurance at 50 yuan split 1:1.
    CHECK(count(db, QStringLiteral(
                        "SELECT COUNT(DISTINCT subtype) FROM services WHERE service_type_id = "
                        "(SELECT id FROM reference_items WHERE list = 'service_type' AND code = 'training')")) == 3);
    CHECK(count(db, QStringLiteral("SELECT COUNT(DISTINCT delivery) FROM services WHERE delivery <> ''")) == 2);
    CHECK(count(db, QStringLiteral(
                        "SELECT COUNT(DISTINCT subtype) FROM services WHERE service_type_id = (SELECT id "
                        "FROM reference_items WHERE list = 'service_type' AND code = 'entrepreneurship')")) == 3);
    CHECK(count(db, QStringLiteral("SELECT COUNT(DISTINCT project_status) FROM services")) == 2);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM services s JOIN reference_items r ON r.id = "
                                   "s.service_type_id WHERE r.code = 'insurance' AND (amount_yuan <> 50 OR "
                                   "province_share <> 25 OR city_share <> 25 OR provided_on < '2026-01-15')")) == 0);
    // Returning migrant workers carry a date and a destination together.
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE returned_on IS NOT NULL")) > 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE (returned_on IS NULL) <> "
                                   "(return_destination IS NULL)")) == 0);
}

TEST_CASE("Demo dates are consistent and never after today", "[demo]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("dates.jobbridge"));
    QSqlDatabase db = file->connection();
    requireOk(generateDemo(db, smallOptions()));
    const QString today = kToday.toString(Qt::ISODate);

    const char* const dated[][2] = {{"enterprises", "created_at"},
                                    {"enterprises", "updated_at"},
                                    {"vacancies", "posted_on"},
                                    {"vacancies", "closed_on"},
                                    {"vacancies", "created_at"},
                                    {"vacancies", "updated_at"},
                                    {"demand_snapshots", "recorded_on"},
                                    {"enterprise_flags", "flagged_on"},
                                    {"enterprise_flags", "resolved_on"},
                                    {"workers", "birth_date"},
                                    {"workers", "returned_on"},
                                    {"workers", "registered_on"},
                                    {"workers", "last_contact_on"},
                                    {"workers", "created_at"},
                                    {"workers", "updated_at"},
                                    {"job_fairs", "held_on"},
                                    {"job_fairs", "ends_on"},
                                    {"job_fairs", "created_at"},
                                    {"job_fairs", "updated_at"},
                                    {"referrals", "stage_on"},
                                    {"referrals", "created_at"},
                                    {"referral_stages", "occurred_on"},
                                    {"services", "provided_on"},
                                    {"services", "ends_on"},
                                    {"services", "created_at"}};
    for (const auto& d : dated) {
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE substr(%2, 1, 10) > '%3'")
                                .arg(QString::fromLatin1(d[0]), QString::fromLatin1(d[1]), today);
        INFO(sql.toStdString());
        CHECK(count(db, sql) == 0);
    }
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE last_contact_on < registered_on")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE registered_on < '2025-08-23'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM vacancies WHERE posted_on < '2026-01-01'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM vacancies WHERE (status = 'open') <> (closed_on IS NULL) "
                                   "OR closed_on < posted_on")) == 0);
    CHECK(count(db, QStringLiteral(
                        "SELECT COUNT(*) FROM vacancies WHERE wage_text = '面议' AND wage_min IS NOT NULL")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM vacancies WHERE wage_min < 3000 OR wage_max > 9000 OR "
                                   "wage_min > wage_max OR headcount NOT BETWEEN 1 AND 50")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM demand_snapshots WHERE gap <> planned - hired OR "
                                   "hired > planned OR recorded_on < '2026-01-01'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM enterprise_flags WHERE resolved_on < flagged_on")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM enterprise_flags WHERE kind = 'wage_arrears' AND "
                                   "(amount_yuan IS NULL OR people_affected IS NULL)")) == 0);

    // Every referral walks the pipeline in order with non-decreasing dates; its stage is the latest one.
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT s.referral_id, s.stage, s.occurred_on, r.stage, r.stage_on FROM "
                                  "referral_stages s JOIN referrals r ON r.id = s.referral_id ORDER BY s.referral_id, "
                                  "s.id")));
    const QStringList order = {QStringLiteral("recommended"), QStringLiteral("interviewed"),
                               QStringLiteral("intention"),   QStringLiteral("contract"),
                               QStringLiteral("stable"),      QStringLiteral("left")};
    qint64 current = -1;
    int lastIndex = -1;
    QString lastDate;
    QString contractDate;
    QString expectedStage;
    QString expectedDate;
    int referrals = 0;
    auto closeReferral = [&]() {
        if (current < 0)
            return;
        INFO("referral " << current);
        CHECK(order.at(lastIndex) == expectedStage);
        CHECK(lastDate == expectedDate);
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const int index = static_cast<int>(order.indexOf(q.value(1).toString()));
        const QString date = q.value(2).toString();
        INFO("referral " << id << " stage " << q.value(1).toString().toStdString());
        if (id != current) {
            closeReferral();
            current = id;
            CHECK(index == 0); // every history starts with the recommendation
            contractDate.clear();
            ++referrals;
        } else {
            CHECK(index > lastIndex);
            CHECK(date >= lastDate);
            if (index != 5)
                CHECK(index == lastIndex + 1); // no stage skipped, except leaving after a contract
            else
                CHECK(lastIndex >= 3);
        }
        if (index == 3)
            contractDate = date;
        if (index == 4) // stable only three months after the contract, and by today
            CHECK(QDate::fromString(contractDate, Qt::ISODate).addMonths(3) <= QDate::fromString(date, Qt::ISODate));
        lastIndex = index;
        lastDate = date;
        expectedStage = q.value(3).toString();
        expectedDate = q.value(4).toString();
    }
    closeReferral();
    CHECK(referrals == count(db, QStringLiteral("SELECT COUNT(*) FROM referrals")));
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM referrals WHERE fair_id IS NOT NULL")) > 0);
    CHECK(count(db, QStringLiteral(
                        "SELECT COUNT(*) FROM referrals WHERE stage = 'stable' AND stage_on > '2026-11-23'")) == 0);

    // The one-week promise: most hardship workers were recommended within seven days of registering.
    const QString firstReferral = QStringLiteral(
        "SELECT w.id, w.registered_on, (SELECT MIN(s.occurred_on) FROM referrals r JOIN referral_stages s ON "
        "s.referral_id = r.id WHERE r.worker_id = w.id AND s.stage = 'recommended') AS first FROM workers w JOIN "
        "worker_key_groups g ON g.worker_id = w.id JOIN reference_items k ON k.id = g.key_group_id "
        "WHERE k.code = 'hardship' AND w.registered_on <= '2026-11-16'");
    const qint64 hardship = count(db, QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(firstReferral));
    const qint64 kept = count(db, QStringLiteral("SELECT COUNT(*) FROM (%1) WHERE julianday(first) - "
                                                 "julianday(registered_on) <= 7")
                                      .arg(firstReferral));
    CHECK(hardship > 0);
    CHECK(kept * 100 >= hardship * 80);
    CHECK(kept < hardship); // and a few late ones to show on the overdue list
}

TEST_CASE("The demo leaves the name search index filled and its triggers, and the fingerprint's, in place", "[demo]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("search.jobbridge"));
    QSqlDatabase db = file->connection();
    REQUIRE(generateDemo(db, smallOptions()).hasValue());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                   "'worker_name_search%'")) == 3);
    // The import fingerprint's triggers, set aside while the demo wrote its links, are back.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                                   "'fingerprint\\_stale\\_%' ESCAPE '\\'")) ==
          jb::core::schema::fingerprintTriggerStatements().size());
    // Every worker of a sample is found by the characters of their name.
    for (const QString& row :
         column(db, QStringLiteral("SELECT id || '|' || name FROM workers ORDER BY id LIMIT 20"))) {
        const QStringList parts = row.split(QLatin1Char('|'));
        const QString phrase = parts.at(1).split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' '));
        INFO(parts.at(1).toStdString());
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM worker_name_search WHERE worker_name_search MATCH "
                                       "'chars : \"%1\"' AND rowid = %2")
                            .arg(phrase, parts.at(0))) == 1);
    }
}
