// Resolving cell words to reference values and organisations. The reference lists are editable, so the short
// forms below are attached to stable codes, not to names: a renamed value keeps its short forms, a retired or
// deleted one loses them.

#include "core/import/checking/ReferenceLookup.h"

#include "core/import/checking/PlaceSubUnit.h"
#include "core/import/checking/ValueParsers.h"
#include "core/storage/SqlError.h"
#include "core/validation/AreaCodes.h"
#include "core/validation/MessageList.h"
#include "core/validation/Normalize.h"

#include <QSqlQuery>
#include <QVariant>

namespace jb::core {

namespace {

struct Alias
{
    const char* list;
    const char* code;
    const char* words; // '|'-separated
};

// The words officers use for the default values (DOMAIN.md and the county summaries).
const Alias kAliases[] = {
    {"key_group", "migrant_worker",
     "农民工|外出务工|外出务工人员|返乡农民工|外出农民工|进城务工人员|务工人员|返乡人员|返乡务工人员|农村劳动力"},
    {"key_group", "hardship", "困难职工|困难职工家属|困难职工及家属|困难职工及其家属|困难家庭|困难职工家庭"},
    {"key_group", "new_form",
     "新就业形态|新就业形态劳动者|快递员|快递小哥|外卖骑手|外卖员|骑手|网约车司机|网约车|网约配送员|平台劳动者|"
     "货车司机|新业态|新业态劳动者"},
    {"key_group", "transferred", "转岗|待岗|转岗职工|待岗职工|转岗待岗职工|转岗/待岗|下岗职工"},
    {"key_group", "disabled", "残疾|残疾人|残疾职工|残障人士|残疾人员"},
    {"hardship_category", "zero_employment", "零就业|零就业家庭|零就业户"},
    {"hardship_category", "dibao_long_unemployed",
     "低保|低保户|低保家庭|享受低保|长期失业|低保长期失业|低保长期失业人员|长期失业人员|享受低保长期失业人员"},
    {"hardship_category", "both_laid_off", "双下岗|夫妻双下岗|夫妻双方下岗|双失业|夫妻双失业|夫妻双方失业|双下岗家庭"},
    {"hardship_category", "single_parent", "单亲|单亲家庭|单亲母亲|单亲父亲|单亲妈妈|单亲爸爸"},
    {"hardship_category", "disabled_able", "残疾|残疾人|残疾人员|残疾人家庭|有劳动能力残疾人"},
    {"hardship_category", "military_family", "军属|军人军属|军人家庭|军属家庭|军人军属家庭|军烈属"},
    {"industry", "A", "农业|林业|牧业|渔业|农林牧渔|农林牧渔业|养殖|种植|养殖业|种植业"},
    {"industry", "B", "采矿|矿业"},
    {"industry", "C", "制造|工业|加工制造"},
    {"industry", "D", "电力|燃气|供水|热力"},
    {"industry", "E", "建筑|建筑施工|建筑安装"},
    {"industry", "F", "批发|零售|商贸|批发零售|商业"},
    {"industry", "G", "交通运输|物流|仓储|快递|邮政|运输"},
    {"industry", "H", "住宿|餐饮|酒店|住宿餐饮"},
    {"industry", "I", "信息技术|软件|互联网|it|信息传输"},
    {"industry", "J", "金融|银行|保险|证券"},
    {"industry", "K", "房地产|物业|物业管理"},
    {"industry", "L", "租赁|商务服务|人力资源服务|保安"},
    {"industry", "M", "科研|科学研究|技术服务"},
    {"industry", "N", "水利|环保|环境|公共设施|环卫"},
    {"industry", "O", "居民服务|家政|家政服务|修理|维修"},
    {"industry", "P", "教育|培训"},
    {"industry", "Q", "卫生|医疗|医药卫生|社会工作|养老|医院"},
    {"industry", "R", "文化|体育|娱乐|文体"},
    {"industry", "S", "公共管理|社会组织|机关"},
    {"occupation_group", "1", "第一大类|一|负责人|单位负责人|企事业单位负责人"},
    {"occupation_group", "2", "第二大类|二|专业技术|专业技术人员|技术人员"},
    {"occupation_group", "3", "第三大类|三|办事人员|文员"},
    {"occupation_group", "4", "第四大类|四|服务人员|社会生产服务|生活服务人员|社会生产服务和生活服务人员"},
    {"occupation_group", "5", "第五大类|五|农林牧渔|农业生产人员"},
    {"occupation_group", "6", "第六大类|六|生产制造|生产制造人员|生产人员|操作工|普工"},
    {"occupation_group", "7", "第七大类|七|军人"},
    {"occupation_group", "8", "第八大类|八|其他|其他从业人员"},
    {"education", "primary", "小学|小学及以下|小学以下|文盲|半文盲|未上学"},
    {"education", "junior", "初中|初级中学|初中毕业"},
    {"education", "senior", "高中|中专|技校|职高|中技|职业高中|中职|普通高中|高中/中专|中专/技校"},
    {"education", "college", "大专|专科|高职|大学专科|高职高专"},
    {"education", "bachelor", "本科|大学本科|大学|学士"},
    {"education", "postgraduate", "研究生|硕士|博士|硕士研究生|博士研究生|研究生及以上|硕士及以上"},
    {"skill_level", "none", "无|无等级|没有|无证|无技能等级|暂无|无证书|未取得"},
    {"skill_level", "level5", "初级工|五级|初级|5级|五级/初级工|初级技能"},
    {"skill_level", "level4", "中级工|四级|中级|4级|四级/中级工|中级技能"},
    {"skill_level", "level3", "高级工|三级|高级|3级|三级/高级工|高级技能"},
    {"skill_level", "level2", "技师|二级|2级|二级/技师"},
    {"skill_level", "level1", "高级技师|一级|1级|一级/高级技师"},
    {"service_type", "job_referral",
     "职业介绍|就业推荐|岗位推荐|推荐就业|推荐岗位|介绍工作|找工作|求职|就业|职业指导|就业指导|就业服务"},
    {"service_type", "training", "技能培训|培训|职业培训|就业培训|职业技能培训|技能提升"},
    {"service_type", "entrepreneurship", "创业|创业扶持|创业服务|创业指导|创业贷款|创业担保贷款|创业帮扶"},
    {"service_type", "legal_aid", "法律援助|法援|维权|法律帮助"},
    {"service_type", "legal_consultation", "法律咨询|劳动法律咨询|劳动法咨询|政策咨询"},
    {"service_type", "financial_aid", "资金帮扶|困难帮扶|资金援助|生活救助|救助|帮扶资金|资金救助|困难救助"},
    {"service_type", "psychological", "心理疏导|心理咨询|心理帮扶|心理援助|心理辅导"},
    {"service_type", "visit", "走访慰问|慰问|走访"},
    {"service_type", "insurance", "意外伤害互助保障|互助保障|意外险|意外伤害保险"},
    {"employment_status", "unemployed", "未就业|失业|无业|待业|失业人员|求职中|未就业人员|无工作|离职"},
    {"employment_status", "seeking_change", "在职求职|在职找工作|在职换工作|换工作|在职待转"},
    {"employment_status", "employed", "已就业|就业|在岗|在职|已上岗|已返岗|稳定就业|务工|就业中"},
    {"employment_status", "flexible", "灵活就业|打零工|零工|灵活用工|自由职业|个体"},
    {"employment_status", "waiting", "待岗|停工待岗|放假待岗|歇业待岗"},
    {"employment_form", "full_time", "全职|全日制|正式工|长期工|合同工|长期|正式"},
    {"employment_form", "part_time", "兼职|非全日制|小时工|临时工|钟点工"},
    {"employment_form", "seasonal", "季节性用工|季节工|季节性|短期工|短期|临时季节工"},
    {"employment_form", "dispatch", "劳务派遣|派遣|派遣工|劳务外包"},
    {"employment_form", "internship", "实习|实习生|见习|见习生|学徒"},
};

// Notes after the value that do not change it: "高中及以上学历", "初中文化", "中级工证书".
const char16_t* const kSuffixes[] = {u"及以上学历", u"以上学历", u"及以上", u"以上",     u"学历", u"文化程度",
                                     u"文化",       u"毕业",     u"及以下", u"等级证书", u"证书", u"人员"};

// Organisation words that officers add or leave out: "店埠" for 店埠镇, "店埠镇工会".
const char16_t* const kOrgUnionSuffixes[] = {u"总工会", u"工会", u"委员会"};
const char16_t* const kOrgSuffixes[] = {u"街道办事处", u"街道办", u"街道", u"镇", u"乡", u"县", u"区", u"市", u"省"};

// The form names and cell text are compared in: clean, no spaces or enumeration commas, lower case.
QString keyOf(const QString& text)
{
    const QString clean = cleanCell(text);
    QString out;
    out.reserve(clean.size());
    for (const QChar c : clean)
        if (c != QLatin1Char(' ') && c != QChar(u'、') && c != QChar(u'。') && c != QChar(u'·'))
            out.append(c.toLower());
    return out;
}

QString bracketContent(const QString& key)
{
    qsizetype open = -1;
    for (qsizetype i = 0; i < key.size(); ++i)
        if (isOpeningBracket(key.at(i)))
            open = i;
        else if (isClosingBracket(key.at(i)) && open >= 0)
            return key.mid(open + 1, i - open - 1);
    return {};
}

QString stripSuffix(const QString& key, const char16_t* const* begin, const char16_t* const* end)
{
    for (auto it = begin; it != end; ++it) {
        const QStringView suffix(*it);
        if (key.endsWith(suffix) && key.size() > suffix.size())
            return key.left(key.size() - suffix.size());
    }
    return key;
}

// Short forms of division names for place matching: 浙江省 → 浙江, 宁波市 → 宁波, 延边朝鲜族自治州 → 延边.
QString shortDivisionName(const QString& name)
{
    static const char16_t* const kProvinceSuffixes[] = {
        u"维吾尔自治区", u"壮族自治区", u"回族自治区", u"自治区", u"特别行政区", u"省", u"市", u"地区", u"盟", u"林区"};
    if (name.endsWith(QStringView(u"自治州")) || name.endsWith(QStringView(u"自治县")))
        return name.left(2);
    const QString s = stripSuffix(name, std::begin(kProvinceSuffixes), std::end(kProvinceSuffixes));
    return s.size() >= 2 ? s : name;
}

} // namespace

void ReferenceLookup::addItemKey(const QString& list, const QString& key, qint64 id, bool primary)
{
    if (key.isEmpty())
        return;
    QHash<QString, qint64>& keys = m_items[list];
    const auto it = keys.find(key);
    if (it == keys.end())
        keys.insert(key, id);
    else if (primary && *it != id)
        *it = 0; // two values share the word: refuse to choose
}

void ReferenceLookup::addOrganisation(const QString& key, qint64 id, QHash<QString, qint64>& into)
{
    if (key.isEmpty())
        return;
    const auto it = into.find(key);
    if (it == into.end())
        into.insert(key, id);
    else if (*it != id)
        *it = 0;
}

Expected<ReferenceLookup> ReferenceLookup::load(QSqlDatabase db)
{
    using Result = Expected<ReferenceLookup>;
    ReferenceLookup lookup;
    QHash<QString, qint64> byCode; // "list\ncode" → id, for the aliases
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id, list, code, name_zh, name_en FROM reference_items WHERE retired = 0 "
                                   "ORDER BY list, sort_order, id")))
            return Result::failure(describeSqlError(q, QStringLiteral("reference lists")));
        // Codes and names first (primary), then their derived forms, so a derived form never hides a name.
        struct Row
        {
            qint64 id;
            QString list, code, zh, en;
        };
        QVector<Row> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString()});
        for (const Row& r : std::as_const(rows)) {
            byCode.insert(r.list + QLatin1Char('\n') + r.code, r.id);
            lookup.m_names[r.list].append(r.zh);
            lookup.addItemKey(r.list, keyOf(r.code), r.id, true);
            lookup.addItemKey(r.list, keyOf(r.zh), r.id, true);
            lookup.addItemKey(r.list, keyOf(r.en), r.id, true);
        }
        for (const Row& r : std::as_const(rows)) {
            const QString zh = keyOf(r.zh);
            lookup.addItemKey(r.list, removeBracketed(zh), r.id, false);
            lookup.addItemKey(r.list, bracketContent(zh), r.id, false);
            lookup.addItemKey(r.list, stripSuffix(zh, std::begin(kSuffixes), std::end(kSuffixes)), r.id, false);
            for (const QString& part : zh.split(QLatin1Char('/'), Qt::SkipEmptyParts))
                lookup.addItemKey(r.list, part, r.id, false);
        }
    }
    for (auto it = lookup.m_names.cbegin(); it != lookup.m_names.cend(); ++it)
        lookup.m_namesListed.insert(it.key(), listOf(it.value()));
    for (const Alias& a : kAliases) {
        const QString list = QString::fromUtf8(a.list);
        const auto id = byCode.constFind(list + QLatin1Char('\n') + QString::fromUtf8(a.code));
        if (id == byCode.cend())
            continue; // the value was retired or removed in this file
        for (const QString& word : QString::fromUtf8(a.words).split(QLatin1Char('|')))
            lookup.addItemKey(list, keyOf(word), *id, false);
    }

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, code, name, is_home, kind FROM organisations WHERE retired = 0")))
        return Result::failure(describeSqlError(q, QStringLiteral("organisations")));
    const AreaCodes& codes = AreaCodes::instance();
    QString homeCode;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString code = q.value(1).toString();
        const QString name = keyOf(q.value(2).toString());
        if (q.value(3).toBool()) {
            lookup.m_homeOrgId = id;
            homeCode = code;
        } else if (const QString kind = q.value(4).toString();
                   kind == QLatin1String("town") || kind == QLatin1String("park")) {
            lookup.m_subUnits.append(NamedSubUnit{id, q.value(2).toString()});
        }
        lookup.m_organisationIds.insert(id);
        lookup.addOrganisation(keyOf(code), id, lookup.m_organisations);
        lookup.addOrganisation(name, id, lookup.m_organisations);
        // "安徽省合肥市肥东县" and "合肥市肥东县" as officers write a county in full.
        if (const QString full = codes.fullName(code); !full.isEmpty()) {
            lookup.addOrganisation(keyOf(full), id, lookup.m_organisations);
            if (const auto d = codes.current(code); d && !d->provinceName.isEmpty() && full.startsWith(d->provinceName))
                lookup.addOrganisation(keyOf(full.mid(d->provinceName.size())), id, lookup.m_organisations);
        }
        const QString stem = stripSuffix(name, std::begin(kOrgSuffixes), std::end(kOrgSuffixes));
        if (stem != name && stem.size() >= 2)
            lookup.addOrganisation(stem, id, lookup.m_organisationStems);
    }
    if (lookup.m_homeOrgId == 0)
        return Result::failure(JB_TR("Import", "The file has no home organisation"));
    lookup.loadPlaces(homeCode);
    return lookup;
}

const Message& ReferenceLookup::namesListed(const QString& list) const
{
    static const Message none;
    const auto it = m_namesListed.constFind(list);
    return it == m_namesListed.cend() ? none : *it;
}

void ReferenceLookup::loadPlaces(const QString& homeCode)
{
    const AreaCodes& codes = AreaCodes::instance();
    const QString homeProvince = homeCode.left(2);
    QVector<Place> home;
    QVector<Place> other;
    for (const AreaCodes::Division& province : codes.provinces()) {
        const bool isHome = province.code.startsWith(homeProvince);
        QVector<Place>& into = isHome ? home : other;
        into.append({shortDivisionName(province.name), isHome});
        for (const AreaCodes::Division& child : codes.children(province.code)) {
            into.append({shortDivisionName(child.name), isHome});
            // Counties of the home province by their full names (肥西县, 宁国市): migrants name them.
            if (isHome)
                for (const AreaCodes::Division& county : codes.children(child.code))
                    into.append({county.name, true});
        }
    }
    m_places = home + other;
}

std::optional<qint64> ReferenceLookup::findNormalised(const QString& list, const QString& key) const
{
    const auto l = m_items.constFind(list);
    if (l == m_items.cend() || key.isEmpty())
        return std::nullopt;
    if (const auto it = l->constFind(key); it != l->cend())
        return *it ? std::optional<qint64>(*it) : std::nullopt;
    return std::nullopt;
}

std::optional<qint64> ReferenceLookup::find(const QString& list, const QString& text) const
{
    const auto l = m_items.constFind(list);
    if (l == m_items.cend())
        return std::nullopt;
    // Fast path: the cell is already in the stored form (the common case, once per row).
    if (const auto it = l->constFind(text); it != l->cend())
        return *it ? std::optional<qint64>(*it) : std::nullopt;
    const QString key = keyOf(text);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto it = l->constFind(key); it != l->cend())
        return *it ? std::optional<qint64>(*it) : std::nullopt;
    const QString bare = removeBracketed(key);
    if (auto id = findNormalised(list, bare))
        return id;
    const QString stripped = stripSuffix(bare, std::begin(kSuffixes), std::end(kSuffixes));
    if (auto id = findNormalised(list, stripped))
        return id;
    // A code written before the name: "C制造业", "C-制造业", "6 生产制造及有关人员".
    qsizetype codeEnd = 0;
    while (codeEnd < bare.size() && bare.at(codeEnd).unicode() < 0x80 && bare.at(codeEnd).isLetterOrNumber())
        ++codeEnd;
    if (codeEnd > 0 && codeEnd < bare.size()) {
        if (const auto id = findNormalised(list, bare.left(codeEnd))) {
            QString rest = bare.mid(codeEnd);
            while (!rest.isEmpty() && !rest.at(0).isLetterOrNumber())
                rest.remove(0, 1);
            if (rest.isEmpty() || find(list, rest) == id)
                return id;
        }
    }
    // A unique beginning of a name or short form: "制造" → 制造业, "零就业" → 零就业家庭.
    if (stripped.size() >= 2) {
        qint64 found = 0;
        for (auto it = l->cbegin(); it != l->cend(); ++it) {
            if (!it.key().startsWith(stripped) || it.value() == 0)
                continue;
            if (found != 0 && found != it.value())
                return std::nullopt;
            found = it.value();
        }
        if (found != 0)
            return found;
    }
    return std::nullopt;
}

QVector<qint64> ReferenceLookup::findAll(const QString& list, const QStringList& parts, QStringList* unrecognised) const
{
    QVector<qint64> ids;
    const auto add = [&ids](qint64 id) {
        if (!ids.contains(id))
            ids.append(id);
    };
    for (const QString& part : parts) {
        if (const auto id = find(list, part)) {
            add(*id);
            continue;
        }
        // "农民工 困难职工": a line break inside the cell became a space.
        const QStringList words = cleanCell(part).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool allFound = words.size() > 1;
        QVector<qint64> wordIds;
        for (const QString& w : words) {
            const auto id = find(list, w);
            allFound = allFound && id.has_value();
            if (id)
                wordIds.append(*id);
        }
        if (allFound) {
            for (const qint64 id : std::as_const(wordIds))
                add(id);
        } else if (unrecognised) {
            unrecognised->append(part);
        }
    }
    return ids;
}

std::optional<qint64> ReferenceLookup::subUnitNamedIn(const QString& place) const
{
    return core::subUnitNamedIn(place, m_subUnits);
}

std::optional<qint64> ReferenceLookup::organisation(const QString& text) const
{
    const auto result = [](qint64 id) { return id ? std::optional<qint64>(id) : std::nullopt; };
    if (const auto it = m_organisations.constFind(text); it != m_organisations.cend())
        return result(*it);
    QString key = keyOf(text);
    if (key.isEmpty())
        return std::nullopt;
    key = stripSuffix(key, std::begin(kOrgUnionSuffixes), std::end(kOrgUnionSuffixes));
    if (const auto it = m_organisations.constFind(key); it != m_organisations.cend())
        return result(*it);
    if (const auto it = m_organisationStems.constFind(key); it != m_organisationStems.cend())
        return result(*it);
    // 店埠乡 for 店埠镇, or a stem written with the wrong level: fine while only one organisation has the stem.
    const QString stem = stripSuffix(key, std::begin(kOrgSuffixes), std::end(kOrgSuffixes));
    if (stem != key && stem.size() >= 2) {
        if (const auto it = m_organisations.constFind(stem); it != m_organisations.cend())
            return result(*it);
        if (const auto it = m_organisationStems.constFind(stem); it != m_organisationStems.cend())
            return result(*it);
    }
    return std::nullopt;
}

std::optional<bool> ReferenceLookup::inHomeProvince(const QString& place) const
{
    const QString text = keyOf(place);
    if (text.isEmpty())
        return std::nullopt;
    for (const Place& p : m_places)
        if (text.contains(p.name))
            return p.home;
    return std::nullopt;
}

} // namespace jb::core
