// The enterprise demand list of the demo county: enterprises with dated demand snapshots and monitoring flags,
// then their vacancies.

#include "core/demo/DemoContext.h"
#include "core/demo/DemoIdentifiers.h"
#include "core/demo/DemoNames.h"

#include <QSet>
#include <optional>

namespace jb::core::demo {

namespace {

enum Stream : quint64 { kEnterpriseStream = 2, kVacancyStream = 3 };

const QString& pickFrom(DemoRandom& rng, const QStringList& list)
{
    return list.at(static_cast<int>(rng.below(static_cast<quint64>(list.size()))));
}

QString enterpriseName(Context& ctx, DemoRandom& rng, const SubUnit& unit, const IndustrySeed& industry, bool large)
{
    const DemoTables& t = demoTables();
    const int b1 = static_cast<int>(rng.below(static_cast<quint64>(t.brandChars.size())));
    int b2 = static_cast<int>(rng.below(static_cast<quint64>(t.brandChars.size() - 1)));
    if (b2 >= b1)
        ++b2; // two different characters: 华鑫, not 华华
    const QString brand = QString(t.brandChars.at(b1)) + t.brandChars.at(b2);
    const QString& word = pickFrom(rng, industry.words);

    // Small manufacturers are often registered as a county 厂 (肥东县华鑫食品厂).
    if (industry.code == QLatin1String("C") && !large && rng.percent(12))
        return ctx.homeName + brand + word + QStringLiteral("厂");
    if (industry.code == QLatin1String("P"))
        return ctx.homeName + brand + word;

    QString place;
    switch (rng.pick({34, 24, 16, 10, 16})) {
    case 0:
        place = ctx.homeShort;
        break;
    case 1:
        place = unit.shortName;
        break;
    case 2:
        place = ctx.cityName.isEmpty() ? ctx.homeShort : shortPlaceName(ctx.cityName);
        break;
    case 3:
        place = ctx.provinceName.isEmpty() ? ctx.homeShort : shortPlaceName(ctx.provinceName);
        break;
    default:
        break; // no place word: 华鑫机械制造有限公司
    }
    QString suffix = QStringLiteral("有限公司");
    if (large && rng.percent(30))
        suffix = QStringLiteral("集团有限公司");
    else if (rng.percent(large ? 35 : 8))
        suffix = QStringLiteral("股份有限公司");
    return place + brand + word + suffix;
}

// Planned hires for the year by size: most county firms plan a handful, key enterprises hundreds.
int plannedHires(DemoRandom& rng, bool key, bool major)
{
    if (major)
        return rng.range(150, 600);
    if (key)
        return rng.range(40, 200);
    return 2 + rng.skewedLow(0, 60, 2);
}

// Draws the enterprises one by one (in a fixed order of random draws, so a seed gives the same file) and writes
// each with its demand snapshots and, for some, a monitoring flag.
class EnterpriseWriter final
{
public:
    explicit EnterpriseWriter(Context& ctx);
    Status start();
    Status add(int i);
    Status finish();

private:
    QString uniqueName(const SubUnit& unit, const IndustrySeed& industry, bool key);
    QVariant uniqueCreditCode();
    // The first contact and up to three later ones, in order; returns how many.
    int visitDays(const EnterpriseInfo& info, int (&days)[4]);
    Status writeSnapshots(const EnterpriseInfo& info, bool key, bool major, const int (&days)[4], int visits);
    Status writeFlag(int i, const EnterpriseInfo& info);

    Context& m_ctx;
    const DemoTables& m_t = demoTables();
    DemoRandom m_rng;
    std::optional<WeightedPicker> m_townIndustries;
    std::optional<WeightedPicker> m_parkIndustries;
    qint64 m_nextId = 0;
    RowInserter m_enterprise;
    RowInserter m_snapshot;
    RowInserter m_flag;
    QVector<QVariant> m_industryIds;
    const QString m_cityArea;
    const QString m_provinceArea;
    const QString m_visit = QStringLiteral("visit");
    const QString m_call = QStringLiteral("call");
    const QString m_fair = QStringLiteral("fair");
    const QString m_number = QStringLiteral("号");
    QSet<QString> m_names;
    QSet<QString> m_creditCodes;
    const int m_recentStart;
};

EnterpriseWriter::EnterpriseWriter(Context& ctx)
    : m_ctx(ctx), m_rng(ctx.seed, kEnterpriseStream),
      // Multi-row inserts, so the ids are chosen here.
      m_enterprise(ctx.db, "enterprises",
                   "id,org_id,name,credit_code,industry_id,address,contact_name,contact_phone,"
                   "is_key_enterprise,is_major_project,created_at,updated_at",
                   16),
      m_snapshot(ctx.db, "demand_snapshots", "enterprise_id,recorded_on,contact_kind,planned,hired,gap,officer", 50),
      m_flag(ctx.db, "enterprise_flags", "enterprise_id,kind,flagged_on,resolved_on,amount_yuan,people_affected,note",
             20),
      m_cityArea(ctx.homeAreaCode.left(4) + QStringLiteral("00")),
      m_provinceArea(ctx.homeAreaCode.left(2) + QStringLiteral("0000")),
      m_recentStart(std::max(ctx.yearStart, std::min(ctx.phaseEnd, ctx.today)))
{
    std::vector<qint64> townWeights;
    std::vector<qint64> parkWeights;
    for (const IndustrySeed& i : m_t.industries) {
        townWeights.push_back(i.weight);
        // Parks are mostly factories and logistics.
        const bool industrial = i.code == QLatin1String("C") || i.code == QLatin1String("G");
        parkWeights.push_back(industrial ? i.weight * 4 : (i.code == QLatin1String("H") ? 0 : i.weight));
        m_industryIds.append(ctx.refs.id("industry", i.code));
    }
    m_townIndustries.emplace(townWeights);
    m_parkIndustries.emplace(parkWeights);
}

Status EnterpriseWriter::start()
{
    const Expected<qint64> firstId = nextId(m_ctx.db, "enterprises");
    if (!firstId)
        return Status::failure(firstId.message());
    m_nextId = *firstId;
    for (const RowInserter* r : {&m_enterprise, &m_snapshot, &m_flag})
        if (!r->isReady())
            return Status::failure(r->error(QStringLiteral("enterprises")));
    m_ctx.enterprises.reserve(m_ctx.options.enterprises);
    return {};
}

QString EnterpriseWriter::uniqueName(const SubUnit& unit, const IndustrySeed& industry, bool key)
{
    QString name;
    for (int attempt = 0; attempt < 50; ++attempt) {
        name = enterpriseName(m_ctx, m_rng, unit, industry, key);
        if (!m_names.contains(name))
            break;
    }
    m_names.insert(name);
    return name;
}

QVariant EnterpriseWriter::uniqueCreditCode()
{
    if (m_rng.percent(1)) // about 1% of entries arrive without a code
        return {};
    const int area = m_rng.pick({85, 10, 5});
    const QString& areaCode = area == 0 ? m_ctx.homeAreaCode : (area == 1 ? m_cityArea : m_provinceArea);
    QString code;
    do
        code = makeCreditCode(m_rng, areaCode);
    while (m_creditCodes.contains(code));
    m_creditCodes.insert(code);
    return code;
}

int EnterpriseWriter::visitDays(const EnterpriseInfo& info, int (&days)[4])
{
    const int visits = m_rng.pick({30, 35, 22, 13}) + 1;
    days[0] = info.createdDay;
    for (int v = 1; v < visits; ++v)
        days[v] = m_rng.range(info.createdDay, m_ctx.today);
    for (int a = 2; a < visits; ++a) // insertion sort: at most three later visits
        for (int b = a; b > 1 && days[b - 1] > days[b]; --b)
            std::swap(days[b - 1], days[b]);
    return visits;
}

// The plan may be raised once, hiring only moves forward, the gap is what is left.
Status EnterpriseWriter::writeSnapshots(const EnterpriseInfo& info, bool key, bool major, const int (&days)[4],
                                        int visits)
{
    DemoRandom& rng = m_rng;
    int planned = plannedHires(rng, key, major);
    int hired = planned * rng.range(0, 40) / 100;
    for (int v = 0; v < visits; ++v) {
        if (v > 0) {
            if (rng.percent(10))
                planned += planned * rng.range(5, 30) / 100;
            hired = std::min(planned, hired + planned * rng.range(5, 35) / 100);
        }
        m_snapshot.set(0, info.id);
        m_snapshot.set(1, m_ctx.date(days[v]));
        m_snapshot.set(2, v == 0 ? (rng.percent(80) ? m_visit : m_call)
                                 : (rng.percent(5) ? m_fair : (rng.percent(50) ? m_visit : m_call)));
        m_snapshot.set(3, planned);
        m_snapshot.set(4, hired);
        m_snapshot.set(5, planned - hired);
        m_snapshot.set(6, m_ctx.officer(rng));
        if (!m_snapshot.exec())
            return Status::failure(m_snapshot.error(QStringLiteral("demand snapshots")));
        ++m_ctx.summary.snapshots;
    }
    return {};
}

// Monitoring flags on about one enterprise in twenty; about half resolved since.
Status EnterpriseWriter::writeFlag(int i, const EnterpriseInfo& info)
{
    DemoRandom& rng = m_rng;
    if (!rng.percent(5))
        return {};
    const int kind = rng.pick({40, 35, 25});
    const int flagged = rng.range(info.createdDay, m_ctx.today);
    const int resolved = flagged + rng.range(5, 90);
    const bool isResolved = resolved <= m_ctx.today && rng.percent(55);
    m_flag.set(0, info.id);
    m_flag.set(2, m_ctx.date(flagged));
    m_flag.set(3, isResolved ? m_ctx.dateValue(resolved) : QVariant());
    if (kind == 0) {
        const int people = rng.range(3, 60);
        const int months = rng.range(1, 4);
        const int wage = rng.range(35, 60) * 100;
        m_flag.set(1, QStringLiteral("wage_arrears"));
        m_flag.set(4, static_cast<double>(people) * months * wage);
        m_flag.set(5, people);
        m_flag.set(6, QStringLiteral("拖欠%1名职工%2个月工资").arg(people).arg(months));
        m_ctx.wageArrearsEnterprises.push_back(i);
    } else if (kind == 1) {
        const int people = rng.range(5, 80);
        m_flag.set(1, QStringLiteral("attrition"));
        m_flag.set(4, QVariant());
        m_flag.set(5, people);
        m_flag.set(6, (rng.percent(60) ? QStringLiteral("订单减少，减员%1人") : QStringLiteral("生产线外迁，减员%1人"))
                          .arg(people));
    } else {
        m_flag.set(1, QStringLiteral("labour_risk"));
        m_flag.set(4, QVariant());
        m_flag.set(5, rng.percent(70) ? QVariant(rng.range(10, 200)) : QVariant());
        m_flag.set(6, pickFrom(rng, m_t.labourRiskNotes));
    }
    if (!m_flag.exec())
        return Status::failure(m_flag.error(QStringLiteral("enterprise flags")));
    return {};
}

Status EnterpriseWriter::add(int i)
{
    DemoRandom& rng = m_rng;
    EnterpriseInfo info;
    info.unit = m_ctx.unitsByEnterprises.pick(rng);
    const SubUnit& unit = m_ctx.unit(info.unit);
    info.industry = (unit.park ? *m_parkIndustries : *m_townIndustries).pick(rng);
    const IndustrySeed& industry = m_t.industries.at(info.industry);
    const bool major = rng.percent(3);
    const bool key = major || rng.percent(unit.park ? 10 : 6);
    const QString name = uniqueName(unit, industry, key);
    const QVariant creditCode = uniqueCreditCode();

    // First contact: most enterprises are visited early in the year, when the concentrated phase runs.
    info.createdDay =
        rng.percent(65) ? rng.range(m_ctx.yearStart, m_recentStart) : rng.range(m_ctx.yearStart, m_ctx.today);
    int days[4] = {};
    const int visits = visitDays(info, days);

    info.id = m_nextId++;
    RowInserter& row = m_enterprise;
    row.set(0, info.id);
    row.set(1, unit.id);
    row.set(2, name);
    row.set(3, creditCode);
    row.set(4, m_industryIds.at(info.industry));
    row.set(5, QString(unit.place + pickFrom(rng, m_t.roads) + QString::number(rng.range(1, 399)) + m_number));
    row.set(6, personName(rng, rng.percent(55)));
    row.set(7, makeMobile(rng));
    row.set(8, key ? 1 : 0);
    row.set(9, major ? 1 : 0);
    const QString created = m_ctx.stamp(info.createdDay, rng);
    row.set(10, created);
    row.set(11, days[visits - 1] == info.createdDay ? created : m_ctx.stamp(days[visits - 1], rng));
    if (!row.exec())
        return Status::failure(row.error(QStringLiteral("enterprises")));
    if (Status s = writeSnapshots(info, key, major, days, visits); !s)
        return s;
    if (Status s = writeFlag(i, info); !s)
        return s;
    m_ctx.enterprises.append(info);
    ++m_ctx.summary.enterprises;
    return {};
}

Status EnterpriseWriter::finish()
{
    for (RowInserter* r : {&m_enterprise, &m_snapshot, &m_flag})
        if (!r->flush())
            return Status::failure(r->error(QStringLiteral("enterprises")));
    return {};
}

// How many vacancies each enterprise posts: one each while there are enough, the rest by weight (key enterprises
// and labour-intensive sectors post more), so the list is uneven like a real one.
std::vector<int> vacancyCounts(const Context& ctx, DemoRandom& rng, qint64 total)
{
    const DemoTables& t = demoTables();
    std::vector<qint64> weights;
    weights.reserve(static_cast<size_t>(ctx.enterprises.size()));
    for (const EnterpriseInfo& e : ctx.enterprises) {
        const QString& code = t.industries.at(e.industry).code;
        const bool busy = code == QLatin1String("C") || code == QLatin1String("E") || code == QLatin1String("H") ||
                          code == QLatin1String("G");
        weights.push_back(static_cast<qint64>(rng.range(1, 4)) * (busy ? 2 : 1));
    }
    const WeightedPicker byEnterprise(weights);
    std::vector<int> counts(static_cast<size_t>(ctx.enterprises.size()), total >= ctx.enterprises.size() ? 1 : 0);
    for (qint64 left = total - (total >= ctx.enterprises.size() ? ctx.enterprises.size() : 0); left > 0; --left)
        ++counts[static_cast<size_t>(byEnterprise.pick(rng))];
    return counts;
}

// Writes the vacancies of each enterprise in turn, titles drawn from those that fit its industry.
class VacancyWriter final
{
public:
    VacancyWriter(Context& ctx, DemoRandom& rng);
    Status start();
    Status addFor(int enterprise, int count);
    Status finish();

private:
    // A weighted order of the industry's titles without repeats, at most `count` long.
    void drawTitles(int industry, int count);
    Status write(const EnterpriseInfo& info, int enterprise, int titleIndex, const QString& title);

    Context& m_ctx;
    DemoRandom& m_rng;
    const DemoTables& m_t = demoTables();
    // Per industry: the titles that fit it and the ones any employer posts, with their weights.
    QVector<QVector<int>> m_candidates;
    QVector<QVector<int>> m_candidateWeights;
    RowInserter m_vacancy;
    qint64 m_nextId = 0;
    QVariant m_formIds[5];
    // Reference ids per title, looked up once rather than per vacancy.
    QVector<QVariant> m_occupationIds;
    QVector<QVariant> m_educationIds;
    QVector<QVariant> m_skillIds;
    const QString m_statuses[3] = {QStringLiteral("open"), QStringLiteral("filled"), QStringLiteral("closed")};
    const QString m_negotiable = QStringLiteral("面议");
    const QString m_separator = QStringLiteral("、");
    std::vector<int> m_order;
    std::vector<int> m_pool;
    std::vector<int> m_poolWeights;
};

VacancyWriter::VacancyWriter(Context& ctx, DemoRandom& rng)
    : m_ctx(ctx), m_rng(rng), m_candidates(m_t.industries.size()), m_candidateWeights(m_t.industries.size()),
      m_vacancy(ctx.db, "vacancies",
                "id,enterprise_id,title,trade,occupation_group_id,headcount,wage_min,wage_max,wage_text,"
                "benefits,education_id,age_min,age_max,skill_level_id,requirements,work_location,"
                "employment_form_id,posted_on,status,closed_on,created_at,updated_at",
                16),
      m_formIds{ctx.refs.id("employment_form", "full_time"), ctx.refs.id("employment_form", "part_time"),
                ctx.refs.id("employment_form", "seasonal"), ctx.refs.id("employment_form", "dispatch"),
                ctx.refs.id("employment_form", "internship")}
{
    // Titles that fit each industry and the ones any employer posts (weight 1); posts hiring many (普工, 操作工)
    // appear on more lists than specialist ones.
    for (int ind = 0; ind < m_t.industries.size(); ++ind) {
        for (int j = 0; j < m_t.titles.size(); ++j) {
            const QString& sections = m_t.titles.at(j).sections;
            if (sections == QLatin1String("*") || sections.contains(m_t.industries.at(ind).code)) {
                m_candidates[ind].append(j);
                m_candidateWeights[ind].append(sections == QLatin1String("*") ? 1
                                                                              : 2 + m_t.titles.at(j).maxHeadcount / 6);
            }
        }
    }
    for (const JobTitle& jt : m_t.titles) {
        m_occupationIds.append(ctx.refs.id("occupation_group", jt.occupationCode));
        m_educationIds.append(ctx.refs.id("education", jt.educationCode));
        m_skillIds.append(jt.skillCode == QLatin1String("none") ? QVariant()
                                                                : ctx.refs.id("skill_level", jt.skillCode));
    }
}

Status VacancyWriter::start()
{
    const Expected<qint64> firstId = nextId(m_ctx.db, "vacancies");
    if (!firstId)
        return Status::failure(firstId.message());
    m_nextId = *firstId;
    if (!m_vacancy.isReady())
        return Status::failure(m_vacancy.error(QStringLiteral("vacancies")));
    return {};
}

void VacancyWriter::drawTitles(int industry, int count)
{
    m_pool.assign(m_candidates.at(industry).begin(), m_candidates.at(industry).end());
    m_poolWeights.assign(m_candidateWeights.at(industry).begin(), m_candidateWeights.at(industry).end());
    m_order.clear();
    while (!m_pool.empty() && static_cast<int>(m_order.size()) < count) {
        const int k = m_rng.pick(m_poolWeights.data(), m_poolWeights.size());
        m_order.push_back(m_pool[static_cast<size_t>(k)]);
        m_pool.erase(m_pool.begin() + k);
        m_poolWeights.erase(m_poolWeights.begin() + k);
    }
}

// Beyond the distinct titles, shift or workshop variants keep (enterprise, title) unique as the schema requires.
Status VacancyWriter::addFor(int enterprise, int count)
{
    static const char* const variants[] = {"（长白班）", "（两班倒）", "（一车间）", "（二车间）",
                                           "（三车间）", "（储备）",   "（临时）"};
    EnterpriseInfo& info = m_ctx.enterprises[enterprise];
    info.firstVacancy = m_ctx.vacancies.size();
    info.vacancyCount = count;
    if (count == 0)
        return {};
    drawTitles(info.industry, count);
    const int distinct = static_cast<int>(m_order.size());
    for (int k = 0; k < count; ++k) {
        const int titleIndex = m_order[static_cast<size_t>(k % distinct)];
        QString title = m_t.titles.at(titleIndex).title;
        if (const int round = k / distinct; round > 0)
            title += round <= 7 ? QString::fromUtf8(variants[round - 1]) : QStringLiteral("（%1号岗）").arg(round);
        if (Status s = write(info, enterprise, titleIndex, title); !s)
            return s;
        if (m_ctx.summary.vacancies % 1024 == 0 && !m_ctx.progress.advance(1024))
            return {}; // cancelled: the caller stops
    }
    return {};
}

Status VacancyWriter::write(const EnterpriseInfo& info, int enterprise, int titleIndex, const QString& title)
{
    DemoRandom& rng = m_rng;
    const JobTitle& jt = m_t.titles.at(titleIndex);
    const int posted =
        rng.percent(55) ? rng.range(info.createdDay, std::max(info.createdDay, std::min(m_ctx.phaseEnd, m_ctx.today)))
                        : rng.range(info.createdDay, m_ctx.today);
    const int status = m_ctx.today - posted < 10 ? 0 : rng.pick({72, 16, 12});
    const int closed = status == 0 ? 0 : rng.range(posted + 1, m_ctx.today);

    RowInserter& row = m_vacancy;
    row.set(0, m_nextId);
    row.set(1, info.id);
    row.set(2, title);
    row.set(3, jt.trade);
    row.set(4, m_occupationIds.at(titleIndex));
    row.set(5, 1 + rng.skewedLow(0, jt.maxHeadcount - 1, 2));
    if (rng.percent(10)) {
        row.set(6, QVariant());
        row.set(7, QVariant());
        row.set(8, m_negotiable);
    } else {
        const int low = std::clamp((jt.wageLow + rng.range(-3, 5) * 100) / 100 * 100, 3000, 8500);
        const int high = std::clamp((jt.wageHigh + rng.range(-5, 5) * 100) / 100 * 100, low + 500, 9000);
        row.set(6, low);
        row.set(7, high);
        row.set(8, QStringLiteral("%1-%2元/月").arg(low).arg(high));
    }
    QStringList benefits;
    for (int b = rng.range(2, 4); b > 0; --b) {
        const QString& item = pickFrom(rng, m_t.benefits);
        if (!benefits.contains(item))
            benefits << item;
    }
    row.set(9, benefits.join(m_separator));
    row.set(10, rng.percent(80) ? m_educationIds.at(titleIndex) : QVariant());
    const bool graduate = jt.educationCode == QLatin1String("college") || jt.educationCode == QLatin1String("bachelor");
    row.set(11, graduate ? 20 : 18);
    row.set(12, jt.maxHeadcount >= 20 || jt.educationCode == QLatin1String("primary") ? 55 : (graduate ? 40 : 50));
    row.set(13, m_skillIds.at(titleIndex));
    row.set(14, pickFrom(rng, m_t.requirements));
    row.set(15, m_ctx.unit(info.unit).place);
    row.set(16, m_formIds[rng.pick({86, 3, 4, 5, 2})]);
    row.set(17, m_ctx.date(posted));
    row.set(18, m_statuses[status]);
    row.set(19, status == 0 ? QVariant() : m_ctx.dateValue(closed));
    row.set(20, m_ctx.stamp(posted, rng));
    row.set(21, m_ctx.stamp(status == 0 ? posted : closed, rng));
    if (!row.exec())
        return Status::failure(row.error(QStringLiteral("vacancies")));
    m_ctx.vacancies.append({m_nextId++, enterprise, posted});
    ++m_ctx.summary.vacancies;
    return {};
}

Status VacancyWriter::finish()
{
    if (!m_vacancy.flush())
        return Status::failure(m_vacancy.error(QStringLiteral("vacancies")));
    m_ctx.progress.advance(m_ctx.summary.vacancies % 1024);
    m_ctx.vacanciesByPosted.resize(static_cast<size_t>(m_ctx.vacancies.size()));
    for (int i = 0; i < m_ctx.vacancies.size(); ++i)
        m_ctx.vacanciesByPosted[static_cast<size_t>(i)] = i;
    std::stable_sort(m_ctx.vacanciesByPosted.begin(), m_ctx.vacanciesByPosted.end(), [this](int a, int b) {
        return m_ctx.vacancies.at(a).postedDay < m_ctx.vacancies.at(b).postedDay;
    });
    return {};
}

} // namespace

Status generateEnterprises(Context& ctx)
{
    EnterpriseWriter writer(ctx);
    if (Status s = writer.start(); !s)
        return s;
    const int count = ctx.options.enterprises;
    for (int i = 0; i < count; ++i) {
        if (Status s = writer.add(i); !s)
            return s;
        if (i % 256 == 255 && !ctx.progress.advance(4 * 256))
            return {};
    }
    if (Status s = writer.finish(); !s)
        return s;
    ctx.progress.advance(4LL * (count % 256));
    return {};
}

Status generateVacancies(Context& ctx)
{
    DemoRandom rng(ctx.seed, kVacancyStream);
    const qint64 total = ctx.options.vacancies < 0 ? 4LL * ctx.enterprises.size() : ctx.options.vacancies;
    if (ctx.enterprises.isEmpty() || total <= 0)
        return {};
    const std::vector<int> counts = vacancyCounts(ctx, rng, total);
    VacancyWriter writer(ctx, rng);
    if (Status s = writer.start(); !s)
        return s;
    ctx.vacancies.reserve(static_cast<int>(total));
    for (int e = 0; e < ctx.enterprises.size(); ++e) {
        if (Status s = writer.addFor(e, counts[static_cast<size_t>(e)]); !s)
            return s;
        if (ctx.progress.cancelled())
            return {};
    }
    return writer.finish();
}

} // namespace jb::core::demo
