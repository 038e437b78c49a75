// The worker needs list of the demo county: people with valid, unique resident IDs, their key groups, hardship
// categories and service needs, then (planned in DemoActivity) their referrals and services. This is the hot
// loop of a million-worker run: strings that repeat are built once, rows go through prepared inserts.

#include "core/Message.h"
#include "core/demo/DemoActivity.h"
#include "core/demo/DemoContext.h"
#include "core/demo/DemoIdentifiers.h"
#include "core/demo/DemoNames.h"
#include "core/demo/DemoStaging.h"
#include "core/demo/DemoWorkerOrigins.h"
#include "core/storage/SqlError.h"

#include <QDate>
#include <QSqlQuery>
#include <optional>

namespace jb::core::demo {

namespace {

enum Stream : quint64 { kWorkerStream = 5 };

QVector<QVariant> idsOf(const Context& ctx, const char* list, std::initializer_list<const char*> codes)
{
    QVector<QVariant> out;
    for (const char* c : codes)
        out.append(ctx.refs.id(list, c));
    return out;
}

// Strings and reference ids that repeat for every worker, built once.
struct WorkerWords
{
    QVector<QString> unitHukou; // the home's own people: the home and their town (a park's people: the first town)
    QString nearby = QStringLiteral("就近（%1）");
    QStringList desiredPlaces;
    QString male = QStringLiteral("M");
    QString female = QStringLiteral("F");
    QString inProvince = QStringLiteral("in_province");
    QString outOfProvince = QStringLiteral("out_of_province");
    QString candidate = QStringLiteral("candidate");
    QString selected = QStringLiteral("selected");
    QString stageNames[StageCount];
    QVector<QVariant> groupIds, hardshipIds, serviceIds, statusIds, educationIds, skillIds;

    explicit WorkerWords(const Context& ctx)
    {
        int firstTown = 0;
        while (firstTown < ctx.units.size() - 1 && ctx.unit(firstTown).park)
            ++firstTown;
        for (int u = 0; u < ctx.units.size(); ++u)
            unitHukou.append(ctx.homeFullName + ctx.unit(ctx.unit(u).park ? firstTown : u).name);
        desiredPlaces = {ctx.homeName, ctx.cityName.isEmpty() ? ctx.homeName : ctx.cityName, QStringLiteral("省内"),
                         QStringLiteral("长三角地区"), QStringLiteral("不限")};
        static const char* const stageCodes[] = {"recommended", "interviewed", "intention",
                                                 "contract",    "stable",      "left"};
        for (int s = 0; s < StageCount; ++s)
            stageNames[s] = QString::fromLatin1(stageCodes[s]);
        groupIds = idsOf(ctx, "key_group", {"migrant_worker", "hardship", "new_form", "transferred", "disabled"});
        hardshipIds = idsOf(ctx, "hardship_category",
                            {"zero_employment", "dibao_long_unemployed", "both_laid_off", "single_parent",
                             "disabled_able", "military_family"});
        serviceIds = idsOf(ctx, "service_type",
                           {"job_referral", "training", "entrepreneurship", "legal_aid", "legal_consultation",
                            "financial_aid", "psychological", "visit", "insurance", "other"});
        statusIds =
            idsOf(ctx, "employment_status", {"unemployed", "seeking_change", "employed", "flexible", "waiting"});
        educationIds = idsOf(ctx, "education", {"primary", "junior", "senior", "college", "bachelor", "postgraduate"});
        skillIds = idsOf(ctx, "skill_level", {"none", "level5", "level4", "level3", "level2", "level1"});
    }
};

// One worker as drawn: the facts the referral and service plans read, and what only the worker's rows need.
struct DrawnWorker
{
    WorkerFacts facts;
    QString name;
    int birth = 0; // Julian day
    int birthYear = 0;
    int birthMonth = 0;
    int birthDay = 0;
    int codeIndex = 0;
    int sequence = 0;
    unsigned categories = 0; // 1 << hardship category
};

// Draws the workers one by one (the random draws in a fixed order, so a seed gives the same file) and writes them
// with their key groups, hardships and needs; their referrals, stages and services are staged (DemoStaging.h).
class WorkerWriter final
{
public:
    // `staging` has started: the inserters are prepared after its tables exist.
    WorkerWriter(Context& ctx, StagingWriter& staging);
    Status start();
    // Draws and writes worker i; false when it could not be written (failure() says why). The hot loop of a large
    // run: no Status per worker.
    bool add(int i);
    const Status& failure() const { return m_failure; }
    Status finish();

private:
    bool fail(Message why);
    bool drawIdentity(int i, DrawnWorker& d);
    void drawNeeds(DrawnWorker& d);
    // What the worker's row says besides the identity: drawn after the referral and service plans.
    struct Circumstances
    {
        int status = 0; // index into the employment statuses
        int lastContact = 0;
        int returned = 0; // Julian day; 0: not a returning migrant worker
        bool outside = false;
        const QString* current = nullptr; // where the worker is now
        int education = 0;
    };
    Circumstances drawCircumstances(const DrawnWorker& d);
    bool writeWorker(const DrawnWorker& d, const QVariant& workerId);
    bool writeLinks(const DrawnWorker& d, const QVariant& workerId);
    void stageReferrals(const QVariant& workerId);
    void stageServices(const DrawnWorker& d, const QVariant& workerId);
    Status handOver();

    Context& m_ctx;
    const DemoTables& m_t = demoTables();
    DemoRandom m_rng;
    QVector<AddressCode> m_codes;
    std::vector<qint64> m_codeWeights;
    std::optional<WeightedPicker> m_codePicker;
    std::vector<int> m_days;
    const WeightedPicker m_tradePicker;
    int m_ageFrom[62] = {}; // birth-day bounds per age, so an age drawn is the exact age today
    int m_ageTo[62] = {};
    const WorkerWords m_words;

    StagingWriter& m_staging;
    RowInserter m_worker;
    RowBuffer m_referral{StagedReferrals};
    RowBuffer m_stage{StagedStages};
    RowBuffer m_service{StagedServices};
    RowInserter m_group;
    RowInserter m_hardship;
    RowInserter m_need;

    qint64 m_nextWorkerId = 0;
    qint64 m_nextReferralId = 0;
    U64Set m_usedIds;
    std::vector<PlannedReferral> m_referrals;
    std::vector<PlannedService> m_services;
    int m_hardshipSeen = 0;
    Status m_failure;
};

WorkerWriter::WorkerWriter(Context& ctx, StagingWriter& staging)
    : m_ctx(ctx), m_rng(ctx.seed, kWorkerStream), m_tradePicker(m_t.desiredTradeWeights), m_words(ctx),
      m_staging(staging),
      // Multi-row inserts, so the ids are chosen here (the tables hold no larger id).
      m_worker(ctx.db, "workers",
               "id,org_id,name,gender,id_number,birth_date,phone,hukou_place,current_place,employment_status_id,"
               "returned_on,return_destination,desired_trade,desired_place,expected_wage_min,"
               "expected_wage_max,skill_level_id,education_id,registered_on,last_contact_on,created_at,"
               "updated_at",
               40),
      m_group(ctx.db, "worker_key_groups", "worker_id,key_group_id", 400),
      m_hardship(ctx.db, "worker_hardships", "worker_id,category_id", 200),
      m_need(ctx.db, "worker_service_needs", "worker_id,service_type_id", 400),
      m_usedIds(static_cast<size_t>(ctx.options.workers))
{
    addressCodes(ctx, m_codes, m_codeWeights);
    m_codePicker.emplace(m_codeWeights);
    m_days = registrationDays(ctx, m_rng, ctx.options.workers);
    const QDate today = ctx.options.today;
    for (int age = 16; age <= 61; ++age) {
        m_ageFrom[age] = static_cast<int>(today.addYears(-(age + 1)).toJulianDay()) + 1;
        m_ageTo[age] = static_cast<int>(today.addYears(-age).toJulianDay());
    }
}

Status WorkerWriter::start()
{
    for (const RowInserter* r : {&m_worker, &m_group, &m_hardship, &m_need})
        if (!r->isReady())
            return Status::failure(r->error(QStringLiteral("workers")));
    const Expected<qint64> firstWorker = nextId(m_ctx.db, "workers");
    const Expected<qint64> firstReferral = nextId(m_ctx.db, "referrals");
    if (!firstWorker || !firstReferral)
        return Status::failure(firstWorker ? firstReferral.message() : firstWorker.message());
    m_nextWorkerId = *firstWorker;
    m_nextReferralId = *firstReferral;
    return {};
}

// Key groups, gender, age and birth day, and a unique resident ID: address code, birth date, sequence with the
// gender's parity (the check character is computed when the row is written).
bool WorkerWriter::fail(Message why)
{
    m_failure = Status::failure(std::move(why));
    return false;
}

bool WorkerWriter::drawIdentity(int i, DrawnWorker& d)
{
    WorkerFacts& w = d.facts;
    DemoRandom& rng = m_rng;
    w.registered = m_days[static_cast<size_t>(i)];
    w.unit = m_ctx.unitsByWorkers.pick(rng);

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
    d.birth = rng.range(m_ageFrom[w.age], m_ageTo[w.age]);
    QDate::fromJulianDay(d.birth).getDate(&d.birthYear, &d.birthMonth, &d.birthDay);

    d.codeIndex = m_codePicker->pick(rng);
    if (d.birthYear > m_codes.at(d.codeIndex).maxBirthYear)
        d.codeIndex = 0;
    for (int attempt = 0;; ++attempt) {
        d.sequence = w.male ? 1 + 2 * rng.range(0, 499) : 2 + 2 * rng.range(0, 498);
        const quint64 key = (static_cast<quint64>(d.codeIndex) << 48) ^ (static_cast<quint64>(d.birth) << 12) ^
                            static_cast<quint64>(d.sequence);
        if (m_usedIds.insert(key))
            break;
        if (attempt > 2000)
            return fail(JB_TR("Demo", "Ran out of demo ID numbers"));
    }
    d.name = personName(rng, w.male);
    w.name = &d.name;
    return true;
}

// Hardship categories (the first six hardship workers cover every category), then service needs.
void WorkerWriter::drawNeeds(DrawnWorker& d)
{
    WorkerFacts& w = d.facts;
    DemoRandom& rng = m_rng;
    if (w.in(Hardship)) {
        d.categories |= 1U << (m_hardshipSeen < 6 ? m_hardshipSeen : rng.pick({20, 22, 12, 20, 14, 12}));
        ++m_hardshipSeen;
        if (w.in(Disabled))
            d.categories |= 1U << 4;
        if (rng.percent(15))
            d.categories |= 1U << rng.pick({20, 22, 12, 20, 14, 12});
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
}

// Status and last contact follow the referrals and services planned; returning migrant workers are back after the
// Spring Festival, in or out of the province.
WorkerWriter::Circumstances WorkerWriter::drawCircumstances(const DrawnWorker& d)
{
    const WorkerFacts& w = d.facts;
    DemoRandom& rng = m_rng;
    Circumstances c;
    c.status = rng.pick({55, 15, 5, 15, 10}); // a contract means employed; otherwise mostly looking
    if (w.in(Transferred) && rng.percent(50))
        c.status = 4;
    c.lastContact = w.registered;
    for (const PlannedReferral& r : m_referrals) {
        c.lastContact = std::max(c.lastContact, r.lastDay());
        if (r.lastStage() == Contract || r.lastStage() == Stable)
            c.status = 2;
        else if (r.lastStage() == Left && c.status == 2)
            c.status = rng.percent(60) ? 0 : 3;
    }
    for (const PlannedService& s : m_services)
        if (s.type != Other) // a briefing to many is no contact with the person; the workers stay as they were
            c.lastContact = std::max(c.lastContact, s.day);
    if (rng.percent(40))
        c.lastContact = std::max(c.lastContact, rng.range(w.registered, m_ctx.today));

    if (w.in(Migrant) && rng.percent(60)) {
        for (int y = m_ctx.year; y >= m_ctx.year - 1 && c.returned == 0; --y) {
            const int from = static_cast<int>(QDate(y, 2, 1).toJulianDay());
            const int to = std::min(m_ctx.today, static_cast<int>(QDate(y, 3, 20).toJulianDay()));
            if (from <= to)
                c.returned = rng.range(from, to);
        }
        c.outside = rng.percent(55);
        if (c.returned > w.registered)
            c.lastContact = std::max(c.lastContact, c.returned); // the officer recorded the return
    }
    c.current =
        c.returned && c.outside ? &m_t.outOfProvinceCities.at(
                                      static_cast<int>(rng.below(static_cast<quint64>(m_t.outOfProvinceCities.size()))))
        : c.returned && rng.percent(50)
            ? &m_t.inProvinceCities.at(static_cast<int>(rng.below(static_cast<quint64>(m_t.inProvinceCities.size()))))
            : &m_ctx.unit(w.unit).place;

    const int educationWeights[3][6] = {{1, 20, 35, 27, 15, 2}, {6, 42, 30, 14, 7, 1}, {25, 50, 18, 5, 2, 0}};
    c.education = rng.pick(educationWeights[w.age < 30 ? 0 : (w.age < 45 ? 1 : 2)], 6);
    return c;
}

bool WorkerWriter::writeWorker(const DrawnWorker& d, const QVariant& workerId)
{
    const WorkerFacts& w = d.facts;
    const SubUnit& unit = m_ctx.unit(w.unit);
    DemoRandom& rng = m_rng;
    const Circumstances c = drawCircumstances(d);
    const int lastContact = c.lastContact;
    const AddressCode& address = m_codes.at(d.codeIndex);
    RowInserter& row = m_worker;
    row.set(0, workerId);
    row.set(1, unit.id);
    row.set(2, d.name);
    row.set(3, w.male ? m_words.male : m_words.female);
    row.set(4, makeResidentId(address.code, d.birthYear, d.birthMonth, d.birthDay, d.sequence));
    row.set(5, m_ctx.date(d.birth));
    row.set(6, makeMobile(rng));
    row.set(7, address.home ? m_words.unitHukou.at(rng.percent(85) ? w.unit : m_ctx.unitsByWorkers.pick(rng))
                            : address.hukou);
    row.set(8, *c.current);
    row.set(9, m_words.statusIds.at(c.status));
    row.set(10, c.returned ? m_ctx.dateValue(c.returned) : QVariant());
    row.set(11, c.returned ? QVariant(c.outside ? m_words.outOfProvince : m_words.inProvince) : QVariant());
    row.set(12, *w.trade);
    row.set(13,
            rng.percent(10) ? m_words.nearby.arg(unit.name) : m_words.desiredPlaces.at(rng.pick({35, 20, 10, 10, 15})));
    if (rng.percent(8)) {
        row.set(14, QVariant());
        row.set(15, QVariant());
    } else {
        const int low = 3000 + 500 * rng.skewedLow(0, 8, 2);
        row.set(14, low);
        row.set(15, low + 500 * rng.range(1, 4));
    }
    row.set(16, m_words.skillIds.at(rng.pick({55, 20, 15, 7, 2, 1})));
    row.set(17, m_words.educationIds.at(c.education));
    row.set(18, m_ctx.date(w.registered));
    row.set(19, m_ctx.date(lastContact));
    const QString created = m_ctx.stamp(w.registered, rng);
    row.set(20, created);
    row.set(21, lastContact == w.registered ? created : m_ctx.stamp(lastContact, rng));
    if (!row.exec())
        return fail(row.error(QStringLiteral("workers")));
    ++m_ctx.summary.workers;
    return true;
}

bool WorkerWriter::writeLinks(const DrawnWorker& d, const QVariant& workerId)
{
    for (int g = 0; g < KeyGroupCount; ++g) {
        if (!d.facts.in(static_cast<KeyGroup>(g)) || m_words.groupIds.at(g).isNull())
            continue;
        m_group.set(0, workerId);
        m_group.set(1, m_words.groupIds.at(g));
        if (!m_group.exec())
            return fail(m_group.error(QStringLiteral("worker key groups")));
    }
    for (int c = 0; c < 6; ++c) {
        if (!((d.categories >> c) & 1U) || m_words.hardshipIds.at(c).isNull())
            continue;
        m_hardship.set(0, workerId);
        m_hardship.set(1, m_words.hardshipIds.at(c));
        if (!m_hardship.exec())
            return fail(m_hardship.error(QStringLiteral("worker hardships")));
    }
    for (int s = 0; s < ServiceTypeCount; ++s) {
        if (!d.facts.wants(static_cast<ServiceType>(s)) || m_words.serviceIds.at(s).isNull())
            continue;
        m_need.set(0, workerId);
        m_need.set(1, m_words.serviceIds.at(s));
        if (!m_need.exec())
            return fail(m_need.error(QStringLiteral("worker service needs")));
    }
    return true;
}

void WorkerWriter::stageReferrals(const QVariant& workerId)
{
    for (const PlannedReferral& r : m_referrals) {
        const QVariant referralId(m_nextReferralId++);
        m_referral.set(0, referralId);
        m_referral.set(1, workerId);
        m_referral.set(2, r.vacancy >= 0 ? QVariant(m_ctx.vacancies.at(r.vacancy).id) : QVariant());
        m_referral.set(3, m_ctx.enterprises.at(r.enterprise).id);
        m_referral.set(4, r.fair >= 0 ? QVariant(m_ctx.fairs.at(r.fair).id) : QVariant());
        m_referral.set(5, m_words.stageNames[r.lastStage()]);
        m_referral.set(6, m_ctx.date(r.lastDay()));
        m_referral.set(7, m_ctx.officer(m_rng));
        m_referral.set(8, m_ctx.stamp(r.day[0], m_rng));
        m_referral.exec();
        for (int k = 0; k < r.count; ++k) {
            m_stage.set(0, referralId);
            m_stage.set(1, m_words.stageNames[r.stage[k]]);
            m_stage.set(2, m_ctx.date(r.day[k]));
            m_stage.exec();
        }
        ++m_ctx.summary.referrals;
    }
}

void WorkerWriter::stageServices(const DrawnWorker& d, const QVariant& workerId)
{
    const SubUnit& unit = m_ctx.unit(d.facts.unit);
    for (const PlannedService& s : m_services) {
        RowBuffer& row = m_service;
        row.set(0, s.atHome ? m_ctx.homeId : unit.id);
        row.set(1, m_words.serviceIds.at(s.type));
        row.set(2, workerId);
        row.set(3, s.enterprise >= 0 ? QVariant(m_ctx.enterprises.at(s.enterprise).id) : QVariant());
        row.set(4, m_ctx.date(s.day));
        row.set(5, s.endsDay ? m_ctx.dateValue(s.endsDay) : QVariant());
        row.setText(6, QString::fromLatin1(s.subtype));
        row.setText(7, QString::fromLatin1(s.delivery));
        row.set(8, s.completed >= 0 ? QVariant(s.completed) : QVariant());
        row.set(9, s.employedAfter >= 0 ? QVariant(s.employedAfter) : QVariant());
        row.setText(10, s.projectName);
        row.set(11,
                s.projectStatus < 0 ? QVariant() : QVariant(s.projectStatus ? m_words.selected : m_words.candidate));
        row.set(12, s.amount >= 0 ? QVariant(static_cast<double>(s.amount)) : QVariant());
        row.set(13, s.provinceShare >= 0 ? QVariant(static_cast<double>(s.provinceShare)) : QVariant());
        row.set(14, s.cityShare >= 0 ? QVariant(static_cast<double>(s.cityShare)) : QVariant());
        // An "other" service takes no draw (DemoActivity.cpp): the first officer, at the start of the day.
        const bool drawn = s.type != Other;
        row.set(15, drawn ? m_ctx.officer(m_rng) : m_ctx.officers.constFirst());
        row.setText(16, s.note);
        row.set(17, drawn ? m_ctx.stamp(s.day, m_rng) : m_ctx.date(s.day) + QStringLiteral("T08:30:00Z"));
        row.exec();
        ++m_ctx.summary.services;
    }
}

Status WorkerWriter::handOver()
{
    StagedChunk chunk;
    chunk.values[StagedReferrals] = m_referral.take();
    chunk.values[StagedStages] = m_stage.take();
    chunk.values[StagedServices] = m_service.take();
    return m_staging.push(std::move(chunk));
}

bool WorkerWriter::add(int i)
{
    DrawnWorker d;
    if (!drawIdentity(i, d))
        return false;
    drawNeeds(d);
    const QString& trade = m_t.desiredTrades.at(m_tradePicker.pick(m_rng));
    d.facts.trade = &trade;
    planReferrals(m_ctx, m_rng, d.facts, m_referrals);
    planServices(m_ctx, m_rng, d.facts, m_referrals, m_services);

    const QVariant workerId(m_nextWorkerId++);
    if (!writeWorker(d, workerId) || !writeLinks(d, workerId))
        return false;
    stageReferrals(workerId);
    stageServices(d, workerId);
    if (i % 512 == 511 && m_referral.rows() >= 1024) {
        if (Status s = handOver(); !s)
            return fail(s.message());
    }
    return true;
}

Status WorkerWriter::finish()
{
    if (Status s = handOver(); !s)
        return s;
    for (RowInserter* r : {&m_worker, &m_group, &m_hardship, &m_need})
        if (!r->flush())
            return Status::failure(r->error(QStringLiteral("workers")));
    // Shares of the moving time, in units per 10 workers: stages take the most (two indexes on many rows).
    static const int moveShare[StagedTableCount] = {5, 12, 3};
    const qint64 count = m_ctx.options.workers;
    const auto moved = [&](StagedTable table) { m_ctx.progress.advance(count * moveShare[table] / 10); };
    return m_staging.finish(moved);
}

} // namespace

Status generateWorkers(Context& ctx)
{
    const int count = ctx.options.workers;
    if (count <= 0)
        return {};
    // Referrals, their stages and services are staged (see DemoStaging.h); the rest goes straight in.
    StagingWriter staging(ctx.db, ctx.stagingFile);
    if (Status s = staging.start(); !s)
        return s;
    WorkerWriter writer(ctx, staging);
    if (Status s = writer.start(); !s)
        return s;
    for (int i = 0; i < count; ++i) {
        if (!writer.add(i))
            return writer.failure();
        // Progress: 4 units per worker here, 2 for moving the staged rows at the end.
        if (i % 512 == 511 && !ctx.progress.advance(4 * 512))
            return {};
    }
    ctx.progress.advance(4LL * (count % 512));
    return writer.finish();
}

} // namespace jb::core::demo
