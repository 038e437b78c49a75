// The demo county's job fairs: its own (≥15 inside the concentrated phase once that has passed, as the plan
// asks of every county) and a few city- and province-level fairs it took part in, with the attending demo
// enterprises linked so that the reported totals add up.

#include "core/demo/DemoContext.h"
#include "core/demo/DemoNames.h"

#include <QSqlQuery>

namespace jb::core::demo {

namespace {

enum Stream : quint64 { kFairStream = 4 };
enum Kind { Unified, Industry, Group, Occupation, Livestream };
enum Level { County, City, Province };

struct PlannedFair
{
    int day = 0;
    Level level = County;
    int kind = Industry;
};

const QString& pickFrom(DemoRandom& rng, const QStringList& list)
{
    return list.at(static_cast<int>(rng.below(static_cast<quint64>(list.size()))));
}

// Spreads `n` fair days over the demo year up to today: the county's own mostly inside the concentrated phase.
std::vector<PlannedFair> planCountyFairs(const Context& ctx, DemoRandom& rng, int n)
{
    std::vector<PlannedFair> out;
    auto add = [&](int from, int to) {
        PlannedFair f;
        f.day = rng.range(from, std::max(from, to));
        out.push_back(f);
    };
    if (ctx.today < ctx.phaseStart) {
        for (int i = 0; i < n; ++i)
            add(ctx.yearStart, ctx.today);
        return out;
    }
    const bool phaseOver = ctx.today > ctx.phaseEnd;
    const int before = n >= 10 ? 1 : 0; // a New Year fair ahead of the plan's launch
    int inPhase = n - before;
    if (phaseOver)
        inPhase = std::min(n - before, std::max(15, (n * 75 + 50) / 100));
    for (int i = 0; i < before; ++i)
        add(ctx.yearStart, ctx.phaseStart - 1);
    for (int i = 0; i < inPhase; ++i)
        add(ctx.phaseStart, std::min(ctx.phaseEnd, ctx.today));
    for (int i = before + inPhase; i < n; ++i)
        add(ctx.phaseEnd + 1, ctx.today);
    return out;
}

} // namespace

Status generateFairs(Context& ctx)
{
    const DemoTables& t = demoTables();
    DemoRandom rng(ctx.seed, kFairStream);
    const int total = ctx.options.fairs;
    if (total <= 0)
        return {};

    // The county's own fairs, in date order.
    const int others = (total >= 8 && (ctx.cityId != 0 || ctx.provinceId != 0)) ? std::max(1, total / 8) : 0;
    std::vector<PlannedFair> plan = planCountyFairs(ctx, rng, total - others);
    std::stable_sort(plan.begin(), plan.end(),
                     [](const PlannedFair& a, const PlannedFair& b) { return a.day < b.day; });

    // The unified "1+16+N" fair is one day for the whole province (1 main venue, 16 city venues, N county venues):
    // the county's first phase fair at least two weeks after the plan's launch, or its first phase fair.
    int unifiedDay = -1;
    for (const PlannedFair& f : plan) {
        if (f.day >= ctx.phaseStart + 14 && f.day <= ctx.phaseEnd) {
            unifiedDay = f.day;
            break;
        }
    }
    if (unifiedDay < 0)
        for (const PlannedFair& f : plan)
            if (f.day >= ctx.phaseStart && f.day <= ctx.phaseEnd) {
                unifiedDay = f.day;
                break;
            }
    // Kinds: the unified venue once; then every other kind at least once, in random order; the rest special
    // fairs by weight. Before the phase there is no unified fair yet, but every kind is still shown.
    std::vector<int> forced = {Industry, Group, Occupation, Livestream};
    if (unifiedDay < 0)
        forced.push_back(Unified);
    rng.shuffle(forced.data(), forced.size());
    size_t nextForced = 0;
    bool unifiedDone = false;
    for (PlannedFair& f : plan) {
        if (!unifiedDone && f.day == unifiedDay) {
            f.kind = Unified;
            unifiedDone = true;
        } else if (nextForced < forced.size()) {
            f.kind = forced[nextForced++];
        } else {
            f.kind = rng.pick({0, 30, 30, 20, 20});
        }
    }

    // A few city- and province-level fairs the county took part in: the province's and city's unified venues on
    // the unified day, then city special fairs during the phase.
    for (int i = 0; i < others; ++i) {
        PlannedFair f;
        const bool province = ctx.provinceId != 0 && (ctx.cityId == 0 || i == 1);
        f.level = province ? Province : City;
        f.kind = (province || i == 0) && unifiedDay >= 0 ? Unified : Group;
        if (f.kind == Unified) {
            f.day = unifiedDay;
        } else {
            const bool phase = ctx.today >= ctx.phaseStart;
            f.day = rng.range(phase ? ctx.phaseStart : ctx.yearStart,
                              phase ? std::min(ctx.phaseEnd, ctx.today) : ctx.today);
        }
        plan.push_back(f);
    }
    std::stable_sort(plan.begin(), plan.end(),
                     [](const PlannedFair& a, const PlannedFair& b) { return a.day < b.day; });

    static const char* const kindCodes[] = {"unified", "industry", "group", "occupation", "livestream"};
    RowInserter fair(ctx.db, "job_fairs",
                     "org_id,organiser_level,name,held_on,ends_on,mode,kind_id,venue,enterprises_count,"
                     "jobs_offered,attendees,intentions,contracts,created_at,updated_at");
    RowInserter link(ctx.db, "fair_enterprises", "fair_id,enterprise_id,jobs_offered,intentions,contracts", 50);
    if (!fair.isReady() || !link.isReady())
        return Status::failure(fair.error(QStringLiteral("job fairs")));

    const QString year = QString::number(ctx.year);
    std::vector<int> shuffled(static_cast<size_t>(ctx.enterprises.size()));
    for (size_t i = 0; i < shuffled.size(); ++i)
        shuffled[i] = static_cast<int>(i);
    int livestreamNumber = 0;
    QHash<QString, int> sessions;
    for (const PlannedFair& p : plan) {
        FairInfo info;
        info.heldDay = p.day;
        info.county = p.level == County;

        QString name;
        QString venue;
        QString mode = QStringLiteral("offline");
        const SubUnit& town = ctx.unit(ctx.unitsByEnterprises.pick(rng));
        if (p.level == Province) {
            name = QStringLiteral("%1年%2总工会“1+16+N”职工就业帮扶统一招聘会（主会场）").arg(year, ctx.provinceName);
            venue = ctx.provinceName + QStringLiteral("职工服务中心");
            mode = QStringLiteral("both");
        } else if (p.level == City) {
            name = p.kind == Unified ? QStringLiteral("%1年%2“1+16+N”统一招聘会市级专场").arg(year, ctx.cityName)
                                     : QStringLiteral("%1年%2总工会“春风行动”职工专场招聘会").arg(year, ctx.cityName);
            venue = ctx.cityName + QStringLiteral("人力资源市场");
        } else {
            switch (p.kind) {
            case Unified:
                name = QStringLiteral("%1年“1+16+N”职工就业帮扶统一招聘会%2分会场").arg(year, ctx.homeName);
                mode = QStringLiteral("both");
                break;
            case Industry:
                name =
                    QStringLiteral("%1年%2%3专场招聘会").arg(year, ctx.homeName, pickFrom(rng, t.industryFairThemes));
                break;
            case Group:
                name = QStringLiteral("%1年%2%3专场招聘会").arg(year, ctx.homeName, pickFrom(rng, t.groupFairThemes));
                break;
            case Occupation:
                name =
                    QStringLiteral("%1年%2%3专场招聘会").arg(year, ctx.homeName, pickFrom(rng, t.occupationFairThemes));
                break;
            default:
                name = QStringLiteral("%1总工会“直播带岗”第%2期").arg(ctx.homeName).arg(++livestreamNumber);
                mode = QStringLiteral("online");
                break;
            }
            if (p.kind != Livestream && p.kind != Unified)
                mode = QString::fromLatin1(rng.percent(80) ? "offline" : (rng.percent(50) ? "online" : "both"));
            if (p.kind == Livestream)
                venue = rng.percent(60) ? QStringLiteral("抖音“%1总工会”直播间").arg(ctx.homeName)
                                        : QStringLiteral("微信视频号“%1工会”直播间").arg(ctx.homeShort);
            else if (mode == QLatin1String("online"))
                venue = QStringLiteral("“皖工惠”线上招聘平台");
            else
                venue = rng.percent(40)
                            ? ctx.homeName + QStringLiteral("人力资源市场")
                            : town.place + (town.park ? QStringLiteral("企业服务中心") : QStringLiteral("文化广场"));
        }

        // The same theme twice in a year is the second session of it.
        if (const int seen = ++sessions[name]; seen > 1)
            name += QStringLiteral("（第%1场）").arg(t.chineseNumerals.at(std::min(seen, 20) - 1));

        // Attending demo enterprises: 20–80 at a county fair (fewer for a live stream), the county's delegation of
        // 5–20 at a city or province fair; their figures add up to the fair's.
        int wanted =
            p.level != County ? rng.range(5, 20) : (p.kind == Livestream ? rng.range(5, 15) : rng.range(20, 80));
        wanted = std::min(wanted, static_cast<int>(shuffled.size()));
        for (int i = 0; i < wanted; ++i)
            std::swap(shuffled[static_cast<size_t>(i)],
                      shuffled[static_cast<size_t>(i) + rng.below(shuffled.size() - static_cast<size_t>(i))]);
        info.enterprises.assign(shuffled.begin(), shuffled.begin() + wanted);
        std::sort(info.enterprises.begin(), info.enterprises.end());
        struct Figures
        {
            int jobs;
            int intentions;
            int contracts;
        };
        std::vector<Figures> figures;
        int jobs = 0;
        int intentions = 0;
        int contracts = 0;
        for (int e : info.enterprises) {
            Figures f;
            f.jobs = 3 + rng.skewedLow(0, ctx.enterprises.at(e).vacancyCount > 3 ? 80 : 40, 2);
            f.intentions = f.jobs * rng.range(20, 50) / 100;
            f.contracts = f.intentions * rng.range(40, 75) / 100;
            jobs += f.jobs;
            intentions += f.intentions;
            contracts += f.contracts;
            figures.push_back(f);
        }
        // Attendees: about 1.4 per job on site (98 enterprises, 3,615 jobs, 5,000+ people in the summary); online
        // viewers of a live stream run to thousands.
        const int attendees =
            p.kind == Livestream ? rng.range(3000, 30000) : jobs * rng.range(120, 170) / 100 + rng.range(0, 200);

        const int endsOn = p.day + 1 <= ctx.today && p.level != County && rng.percent(40) ? p.day + 1 : 0;
        fair.set(0, p.level == Province ? ctx.provinceId : (p.level == City ? ctx.cityId : ctx.homeId));
        fair.set(1, QString::fromLatin1(p.level == Province ? "province" : (p.level == City ? "city" : "county")));
        fair.set(2, name);
        fair.set(3, ctx.date(p.day));
        fair.set(4, endsOn ? ctx.dateValue(endsOn) : QVariant());
        fair.set(5, mode);
        fair.set(6, ctx.refs.id("fair_kind", kindCodes[p.kind]));
        fair.set(7, venue);
        fair.set(8, wanted);
        fair.set(9, jobs);
        fair.set(10, attendees);
        fair.set(11, intentions);
        fair.set(12, contracts);
        fair.set(13, ctx.stamp(std::max(ctx.yearStart, p.day - rng.range(3, 14)), rng));
        fair.set(14, ctx.stamp(std::max(endsOn, p.day) + (p.day + 2 <= ctx.today ? 1 : 0), rng));
        if (!fair.exec())
            return Status::failure(fair.error(QStringLiteral("job fairs")));
        info.id = fair.lastId();
        for (size_t k = 0; k < info.enterprises.size(); ++k) {
            link.set(0, info.id);
            link.set(1, ctx.enterprises.at(info.enterprises[k]).id);
            link.set(2, figures[k].jobs);
            link.set(3, figures[k].intentions);
            link.set(4, figures[k].contracts);
            if (!link.exec())
                return Status::failure(link.error(QStringLiteral("fair enterprises")));
        }
        ctx.fairs.append(info);
        ++ctx.summary.fairs;
        if (!ctx.progress.advance(40))
            return {};
    }
    if (!link.flush())
        return Status::failure(link.error(QStringLiteral("fair enterprises")));
    return {};
}

} // namespace jb::core::demo
