// Plans the referrals and services of one demo worker. Rates are chosen so a default demo (5,000 workers) lands
// near the scaled targets: roughly one registered worker in five reaches stable employment within the year.

#include "core/demo/DemoActivity.h"

#include "core/demo/DemoNames.h"

#include <QDate>
#include <algorithm>

namespace jb::core::demo {

namespace {

int addMonths(int julianDay, int months)
{
    return static_cast<int>(QDate::fromJulianDay(julianDay).addMonths(months).toJulianDay());
}

const QString& pickFrom(DemoRandom& rng, const QStringList& list)
{
    return list.at(static_cast<int>(rng.below(static_cast<quint64>(list.size()))));
}

// A fair the worker could have gone to: held between registering and three months later, by today.
int pickFair(const Context& ctx, DemoRandom& rng, int from)
{
    const int to = std::min(ctx.today, from + 90);
    auto first = std::lower_bound(ctx.fairs.begin(), ctx.fairs.end(), from,
                                  [](const FairInfo& f, int day) { return f.heldDay < day; });
    auto last = std::upper_bound(ctx.fairs.begin(), ctx.fairs.end(), to,
                                 [](int day, const FairInfo& f) { return day < f.heldDay; });
    if (first >= last)
        return -1;
    const int index =
        static_cast<int>(first - ctx.fairs.begin()) + static_cast<int>(rng.below(static_cast<quint64>(last - first)));
    return ctx.fairs.at(index).enterprises.empty() ? -1 : index;
}

// The vacancy (and so the enterprise) of a referral on `day`: one already posted by then.
void pickVacancy(const Context& ctx, DemoRandom& rng, int day, PlannedReferral& r)
{
    const auto& order = ctx.vacanciesByPosted;
    const auto end = std::upper_bound(order.begin(), order.end(), day,
                                      [&](int d, int v) { return d < ctx.vacancies.at(v).postedDay; });
    const auto posted = static_cast<quint64>(end - order.begin());
    if (posted > 0 && !rng.percent(8)) {
        r.vacancy = order[static_cast<size_t>(rng.below(posted))];
        r.enterprise = ctx.vacancies.at(r.vacancy).enterprise;
    } else {
        r.vacancy = -1; // recommended to the enterprise without a listed post
        r.enterprise = static_cast<int>(rng.below(static_cast<quint64>(ctx.enterprises.size())));
    }
}

// Walks one referral from `start` as far as the draw goes, never past today.
void walk(const Context& ctx, DemoRandom& rng, bool atFair, int start, PlannedReferral& r)
{
    auto add = [&](int stage, int day) {
        if (day > ctx.today)
            return false;
        r.stage[r.count] = stage;
        r.day[r.count] = day;
        ++r.count;
        return true;
    };
    r.count = 0;
    add(Recommended, start);
    // How far it goes: a quarter stop at the recommendation, about half reach a contract.
    const int reach = rng.pick({24, 16, 12, 48});
    int day = start;
    if (reach >= 1 && !add(Interviewed, day += atFair ? 0 : rng.range(1, 10)))
        return;
    if (reach >= 2 && !add(Intention, day += atFair ? 0 : rng.range(0, 7)))
        return;
    if (reach < 3 || !add(Contract, day += rng.range(3, 20)))
        return;
    const int contract = day;
    const int stable = addMonths(contract, ctx.stableMonths);
    if (stable <= ctx.today && rng.percent(85)) {
        add(Stable, stable);
        if (rng.percent(12))
            add(Left, stable + rng.range(10, 200));
    } else if (rng.percent(18)) {
        // Left before the stable-employment rule was met (or the contract is too recent to count).
        add(Left,
            contract + rng.range(7, std::max(8, std::min(80, addMonths(contract, ctx.stableMonths) - contract - 1))));
    }
}

int serviceDay(const Context& ctx, DemoRandom& rng, int registered)
{
    return registered + rng.skewedLow(0, std::min(120, ctx.today - registered), 2);
}

} // namespace

void planReferrals(const Context& ctx, DemoRandom& rng, const WorkerFacts& w, std::vector<PlannedReferral>& out)
{
    out.clear();
    if (ctx.enterprises.isEmpty())
        return;
    int start = 0;
    if (w.in(Hardship)) {
        // The one-week promise: most within the promise days, some late; a few recently registered are still
        // waiting (due, or overdue once the days have run out).
        if (ctx.today - w.registered <= 30 && rng.percent(15))
            return;
        if (rng.percent(91))
            start = w.registered + rng.range(0, ctx.promiseDays - 1);
        else
            start = w.registered + ctx.promiseDays + rng.range(1, 20);
    } else {
        if (!rng.percent(w.wants(JobReferralService) ? 52 : 15))
            return;
        start = w.registered + rng.skewedLow(0, 45, 2);
    }
    for (int n = 0; n < 2 && start <= ctx.today; ++n) {
        PlannedReferral r;
        bool atFair = false;
        if (n == 0 && rng.percent(15)) {
            r.fair = pickFair(ctx, rng, w.registered);
            if (r.fair >= 0 && !(w.in(Hardship) && ctx.fairs.at(r.fair).heldDay > start)) {
                const FairInfo& fair = ctx.fairs.at(r.fair);
                atFair = true;
                start = fair.heldDay;
                r.enterprise = fair.enterprises[static_cast<size_t>(rng.below(fair.enterprises.size()))];
                const EnterpriseInfo& e = ctx.enterprises.at(r.enterprise);
                r.vacancy = -1;
                if (e.vacancyCount > 0) {
                    const int v = e.firstVacancy + static_cast<int>(rng.below(static_cast<quint64>(e.vacancyCount)));
                    if (ctx.vacancies.at(v).postedDay <= start)
                        r.vacancy = v;
                }
            } else {
                r.fair = -1;
            }
        }
        if (!atFair)
            pickVacancy(ctx, rng, start, r);
        walk(ctx, rng, atFair, start, r);
        out.push_back(r);
        // A second try after a recommendation that came to nothing, or after leaving.
        const int last = r.lastStage();
        if (last == Contract || last == Stable || last == Intention || !rng.percent(20))
            break;
        start = r.lastDay() + rng.range(3, 30);
    }
}

namespace {

// The services planned for one worker so far; each is recorded by the worker's town or, one in five, by the county
// federation itself.
struct ServicePlan
{
    const Context& ctx;
    DemoRandom& rng;
    const WorkerFacts& w;
    std::vector<PlannedService>& out;
    const DemoTables& t = demoTables();

    PlannedService& add(int type, int day)
    {
        PlannedService s;
        s.type = type;
        s.day = std::min(day, ctx.today);
        s.atHome = rng.percent(20);
        out.push_back(std::move(s));
        return out.back();
    }
    int day() { return serviceDay(ctx, rng, w.registered); }
};

void planTraining(ServicePlan& p)
{
    DemoRandom& rng = p.rng;
    PlannedService& s = p.add(Training, p.day());
    static const char* const subtypes[] = {"skill_upgrading", "employment", "on_the_job"};
    static const char* const deliveries[] = {"order_based", "targeted", ""};
    s.subtype = subtypes[rng.pick({40, 45, 15})];
    s.delivery = deliveries[rng.pick({35, 25, 40})];
    static const int lengths[] = {3, 5, 7, 10, 15, 20, 30};
    const int ends = s.day + lengths[rng.below(7)];
    if (ends <= p.ctx.today) {
        s.endsDay = ends;
        s.completed = rng.percent(88) ? 1 : 0;
        s.employedAfter = s.completed == 1 && rng.percent(55) ? 1 : 0;
    } // else still running: end, completion and outcome unknown (NULL)
    const int enterprises = p.ctx.enterprises.size();
    if (qstrcmp(s.delivery, "order_based") == 0 && enterprises > 0)
        s.enterprise = static_cast<int>(rng.below(static_cast<quint64>(enterprises)));
    const QString trade = p.w.trade && *p.w.trade != QStringLiteral("不限") ? *p.w.trade : QStringLiteral("职业技能");
    s.note = pickFrom(rng, p.t.trainingCourses).arg(trade);
}

void planEntrepreneurship(ServicePlan& p)
{
    DemoRandom& rng = p.rng;
    PlannedService& s = p.add(Entrepreneurship, p.day());
    static const char* const subtypes[] = {"guidance", "loan_discount", "interest_free_loan"};
    const int sub = rng.pick({55, 25, 20});
    s.subtype = subtypes[sub];
    if (sub == 1)
        s.amount = rng.range(10, 30) * 10000LL; // guaranteed start-up loan with a discounted rate
    else if (sub == 2)
        s.amount = rng.range(3, 10) * 10000LL; // union interest-free loan
    if (rng.percent(35)) {
        // Not arg(): some patterns use only %2, and arg() would fill the lowest placeholder present.
        s.projectName = pickFrom(rng, p.t.projectPatterns);
        s.projectName.replace(QLatin1String("%1"), p.ctx.unit(p.w.unit).shortName)
            .replace(QLatin1String("%2"), *p.w.name);
        s.projectStatus = rng.percent(25) ? 1 : 0;
    }
}

// Legal aid (often a wage claim against an enterprise in arrears), consultation, financial aid, psychological
// support.
void planAid(ServicePlan& p)
{
    DemoRandom& rng = p.rng;
    const WorkerFacts& w = p.w;
    if (w.wants(LegalAid) ? rng.percent(45) : rng.perMille(3)) {
        PlannedService& s = p.add(LegalAid, p.day());
        const std::vector<int>& arrears = p.ctx.wageArrearsEnterprises;
        if (!arrears.empty() && rng.percent(60)) {
            s.enterprise = arrears[static_cast<size_t>(rng.below(arrears.size()))];
            s.note = QStringLiteral("追讨欠薪");
        } else {
            s.note = pickFrom(rng, p.t.legalAidNotes);
        }
    }
    if (rng.percent(w.wants(LegalAid) ? 25 : 4)) {
        PlannedService& s = p.add(LegalConsultation, p.day());
        s.note = pickFrom(rng, p.t.consultationNotes);
    }
    if (w.wants(FinancialAid) && rng.percent(55)) {
        PlannedService& s = p.add(FinancialAid, p.day());
        s.amount = rng.range(5, 50) * 100LL;
        s.note = pickFrom(rng, p.t.financialAidNotes);
    }
    if (w.wants(Psychological) && rng.percent(50)) {
        PlannedService& s = p.add(Psychological, p.day());
        s.note = pickFrom(rng, p.t.psychologicalNotes);
    } else if (w.wants(Psychological) && w.in(Hardship)) {
        // A policy briefing, recorded as "other". No random draw here or when it is written (DemoWorkers.cpp): the
        // demo's one random stream, and so every other record, stays as it was before the kind existed.
        PlannedService s;
        s.type = Other;
        s.day = std::min(w.registered + 3, p.ctx.today);
        s.note = QStringLiteral("政策宣讲与帮扶咨询");
        p.out.push_back(std::move(s));
    }
}

// Visits cluster before the Spring Festival (送温暖) when that falls after registering.
void planVisit(ServicePlan& p)
{
    DemoRandom& rng = p.rng;
    const Context& ctx = p.ctx;
    int day = p.day();
    for (int y : {ctx.year, ctx.year - 1}) {
        const int from = static_cast<int>(QDate(y, 1, 10).toJulianDay());
        const int to = std::min(ctx.today, static_cast<int>(QDate(y, 2, 15).toJulianDay()));
        if (from >= p.w.registered && from <= to && rng.percent(70)) {
            day = rng.range(from, to);
            break;
        }
    }
    PlannedService& s = p.add(Visit, day);
    static const int amounts[] = {500, 800, 1000, 2000};
    if (rng.percent(70))
        s.amount = amounts[rng.below(4)];
    s.note = pickFrom(rng, p.t.visitNotes);
}

// Accident-injury mutual insurance for everyone who signed a labour contract during the phase.
void planInsurance(ServicePlan& p, const std::vector<PlannedReferral>& referrals)
{
    const Context& ctx = p.ctx;
    for (const PlannedReferral& r : referrals) {
        for (int k = 0; k < r.count; ++k) {
            if (r.stage[k] != Contract || r.day[k] < ctx.phaseStart || r.day[k] > ctx.phaseEnd || !p.rng.percent(92))
                continue;
            PlannedService& s = p.add(Insurance, r.day[k] + p.rng.range(0, 5));
            s.amount = ctx.insurancePremium;
            s.provinceShare = ctx.insuranceProvinceShare;
            s.cityShare = ctx.insurancePremium - ctx.insuranceProvinceShare;
            s.enterprise = r.enterprise;
            s.atHome = true;
        }
    }
}

} // namespace

void planServices(const Context& ctx, DemoRandom& rng, const WorkerFacts& w,
                  const std::vector<PlannedReferral>& referrals, std::vector<PlannedService>& out)
{
    out.clear();
    ServicePlan p{ctx, rng, w, out};
    if (w.wants(JobReferralService) && rng.percent(6)) {
        PlannedService& s = p.add(JobReferralService, p.day());
        s.note = QStringLiteral("职业指导与岗位推荐");
    }
    if (w.wants(Training) ? rng.percent(45) : rng.percent(3))
        planTraining(p);
    if (w.wants(Entrepreneurship) ? rng.percent(55) : rng.perMille(5))
        planEntrepreneurship(p);
    planAid(p);
    if (rng.percent(w.in(Hardship) ? 50 : (w.in(Disabled) ? 30 : 0)))
        planVisit(p);
    planInsurance(p, referrals);
}

} // namespace jb::core::demo
