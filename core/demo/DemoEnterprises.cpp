// The enterprise demand list of the demo county: enterprises with dated demand snapshots and monitoring flags,
// then their vacancies.

#include "core/demo/DemoContext.h"
#include "core/demo/DemoIdentifiers.h"
#include "core/demo/DemoNames.h"

#include <QSet>

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

} // namespace

Status generateEnterprises(Context& ctx)
{
    const DemoTables& t = demoTables();
    DemoRandom rng(ctx.seed, kEnterpriseStream);

    std::vector<qint64> townWeights;
    std::vector<qint64> parkWeights;
    for (const IndustrySeed& i : t.industries) {
        townWeights.push_back(i.weight);
        // Parks are mostly factories and logistics.
        const bool industrial = i.code == QLatin1String("C") || i.code == QLatin1String("G");
        parkWeights.push_back(industrial ? i.weight * 4 : (i.code == QLatin1String("H") ? 0 : i.weight));
    }
    const WeightedPicker townIndustries(townWeights);
    const WeightedPicker parkIndustries(parkWeights);

    // Multi-row inserts, so the ids are chosen here.
    const Expected<qint64> firstId = nextId(ctx.db, "enterprises");
    if (!firstId)
        return Status::failure(firstId.error());
    qint64 id = *firstId;
    RowInserter enterprise(ctx.db, "enterprises",
                           "id,org_id,name,credit_code,industry_id,address,contact_name,contact_phone,"
                           "is_key_enterprise,is_major_project,created_at,updated_at",
                           16);
    RowInserter snapshot(ctx.db, "demand_snapshots", "enterprise_id,recorded_on,contact_kind,planned,hired,gap,officer",
                         50);
    RowInserter flag(ctx.db, "enterprise_flags",
                     "enterprise_id,kind,flagged_on,resolved_on,amount_yuan,people_affected,note", 20);
    for (const RowInserter* r : {&enterprise, &snapshot, &flag})
        if (!r->isReady())
            return Status::failure(r->error(QStringLiteral("enterprises")));

    QVector<QVariant> industryIds;
    for (const IndustrySeed& i : t.industries)
        industryIds.append(ctx.refs.id("industry", i.code));
    const QString cityArea = ctx.homeAreaCode.left(4) + QStringLiteral("00");
    const QString provinceArea = ctx.homeAreaCode.left(2) + QStringLiteral("0000");
    const QString visit = QStringLiteral("visit");
    const QString call = QStringLiteral("call");
    const QString fair = QStringLiteral("fair");
    const QString number = QStringLiteral("号");

    QSet<QString> names;
    QSet<QString> creditCodes;
    const int count = ctx.options.enterprises;
    ctx.enterprises.reserve(count);
    const int recentStart = std::max(ctx.yearStart, std::min(ctx.phaseEnd, ctx.today));

    for (int i = 0; i < count; ++i) {
        EnterpriseInfo info;
        info.unit = ctx.unitsByEnterprises.pick(rng);
        const SubUnit& unit = ctx.unit(info.unit);
        info.industry = (unit.park ? parkIndustries : townIndustries).pick(rng);
        const IndustrySeed& industry = t.industries.at(info.industry);
        const bool major = rng.percent(3);
        const bool key = major || rng.percent(unit.park ? 10 : 6);

        QString name;
        for (int attempt = 0; attempt < 50; ++attempt) {
            name = enterpriseName(ctx, rng, unit, industry, key);
            if (!names.contains(name))
                break;
        }
        names.insert(name);

        QVariant creditCode;
        if (!rng.percent(1)) { // about 1% of entries arrive without a code
            const int area = rng.pick({85, 10, 5});
            const QString& areaCode = area == 0 ? ctx.homeAreaCode : (area == 1 ? cityArea : provinceArea);
            QString code;
            do
                code = makeCreditCode(rng, areaCode);
            while (creditCodes.contains(code));
            creditCodes.insert(code);
            creditCode = code;
        }

        // First contact: most enterprises are visited early in the year, when the concentrated phase runs.
        info.createdDay = rng.percent(65) ? rng.range(ctx.yearStart, recentStart) : rng.range(ctx.yearStart, ctx.today);
        const int visits = rng.pick({30, 35, 22, 13}) + 1;
        int days[4] = {info.createdDay, 0, 0, 0};
        for (int v = 1; v < visits; ++v)
            days[v] = rng.range(info.createdDay, ctx.today);
        for (int a = 2; a < visits; ++a) // insertion sort: at most three later visits
            for (int b = a; b > 1 && days[b - 1] > days[b]; --b)
                std::swap(days[b - 1], days[b]);

        info.id = id++;
        enterprise.set(0, info.id);
        enterprise.set(1, unit.id);
        enterprise.set(2, name);
        enterprise.set(3, creditCode);
        enterprise.set(4, industryIds.at(info.industry));
        enterprise.set(5, QString(unit.place + pickFrom(rng, t.roads) + QString::number(rng.range(1, 399)) + number));
        enterprise.set(6, personName(rng, rng.percent(55)));
        enterprise.set(7, makeMobile(rng));
        enterprise.set(8, key ? 1 : 0);
        enterprise.set(9, major ? 1 : 0);
        const QString created = ctx.stamp(info.createdDay, rng);
        enterprise.set(10, created);
        enterprise.set(11, days[visits - 1] == info.createdDay ? created : ctx.stamp(days[visits - 1], rng));
        if (!enterprise.exec())
            return Status::failure(enterprise.error(QStringLiteral("enterprises")));

        // Snapshots: the plan may be raised once, hiring only moves forward, the gap is what is left.
        int planned = plannedHires(rng, key, major);
        int hired = planned * rng.range(0, 40) / 100;
        for (int v = 0; v < visits; ++v) {
            if (v > 0) {
                if (rng.percent(10))
                    planned += planned * rng.range(5, 30) / 100;
                hired = std::min(planned, hired + planned * rng.range(5, 35) / 100);
            }
            snapshot.set(0, info.id);
            snapshot.set(1, ctx.date(days[v]));
            snapshot.set(2, v == 0 ? (rng.percent(80) ? visit : call)
                                   : (rng.percent(5) ? fair : (rng.percent(50) ? visit : call)));
            snapshot.set(3, planned);
            snapshot.set(4, hired);
            snapshot.set(5, planned - hired);
            snapshot.set(6, ctx.officer(rng));
            if (!snapshot.exec())
                return Status::failure(snapshot.error(QStringLiteral("demand snapshots")));
            ++ctx.summary.snapshots;
        }

        // Monitoring flags on about one enterprise in twenty; about half resolved since.
        if (rng.percent(5)) {
            const int kind = rng.pick({40, 35, 25});
            const int flagged = rng.range(info.createdDay, ctx.today);
            const int resolved = flagged + rng.range(5, 90);
            const bool isResolved = resolved <= ctx.today && rng.percent(55);
            flag.set(0, info.id);
            flag.set(2, ctx.date(flagged));
            flag.set(3, isResolved ? ctx.dateValue(resolved) : QVariant());
            if (kind == 0) {
                const int people = rng.range(3, 60);
                const int months = rng.range(1, 4);
                const int wage = rng.range(35, 60) * 100;
                flag.set(1, QStringLiteral("wage_arrears"));
                flag.set(4, static_cast<double>(people) * months * wage);
                flag.set(5, people);
                flag.set(6, QStringLiteral("拖欠%1名职工%2个月工资").arg(people).arg(months));
                ctx.wageArrearsEnterprises.push_back(i);
            } else if (kind == 1) {
                const int people = rng.range(5, 80);
                flag.set(1, QStringLiteral("attrition"));
                flag.set(4, QVariant());
                flag.set(5, people);
                flag.set(
                    6, (rng.percent(60) ? QStringLiteral("订单减少，减员%1人") : QStringLiteral("生产线外迁，减员%1人"))
                           .arg(people));
            } else {
                flag.set(1, QStringLiteral("labour_risk"));
                flag.set(4, QVariant());
                flag.set(5, rng.percent(70) ? QVariant(rng.range(10, 200)) : QVariant());
                flag.set(6, pickFrom(rng, t.labourRiskNotes));
            }
            if (!flag.exec())
                return Status::failure(flag.error(QStringLiteral("enterprise flags")));
        }
        ctx.enterprises.append(info);
        ++ctx.summary.enterprises;
        if (i % 256 == 255 && !ctx.progress.advance(4 * 256))
            return {};
    }
    for (RowInserter* r : {&enterprise, &snapshot, &flag})
        if (!r->flush())
            return Status::failure(r->error(QStringLiteral("enterprises")));
    ctx.progress.advance(4LL * (count % 256));
    return {};
}

Status generateVacancies(Context& ctx)
{
    const DemoTables& t = demoTables();
    DemoRandom rng(ctx.seed, kVacancyStream);
    const qint64 total = ctx.options.vacancies < 0 ? 4LL * ctx.enterprises.size() : ctx.options.vacancies;
    if (ctx.enterprises.isEmpty() || total <= 0)
        return {};

    // How many vacancies each enterprise posts: one each while there are enough, the rest by weight (key
    // enterprises and labour-intensive sectors post more), so the list is uneven like a real one.
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

    // Titles that fit each industry (weight 3) and the ones any employer posts (weight 1).
    QVector<QVector<int>> candidates(t.industries.size());
    QVector<QVector<int>> candidateWeights(t.industries.size());
    for (int ind = 0; ind < t.industries.size(); ++ind) {
        for (int j = 0; j < t.titles.size(); ++j) {
            const QString& sections = t.titles.at(j).sections;
            if (sections == QLatin1String("*") || sections.contains(t.industries.at(ind).code)) {
                candidates[ind].append(j);
                // Posts hiring many (普工, 操作工) appear on more lists than specialist ones.
                candidateWeights[ind].append(sections == QLatin1String("*") ? 1 : 2 + t.titles.at(j).maxHeadcount / 6);
            }
        }
    }
    static const char* const variants[] = {"（长白班）", "（两班倒）", "（一车间）", "（二车间）",
                                           "（三车间）", "（储备）",   "（临时）"};

    const Expected<qint64> firstId = nextId(ctx.db, "vacancies");
    if (!firstId)
        return Status::failure(firstId.error());
    qint64 id = *firstId;
    RowInserter vacancy(ctx.db, "vacancies",
                        "id,enterprise_id,title,trade,occupation_group_id,headcount,wage_min,wage_max,wage_text,"
                        "benefits,education_id,age_min,age_max,skill_level_id,requirements,work_location,"
                        "employment_form_id,posted_on,status,closed_on,created_at,updated_at",
                        16);
    if (!vacancy.isReady())
        return Status::failure(vacancy.error(QStringLiteral("vacancies")));
    const QVariant formIds[] = {ctx.refs.id("employment_form", "full_time"),
                                ctx.refs.id("employment_form", "part_time"), ctx.refs.id("employment_form", "seasonal"),
                                ctx.refs.id("employment_form", "dispatch"),
                                ctx.refs.id("employment_form", "internship")};
    // Reference ids per title, looked up once rather than per vacancy.
    QVector<QVariant> occupationIds;
    QVector<QVariant> educationIds;
    QVector<QVariant> skillIds;
    for (const JobTitle& jt : t.titles) {
        occupationIds.append(ctx.refs.id("occupation_group", jt.occupationCode));
        educationIds.append(ctx.refs.id("education", jt.educationCode));
        skillIds.append(jt.skillCode == QLatin1String("none") ? QVariant() : ctx.refs.id("skill_level", jt.skillCode));
    }
    const QString statuses[] = {QStringLiteral("open"), QStringLiteral("filled"), QStringLiteral("closed")};
    const QString negotiable = QStringLiteral("面议");
    const QString separator = QStringLiteral("、");

    ctx.vacancies.reserve(static_cast<int>(total));
    std::vector<int> order;
    std::vector<int> pool;
    std::vector<int> poolWeights;
    for (int e = 0; e < ctx.enterprises.size(); ++e) {
        EnterpriseInfo& info = ctx.enterprises[e];
        const int n = counts[static_cast<size_t>(e)];
        info.firstVacancy = ctx.vacancies.size();
        info.vacancyCount = n;
        if (n == 0)
            continue;
        // A weighted order of this industry's titles without repeats; beyond that, shift or workshop variants
        // keep (enterprise, title) unique as the schema requires.
        pool.assign(candidates.at(info.industry).begin(), candidates.at(info.industry).end());
        poolWeights.assign(candidateWeights.at(info.industry).begin(), candidateWeights.at(info.industry).end());
        order.clear();
        while (!pool.empty() && static_cast<int>(order.size()) < n) {
            const int k = rng.pick(poolWeights.data(), poolWeights.size());
            order.push_back(pool[static_cast<size_t>(k)]);
            pool.erase(pool.begin() + k);
            poolWeights.erase(poolWeights.begin() + k);
        }
        const int distinct = static_cast<int>(order.size());
        const SubUnit& unit = ctx.unit(info.unit);
        for (int k = 0; k < n; ++k) {
            const int titleIndex = order[static_cast<size_t>(k % distinct)];
            const JobTitle& jt = t.titles.at(titleIndex);
            QString title = jt.title;
            if (const int round = k / distinct; round > 0)
                title += round <= 7 ? QString::fromUtf8(variants[round - 1]) : QStringLiteral("（%1号岗）").arg(round);

            const int posted = rng.percent(55) ? rng.range(info.createdDay,
                                                           std::max(info.createdDay, std::min(ctx.phaseEnd, ctx.today)))
                                               : rng.range(info.createdDay, ctx.today);
            const int status = ctx.today - posted < 10 ? 0 : rng.pick({72, 16, 12});
            const int closed = status == 0 ? 0 : rng.range(posted + 1, ctx.today);

            vacancy.set(0, id);
            vacancy.set(1, info.id);
            vacancy.set(2, title);
            vacancy.set(3, jt.trade);
            vacancy.set(4, occupationIds.at(titleIndex));
            vacancy.set(5, 1 + rng.skewedLow(0, jt.maxHeadcount - 1, 2));
            if (rng.percent(10)) {
                vacancy.set(6, QVariant());
                vacancy.set(7, QVariant());
                vacancy.set(8, negotiable);
            } else {
                const int low = std::clamp((jt.wageLow + rng.range(-3, 5) * 100) / 100 * 100, 3000, 8500);
                const int high = std::clamp((jt.wageHigh + rng.range(-5, 5) * 100) / 100 * 100, low + 500, 9000);
                vacancy.set(6, low);
                vacancy.set(7, high);
                vacancy.set(8, QStringLiteral("%1-%2元/月").arg(low).arg(high));
            }
            QStringList benefits;
            for (int b = rng.range(2, 4); b > 0; --b) {
                const QString& item = pickFrom(rng, t.benefits);
                if (!benefits.contains(item))
                    benefits << item;
            }
            vacancy.set(9, benefits.join(separator));
            vacancy.set(10, rng.percent(80) ? educationIds.at(titleIndex) : QVariant());
            const bool graduate =
                jt.educationCode == QLatin1String("college") || jt.educationCode == QLatin1String("bachelor");
            vacancy.set(11, graduate ? 20 : 18);
            vacancy.set(
                12, jt.maxHeadcount >= 20 || jt.educationCode == QLatin1String("primary") ? 55 : (graduate ? 40 : 50));
            vacancy.set(13, skillIds.at(titleIndex));
            vacancy.set(14, pickFrom(rng, t.requirements));
            vacancy.set(15, unit.place);
            vacancy.set(16, formIds[rng.pick({86, 3, 4, 5, 2})]);
            vacancy.set(17, ctx.date(posted));
            vacancy.set(18, statuses[status]);
            vacancy.set(19, status == 0 ? QVariant() : ctx.dateValue(closed));
            vacancy.set(20, ctx.stamp(posted, rng));
            vacancy.set(21, ctx.stamp(status == 0 ? posted : closed, rng));
            if (!vacancy.exec())
                return Status::failure(vacancy.error(QStringLiteral("vacancies")));
            ctx.vacancies.append({id++, e, posted});
            ++ctx.summary.vacancies;
            if (ctx.summary.vacancies % 1024 == 0 && !ctx.progress.advance(1024))
                return {};
        }
    }
    if (!vacancy.flush())
        return Status::failure(vacancy.error(QStringLiteral("vacancies")));
    ctx.progress.advance(ctx.summary.vacancies % 1024);

    ctx.vacanciesByPosted.resize(static_cast<size_t>(ctx.vacancies.size()));
    for (int i = 0; i < ctx.vacancies.size(); ++i)
        ctx.vacanciesByPosted[static_cast<size_t>(i)] = i;
    std::stable_sort(ctx.vacanciesByPosted.begin(), ctx.vacanciesByPosted.end(),
                     [&](int a, int b) { return ctx.vacancies.at(a).postedDay < ctx.vacancies.at(b).postedDay; });
    return {};
}

} // namespace jb::core::demo
