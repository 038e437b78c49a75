// The services ledger (issue 14, core/services/): a service added, changed and removed through the ledger moves the
// dashboard's figures with it and each step undoes exactly; each kind's fields are checked with messages naming the
// field; the insurance premium and split come from the settings; totals keep people and 人次 apart; a contract in the
// concentrated phase offers the insurance, never enrols.

#include "PlacementTestSupport.h"
#include "core/placement/ReferralPipeline.h"
#include "core/records/ServiceKinds.h"
#include "core/services/Projects.h"
#include "core/services/ServiceLedger.h"
#include "core/services/ServiceQueries.h"
#include "core/settings/PlacementSettings.h"

using namespace jb::test::placement;

namespace {

const QDate kDay(2026, 3, 2);

struct ServiceCounty : PlacementCounty
{
    ServiceCounty(const ScratchDir& dir) : PlacementCounty(dir, QStringLiteral("services.jobbridge")) {}
    QVariant stored(qint64 id, const char* column)
    {
        return scalar(m_db, QStringLiteral("SELECT %1 FROM services WHERE id = %2").arg(QLatin1String(column)).arg(id));
    }
};

NewService training(qint64 worker)
{
    return {worker,
            servicekind::training,
            QDate(2026, 3, 1),
            {{QStringLiteral("course"), QStringLiteral("电工")},
             {QStringLiteral("provider"), QStringLiteral("肥东县职业技能培训学校")},
             {QStringLiteral("subtype"), QStringLiteral("skill_upgrading")},
             {QStringLiteral("delivery"), QStringLiteral("order_based")},
             {QStringLiteral("ends_on"), QStringLiteral("2026-03-10")},
             {QStringLiteral("hours"), 40},
             {QStringLiteral("completed"), 1}},
            0};
}

} // namespace

TEST_CASE("A service added, changed and removed moves the figures, and each step undoes exactly", "[services]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    ServiceCounty c(dir);
    const qint64 w = c.worker(QStringLiteral("张三"), QStringLiteral("2026-01-05"), c.townA);
    const QString before = c.summary();
    const qint64 auditBefore = count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log"));

    auto added = addService(c.db(), training(w));
    REQUIRE(added.hasValue());
    CHECK(c.figure("service_training") == 1);
    CHECK(c.stored(added->serviceId, "org_id").toLongLong() == c.townA); // the person's town
    CHECK(c.stored(added->serviceId, "course").toString() == QStringLiteral("电工"));
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log")) > auditBefore);
    CHECK(c.summary() == c.recounted());

    auto edited =
        editService(c.db(), added->serviceId, {{QStringLiteral("provided_on"), QStringLiteral("2026-02-27")}});
    REQUIRE(edited.hasValue());
    CHECK(c.stored(added->serviceId, "provided_on").toString() == QStringLiteral("2026-02-27"));
    CHECK(c.summary() == c.recounted());
    REQUIRE(undoServiceChange(c.db(), edited->undo).hasValue());
    CHECK(c.stored(added->serviceId, "provided_on").toString() == QStringLiteral("2026-03-01"));

    auto removed = removeService(c.db(), added->serviceId);
    REQUIRE(removed.hasValue());
    CHECK(c.figure("service_training") == 0);
    REQUIRE(undoServiceChange(c.db(), removed->undo).hasValue());
    CHECK(c.figure("service_training") == 1);
    CHECK(c.stored(added->serviceId, "hours").toInt() == 40);

    REQUIRE(undoServiceChange(c.db(), added->undo).hasValue());
    CHECK(c.figure("service_training") == 0);
    CHECK(c.summary() == before);
}

TEST_CASE("A service's fields are checked by its kind, with the field named and the fix said", "[services]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    ServiceCounty c(dir);
    const qint64 w = c.worker(QStringLiteral("李四"), QStringLiteral("2026-01-05"));

    NewService wrongField{w, servicekind::visit, kDay, {{QStringLiteral("course"), QStringLiteral("电工")}}, 0};
    auto refused = addService(c.db(), wrongField);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.message().sourceText().contains(QStringLiteral("course")));

    NewService future{w, servicekind::legalAid, QDate(2026, 3, 9), {}, 0};
    refused = addService(c.db(), future);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error().contains(QStringLiteral("日期")));

    NewService badChoice = training(w);
    badChoice.fields.insert(QStringLiteral("subtype"), QStringLiteral("guidance")); // an entrepreneurship code
    refused = addService(c.db(), badChoice);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error().contains(Message("Editing", "Kind of support").text()));

    NewService endsBefore = training(w);
    endsBefore.fields.insert(QStringLiteral("ends_on"), QStringLiteral("2026-02-01"));
    CHECK_FALSE(addService(c.db(), endsBefore).hasValue());

    NewService nobody{999999, servicekind::other, kDay, {}, 0};
    CHECK_FALSE(addService(c.db(), nobody).hasValue());
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM services")) == 0);

    // Every kind's form starts with the date and the unit and ends with the officer and the note.
    for (const QString& kind : serviceKindCodes()) {
        INFO(kind.toStdString());
        const QVector<RecordField>& form = serviceFields(kind);
        REQUIRE(form.size() >= 4);
        CHECK(form.first().id == fields::service::providedOn);
        CHECK(form.last().id == fields::service::note);
    }
    CHECK(serviceField(servicekind::training, fields::service::subtype)->choices.size() == 4);
    CHECK(serviceField(servicekind::entrepreneurship, fields::service::subtype)->choices.size() == 5);
    CHECK(serviceField(servicekind::visit, fields::service::subtype) == nullptr);
}

TEST_CASE("An insurance enrolment takes the premium and split from the settings, once a year", "[services]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    ServiceCounty c(dir);
    const qint64 a = c.worker(QStringLiteral("王五"), QStringLiteral("2026-01-05"));
    const qint64 b = c.worker(QStringLiteral("赵六"), QStringLiteral("2026-01-05"));

    auto first = addService(c.db(), {a, servicekind::insurance, QDate(2026, 2, 1), {}, 0});
    REQUIRE(first.hasValue());
    CHECK(c.stored(first->serviceId, "amount_yuan").toDouble() == 50);
    CHECK(c.stored(first->serviceId, "province_share").toDouble() == 25);
    CHECK(c.stored(first->serviceId, "city_share").toDouble() == 25);
    CHECK_FALSE(addService(c.db(), {a, servicekind::insurance, QDate(2026, 3, 1), {}, 0}).hasValue());

    CHECK_FALSE(changeSettings(c.db(), {{QStringLiteral("insurance_province_share"), QStringLiteral("1.5")}}));
    CHECK_FALSE(changeSettings(c.db(), {{QStringLiteral("insurance_premium_yuan"), QStringLiteral("0")}}));
    REQUIRE(changeSettings(c.db(), {{QStringLiteral("insurance_premium_yuan"), QStringLiteral("60")},
                                    {QStringLiteral("insurance_province_share"), QStringLiteral("0.6")}}));
    auto second = addService(c.db(), {b, servicekind::insurance, QDate(2026, 2, 3), {}, 0});
    REQUIRE(second.hasValue());

    ServiceFilter phase;
    phase.from = QDate(2026, 1, 15);
    phase.to = QDate(2026, 4, 10);
    auto split = insuranceSplit(c.db(), phase);
    REQUIRE(split.hasValue());
    CHECK(split->people == 2);
    CHECK(split->total == 110);
    CHECK(split->province == 25 + 36);
    CHECK(split->city == 25 + 24);
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'insurance_premium_yuan'")) == 1);
}

TEST_CASE("Totals keep people and services apart, by kind, sub-unit, key group and provider", "[services]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    ServiceCounty c(dir);
    const qint64 a = c.worker(QStringLiteral("甲"), QStringLiteral("2026-01-05"), c.townA);
    const qint64 b = c.worker(QStringLiteral("乙"), QStringLiteral("2026-01-05"), c.townB);
    c.exec(QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) VALUES (?, ?)"),
           {a, c.item("key_group", "migrant_worker")});
    const QVariantMap hotline{{QStringLiteral("channel"), QStringLiteral("hotline")},
                              {QStringLiteral("provider"), QStringLiteral("12351")}};
    REQUIRE(addService(c.db(), {a, servicekind::legalConsultation, QDate(2026, 2, 1), hotline, 0}).hasValue());
    REQUIRE(addService(c.db(), {a, servicekind::legalConsultation, QDate(2026, 2, 8), hotline, 0}).hasValue());
    REQUIRE(addService(c.db(), {b, servicekind::legalConsultation, QDate(2026, 2, 9), {}, 0}).hasValue());

    auto totalOf = [&c](const ServiceFilter& f) {
        auto totals = serviceTotals(c.db(), f);
        REQUIRE(totals.hasValue());
        for (const ServiceKindTotal& t : *totals)
            if (t.kind == servicekind::legalConsultation)
                return std::pair{t.people, t.services};
        return std::pair{qint64(-1), qint64(-1)};
    };
    ServiceFilter all;
    CHECK(totalOf(all) == std::pair{qint64(2), qint64(3)});
    ServiceFilter town;
    town.orgId = c.townA;
    CHECK(totalOf(town) == std::pair{qint64(1), qint64(2)});
    ServiceFilter group;
    group.keyGroupId = c.item("key_group", "migrant_worker");
    CHECK(totalOf(group) == std::pair{qint64(1), qint64(2)});
    ServiceFilter provider;
    provider.provider = QStringLiteral("12351");
    CHECK(totalOf(provider) == std::pair{qint64(1), qint64(2)});
    ServiceFilter february;
    february.from = QDate(2026, 2, 5);
    february.to = QDate(2026, 2, 28);
    CHECK(totalOf(february) == std::pair{qint64(2), qint64(2)});

    auto rows = listServices(c.db(), all, 0, 10);
    REQUIRE(rows.hasValue());
    REQUIRE(rows->size() == 3);
    CHECK(rows->first().on == QDate(2026, 2, 9)); // newest first
    CHECK(countServices(c.db(), group).value() == 2);
}

TEST_CASE("A contract in the concentrated phase offers the insurance; a training's employment after is derived",
          "[services]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    ServiceCounty c(dir);
    c.exec(QStringLiteral("INSERT INTO periods (kind, name, label, starts_on, ends_on) VALUES ('phase', "
                          "'2026-concentrated', '2026年集中行动阶段', '2026-01-15', '2026-04-10')"),
           {});
    const qint64 w = c.worker(QStringLiteral("孙七"), QStringLiteral("2026-01-05"));
    const qint64 post = c.post(c.enterprise(QStringLiteral("合肥某电子有限公司")), QStringLiteral("电工"));
    NewService course = training(w);
    course.fields.insert(QStringLiteral("ends_on"), QStringLiteral("2026-03-01")); // a one-day course
    auto trained = addService(c.db(), course);
    REQUIRE(trained.hasValue());
    CHECK(employedAfterTraining(c.db(), trained->serviceId).value() == std::optional<bool>(false));

    auto referral = startReferral(c.db(), w, post, QDate(2026, 3, 1));
    REQUIRE(referral.hasValue());
    auto offer = insuranceOfferFor(c.db(), referral->referralId);
    REQUIRE(offer.hasValue());
    CHECK_FALSE(offer->offered); // no contract yet
    REQUIRE(moveReferral(c.db(), referral->referralId, ReferralStage::Interviewed, QDate(2026, 3, 2)).hasValue());
    REQUIRE(moveReferral(c.db(), referral->referralId, ReferralStage::Intention, QDate(2026, 3, 2)).hasValue());
    auto contract = moveReferral(c.db(), referral->referralId, ReferralStage::Contract, QDate(2026, 3, 2));
    INFO((contract ? QString() : contract.error()).toStdString());
    REQUIRE(contract.hasValue());
    offer = insuranceOfferFor(c.db(), referral->referralId);
    REQUIRE(offer.hasValue());
    CHECK(offer->offered);
    CHECK(offer->phase == QStringLiteral("2026-concentrated"));
    CHECK(offer->premiumYuan == 50);
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM services WHERE service_type_id = %1")
                            .arg(c.item("service_type", "insurance"))) == 0); // never enrolled by itself
    CHECK(employedAfterTraining(c.db(), trained->serviceId).value() == std::optional<bool>(true));

    REQUIRE(addService(c.db(), {w, servicekind::insurance, QDate(2026, 3, 2), {}, 0}).hasValue());
    offer = insuranceOfferFor(c.db(), referral->referralId);
    CHECK_FALSE(offer->offered); // enrolled now
}

TEST_CASE("The demo's 2026 concentrated phase: the insurance split recounts from its enrolments", "[services][demo]")
{
    ScratchDir dir;
    auto file = newFile(dir, QStringLiteral("demo.jobbridge"));
    QSqlDatabase db = file->connection();
    REQUIRE(generateDemo(db, smallOptions(5)).hasValue());
    const QString phase = QStringLiteral("(SELECT starts_on FROM periods WHERE name = '2026-concentrated') AND "
                                         "(SELECT ends_on FROM periods WHERE name = '2026-concentrated')");
    ServiceFilter f;
    f.from = QDate::fromString(scalar(db, QStringLiteral("SELECT starts_on FROM periods WHERE name = "
                                                         "'2026-concentrated'"))
                                   .toString(),
                               Qt::ISODate);
    f.to = QDate::fromString(
        scalar(db, QStringLiteral("SELECT ends_on FROM periods WHERE name = '2026-concentrated'")).toString(),
        Qt::ISODate);
    auto split = insuranceSplit(db, f);
    REQUIRE(split.hasValue());
    const qint64 enrolments =
        count(db, QStringLiteral("SELECT count(*) FROM services v JOIN reference_items t ON t.id = v.service_type_id "
                                 "WHERE t.code = 'insurance' AND v.provided_on BETWEEN ") +
                      phase);
    const qint64 people = count(db, QStringLiteral("SELECT count(DISTINCT worker_id) FROM services v JOIN "
                                                   "reference_items t ON t.id = v.service_type_id WHERE t.code = "
                                                   "'insurance' AND v.provided_on BETWEEN ") +
                                        phase);
    REQUIRE(enrolments > 0);
    CHECK(split->enrolments == enrolments);
    CHECK(split->people == people);
    CHECK(split->total == 50.0 * enrolments);
    CHECK(split->province == 25.0 * enrolments); // 1:1, province and city
    CHECK(split->city == 25.0 * enrolments);
    CHECK(split->province + split->city == split->total);
    // The demo's projects became records, and the figure still counts their services.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM entrepreneurship_projects")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM services WHERE project_name <> '' AND project_id IS NULL")) ==
          0);
}

TEST_CASE("An entrepreneurship project is a record: its services carry it, its stage moves and undoes, its "
          "candidates meet the quota",
          "[services]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    ServiceCounty c(dir);
    const qint64 w = c.worker(QStringLiteral("周八"), QStringLiteral("2026-01-05"), c.townA);
    auto added = addProject(
        c.db(), {0, c.townA, QStringLiteral("店埠电商助农"), 0, projectstage::candidate, QDate(2026, 2, 1), {w}, {}});
    INFO((added ? QString() : added.error()).toStdString());
    REQUIRE(added.hasValue());
    CHECK_FALSE(
        addProject(c.db(),
                   {0, c.townA, QStringLiteral("店埠电商助农"), 0, projectstage::candidate, QDate(2026, 2, 2), {}, {}})
            .hasValue()); // the same name in the same unit
    auto service = addService(c.db(), {w,
                                       servicekind::entrepreneurship,
                                       QDate(2026, 2, 3),
                                       {{QStringLiteral("subtype"), QStringLiteral("interest_free_loan")},
                                        {QStringLiteral("amount_yuan"), 50000},
                                        {QStringLiteral("project_id"), added->projectId}},
                                       0});
    REQUIRE(service.hasValue());
    CHECK(c.stored(service->serviceId, "project_name").toString() == QStringLiteral("店埠电商助农"));
    CHECK(c.stored(service->serviceId, "project_status").toString() == QStringLiteral("candidate"));
    CHECK(c.figure("entrepreneurship_projects") == 1);

    auto selected = setProjectStage(c.db(), added->projectId, projectstage::selected);
    REQUIRE(selected.hasValue());
    CHECK(c.stored(service->serviceId, "project_status").toString() == QStringLiteral("selected"));
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'entrepreneurship_projects' "
                                       "AND field = 'stage'")) == 1);
    CHECK(c.summary() == c.recounted());
    requireOk(undoProjectChange(c.db(), *selected));
    CHECK(loadProject(c.db(), added->projectId)->stage == projectstage::candidate);
    CHECK(c.stored(service->serviceId, "project_status").toString() == QStringLiteral("candidate"));

    const qint64 year = c.exec(QStringLiteral("INSERT INTO periods (kind, name, label, starts_on, ends_on) VALUES "
                                              "('year', '2026', '2026年', '2026-01-01', '2026-12-31')"),
                               {});
    c.exec(QStringLiteral("INSERT INTO targets (org_id, period_id, metric, value) VALUES (?, ?, "
                          "'entrepreneurship_projects', 6)"),
           {c.home, year});
    auto quota = projectQuota(c.db(), c.home, year, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(quota.hasValue());
    CHECK(quota->counts.candidates == 1);
    CHECK(quota->quota == std::optional<double>(6));
    CHECK(projectsOf(c.db(), c.home, QDate(2026, 1, 1), QDate(2026, 12, 31))->first().people == QVector<qint64>{w});
}

TEST_CASE("The projects list names the unit, industry and people; an undone project is put back under its id",
          "[services]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    ServiceCounty c(dir);
    const qint64 a = c.worker(QStringLiteral("周八"), QStringLiteral("2026-01-05"), c.townA);
    const qint64 b = c.worker(QStringLiteral("吴九"), QStringLiteral("2026-01-06"), c.townA);
    const qint64 farming = c.item("industry", "A");
    auto added = addProject(c.db(), {0,
                                     c.townA,
                                     QStringLiteral("店埠生态养殖场"),
                                     farming,
                                     projectstage::candidate,
                                     QDate(2026, 2, 1),
                                     {a, b},
                                     {}});
    REQUIRE(added.hasValue());
    auto rows = projectRows(c.db(), c.home, QDate(2026, 1, 1), QDate(2026, 12, 31), NameLanguage::Chinese);
    REQUIRE(rows.hasValue());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().industry == QStringLiteral("农、林、牧、渔业"));
    CHECK(rows->first().people == QStringList{QStringLiteral("周八"), QStringLiteral("吴九")});
    CHECK(rows->first().project.people == QVector<qint64>{a, b});
    CHECK_FALSE(rows->first().unit.isEmpty());
    CHECK(
        projectRows(c.db(), c.home, QDate(2026, 1, 1), QDate(2026, 12, 31), NameLanguage::English)->first().industry ==
        QStringLiteral("Agriculture, forestry, animal husbandry and fishery"));
    CHECK(projectRows(c.db(), c.home, QDate(2026, 3, 1), QDate(2026, 12, 31), NameLanguage::Chinese)->isEmpty());

    const Project asAdded = *loadProject(c.db(), added->projectId);
    requireOk(undoProjectChange(c.db(), *added));
    CHECK_FALSE(loadProject(c.db(), added->projectId).hasValue());
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM project_people")) == 0);
    auto restored = restoreProject(c.db(), asAdded);
    REQUIRE(restored.hasValue());
    CHECK(restored->projectId == added->projectId);
    const auto back = loadProject(c.db(), added->projectId);
    REQUIRE(back.hasValue());
    CHECK(back->people == QVector<qint64>{a, b});
    CHECK(back->industryId == farming);
    CHECK(count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'entrepreneurship_projects' "
                                       "AND action = 'insert'")) == 2);
    CHECK_FALSE(restoreProject(c.db(), asAdded).hasValue()); // already there
}
