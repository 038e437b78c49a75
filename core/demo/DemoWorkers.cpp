// The worker needs list of the demo county: people with valid, unique resident IDs, their key groups, hardship
// categories and service needs, then (planned in DemoActivity) their referrals and services. This is the hot
// loop of a million-worker run: strings that repeat are built once, rows go through prepared inserts.

#include "core/demo/DemoActivity.h"
#include "core/demo/DemoContext.h"
#include "core/demo/DemoIdentifiers.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoStaging.h"
#include "core/storage/SqlError.h"
#include "core/validation/AreaCodes.h"

#include <QDate>
#include <QSqlQuery>

namespace jb::core::demo {

namespace {

enum Stream : quint64 { kWorkerStream = 5 };

struct AddressCode
{
    QString code;
    QString hukou; // today's name of the place (a retired code's successor)
    bool home = false;
    int maxBirthYear = 9999; // a retired code was only issued while in force
};

// Where the demo's ID numbers come from: mostly the home county, then its neighbours and other Anhui counties,
// and a few retired codes (肥东 was 342621 under 巢湖地区 until 1983) that remain valid on old IDs.
void addressCodes(const Context& ctx, QVector<AddressCode>& codes, std::vector<qint64>& weights)
{
    const AreaCodes& areas = AreaCodes::instance();
    auto add = [&](const QString& code, const QString& successor, int weight, int maxBirthYear) {
        if (!areas.isEmpty() && !areas.isKnownAddressCode(code))
            return;
        for (const AddressCode& known : codes)
            if (known.code == code)
                return; // once only: uniqueness of the ID numbers is tracked per code index
        AddressCode a;
        a.code = code;
        a.home = successor == ctx.homeAreaCode;
        a.hukou = a.home ? ctx.homeFullName : areas.fullName(successor);
        if (a.hukou.isEmpty())
            a.hukou = areas.fullName(code);
        a.maxBirthYear = maxBirthYear;
        codes.append(a);
        weights.push_back(weight);
    };
    add(ctx.homeAreaCode, ctx.homeAreaCode, 700, 9999);
    const QVector<AreaCodes::Division> neighbours = areas.children(areas.parentCode(ctx.homeAreaCode));
    int listed = 0;
    for (const AreaCodes::Division& d : neighbours)
        if (d.code != ctx.homeAreaCode && d.level == AreaCodes::Level::County)
            ++listed;
    for (const AreaCodes::Division& d : neighbours)
        if (d.code != ctx.homeAreaCode && d.level == AreaCodes::Level::County)
            add(d.code, d.code, std::max(1, 180 / std::max(1, listed)), 9999);
    static const char* const anhui[] = {"340121", "340123", "340124", "340181", "341125", "341126", "341122", "340321",
                                        "341522", "341221", "341222", "341623", "341226", "340822", "341524", "341322"};
    for (const char* code : anhui)
        if (QLatin1String(code) != ctx.homeAreaCode)
            add(QString::fromLatin1(code), QString::fromLatin1(code), 5, 9999);
    struct Retired
    {
        const char* code;
        const char* successor;
        int maxBirthYear;
    };
    static const Retired retired[] = {
        {"342621", "340122", 1982}, {"342622", "340124", 1995}, {"342623", "340281", 1995}, {"342625", "340522", 1995},
        {"342626", "340523", 1995}, {"341402", "340181", 2008}, {"341421", "340124", 2008}, {"341422", "340281", 2008}};
    for (const Retired& r : retired)
        add(QString::fromLatin1(r.code), QString::fromLatin1(r.successor), r.code[3] == '6' ? 10 : 6, r.maxBirthYear);
}

// Registration days over the last ~15 months, sorted, so worker ids follow registration order as in a real list.
// Weekdays, the concentrated phase and the last fortnight weigh more.
std::vector<int> registrationDays(const Context& ctx, DemoRandom& rng, int count)
{
    std::vector<qint64> weights;
    for (int d = ctx.windowStart; d <= ctx.today; ++d) {
        const QDate date = QDate::fromJulianDay(d);
        const int inPhase = (date.month() == 1 && date.day() >= 15) || date.month() == 2 || date.month() == 3 ||
                            (date.month() == 4 && date.day() <= 10);
        qint64 w = inPhase ? 24 : 10;
        if (ctx.today - d < 14)
            w = 16;
        if (date.dayOfWeek() >= 6)
            w = w * 3 / 10;
        weights.push_back(std::max<qint64>(w, 1));
    }
    const WeightedPicker picker(weights);
    std::vector<int> perDay(weights.size(), 0);
    for (int i = 0; i < count; ++i)
        ++perDay[static_cast<size_t>(picker.pick(rng))];
    std::vector<int> days;
    days.reserve(static_cast<size_t>(count));
    for (size_t i = 0; i < perDay.size(); ++i)
        days.insert(days.end(), static_cast<size_t>(perDay[i]), ctx.windowStart + static_cast<int>(i));
    return days;
}

QVector<QVariant> idsOf(const Context& ctx, const char* list, std::initializer_list<const char*> codes)
{
    QVector<QVariant> out;
    for (const char* c : codes)
        out.append(ctx.refs.id(list, c));
    return out;
}

} // namespace

Status generateWorkers(Context& ctx)
{
    const DemoTables& t = demoTables();
    DemoRandom rng(ctx.seed, kWorkerStream);
    const int count = ctx.options.workers;
    if (count <= 0)
        return {};

    QVector<AddressCode> codes;
    std::vector<qint64> codeWeights;
    addressCodes(ctx, codes, codeWeights);
    const WeightedPicker codePicker(codeWeights);
    const std::vector<int> days = registrationDays(ctx, rng, count);
    const WeightedPicker tradePicker(t.desiredTradeWeights);

    // Birth-day bounds per age, so an age drawn is the exact age today.
    const QDate today = ctx.options.today;
    int ageFrom[62] = {};
    int ageTo[62] = {};
    for (int age = 16; age <= 61; ++age) {
        ageFrom[age] = static_cast<int>(today.addYears(-(age + 1)).toJulianDay()) + 1;
        ageTo[age] = static_cast<int>(today.addYears(-age).toJulianDay());
    }

    // Strings that repeat: places per sub-unit, hukou for the home's own people, desired places.
    QVector<QString> unitHukou;
    int firstTown = 0;
    while (firstTown < ctx.units.size() - 1 && ctx.unit(firstTown).park)
        ++firstTown;
    for (int u = 0; u < ctx.units.size(); ++u)
        unitHukou.append(ctx.homeFullName + ctx.unit(ctx.unit(u).park ? firstTown : u).name);
    const QString nearby = QStringLiteral("就近（%1）");
    const QStringList desiredPlaces = {ctx.homeName, ctx.cityName.isEmpty() ? ctx.homeName : ctx.cityName,
                                       QStringLiteral("省内"), QStringLiteral("长三角地区"), QStringLiteral("不限")};
    const QString male = QStringLiteral("M");
    const QString female = QStringLiteral("F");
    const QString inProvince = QStringLiteral("in_province");
    const QString outOfProvince = QStringLiteral("out_of_province");
    static const char* const stageCodes[] = {"recommended", "interviewed", "intention", "contract", "stable", "left"};
    QString stageNames[StageCount];
    for (int s = 0; s < StageCount; ++s)
        stageNames[s] = QString::fromLatin1(stageCodes[s]);

    const QVector<QVariant> groupIds =
        idsOf(ctx, "key_group", {"migrant_worker", "hardship", "new_form", "transferred", "disabled"});
    const QVector<QVariant> hardshipIds = idsOf(ctx, "hardship_category",
                                                {"zero_employment", "dibao_long_unemployed", "both_laid_off",
                                                 "single_parent", "disabled_able", "military_family"});
    const QVector<QVariant> serviceIds =
        idsOf(ctx, "service_type",
              {"job_referral", "training", "entrepreneurship", "legal_aid", "legal_consultation", "financial_aid",
               "psychological", "visit", "insurance"});
    const QVector<QVariant> statusIds =
        idsOf(ctx, "employment_status", {"unemployed", "seeking_change", "employed", "flexible", "waiting"});
    const QVector<QVariant> educationIds =
        idsOf(ctx, "education", {"primary", "junior", "senior", "college", "bachelor", "postgraduate"});
    const QVector<QVariant> skillIds =
        idsOf(ctx, "skill_level", {"none", "level5", "level4", "level3", "level2", "level1"});

    // Referrals, their stages and services are staged (see DemoStaging.h); the rest goes straight in.
    // Multi-row inserts, so the ids are chosen here (the tables hold no larger id).
    StagingWriter staging(ctx.db, ctx.stagingFile);
    if (Status s = staging.start(); !s)
        return s;
    RowInserter worker(
        ctx.db, "workers",
        "id,org_id,name,gender,id_number,birth_date,phone,hukou_place,current_place,employment_status_id,"
        "returned_on,return_destination,desired_trade,desired_place,expected_wage_min,"
        "expected_wage_max,skill_level_id,education_id,registered_on,last_contact_on,created_at,"
        "updated_at",
        40);
    RowBuffer referral(StagedReferrals);
    RowBuffer stage(StagedStages);
    RowBuffer service(StagedServices);
    RowInserter group(ctx.db, "worker_key_groups", "worker_id,key_group_id", 400);
    RowInserter hardship(ctx.db, "worker_hardships", "worker_id,category_id", 200);
    RowInserter need(ctx.db, "worker_service_needs", "worker_id,service_type_id", 400);
    for (const RowInserter* r : {&worker, &group, &hardship, &need})
        if (!r->isReady())
            return Status::failure(r->error(QStringLiteral("workers")));
    auto handOver = [&]() {
        StagedChunk chunk;
        chunk.values[StagedReferrals] = referral.take();
        chunk.values[StagedStages] = stage.take();
        chunk.values[StagedServices] = service.take();
        return staging.push(std::move(chunk));
    };

    const Expected<qint64> firstWorker = nextId(ctx.db, "workers");
    const Expected<qint64> firstReferral = nextId(ctx.db, "referrals");
    if (!firstWorker || !firstReferral)
        return Status::failure(firstWorker ? firstReferral.error() : firstWorker.error());
    qint64 nextWorkerId = *firstWorker;
    qint64 nextReferralId = *firstReferral;
    U64Set usedIds(static_cast<size_t>(count));
    std::vector<PlannedReferral> referrals;
    std::vector<PlannedService> services;
    int hardshipSeen = 0;
    const QString candidate = QStringLiteral("candidate");
    const QString selected = QStringLiteral("selected");

    for (int i = 0; i < count; ++i) {
        WorkerFacts w;
        w.registered = days[static_cast<size_t>(i)];
        w.unit = ctx.unitsByWorkers.pick(rng);
        const SubUnit& unit = ctx.unit(w.unit);

        // Key groups: ~55% migrant workers, some people in two groups; the first five workers cover every group.
        if (rng.percent(55))
            w.groups |= 1U << Migrant;
        if (rng.percent(12))
            w.groups |= 1U << Hardship;
        if (rng.percent(9))
            w.groups |= 1U << NewForm;
        if (rng.percent(7))
            w.groups |= 1U << Transferred;
        if (rng.perMille(35))
            w.groups |= 1U << Disabled;
        if (i < KeyGroupCount)
            w.groups |= 1U << i;

        w.male = rng.percent(w.in(NewForm) ? 75 : (w.in(Migrant) ? 62 : 50));
        const int bucket = w.in(NewForm)       ? rng.pick({25, 45, 22, 7, 1})
                           : w.in(Transferred) ? rng.pick({2, 15, 33, 38, 12})
                           : w.in(Migrant)     ? rng.pick({8, 22, 28, 30, 12})
                                               : rng.pick({12, 24, 26, 26, 12});
        static const int bucketFrom[] = {18, 25, 35, 45, 55};
        static const int bucketTo[] = {24, 34, 44, 54, 60};
        w.age = rng.range(bucketFrom[bucket], bucketTo[bucket]);
        const int birth = rng.range(ageFrom[w.age], ageTo[w.age]);
        int by = 0;
        int bm = 0;
        int bd = 0;
        QDate::fromJulianDay(birth).getDate(&by, &bm, &bd);

        // A unique resident ID: address code, birth date, sequence with the gender's parity, check character.
        int codeIndex = codePicker.pick(rng);
        if (by > codes.at(codeIndex).maxBirthYear)
            codeIndex = 0;
        int sequence = 0;
        for (int attempt = 0;; ++attempt) {
            sequence = w.male ? 1 + 2 * rng.range(0, 499) : 2 + 2 * rng.range(0, 498);
            const quint64 key = (static_cast<quint64>(codeIndex) << 48) ^ (static_cast<quint64>(birth) << 12) ^
                                static_cast<quint64>(sequence);
            if (usedIds.insert(key))
                break;
            if (attempt > 2000)
                return Status::failure(QStringLiteral("演示身份证号已用尽 / Ran out of demo ID numbers"));
        }
        const AddressCode& address = codes.at(codeIndex);
        const QString name = personName(rng, w.male);
        w.name = &name;

        // Hardship categories (the first six hardship workers cover every category), service needs.
        unsigned categories = 0;
        if (w.in(Hardship)) {
            categories |= 1U << (hardshipSeen < 6 ? hardshipSeen : rng.pick({20, 22, 12, 20, 14, 12}));
            ++hardshipSeen;
            if (w.in(Disabled))
                categories |= 1U << 4;
            if (rng.percent(15))
                categories |= 1U << rng.pick({20, 22, 12, 20, 14, 12});
        }
        if (rng.percent(85))
            w.needs |= 1U << JobReferralService;
        if (rng.percent(25))
            w.needs |= 1U << Training;
        if (rng.percent(w.in(Migrant) ? 8 : 4))
            w.needs |= 1U << Entrepreneurship;
        if (rng.percent(w.in(Hardship) ? 15 : 5))
            w.needs |= 1U << LegalAid;
        if (rng.percent(w.in(Hardship) ? 60 : 2))
            w.needs |= 1U << FinancialAid;
        if (rng.percent(w.in(Hardship) || w.in(Disabled) ? 15 : 2))
            w.needs |= 1U << Psychological;
        // One to three needs: job referral when nothing else, the first three otherwise.
        if (w.needs == 0)
            w.needs = 1U << JobReferralService;
        for (int kept = 0, s = 0; s < ServiceTypeCount; ++s)
            if (((w.needs >> s) & 1U) != 0 && ++kept > 3)
                w.needs &= ~(1U << s);

        const QString& trade = t.desiredTrades.at(tradePicker.pick(rng));
        w.trade = &trade;
        planReferrals(ctx, rng, w, referrals);
        planServices(ctx, rng, w, referrals, services);

        // Status follows the referrals: a contract means employed; otherwise mostly looking.
        int status = rng.pick({55, 15, 5, 15, 10});
        if (w.in(Transferred) && rng.percent(50))
            status = 4;
        int lastContact = w.registered;
        for (const PlannedReferral& r : referrals) {
            lastContact = std::max(lastContact, r.lastDay());
            if (r.lastStage() == Contract || r.lastStage() == Stable)
                status = 2;
            else if (r.lastStage() == Left && status == 2)
                status = rng.percent(60) ? 0 : 3;
        }
        for (const PlannedService& s : services)
            lastContact = std::max(lastContact, s.day);
        if (rng.percent(40))
            lastContact = std::max(lastContact, rng.range(w.registered, ctx.today));

        // Returning migrant workers: back to work after the Spring Festival, in or out of the province.
        int returned = 0;
        bool outside = false;
        if (w.in(Migrant) && rng.percent(60)) {
            for (int y = ctx.year; y >= ctx.year - 1 && returned == 0; --y) {
                const int from = static_cast<int>(QDate(y, 2, 1).toJulianDay());
                const int to = std::min(ctx.today, static_cast<int>(QDate(y, 3, 20).toJulianDay()));
                if (from <= to)
                    returned = rng.range(from, to);
            }
            outside = rng.percent(55);
            if (returned > w.registered)
                lastContact = std::max(lastContact, returned); // the officer recorded the return
        }
        const QString& current =
            returned && outside ? t.outOfProvinceCities.at(
                                      static_cast<int>(rng.below(static_cast<quint64>(t.outOfProvinceCities.size()))))
            : returned && rng.percent(50)
                ? t.inProvinceCities.at(static_cast<int>(rng.below(static_cast<quint64>(t.inProvinceCities.size()))))
                : unit.place;

        const int educationWeights[3][6] = {{1, 20, 35, 27, 15, 2}, {6, 42, 30, 14, 7, 1}, {25, 50, 18, 5, 2, 0}};
        const int education = rng.pick(educationWeights[w.age < 30 ? 0 : (w.age < 45 ? 1 : 2)], 6);

        const QVariant workerId(nextWorkerId++);
        worker.set(0, workerId);
        worker.set(1, unit.id);
        worker.set(2, name);
        worker.set(3, w.male ? male : female);
        worker.set(4, makeResidentId(address.code, by, bm, bd, sequence));
        worker.set(5, ctx.date(birth));
        worker.set(6, makeMobile(rng));
        worker.set(7, address.home ? unitHukou.at(rng.percent(85) ? w.unit : ctx.unitsByWorkers.pick(rng))
                                   : address.hukou);
        worker.set(8, current);
        worker.set(9, statusIds.at(status));
        worker.set(10, returned ? ctx.dateValue(returned) : QVariant());
        worker.set(11, returned ? QVariant(outside ? outOfProvince : inProvince) : QVariant());
        worker.set(12, trade);
        worker.set(13, rng.percent(10) ? nearby.arg(unit.name) : desiredPlaces.at(rng.pick({35, 20, 10, 10, 15})));
        if (rng.percent(8)) {
            worker.set(14, QVariant());
            worker.set(15, QVariant());
        } else {
            const int low = 3000 + 500 * rng.skewedLow(0, 8, 2);
            worker.set(14, low);
            worker.set(15, low + 500 * rng.range(1, 4));
        }
        worker.set(16, skillIds.at(rng.pick({55, 20, 15, 7, 2, 1})));
        worker.set(17, educationIds.at(education));
        worker.set(18, ctx.date(w.registered));
        worker.set(19, ctx.date(lastContact));
        const QString created = ctx.stamp(w.registered, rng);
        worker.set(20, created);
        worker.set(21, lastContact == w.registered ? created : ctx.stamp(lastContact, rng));
        if (!worker.exec())
            return Status::failure(worker.error(QStringLiteral("workers")));
        ++ctx.summary.workers;

        for (int g = 0; g < KeyGroupCount; ++g) {
            if (!w.in(static_cast<KeyGroup>(g)) || groupIds.at(g).isNull())
                continue;
            group.set(0, workerId);
            group.set(1, groupIds.at(g));
            if (!group.exec())
                return Status::failure(group.error(QStringLiteral("worker key groups")));
        }
        for (int c = 0; c < 6; ++c) {
            if (!((categories >> c) & 1U) || hardshipIds.at(c).isNull())
                continue;
            hardship.set(0, workerId);
            hardship.set(1, hardshipIds.at(c));
            if (!hardship.exec())
                return Status::failure(hardship.error(QStringLiteral("worker hardships")));
        }
        for (int s = 0; s < ServiceTypeCount; ++s) {
            if (!w.wants(static_cast<ServiceType>(s)) || serviceIds.at(s).isNull())
                continue;
            need.set(0, workerId);
            need.set(1, serviceIds.at(s));
            if (!need.exec())
                return Status::failure(need.error(QStringLiteral("worker service needs")));
        }

        for (const PlannedReferral& r : referrals) {
            const QVariant referralId(nextReferralId++);
            referral.set(0, referralId);
            referral.set(1, workerId);
            referral.set(2, r.vacancy >= 0 ? QVariant(ctx.vacancies.at(r.vacancy).id) : QVariant());
            referral.set(3, ctx.enterprises.at(r.enterprise).id);
            referral.set(4, r.fair >= 0 ? QVariant(ctx.fairs.at(r.fair).id) : QVariant());
            referral.set(5, stageNames[r.lastStage()]);
            referral.set(6, ctx.date(r.lastDay()));
            referral.set(7, ctx.officer(rng));
            referral.set(8, ctx.stamp(r.day[0], rng));
            referral.exec();
            for (int k = 0; k < r.count; ++k) {
                stage.set(0, referralId);
                stage.set(1, stageNames[r.stage[k]]);
                stage.set(2, ctx.date(r.day[k]));
                stage.exec();
            }
            ++ctx.summary.referrals;
        }

        for (const PlannedService& s : services) {
            service.set(0, s.atHome ? ctx.homeId : unit.id);
            service.set(1, serviceIds.at(s.type));
            service.set(2, workerId);
            service.set(3, s.enterprise >= 0 ? QVariant(ctx.enterprises.at(s.enterprise).id) : QVariant());
            service.set(4, ctx.date(s.day));
            service.set(5, s.endsDay ? ctx.dateValue(s.endsDay) : QVariant());
            service.setText(6, QString::fromLatin1(s.subtype));
            service.setText(7, QString::fromLatin1(s.delivery));
            service.set(8, s.completed >= 0 ? QVariant(s.completed) : QVariant());
            service.set(9, s.employedAfter >= 0 ? QVariant(s.employedAfter) : QVariant());
            service.setText(10, s.projectName);
            service.set(11, s.projectStatus < 0 ? QVariant() : QVariant(s.projectStatus ? selected : candidate));
            service.set(12, s.amount >= 0 ? QVariant(static_cast<double>(s.amount)) : QVariant());
            service.set(13, s.provinceShare >= 0 ? QVariant(static_cast<double>(s.provinceShare)) : QVariant());
            service.set(14, s.cityShare >= 0 ? QVariant(static_cast<double>(s.cityShare)) : QVariant());
            service.set(15, ctx.officer(rng));
            service.setText(16, s.note);
            service.set(17, ctx.stamp(s.day, rng));
            service.exec();
            ++ctx.summary.services;
        }

        // Progress: 4 units per worker here, 2 for moving the staged rows at the end.
        if (i % 512 == 511) {
            if (referral.rows() >= 1024)
                if (Status s = handOver(); !s)
                    return s;
            if (!ctx.progress.advance(4 * 512))
                return {};
        }
    }
    ctx.progress.advance(4LL * (count % 512));
    if (Status s = handOver(); !s)
        return s;
    for (RowInserter* r : {&worker, &group, &hardship, &need})
        if (!r->flush())
            return Status::failure(r->error(QStringLiteral("workers")));
    // Shares of the moving time, in units per 10 workers: stages take the most (two indexes on many rows).
    static const int moveShare[StagedTableCount] = {5, 12, 3};
    const auto moved = [&](StagedTable table) { ctx.progress.advance(qint64{count} * moveShare[table] / 10); };
    if (Status s = staging.finish(moved); !s)
        return s;
    return {};
}

} // namespace jb::core::demo
