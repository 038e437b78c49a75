// The importable fields of both lists and the header wordings seen in county, town and enterprise spreadsheets.
// The synonym lists are deliberately generous: a column the mapper cannot place costs the officer a manual step
// on every import of that layout.

#include "core/import/reading/FieldCatalog.h"

#include "core/validation/Normalize.h"

#include <QHash>

namespace jb::core {

namespace {

struct FieldDef
{
    const char* key;
    const char* labelZh;
    const char* labelEn; // the source text of the label's translation (context "Import")
    bool required;
    bool multiValued;
    const char* synonyms; // '|'-separated; written as officers write them, normalised when the table is built
};

// Workers (劳动者求职需求清单).
const FieldDef kWorkerFields[] = {
    {"name", "姓名", QT_TRANSLATE_NOOP("Import", "Name"), true, false,
     "姓名|名字|求职者姓名|劳动者姓名|人员姓名|职工姓名|求职人员姓名|name|full name|worker name|worker"},
    {"id_number", "身份证号", QT_TRANSLATE_NOOP("Import", "Resident ID number"), true, false,
     "身份证号|身份证号码|公民身份号码|公民身份证号码|证件号码|证件号|身份证|身份证件号码|居民身份证号码|居民身份证号|"
     "身份号码|身份证编号|id number|id no|id no.|id|resident id|resident id number|id card|id card number|"
     "identity card number|national id"},
    {"gender", "性别", QT_TRANSLATE_NOOP("Import", "Gender"), false, false, "性别|gender|sex"},
    {"phone", "联系电话", QT_TRANSLATE_NOOP("Import", "Phone"), false, false,
     "联系电话|手机号码|手机|手机号|电话|电话号码|联系方式|本人电话|联系号码|本人联系电话|移动电话|phone|mobile|"
     "telephone|tel|phone number|mobile phone|mobile number|contact number"},
    {"org", "所属乡镇（单位）", QT_TRANSLATE_NOOP("Import", "Town / unit"), false, false,
     "所属乡镇|乡镇（街道）|乡镇(街道)|乡镇/街道|乡镇街道|所属乡镇（街道）|所属单位|乡镇|街道|所在乡镇|所属街道|"
     "所属园区|所属工会|所属乡镇（园区）|乡镇（园区）|town|township|unit|org|organisation|organization"},
    {"hukou_place", "户籍地", QT_TRANSLATE_NOOP("Import", "Household registration place"), false, false,
     "户籍所在地|户籍地|户籍|户口所在地|户籍地址|户口地址|户籍所在地址|籍贯|hukou|hukou place|household registration|"
     "registered residence"},
    {"current_place", "现居住地", QT_TRANSLATE_NOOP("Import", "Current place"), false, false,
     "现居住地|现住址|居住地|现居地|现居住地址|居住地址|现住地址|家庭住址|家庭地址|住址|current place|"
     "current address|address|residence|current residence"},
    {"employment_status", "就业状态", QT_TRANSLATE_NOOP("Import", "Employment status"), false, false,
     "就业状态|就业情况|就业状况|目前状态|当前状态|目前就业状态|employment status|employment"},
    {"returned_on", "返岗时间", QT_TRANSLATE_NOOP("Import", "Return-to-work date"), false, false,
     "返岗时间|返岗日期|返工时间|返工日期|返岗就业时间|返岗/返工时间|return date|returned on|return to work date"},
    {"return_destination", "返岗去向", QT_TRANSLATE_NOOP("Import", "Return destination"), false, false,
     "返岗去向|返岗地点|返岗地|去向|务工去向|务工地|务工地点|返岗方向|外出务工地|return destination|destination"},
    {"desired_trade", "求职意向", QT_TRANSLATE_NOOP("Import", "Desired job"), false, false,
     "求职意向|意向工种|意向岗位|求职岗位|期望岗位|期望工种|求职工种|意向职业|求职意向工种|求职意向岗位|"
     "意向工种（岗位）|desired job|desired trade|job wanted|job intention"},
    {"desired_place", "意向工作地点", QT_TRANSLATE_NOOP("Import", "Desired place"), false, false,
     "意向工作地点|期望工作地点|意向就业地|意向就业地点|期望就业地点|求职地点|意向地点|意向工作地|期望工作地区|"
     "意向工作地区|desired place|desired location|preferred location"},
    {"expected_wage", "期望薪资", QT_TRANSLATE_NOOP("Import", "Expected wage"), false, false,
     "期望薪资|期望月薪|期望工资|期望薪酬|期望待遇|薪资要求|工资要求|意向薪资|期望收入|月薪要求|期望月收入|"
     "expected wage|expected salary|desired salary|salary expectation"},
    {"skill_level", "技能等级", QT_TRANSLATE_NOOP("Import", "Skill level"), false, false,
     "技能等级|职业技能等级|技术等级|技能水平|职业资格等级|技能证书等级|技能证书|skill level|skill grade"},
    {"education", "文化程度", QT_TRANSLATE_NOOP("Import", "Education"), false, false,
     "文化程度|学历|最高学历|受教育程度|教育程度|education|education level|highest education"},
    {"registered_on", "登记日期", QT_TRANSLATE_NOOP("Import", "Registration date"), false, false,
     "登记日期|登记时间|填报日期|填表日期|录入日期|采集日期|采集时间|登记日|填报时间|registered on|"
     "registration date|date registered"},
    {"last_contact_on", "最近联系日期", QT_TRANSLATE_NOOP("Import", "Last contact date"), false, false,
     "最近联系日期|最近联系时间|最后联系日期|最后联系时间|联系日期|回访日期|最近回访日期|最近跟踪日期|"
     "last contact|last contact date|last contacted"},
    {"key_groups", "重点群体", QT_TRANSLATE_NOOP("Import", "Key groups"), false, true,
     "人员类别|重点群体|人员类型|群体类别|重点群体类别|所属群体|人员分类|群体类型|重点人群|key group|key groups|"
     "group|groups|category"},
    {"hardships", "困难类型", QT_TRANSLATE_NOOP("Import", "Hardship categories"), false, true,
     "困难类型|帮扶类别|困难类别|困难原因|困难情况|帮扶类型|困难家庭类型|致困原因|困难群体类别|hardship|hardships|"
     "hardship category|hardship type"},
    {"service_needs", "服务需求", QT_TRANSLATE_NOOP("Import", "Service needs"), false, true,
     "服务需求|需求类型|帮扶需求|服务类型|需要的服务|就业服务需求|求助需求|需求服务|service needs|services needed|"
     "needs"},
    {"note", "备注", QT_TRANSLATE_NOOP("Import", "Note"), false, false,
     "备注|说明|其他|备注说明|其他情况|note|notes|remark|remarks|comment|comments"},
};

// A fair organiser's sheet (签到表 / 意向登记表): 序号, 姓名, 性别, 身份证号码, 联系电话, 人员类别, 意向单位, 意向岗位,
// 是否签约, 备注. The person's fields are the worker list's; the intention names an enterprise and a post.
const FieldDef kFairFields[] = {
    {"name", "姓名", "Name", true, false,
     "姓名|名字|求职者姓名|人员姓名|参会人员|参会人员姓名|求职人员|name|full name"},
    {"id_number", "身份证号", "Resident ID number", true, false,
     "身份证号|身份证号码|公民身份号码|证件号码|证件号|身份证|居民身份证号码|id|id number|id no|resident id"},
    {"gender", "性别", "Gender", false, false, "性别|gender|sex"},
    {"phone", "联系电话", "Phone", false, false, "联系电话|手机号|手机号码|电话|电话号码|联系方式|phone|mobile|tel"},
    {"key_groups", "人员类别", "Key groups", false, true,
     "人员类别|人员类型|重点群体|群体类别|身份类别|类别|key group|key groups|category"},
    {"enterprise_name", "意向单位", "Enterprise of the intention", false, false,
     "意向单位|意向企业|达成意向单位|意向用人单位|签约单位|用人单位|企业名称|单位名称|enterprise|employer|company"},
    {"credit_code", "统一社会信用代码", "Unified social credit code", false, false,
     "统一社会信用代码|信用代码|社会信用代码|意向单位信用代码|credit code|uscc"},
    {"title", "意向岗位", "Post of the intention", false, false,
     "意向岗位|意向工种|达成意向岗位|岗位|岗位名称|应聘岗位|post|job|job title|position"},
    {"signed", "是否签约", "Contract signed", false, false,
     "是否签约|签约|是否签订合同|是否签订劳动合同|签约情况|已签约|signed|contract signed|contract"},
    {"note", "备注", "Note", false, false, "备注|说明|其他|note|notes|remark|remarks"},
};

// A service roster (培训花名册, 参保人员名单, 慰问名单 ...): the person, the day, and the service's fields. The keys
// are the service catalogue's field ids (core/records/RecordFields.h); which ones a kind records is ServiceKinds.h's.
const FieldDef kServiceFields[] = {
    {"name", "姓名", QT_TRANSLATE_NOOP("Import", "Name"), true, false,
     "姓名|名字|学员姓名|参保人姓名|参保人|人员姓名|职工姓名|name|full name"},
    {"id_number", "身份证号", QT_TRANSLATE_NOOP("Import", "Resident ID number"), true, false,
     "身份证号|身份证号码|公民身份号码|证件号码|证件号|身份证|居民身份证号码|id|id number|id no|resident id"},
    {"provided_on", "服务日期", QT_TRANSLATE_NOOP("Import", "Date of the service"), true, false,
     "服务日期|日期|培训日期|开班日期|开始日期|培训开始日期|参保日期|投保日期|参保时间|慰问日期|咨询日期|受理日期|"
     "办理日期|帮扶日期|date|start date|service date"},
    {"ends_on", "结束日期", QT_TRANSLATE_NOOP("Import", "End date"), false, false,
     "结束日期|结业日期|培训结束日期|结束时间|end date"},
    {"course", "培训项目", QT_TRANSLATE_NOOP("Import", "Course"), false, false,
     "培训项目|培训课程|课程|课程名称|培训专业|培训工种|course"},
    {"provider", "服务提供方", QT_TRANSLATE_NOOP("Import", "Delivered by"), false, false,
     "服务提供方|培训机构|承办机构|培训单位|服务机构|服务单位|提供方|授课单位|provider|delivered by"},
    {"subtype", "帮扶方式", QT_TRANSLATE_NOOP("Import", "Kind of support"), false, false,
     "帮扶方式|培训类别|培训类型|扶持方式|服务方式|贷款类型|kind of support|training kind"},
    {"delivery", "培训模式", QT_TRANSLATE_NOOP("Import", "Mode"), false, false, "培训模式|培训形式|办班模式|mode"},
    {"hours", "学时", QT_TRANSLATE_NOOP("Import", "Hours"), false, false, "学时|课时|培训学时|培训课时|hours"},
    {"completed", "是否结业", QT_TRANSLATE_NOOP("Import", "Completed"), false, false,
     "是否结业|结业|结业情况|是否完成|completed"},
    {"certificate", "是否取证", QT_TRANSLATE_NOOP("Import", "Certificate"), false, false,
     "是否取证|取证|取得证书|是否取得证书|证书|取证情况|certificate"},
    {"amount_yuan", "金额（元）", QT_TRANSLATE_NOOP("Import", "Amount (yuan)"), false, false,
     "金额（元）|金额|金额(元)|保费|保费（元）|慰问金|慰问金额|贷款金额|帮扶金额|amount|amount (yuan)"},
    {"mentor", "创业导师", QT_TRANSLATE_NOOP("Import", "Mentor"), false, false, "创业导师|导师|mentor"},
    {"topic", "咨询事项", QT_TRANSLATE_NOOP("Import", "Topic"), false, false, "咨询事项|事项|案由|咨询内容|topic"},
    {"channel", "渠道", QT_TRANSLATE_NOOP("Import", "Channel"), false, false, "渠道|受理渠道|咨询渠道|channel"},
    {"outcome", "办理结果", QT_TRANSLATE_NOOP("Import", "Outcome"), false, false, "办理结果|结果|处理结果|outcome"},
    {"place", "慰问地点", QT_TRANSLATE_NOOP("Import", "Where"), false, false, "慰问地点|地点|走访地点|place|where"},
    {"note", "备注", QT_TRANSLATE_NOOP("Import", "Note"), false, false, "备注|说明|其他|note|notes|remark|remarks"},
};

// Vacancies (企业招工用工需求清单): each row names its enterprise.
const FieldDef kVacancyFields[] = {
    {"enterprise_name", "企业名称", QT_TRANSLATE_NOOP("Import", "Enterprise"), true, false,
     "企业名称|单位名称|用人单位|用人单位名称|招聘单位|招聘企业|公司名称|企业|用工单位|企业（单位）名称|企业全称|"
     "单位|enterprise|enterprise name|company|company name|employer"},
    {"credit_code", "统一社会信用代码", QT_TRANSLATE_NOOP("Import", "Unified social credit code"), false, false,
     "统一社会信用代码|信用代码|社会信用代码|统一信用代码|统一社会信用代码（组织机构代码）|组织机构代码|纳税人识别号|"
     "credit code|uscc|unified social credit code"},
    {"industry", "所属行业", QT_TRANSLATE_NOOP("Import", "Industry"), false, false,
     "所属行业|行业|行业类别|行业分类|行业门类|所属行业门类|所属行业类别|industry|sector"},
    {"org", "所属县区", QT_TRANSLATE_NOOP("Import", "County / unit"), false, false,
     "所属县区|县（市、区）|县(市、区)|所属县（市、区）|县区|区县|县市区|所在县区|所属区县|所属地区|所属区域|所属乡镇|"
     "乡镇（街道）|所属单位|county|district|org|organisation|organization"},
    {"address", "企业地址", QT_TRANSLATE_NOOP("Import", "Address"), false, false,
     "企业地址|单位地址|地址|公司地址|企业住所|注册地址|经营地址|详细地址|address|company address"},
    {"contact_name", "联系人", QT_TRANSLATE_NOOP("Import", "Contact person"), false, false,
     "联系人|企业联系人|联系人姓名|招聘联系人|负责人|contact|contact name|contact person"},
    {"contact_phone", "联系电话", QT_TRANSLATE_NOOP("Import", "Contact phone"), false, false,
     "联系电话|联系人电话|联系方式|电话|手机|手机号码|企业联系电话|招聘电话|咨询电话|联系人手机|phone|contact phone|"
     "telephone|tel"},
    {"key_enterprise", "是否重点企业", QT_TRANSLATE_NOOP("Import", "Key enterprise"), false, false,
     "是否重点企业|重点企业|是否为重点企业|是否重点企业（是/否）|重点企业/重大项目|是否重点企业/重大项目|"
     "是否重点项目|key enterprise"},
    {"title", "岗位名称", QT_TRANSLATE_NOOP("Import", "Job title"), true, false,
     "岗位名称|招聘岗位|岗位|职位|职位名称|招聘职位|需求岗位|用工岗位|缺工岗位|招聘岗位名称|title|job title|"
     "position|job|vacancy"},
    {"trade", "工种", QT_TRANSLATE_NOOP("Import", "Trade"), false, false,
     "工种|岗位工种|招聘工种|所需工种|工种名称|trade"},
    {"occupation_group", "职业类别", QT_TRANSLATE_NOOP("Import", "Occupation group"), false, false,
     "职业类别|职业分类|职业大类|岗位类别|职业类型|occupation group|occupation|occupation category"},
    {"headcount", "招聘人数", QT_TRANSLATE_NOOP("Import", "Headcount"), false, false,
     "招聘人数|需求人数|人数|招聘数量|用工需求人数|需求数量|拟招人数|计划招聘人数|招工人数|岗位数|headcount|number|"
     "openings|positions"},
    {"wage", "薪资待遇", QT_TRANSLATE_NOOP("Import", "Wage"), false, false,
     "薪资待遇|月薪|工资待遇|薪资|工资|薪酬|月工资|薪酬待遇|工资标准|薪资范围|薪资水平|月薪范围|工资（元/月）|"
     "wage|salary|monthly wage|pay"},
    {"benefits", "福利待遇", QT_TRANSLATE_NOOP("Import", "Benefits"), false, false,
     "福利待遇|福利|其他福利|福利保障|benefits|welfare"},
    {"education", "学历要求", QT_TRANSLATE_NOOP("Import", "Education required"), false, false,
     "学历要求|学历|文化程度|文化程度要求|最低学历|education|education requirement"},
    {"age_range", "年龄要求", QT_TRANSLATE_NOOP("Import", "Age range"), false, false,
     "年龄要求|年龄|年龄范围|年龄限制|age|age range|age requirement"},
    {"skill_level", "技能要求", QT_TRANSLATE_NOOP("Import", "Skill required"), false, false,
     "技能要求|技能等级|技能等级要求|职业技能等级要求|技术等级要求|skill level|skill requirement"},
    {"requirements", "岗位要求", QT_TRANSLATE_NOOP("Import", "Requirements"), false, false,
     "岗位要求|任职要求|招聘要求|其他要求|岗位职责|工作内容|岗位描述|职位描述|任职条件|招聘条件|requirements|"
     "job description"},
    {"work_location", "工作地点", QT_TRANSLATE_NOOP("Import", "Work location"), false, false,
     "工作地点|工作地址|上班地点|工作地|工作区域|work location|location|workplace"},
    {"employment_form", "用工形式", QT_TRANSLATE_NOOP("Import", "Employment form"), false, false,
     "用工形式|用工性质|用工方式|工作性质|雇佣形式|用工类型|employment form|employment type|job type"},
    {"posted_on", "发布日期", QT_TRANSLATE_NOOP("Import", "Posted on"), false, false,
     "发布日期|发布时间|登记日期|登记时间|填报日期|采集日期|采集时间|posted on|posted|date posted|publish date"},
    {"status", "岗位状态", QT_TRANSLATE_NOOP("Import", "Status"), false, false, "岗位状态|招聘状态|状态|status"},
};

template <std::size_t N> QVector<ImportField> build(const FieldDef (&defs)[N])
{
    QVector<ImportField> out;
    out.reserve(static_cast<int>(N));
    for (const FieldDef& d : defs) {
        ImportField f;
        f.key = QString::fromUtf8(d.key);
        f.labelZh = QString::fromUtf8(d.labelZh);
        f.labelEn = QString::fromUtf8(d.labelEn);
        f.labelSource = d.labelEn;
        f.synonyms = QString::fromUtf8(d.synonyms).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        f.required = d.required;
        f.multiValued = d.multiValued;
        out.append(f);
    }
    return out;
}

// Normalised wording → field key, per kind; the Chinese label counts as a synonym. Built once.
const QHash<QString, QString>& synonymIndex(ImportKind kind)
{
    static const auto make = [](ImportKind k) {
        QHash<QString, QString> index;
        for (const ImportField& f : importFields(k)) {
            index.insert(normalizeHeaderKey(f.labelZh), f.key);
            for (const QString& s : f.synonyms)
                index.insert(normalizeHeaderKey(s), f.key);
        }
        return index;
    };
    static const QHash<QString, QString> workers = make(ImportKind::Workers);
    static const QHash<QString, QString> vacancies = make(ImportKind::Vacancies);
    static const QHash<QString, QString> fair = make(ImportKind::Fair);
    static const QHash<QString, QString> services = make(ImportKind::Services);
    return kind == ImportKind::Workers     ? workers
           : kind == ImportKind::Vacancies ? vacancies
           : kind == ImportKind::Fair      ? fair
                                           : services;
}

} // namespace

const QVector<ImportField>& importFields(ImportKind kind)
{
    static const QVector<ImportField> workers = build(kWorkerFields);
    static const QVector<ImportField> vacancies = build(kVacancyFields);
    static const QVector<ImportField> fair = build(kFairFields);
    static const QVector<ImportField> services = build(kServiceFields);
    return kind == ImportKind::Workers     ? workers
           : kind == ImportKind::Vacancies ? vacancies
           : kind == ImportKind::Fair      ? fair
                                           : services;
}

const ImportField* findImportField(ImportKind kind, const QString& key)
{
    for (const ImportField& f : importFields(kind))
        if (f.key == key)
            return &f;
    return nullptr;
}

QString normalizeHeaderKey(QStringView headerCell)
{
    QString s = normalizeCell(headerCell);
    // Notes that mark a column as required or optional say nothing about what it holds. Each holds 必 or 选, so
    // most cells need no search (this runs for every header cell, several times while a mapping is edited).
    static const QStringList kNotes = QStringLiteral("(必填)|[必填]|【必填】|(选填)|[选填]|【选填】|(必选)|(可选)|"
                                                     "(非必填)|(必填项)|(选填项)")
                                          .split(QLatin1Char('|'));
    if (s.contains(QChar(0x5FC5) /* 必 */) || s.contains(QChar(0x9009) /* 选 */))
        for (const QString& note : kNotes)
            s.remove(note);
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c == QLatin1Char('*') || c == QLatin1Char(' ') || c == QLatin1Char('_') || c == QChar(0x203B) /* ※ */)
            continue;
        out.append(c);
    }
    while (out.endsWith(QLatin1Char(':')))
        out.chop(1);
    return out.toLower();
}

QString matchImportField(ImportKind kind, QStringView headerCell)
{
    const QString key = normalizeHeaderKey(headerCell);
    if (key.isEmpty())
        return {};
    const QHash<QString, QString>& index = synonymIndex(kind);
    if (const auto it = index.constFind(key); it != index.cend())
        return *it;
    const QString bare = removeBracketed(key);
    if (bare != key && !bare.isEmpty())
        if (const auto it = index.constFind(bare); it != index.cend())
            return *it;
    return {};
}

} // namespace jb::core
