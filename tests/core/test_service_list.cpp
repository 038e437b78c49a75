// What the 服务 page reads beyond the ledger's list (core/services/ServiceList.h): each row's ID number and the
// kind's main field, the providers for the filter, one service's every field in words (the derived "employed within
// 3 months" and the insurance split included), and the list exported masked, or unmasked with an audit entry.

#include "PlacementTestSupport.h"
#include "core/records/ServiceKinds.h"
#include "core/services/ServiceFigures.h"
#include "core/services/ServiceLedger.h"
#include "core/services/ServiceList.h"
#include "core/targets/PeriodRepository.h"

#include <QFile>

using namespace jb::test::placement;

namespace {

const QDate kDay(2026, 3, 20);

qint64 addOne(QSqlDatabase db, qint64 worker, const QString& kind, const QVariantMap& fields)
{
    const auto added = addService(db, {worker, kind, QDate(2026, 3, 1), fields, 0});
    REQUIRE(added.hasValue());
    return added->serviceId;
}

} // namespace

TEST_CASE("The services list's extras, providers and a service's detail in words", "[services][lists]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("service-list.jobbridge"));
    const qint64 w = c.worker(QStringLiteral("张三"), QStringLiteral("2026-01-05"), c.townA);
    const qint64 training = addOne(c.db(), w, servicekind::training,
                                   {{QStringLiteral("course"), QStringLiteral("电工")},
                                    {QStringLiteral("provider"), QStringLiteral("县职业技能培训学校")},
                                    {QStringLiteral("delivery"), QStringLiteral("order_based")},
                                    {QStringLiteral("ends_on"), QStringLiteral("2026-03-10")},
                                    {QStringLiteral("completed"), 1}});
    const qint64 visit = addOne(
        c.db(), w, servicekind::visit,
        {{QStringLiteral("place"), QStringLiteral("张三家中")}, {QStringLiteral("provider"), QStringLiteral("工会")}});
    const qint64 insurance = addOne(c.db(), w, servicekind::insurance, {});

    const auto extras = serviceRowExtras(c.db(), {training, visit, insurance});
    REQUIRE(extras.hasValue());
    CHECK(extras->value(training).mainField == QStringLiteral("电工"));
    CHECK(extras->value(visit).mainField == QStringLiteral("张三家中"));
    CHECK(extras->value(insurance).mainField == QStringLiteral("50元"));
    CHECK(extras->value(training).residentId.size() == 18);

    const auto providers = serviceProviders(c.db());
    REQUIRE(providers.hasValue());
    CHECK(*providers == QStringList{QStringLiteral("县职业技能培训学校"), QStringLiteral("工会")});

    // Three months after the training's last day, with no contract since.
    const auto detail = loadServiceDetail(c.db(), training, true, QDate(2026, 6, 11));
    REQUIRE(detail.hasValue());
    CHECK(detail->person == QStringLiteral("张三"));
    CHECK(detail->residentIdMasked.contains(QStringLiteral("********")));
    QHash<QString, QString> shown;
    for (const ServiceDetailLine& line : detail->lines)
        shown.insert(line.field, line.value);
    CHECK(shown.value(QStringLiteral("delivery")) == QStringLiteral("订单式")); // the choice's words, not its code
    CHECK(shown.value(QStringLiteral("completed")) == QStringLiteral("是"));
    CHECK(shown.value(QStringLiteral("org_id")) != QString::number(c.townA));
    CHECK(shown.value(QStringLiteral("employed_after")) == QStringLiteral("否"));
    const auto early = loadServiceDetail(c.db(), training);
    REQUIRE(early.hasValue());
    for (const ServiceDetailLine& line : early->lines)
        if (line.field == QLatin1String("employed_after"))
            CHECK(line.value == QStringLiteral("尚未到期")); // ended ten days ago: the three months are not over

    const auto enrolment = loadServiceDetail(c.db(), insurance);
    REQUIRE(enrolment.hasValue());
    for (const ServiceDetailLine& line : enrolment->lines)
        shown.insert(line.field, line.value);
    CHECK(shown.value(QStringLiteral("province_share")) == QStringLiteral("25元"));
    CHECK(shown.value(QStringLiteral("city_share")) == QStringLiteral("25元"));
}

TEST_CASE("A training not yet ended shows its employment after as not yet due", "[services][lists]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("service-list-due.jobbridge"));
    const qint64 w = c.worker(QStringLiteral("李四"), QStringLiteral("2026-01-05"), c.townA);
    const qint64 running =
        addOne(c.db(), w, servicekind::training, {{QStringLiteral("course"), QStringLiteral("焊工")}});
    const auto detail = loadServiceDetail(c.db(), running);
    REQUIRE(detail.hasValue());
    QString employed;
    for (const ServiceDetailLine& line : detail->lines)
        if (line.field == QLatin1String("employed_after"))
            employed = line.value;
    CHECK(employed == QStringLiteral("尚未到期"));
}

TEST_CASE("The services list exports masked by default; unmasked is audited", "[services][lists]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    PlacementCounty c(dir, QStringLiteral("service-export.jobbridge"));
    const qint64 w = c.worker(QStringLiteral("王五"), QStringLiteral("2026-01-05"), c.townA);
    addOne(c.db(), w, servicekind::visit, {{QStringLiteral("place"), QStringLiteral("村委会")}});
    addOne(c.db(), w, servicekind::insurance, {});
    const QString idNumber =
        scalar(c.db(), QStringLiteral("SELECT id_number FROM workers WHERE id = %1").arg(w)).toString();
    const auto audited = [&] {
        return count(c.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export_unmasked'"));
    };

    ServiceFilter visits;
    visits.kind = servicekind::visit;
    const QString masked = dir.file(QStringLiteral("masked.csv"));
    const auto rows = ServiceListExport::writeCsv(c.db(), visits, masked, false);
    REQUIRE(rows.hasValue());
    CHECK(*rows == 1);
    QFile file(masked);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("村委会")));
    CHECK_FALSE(text.contains(idNumber));
    CHECK(text.contains(jb::core::maskResidentId(idNumber)));
    CHECK(audited() == 0);

    const QString full = dir.file(QStringLiteral("full.csv"));
    const auto all = ServiceListExport::writeCsv(c.db(), {}, full, true);
    REQUIRE(all.hasValue());
    CHECK(*all == 2);
    QFile fullFile(full);
    REQUIRE(fullFile.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(fullFile.readAll()).contains(idNumber));
    CHECK(audited() == 1);
}

TEST_CASE("The services summary of a period is serviceFigures'; read on a side connection it is the same",
          "[services][lists]")
{
    PinnedDay pinned(kDay);
    ScratchDir dir;
    const QString path = dir.file(QStringLiteral("service-summary.jobbridge"));
    {
        PlacementCounty c(dir, QStringLiteral("service-summary.jobbridge"));
        const qint64 w = c.worker(QStringLiteral("赵六"), QStringLiteral("2026-01-05"), c.townA);
        addOne(c.db(), w, servicekind::insurance, {});
        addOne(c.db(), w, servicekind::visit, {{QStringLiteral("place"), QStringLiteral("村委会")}});
        const Period year = PeriodRepository::yearPeriod(2026);
        const auto summary = serviceSummary(c.db(), {}, year, kDay);
        const auto figures = serviceFigures(c.db(), c.home, year, kDay);
        REQUIRE(summary.hasValue());
        REQUIRE(figures.hasValue());
        REQUIRE(summary->kinds.size() == figures->kinds.size());
        for (int i = 0; i < summary->kinds.size(); ++i) {
            CHECK(summary->kinds.at(i).people == figures->kinds.at(i).people);
            CHECK(summary->kinds.at(i).services == figures->kinds.at(i).services);
        }
        CHECK(summary->insurance.total == 50);
        CHECK(summary->insurance.province + summary->insurance.city == 50);
        ServiceFilter visits;
        visits.kind = servicekind::visit;
        const auto filtered = serviceSummary(c.db(), visits, std::nullopt, kDay);
        REQUIRE(filtered.hasValue());
        REQUIRE(filtered->kinds.size() == 1);
        CHECK(filtered->kinds.at(0).services == 1);
    }
    const auto side = serviceSummaryOfFile(path, {}, PeriodRepository::yearPeriod(2026), kDay);
    REQUIRE(side.hasValue());
    qint64 services = 0;
    for (const ServiceKindTotal& t : side->kinds)
        services += t.services;
    CHECK(services == 2);
    CHECK(side->insurance.people == 1);
}
