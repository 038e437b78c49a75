// The demo county's job fairs: its own (≥15 inside the concentrated phase once that has passed, as the plan
// asks of every county) and a few city- and province-level fairs it took part in, with the attending demo
// enterprises and the posts they brought (their vacancies posted by the fair's day) linked, and the organiser's
// reported figures (visits, materials, totals of intentions and contracts). People recorded at a fair are linked
// once the workers exist (linkFairAttendees).

#include "core/demo/DemoContext.h"
#include "core/demo/DemoNames.h"
#include "core/storage/SqlError.h"

#include <QHash>
#include <QSqlQuery>

namespace jb::core::demo {

namespace {

enum Stream : quint64 { kFairStream = 4 };
// Regular: the small regular fairs, here the county's numbered live-stream sessions (直播带岗, form livestream).
enum Kind { Unified, Industry, Group, Occupation, Regular, Campus };
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

// The unified "1+16+N" fair is one day for the whole province (1 main venue, 16 city venues, N county venues):
// the county's first phase fair at least two weeks after the plan's launch, or its first phase fair; -1 if none.
int unifiedDayOf(const Context& ctx, const std::vector<PlannedFair>& plan)
{
    for (const PlannedFair& f : plan)
        if (f.day >= ctx.phaseStart + 14 && f.day <= ctx.phaseEnd)
            return f.day;
    for (const PlannedFair& f : plan)
        if (f.day >= ctx.phaseStart && f.day <= ctx.phaseEnd)
            return f.day;
    return -1;
}

// Kinds: the unified venue once; then every other kind at least once, in random order; the rest special fairs by
// weight. Before the phase there is no unified fair yet, but every kind is still shown.
void assignKinds(DemoRandom& rng, std::vector<PlannedFair>& plan, int unifiedDay)
{
    std::vector<int> forced = {Industry, Group, Occupation, Regular, Campus};
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
            f.kind = rng.pick({0, 30, 30, 20, 20, 5});
        }
    }
}

// Every fair of the year in date order: the county's own, then a few city- and province-level fairs the county
// took part in (the province's and city's unified venues on the unified day, then city special fairs during the
// phase).
std::vector<PlannedFair> planFairs(const Context& ctx, DemoRandom& rng, int total)
{
    const auto byDay = [](const PlannedFair& a, const PlannedFair& b) { return a.day < b.day; };
    const int others = (total >= 8 && (ctx.cityId != 0 || ctx.provinceId != 0)) ? std::max(1, total / 8) : 0;
    std::vector<PlannedFair> plan = planCountyFairs(ctx, rng, total - others);
    std::stable_sort(plan.begin(), plan.end(), byDay);
    const int unifiedDay = unifiedDayOf(ctx, plan);
    assignKinds(rng, plan, unifiedDay);
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
    std::stable_sort(plan.begin(), plan.end(), byDay);
    return plan;
}

// An attending enterprise's figures at a fair as the organiser reports them (the posts themselves are links).
struct Figures
{
    int jobs = 0;
    int intentions = 0;
    int contracts = 0;
};

// Where a fair's row, its enterprises and its posts go.
const char* const kFairColumns = "org_id,organiser_level,name,held_on,ends_on,form,kind_id,venue,status,visits,"
                                 "materials,reported_intentions,reported_contracts,created_at,updated_at";

// Writes the planned fairs with their attending demo enterprises, whose figures add up to the fair's.
class FairWriter final
{
public:
    FairWriter(Context& ctx, DemoRandom& rng);
    Status start();
    Status add(const PlannedFair& p);
    Status finish();

private:
    struct Shown
    {
        QString name;
        QString venue;
        QString form = QStringLiteral("offline");
    };
    Shown countyFair(const PlannedFair& p, const SubUnit& town);
    Shown shown(const PlannedFair& p);
    // Attending demo enterprises: 20–80 at a county fair (fewer for a live stream), the county's delegation of
    // 5–20 at a city or province fair.
    void attend(const PlannedFair& p, FairInfo& info, std::vector<Figures>& figures, Figures& total);
    // The posts an attending enterprise brought: up to three of its vacancies posted by the fair's day.
    Status bringPosts(const PlannedFair& p, qint64 fairId, int enterprise);

    Context& m_ctx;
    DemoRandom& m_rng;
    const DemoTables& m_t = demoTables();
    RowInserter m_fair;
    RowInserter m_link;
    RowInserter m_post;
    const QString m_year;
    std::vector<int> m_shuffled;
    int m_livestreamNumber = 0;
    QHash<QString, int> m_sessions;
};

FairWriter::FairWriter(Context& ctx, DemoRandom& rng)
    : m_ctx(ctx), m_rng(rng), m_fair(ctx.db, "job_fairs", kFairColumns),
      m_link(ctx.db, "fair_enterprises", "fair_id,enterprise_id", 100),
      m_post(ctx.db, "fair_posts", "fair_id,vacancy_id,public_welfare", 100), m_year(QString::number(ctx.year)),
      m_shuffled(static_cast<size_t>(ctx.enterprises.size()))
{
    for (size_t i = 0; i < m_shuffled.size(); ++i)
        m_shuffled[i] = static_cast<int>(i);
}

Status FairWriter::start()
{
    if (!m_fair.isReady() || !m_link.isReady() || !m_post.isReady())
        return Status::failure(m_fair.error(QStringLiteral("job fairs")));
    return {};
}

FairWriter::Shown FairWriter::countyFair(const PlannedFair& p, const SubUnit& town)
{
    const Context& ctx = m_ctx;
    Shown f;
    switch (p.kind) {
    case Unified:
        f.name = QStringLiteral("%1年“1+16+N”职工就业帮扶统一招聘会%2分会场").arg(m_year, ctx.homeName);
        f.form = QStringLiteral("mixed");
        break;
    case Industry:
        f.name =
            QStringLiteral("%1年%2%3专场招聘会").arg(m_year, ctx.homeName, pickFrom(m_rng, m_t.industryFairThemes));
        break;
    case Group:
        f.name = QStringLiteral("%1年%2%3专场招聘会").arg(m_year, ctx.homeName, pickFrom(m_rng, m_t.groupFairThemes));
        break;
    case Occupation:
        f.name =
            QStringLiteral("%1年%2%3专场招聘会").arg(m_year, ctx.homeName, pickFrom(m_rng, m_t.occupationFairThemes));
        break;
    case Campus:
        f.name = QStringLiteral("%1年%2高校毕业生校园招聘会").arg(m_year, ctx.homeName);
        break;
    default:
        f.name = QStringLiteral("%1总工会“直播带岗”第%2期").arg(ctx.homeName).arg(++m_livestreamNumber);
        f.form = QStringLiteral("livestream");
        break;
    }
    if (p.kind != Regular && p.kind != Unified)
        f.form = QString::fromLatin1(m_rng.percent(80) ? "offline" : (m_rng.percent(50) ? "online" : "mixed"));
    if (p.kind == Regular)
        f.venue = m_rng.percent(60) ? QStringLiteral("抖音“%1总工会”直播间").arg(ctx.homeName)
                                    : QStringLiteral("微信视频号“%1工会”直播间").arg(ctx.homeShort);
    else if (f.form == QLatin1String("online"))
        f.venue = QStringLiteral("“皖工惠”线上招聘平台");
    else
        f.venue = m_rng.percent(40)
                      ? ctx.homeName + QStringLiteral("人力资源市场")
                      : town.place + (town.park ? QStringLiteral("企业服务中心") : QStringLiteral("文化广场"));
    return f;
}

FairWriter::Shown FairWriter::shown(const PlannedFair& p)
{
    const Context& ctx = m_ctx;
    const SubUnit& town = ctx.unit(ctx.unitsByEnterprises.pick(m_rng));
    Shown f;
    if (p.level == Province) {
        f.name = QStringLiteral("%1年%2总工会“1+16+N”职工就业帮扶统一招聘会（主会场）").arg(m_year, ctx.provinceName);
        f.venue = ctx.provinceName + QStringLiteral("职工服务中心");
        f.form = QStringLiteral("mixed");
    } else if (p.level == City) {
        f.name = p.kind == Unified ? QStringLiteral("%1年%2“1+16+N”统一招聘会市级专场").arg(m_year, ctx.cityName)
                                   : QStringLiteral("%1年%2总工会“春风行动”职工专场招聘会").arg(m_year, ctx.cityName);
        f.venue = ctx.cityName + QStringLiteral("人力资源市场");
    } else {
        f = countyFair(p, town);
    }
    // The same theme twice in a year is the second session of it.
    if (const int seen = ++m_sessions[f.name]; seen > 1)
        f.name += QStringLiteral("（第%1场）").arg(m_t.chineseNumerals.at(std::min(seen, 20) - 1));
    return f;
}

void FairWriter::attend(const PlannedFair& p, FairInfo& info, std::vector<Figures>& figures, Figures& total)
{
    DemoRandom& rng = m_rng;
    int wanted = p.level != County ? rng.range(5, 20) : (p.kind == Regular ? rng.range(5, 15) : rng.range(20, 80));
    wanted = std::min(wanted, static_cast<int>(m_shuffled.size()));
    for (int i = 0; i < wanted; ++i)
        std::swap(m_shuffled[static_cast<size_t>(i)],
                  m_shuffled[static_cast<size_t>(i) + rng.below(m_shuffled.size() - static_cast<size_t>(i))]);
    info.enterprises.assign(m_shuffled.begin(), m_shuffled.begin() + wanted);
    std::sort(info.enterprises.begin(), info.enterprises.end());
    for (int e : info.enterprises) {
        Figures f;
        f.jobs = 3 + rng.skewedLow(0, m_ctx.enterprises.at(e).vacancyCount > 3 ? 80 : 40, 2);
        f.intentions = f.jobs * rng.range(20, 50) / 100;
        f.contracts = f.intentions * rng.range(40, 75) / 100;
        total.jobs += f.jobs;
        total.intentions += f.intentions;
        total.contracts += f.contracts;
        figures.push_back(f);
    }
}

Status FairWriter::bringPosts(const PlannedFair& p, qint64 fairId, int enterprise)
{
    const EnterpriseInfo& e = m_ctx.enterprises.at(enterprise);
    int brought = 0;
    const int wanted = m_rng.range(1, 3);
    for (int v = e.firstVacancy; v < e.firstVacancy + e.vacancyCount && brought < wanted; ++v) {
        if (m_ctx.vacancies.at(v).postedDay > p.day)
            continue;
        m_post.set(0, fairId);
        m_post.set(1, m_ctx.vacancies.at(v).id);
        m_post.set(2, m_rng.percent(6) ? 1 : 0); // about one post in sixteen is public-welfare (208 of 1,696)
        if (!m_post.exec())
            return Status::failure(m_post.error(QStringLiteral("fair posts")));
        ++brought;
    }
    return {};
}

Status FairWriter::add(const PlannedFair& p)
{
    static const char* const kindCodes[] = {"unified", "industry", "group", "occupation", "regular", "campus"};
    Context& ctx = m_ctx;
    DemoRandom& rng = m_rng;
    FairInfo info;
    info.heldDay = p.day;
    info.county = p.level == County;
    const Shown f = shown(p);
    std::vector<Figures> figures;
    Figures total;
    attend(p, info, figures, total);
    // Visits (人次): about 1.4 per job on site (98 enterprises, 3,615 jobs, 5,000+ people in the summary); online
    // viewers of a live stream run to thousands.
    const int visits =
        p.kind == Regular ? rng.range(3000, 30000) : total.jobs * rng.range(120, 170) / 100 + rng.range(0, 200);
    const int endsOn = p.day + 1 <= ctx.today && p.level != County && rng.percent(40) ? p.day + 1 : 0;
    // Held fairs are closed by the officer once the organiser's figures are in, a fortnight or so later.
    const bool closed = std::max(endsOn, p.day) + 14 < ctx.today;

    m_fair.set(0, p.level == Province ? ctx.provinceId : (p.level == City ? ctx.cityId : ctx.homeId));
    m_fair.set(1, QString::fromLatin1(p.level == Province ? "province" : (p.level == City ? "city" : "county")));
    m_fair.set(2, f.name);
    m_fair.set(3, ctx.date(p.day));
    m_fair.set(4, endsOn ? ctx.dateValue(endsOn) : QVariant());
    m_fair.set(5, f.form);
    m_fair.set(6, ctx.refs.id("fair_kind", kindCodes[p.kind]));
    m_fair.set(7, f.venue);
    m_fair.set(8, QString::fromLatin1(closed ? "closed" : "held"));
    m_fair.set(9, visits);
    m_fair.set(10, p.kind == Regular ? 0 : visits * rng.range(30, 80) / 100);
    m_fair.set(11, total.intentions);
    m_fair.set(12, total.contracts);
    m_fair.set(13, ctx.stamp(std::max(ctx.yearStart, p.day - rng.range(3, 14)), rng));
    m_fair.set(14, ctx.stamp(std::max(endsOn, p.day) + (p.day + 2 <= ctx.today ? 1 : 0), rng));
    if (!m_fair.exec())
        return Status::failure(m_fair.error(QStringLiteral("job fairs")));
    info.id = m_fair.lastId();
    for (int e : info.enterprises) {
        m_link.set(0, info.id);
        m_link.set(1, ctx.enterprises.at(e).id);
        if (!m_link.exec())
            return Status::failure(m_link.error(QStringLiteral("fair enterprises")));
        if (Status s = bringPosts(p, info.id, e); !s)
            return s;
    }
    ctx.fairs.append(info);
    ++ctx.summary.fairs;
    return {};
}

Status FairWriter::finish()
{
    if (!m_link.flush())
        return Status::failure(m_link.error(QStringLiteral("fair enterprises")));
    if (!m_post.flush())
        return Status::failure(m_post.error(QStringLiteral("fair posts")));
    return {};
}

} // namespace

Status generateFairs(Context& ctx)
{
    DemoRandom rng(ctx.seed, kFairStream);
    const int total = ctx.options.fairs;
    if (total <= 0)
        return {};
    const std::vector<PlannedFair> plan = planFairs(ctx, rng, total);
    FairWriter writer(ctx, rng);
    if (Status s = writer.start(); !s)
        return s;
    for (const PlannedFair& p : plan) {
        if (Status s = writer.add(p); !s)
            return s;
        if (!ctx.progress.advance(40))
            return {};
    }
    return writer.finish();
}

Status linkFairAttendees(Context& ctx)
{
    // Everyone referred at a fair was there: the fair's recorded people.
    if (ctx.fairs.isEmpty())
        return {};
    return execStatements(
        ctx.db,
        {QStringLiteral("INSERT OR IGNORE INTO fair_attendees (fair_id, worker_id) "
                        "SELECT DISTINCT fair_id, worker_id FROM referrals WHERE fair_id IS NOT NULL")},
        QStringLiteral("fair attendees"));
}

} // namespace jb::core::demo
