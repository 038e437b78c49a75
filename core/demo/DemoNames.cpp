// Word lists for the demo generator. Weights are rough shares, chosen so the demo county looks like a real one at a
// glance (common surnames dominate, the county seat and the development zone hold most enterprises), not
// statistics to be quoted.

#include "core/demo/DemoNames.h"

namespace jb::core::demo {

namespace {

QVector<QChar> chars(const char* utf8)
{
    const QString s = QString::fromUtf8(utf8);
    return QVector<QChar>(s.begin(), s.end());
}

QStringList list(const char* utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'));
}

// Most common surnames, most frequent first (the order of the national surname ranking).
const char kSurnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤";
// Relative frequency of the first 30 surnames (per 100,000 people, rounded); the rest taper off linearly.
const int kTopSurnameWeights[] = {740, 720, 690, 550, 460, 320, 230, 210, 200, 190, 160, 155, 150, 140, 135,
                                  130, 120, 115, 110, 100, 95,  90,  82,  78,  76,  74,  72,  70,  68,  66};

const char kMaleChars[] = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建志国文海成东亮峰晨博毅振永春坤"
                          "松德金兵虎彬豪鸿庆祥荣新生福山忠江元胜利云锋";
const char kFemaleChars[] = "芳娜敏静丽艳娟霞秀燕玲桂英红梅兰萍雪琳婷慧莉倩颖洁琴云莹欣怡悦月佳晶璐凤琼萌蕾薇露瑶雯丹妍"
                            "梦晓秋玉翠珍香巧媛";
const char kBrandChars[] =
    "华鑫恒泰宏达永盛瑞丰中联天成金鼎源祥康顺兴隆通汇安佳信德润昌嘉和荣新辰宇博创航晟森凯旺富东方明"
    "远正大伟力立昊诚美众亿海乐久";

struct RawTown
{
    const char* name;
    const char* shortName;
    bool park;
    int workers;
    int enterprises;
};

// 肥东县's towns and townships (2024) and its two parks. 店埠镇 is the county seat; 撮镇镇 borders Hefei.
const RawTown kFeidongTowns[] = {
    {"店埠镇", "店埠", false, 16, 14},       {"撮镇镇", "撮镇", false, 11, 12},
    {"梁园镇", "梁园", false, 7, 4},         {"桥头集镇", "桥头集", false, 6, 3},
    {"长临河镇", "长临河", false, 6, 4},     {"石塘镇", "石塘", false, 6, 3},
    {"古城镇", "古城", false, 6, 3},         {"八斗镇", "八斗", false, 5, 2},
    {"元疃镇", "元疃", false, 5, 2},         {"白龙镇", "白龙", false, 6, 3},
    {"包公镇", "包公", false, 5, 2},         {"陈集镇", "陈集", false, 4, 2},
    {"响导乡", "响导", false, 3, 1},         {"牌坊回族满族乡", "牌坊", false, 2, 1},
    {"马湖乡", "马湖", false, 2, 1},         {"杨店乡", "杨店", false, 3, 1},
    {"张集乡", "张集", false, 2, 1},         {"众兴乡", "众兴", false, 2, 1},
    {"肥东经济开发区", "肥东", true, 2, 28}, {"合肥循环经济示范园", "合肥", true, 1, 12},
};

struct RawIndustry
{
    const char* code;
    int weight;
    const char* words;
};

// Weighted towards manufacturing, construction, trade, transport, catering and resident services: the sectors
// that post most blue-collar vacancies in a county.
const RawIndustry kIndustries[] = {
    {"A", 3, "农业科技|生态农业|农业开发|畜禽养殖|苗木"},
    {"B", 1, "矿业|石料"},
    {"C", 40,
     "机械制造|汽车零部件|电子科技|新材料|食品|塑业|纺织|服饰|包装|家具|建材|电器|精密模具|光电科技|"
     "新能源科技|化工|印务|钢结构|五金制品|医疗器械|木业|粮油|米业|智能装备"},
    {"D", 1, "新能源|供水|热力"},
    {"E", 9, "建筑工程|建设工程|装饰工程|市政工程|建筑安装工程|园林工程"},
    {"F", 13, "商贸|超市|农产品批发|医药连锁|物资|贸易|家电销售|建材销售"},
    {"G", 7, "物流|运输|快递|仓储|货运|供应链管理"},
    {"H", 8, "餐饮管理|酒店管理|大酒店|餐饮"},
    {"I", 2, "信息技术|网络科技|软件"},
    {"J", 1, "融资担保|小额贷款"},
    {"K", 2, "物业管理|房地产开发|置业"},
    {"L", 3, "人力资源|劳务服务|企业管理|保安服务"},
    {"M", 1, "检测技术|工程设计"},
    {"N", 2, "环保科技|园林绿化|环境工程"},
    {"O", 6, "家政服务|汽车维修|保洁服务|洗涤服务|美容美发"},
    {"P", 1, "职业培训学校"},
    {"Q", 2, "医院|养老服务|护理院"},
    {"R", 1, "文化传媒|体育发展"},
};

struct RawTitle
{
    const char* sections;
    const char* title;
    const char* trade;
    const char* occupation;
    int low;
    int high;
    const char* education;
    const char* skill;
    int maxHead;
};

// Titles as they appear on county vacancy lists, with the usual wage band (yuan per month) and requirements.
const RawTitle kTitles[] = {
    {"C", "普工", "装配工", "6", 3800, 5500, "junior", "none", 50},
    {"C", "操作工", "机床操作工", "6", 4000, 6000, "junior", "none", 40},
    {"CE", "焊工", "焊工", "6", 5500, 8500, "junior", "level4", 15},
    {"CDE", "电工", "电工", "6", 5000, 7500, "senior", "level4", 6},
    {"CFG", "叉车工", "叉车司机", "6", 4500, 6500, "junior", "level5", 8},
    {"CA", "质检员", "质检员", "6", 4000, 5800, "senior", "none", 10},
    {"C", "数控车工", "车工", "6", 5500, 8000, "senior", "level4", 12},
    {"C", "钳工", "钳工", "6", 5000, 7500, "senior", "level4", 8},
    {"C", "设备维修工", "机修钳工", "6", 5500, 8000, "senior", "level4", 5},
    {"C", "注塑工", "塑料制品成型制作工", "6", 4200, 6000, "junior", "none", 20},
    {"C", "包装工", "包装工", "6", 3500, 5000, "junior", "none", 30},
    {"C", "缝纫工", "缝纫工", "6", 4000, 6500, "junior", "none", 40},
    {"C", "喷涂工", "涂装工", "6", 5000, 7000, "junior", "level5", 10},
    {"CM", "技术员", "工程技术人员", "2", 5500, 9000, "college", "none", 5},
    {"C", "模具工", "模具工", "6", 5500, 8500, "senior", "level4", 6},
    {"C", "班组长", "生产班组长", "6", 6000, 8500, "senior", "none", 3},
    {"E", "钢筋工", "钢筋工", "6", 6000, 9000, "primary", "level5", 20},
    {"E", "木工", "木工", "6", 6000, 9000, "primary", "level5", 15},
    {"E", "瓦工", "砌筑工", "6", 6000, 8500, "primary", "level5", 15},
    {"E", "架子工", "架子工", "6", 6500, 9000, "primary", "level5", 10},
    {"E", "施工员", "建筑施工员", "2", 5500, 8500, "college", "none", 3},
    {"E", "安全员", "安全员", "2", 5000, 7000, "college", "none", 2},
    {"E", "资料员", "资料员", "3", 4000, 5500, "college", "none", 2},
    {"EK", "水电工", "水电安装工", "6", 5500, 8000, "junior", "level4", 8},
    {"E", "油漆工", "油漆工", "6", 5500, 8000, "primary", "level5", 8},
    {"FH", "营业员", "营业员", "4", 3000, 4200, "junior", "none", 10},
    {"F", "收银员", "收银员", "4", 3000, 4000, "senior", "none", 8},
    {"F", "理货员", "理货员", "4", 3200, 4500, "junior", "none", 8},
    {"F", "导购员", "营销员", "4", 3500, 6000, "senior", "none", 10},
    {"FG", "配送员", "配送员", "4", 4500, 7000, "junior", "none", 15},
    {"F", "采购员", "采购员", "4", 4000, 6000, "college", "none", 2},
    {"G", "货车司机", "道路货运驾驶员", "4", 6000, 9000, "junior", "none", 10},
    {"G", "快递员", "快递员", "4", 5000, 8000, "junior", "none", 20},
    {"G", "分拣员", "快件处理员", "4", 4000, 5500, "junior", "none", 30},
    {"G", "装卸工", "装卸搬运工", "4", 4500, 6500, "primary", "none", 20},
    {"G", "调度员", "调度员", "4", 4500, 6500, "senior", "none", 2},
    {"H", "厨师", "中式烹调师", "4", 4500, 7500, "junior", "level5", 4},
    {"H", "服务员", "餐厅服务员", "4", 3000, 4200, "junior", "none", 12},
    {"H", "面点师", "中式面点师", "4", 4000, 6000, "junior", "level5", 3},
    {"H", "前台接待", "前厅服务员", "4", 3200, 4500, "senior", "none", 3},
    {"H", "客房服务员", "客房服务员", "4", 3000, 4000, "junior", "none", 8},
    {"H", "洗碗工", "餐厅服务员", "4", 3000, 3600, "primary", "none", 4},
    {"H", "配菜员", "中式烹调师", "4", 3200, 4500, "junior", "none", 4},
    {"O", "家政服务员", "家政服务员", "4", 4000, 7000, "junior", "level5", 20},
    {"O", "育婴员", "育婴员", "4", 5000, 8000, "senior", "level5", 10},
    {"OQ", "养老护理员", "养老护理员", "4", 3800, 5500, "junior", "level5", 15},
    {"O", "汽车维修工", "汽车维修工", "4", 4500, 7500, "senior", "level4", 5},
    {"O", "美发师", "美发师", "4", 4000, 8000, "junior", "level5", 4},
    {"O", "洗车工", "汽车美容装潢工", "4", 3200, 4500, "junior", "none", 4},
    {"Q", "护士", "护士", "2", 4500, 7000, "college", "none", 8},
    {"Q", "护理员", "医疗护理员", "4", 3500, 5000, "junior", "level5", 12},
    {"Q", "药剂员", "药剂员", "2", 4000, 6000, "college", "none", 2},
    {"Q", "收费员", "收费员", "3", 3200, 4200, "senior", "none", 2},
    {"A", "种植工", "农作物种植工", "5", 3000, 4500, "primary", "none", 20},
    {"A", "养殖工", "家畜饲养员", "5", 3500, 5000, "primary", "none", 10},
    {"A", "农机操作员", "农业机械操作员", "5", 4500, 6500, "junior", "level5", 4},
    {"A", "采摘工", "农作物种植工", "5", 3000, 4000, "primary", "none", 30},
    {"A", "农技员", "农业技术员", "2", 4500, 6500, "college", "none", 2},
    {"I", "软件工程师", "软件研发工程技术人员", "2", 7000, 9000, "bachelor", "none", 4},
    {"I", "网络管理员", "网络与信息安全管理员", "2", 5000, 7000, "college", "none", 2},
    {"IR", "运营专员", "互联网营销师", "4", 4000, 7000, "college", "none", 3},
    {"IR", "主播", "互联网营销师", "4", 4000, 9000, "senior", "none", 5},
    {"IFJL", "客服专员", "客户服务管理员", "4", 3500, 5000, "senior", "none", 10},
    {"L", "保安员", "保安员", "4", 3000, 4200, "junior", "none", 20},
    {"L", "招聘专员", "人力资源管理人员", "3", 4000, 6000, "college", "none", 2},
    {"K", "物业管理员", "物业管理员", "4", 3500, 5000, "senior", "none", 4},
    {"K", "置业顾问", "房地产经纪人", "4", 4000, 9000, "college", "none", 8},
    {"M", "检测员", "质检员", "2", 4500, 6500, "college", "level5", 5},
    {"M", "实验员", "化学检验员", "2", 4500, 6500, "college", "none", 3},
    {"N", "绿化工", "园林绿化工", "4", 3200, 4500, "primary", "none", 15},
    {"N", "环卫工", "保洁员", "4", 3000, 3800, "primary", "none", 20},
    {"N", "污水处理工", "污水处理工", "6", 4000, 5500, "senior", "level5", 4},
    {"D", "运行值班员", "变配电运行值班员", "6", 5000, 7000, "college", "level4", 4},
    {"D", "抄表员", "抄表核算收费员", "4", 3500, 4500, "senior", "none", 3},
    {"B", "装载机司机", "装载机司机", "6", 6000, 9000, "junior", "level5", 3},
    {"B", "采石工", "矿山采掘工", "6", 6000, 9000, "junior", "none", 10},
    {"P", "培训讲师", "职业培训师", "2", 5000, 8000, "bachelor", "none", 3},
    {"P", "教务员", "行政办事员", "3", 3500, 4500, "college", "none", 2},
    {"R", "摄影师", "摄影师", "4", 4500, 7500, "college", "none", 2},
    {"J", "客户经理", "银行信贷员", "2", 6000, 9000, "bachelor", "none", 3},
    {"J", "柜员", "银行综合柜员", "3", 4500, 6000, "bachelor", "none", 3},
    // Posts every kind of employer advertises.
    {"*", "会计", "会计", "2", 4000, 6500, "college", "none", 1},
    {"*", "出纳", "出纳", "3", 3500, 4500, "college", "none", 1},
    {"*", "行政文员", "行政办事员", "3", 3500, 4500, "college", "none", 2},
    {"*", "仓库管理员", "仓储管理员", "4", 3800, 5000, "senior", "none", 2},
    {"*", "保安", "保安员", "4", 3000, 4000, "junior", "none", 4},
    {"*", "保洁员", "保洁员", "4", 3000, 3600, "primary", "none", 4},
    {"*", "驾驶员", "机动车驾驶员", "4", 4500, 7000, "junior", "none", 2},
    {"*", "销售代表", "营销员", "4", 4000, 8000, "senior", "none", 6},
    {"*", "食堂厨师", "中式烹调师", "4", 4000, 6000, "junior", "level5", 2},
    {"*", "人事专员", "人力资源管理人员", "3", 4000, 5500, "college", "none", 1},
};

struct RawTrade
{
    const char* trade;
    int weight;
};

const RawTrade kDesiredTrades[] = {
    {"普工", 15},      {"操作工", 6},     {"焊工", 5},     {"电工", 5},   {"叉车工", 3},   {"驾驶员", 6},
    {"货车司机", 3},   {"保安", 6},       {"保洁员", 5},   {"营业员", 5}, {"服务员", 4},   {"厨师", 4},
    {"家政服务员", 4}, {"养老护理员", 3}, {"快递员", 4},   {"分拣员", 3}, {"数控车工", 3}, {"质检员", 3},
    {"仓库管理员", 4}, {"会计", 2},       {"销售代表", 4}, {"缝纫工", 3}, {"木工", 2},     {"瓦工", 2},
    {"钢筋工", 2},     {"水电工", 2},     {"主播", 1},     {"不限", 6},
};

DemoTables build()
{
    DemoTables t;
    t.surnames = chars(kSurnames);
    for (int i = 0; i < t.surnames.size(); ++i) {
        const int top = static_cast<int>(sizeof kTopSurnameWeights / sizeof kTopSurnameWeights[0]);
        t.surnameWeights.push_back(i < top ? kTopSurnameWeights[i] : std::max(15, 62 - (i - top)));
    }
    t.surnamePicker.reset(t.surnameWeights);
    t.maleChars = chars(kMaleChars);
    t.femaleChars = chars(kFemaleChars);
    t.brandChars = chars(kBrandChars);

    for (const RawTown& r : kFeidongTowns)
        t.feidongTowns.append(
            {QString::fromUtf8(r.name), QString::fromUtf8(r.shortName), r.park, r.workers, r.enterprises});
    t.roads = list("龙城路|长江东路|包公大道|东方大道|合马路|站北路|新安江路|护城路|撮镇大道|龙泉路|文昌路|县府路|"
                   "人民路|公园路|青年路|合蚌路|滨湖路|金阳路|光明路|团结路|和平路|建设路|工业大道|创业大道|"
                   "纬一路|纬二路|经三路|经五路|振兴路|文化路");
    for (const RawIndustry& r : kIndustries)
        t.industries.append({QString::fromLatin1(r.code), r.weight, list(r.words)});
    for (const RawTitle& r : kTitles) {
        JobTitle j;
        j.title = QString::fromUtf8(r.title);
        j.trade = QString::fromUtf8(r.trade);
        j.occupationCode = QString::fromLatin1(r.occupation);
        j.educationCode = QString::fromLatin1(r.education);
        j.skillCode = QString::fromLatin1(r.skill);
        j.sections = QString::fromLatin1(r.sections);
        j.wageLow = r.low;
        j.wageHigh = r.high;
        j.maxHeadcount = r.maxHead;
        t.titles.append(j);
    }
    for (const RawTrade& r : kDesiredTrades) {
        t.desiredTrades << QString::fromUtf8(r.trade);
        t.desiredTradeWeights.push_back(r.weight);
    }
    t.outOfProvinceCities = list("江苏省苏州市|江苏省南京市|江苏省无锡市|江苏省常州市|浙江省杭州市|浙江省宁波市|"
                                 "浙江省温州市|上海市|广东省深圳市|广东省东莞市|北京市");
    t.inProvinceCities = list("安徽省合肥市包河区|安徽省合肥市蜀山区|安徽省合肥市瑶海区|安徽省合肥市经济技术开发区|"
                              "安徽省芜湖市|安徽省马鞍山市|安徽省滁州市");
    t.benefits = list("五险一金|五险|包吃住|包住|提供工作餐|餐补|交通补贴|全勤奖|年终奖|带薪年假|节日福利|定期体检|"
                      "免费班车");
    t.requirements = list("身体健康，能适应倒班|吃苦耐劳，服从安排|有相关工作经验者优先|能适应长白班|视力良好，无色盲|"
                          "责任心强，有团队精神|持相应职业资格证书上岗|持健康证");
    t.mobilePrefixes = list("130|131|132|133|134|135|136|137|138|139|150|151|152|153|155|156|157|158|159|166|173|"
                            "175|176|177|178|180|181|182|183|185|186|187|188|189|191|198|199");
    t.industryFairThemes = list("制造业|建筑业|商贸服务业|现代物流业|餐饮住宿业|新能源汽车产业链|家政服务业");
    t.groupFairThemes = list("农民工返岗|困难职工及家属|残疾人|新就业形态劳动者|退役军人|转岗待岗职工|女性");
    t.occupationFairThemes = list("焊工、电工等技能岗位|普工|家政护理|驾驶员|数控技术|营业员、收银员");
    t.projectPatterns = list("%1%2家庭农场|%2电商直播工作室|%1%2特色小吃店|%2农产品网店|%1%2生态养殖场|"
                             "%2家电维修部|%1%2民宿|%2手工艺品工作室|%1%2烘焙坊|%2快递驿站");
    t.trainingCourses = list("%1技能提升培训班|%1岗前培训|%1订单式培训班|%1职业技能等级认定培训");
    t.legalAidNotes = list("追讨欠薪|劳动合同纠纷|工伤认定与赔偿|经济补偿金争议|社会保险争议");
    t.consultationNotes = list("劳动合同条款咨询|加班工资咨询|试用期权益咨询|社保转移咨询|工伤保险咨询");
    t.financialAidNotes = list("困难职工生活救助|医疗救助|子女助学|临时救助|创业启动帮扶");
    t.psychologicalNotes = list("一对一心理疏导|心理疏导热线回访|职工心理健康讲座|家庭关系调适");
    t.visitNotes = list("春节送温暖走访慰问|入户走访|夏送清凉慰问|困难职工家庭慰问|金秋助学走访");
    t.labourRiskNotes = list("未按规定签订劳动合同|社会保险缴纳不规范|集中裁员风险|劳动争议集体投诉|超时加班投诉");
    t.chineseNumerals = list("一|二|三|四|五|六|七|八|九|十|十一|十二|十三|十四|十五|十六|十七|十八|十九|二十");
    return t;
}

} // namespace

const DemoTables& demoTables()
{
    static const DemoTables tables = build();
    return tables;
}

QString personName(DemoRandom& rng, bool male)
{
    const DemoTables& t = demoTables();
    const QVector<QChar>& given = male ? t.maleChars : t.femaleChars;
    QChar buffer[3];
    buffer[0] = t.surnames.at(t.surnamePicker.pick(rng));
    buffer[1] = given.at(static_cast<int>(rng.below(static_cast<quint64>(given.size()))));
    // About a quarter of names have a one-character given name (王伟); the rest two (王秀英).
    if (rng.percent(25))
        return QString(buffer, 2);
    // Doubled characters (婷婷) are girls' names; a man's two characters differ.
    do
        buffer[2] = given.at(static_cast<int>(rng.below(static_cast<quint64>(given.size()))));
    while (male && buffer[2] == buffer[1]);
    return QString(buffer, 3);
}

QString shortPlaceName(const QString& divisionName)
{
    static const QString suffixes[] = {QStringLiteral("自治县"), QStringLiteral("县"), QStringLiteral("市"),
                                       QStringLiteral("区"),     QStringLiteral("旗"), QStringLiteral("省")};
    for (const QString& s : suffixes)
        if (divisionName.size() > s.size() + 1 && divisionName.endsWith(s))
            return divisionName.left(divisionName.size() - s.size());
    return divisionName;
}

} // namespace jb::core::demo
