// The default reference lists a new file starts with. Officers may add, rename and retire values:
// these are defaults from DOMAIN.md and the national standards, not fixed code.

#include "core/storage/Migrations.h"
#include "core/storage/SqlError.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace jb::core::schema {

namespace {

struct DefaultItem
{
    const char* list;
    const char* code;
    const char* nameZh;
    const char* nameEn;
};

const DefaultItem kDefaults[] = {
    // 重点群体 key groups named by the plan.
    {"key_group", "migrant_worker", "农民工", "Migrant workers"},
    {"key_group", "hardship", "困难职工及家属", "Workers in hardship and their families"},
    {"key_group", "new_form", "新就业形态劳动者", "New-form (platform) workers"},
    {"key_group", "transferred", "转岗/待岗职工", "Transferred or waiting workers"},
    {"key_group", "disabled", "残疾职工", "Disabled workers"},
    // Hardship categories for the one-week promise (就业110).
    {"hardship_category", "zero_employment", "零就业家庭", "Zero-employment family"},
    {"hardship_category", "dibao_long_unemployed", "享受低保的长期失业人员",
     "Long-term unemployed on minimum living allowance"},
    {"hardship_category", "both_laid_off", "夫妻双方下岗失业", "Both spouses laid off"},
    {"hardship_category", "single_parent", "单亲家庭", "Single-parent family"},
    {"hardship_category", "disabled_able", "有劳动能力的残疾人", "Disabled person able to work"},
    {"hardship_category", "military_family", "军人军属家庭", "Military family"},
    // GB/T 4754-2017 industry sections.
    {"industry", "A", "农、林、牧、渔业", "Agriculture, forestry, animal husbandry and fishery"},
    {"industry", "B", "采矿业", "Mining"},
    {"industry", "C", "制造业", "Manufacturing"},
    {"industry", "D", "电力、热力、燃气及水生产和供应业", "Electricity, heat, gas and water supply"},
    {"industry", "E", "建筑业", "Construction"},
    {"industry", "F", "批发和零售业", "Wholesale and retail trade"},
    {"industry", "G", "交通运输、仓储和邮政业", "Transport, storage and post"},
    {"industry", "H", "住宿和餐饮业", "Accommodation and catering"},
    {"industry", "I", "信息传输、软件和信息技术服务业", "Information transmission, software and IT services"},
    {"industry", "J", "金融业", "Finance"},
    {"industry", "K", "房地产业", "Real estate"},
    {"industry", "L", "租赁和商务服务业", "Leasing and business services"},
    {"industry", "M", "科学研究和技术服务业", "Scientific research and technical services"},
    {"industry", "N", "水利、环境和公共设施管理业", "Water conservancy, environment and public facilities"},
    {"industry", "O", "居民服务、修理和其他服务业", "Resident services, repair and other services"},
    {"industry", "P", "教育", "Education"},
    {"industry", "Q", "卫生和社会工作", "Health and social work"},
    {"industry", "R", "文化、体育和娱乐业", "Culture, sports and entertainment"},
    {"industry", "S", "公共管理、社会保障和社会组织",
     "Public administration, social security and social organisations"},
    {"industry", "T", "国际组织", "International organisations"},
    // 职业分类大典 major groups 1–8.
    {"occupation_group", "1", "党的机关、国家机关、群众团体和社会组织、企事业单位负责人",
     "Heads of organisations and enterprises"},
    {"occupation_group", "2", "专业技术人员", "Professional and technical personnel"},
    {"occupation_group", "3", "办事人员和有关人员", "Clerical and related personnel"},
    {"occupation_group", "4", "社会生产服务和生活服务人员", "Social production and life service personnel"},
    {"occupation_group", "5", "农、林、牧、渔业生产及辅助人员",
     "Agriculture, forestry, husbandry and fishery production"},
    {"occupation_group", "6", "生产制造及有关人员", "Production, manufacturing and related personnel"},
    {"occupation_group", "7", "军人", "Military personnel"},
    {"occupation_group", "8", "不便分类的其他从业人员", "Other occupations not elsewhere classified"},
    // Education.
    {"education", "primary", "小学及以下", "Primary school or below"},
    {"education", "junior", "初中", "Junior secondary"},
    {"education", "senior", "高中/中专/技校", "Senior secondary / vocational school"},
    {"education", "college", "大专", "Junior college"},
    {"education", "bachelor", "本科", "Bachelor's degree"},
    {"education", "postgraduate", "研究生及以上", "Postgraduate"},
    // Vocational skill levels.
    {"skill_level", "none", "无等级", "No certificate"},
    {"skill_level", "level5", "初级工（五级）", "Entry level (5)"},
    {"skill_level", "level4", "中级工（四级）", "Intermediate (4)"},
    {"skill_level", "level3", "高级工（三级）", "Advanced (3)"},
    {"skill_level", "level2", "技师（二级）", "Technician (2)"},
    {"skill_level", "level1", "高级技师（一级）", "Senior technician (1)"},
    // Service types: what a worker may need, and what is recorded as delivered.
    {"service_type", "job_referral", "职业介绍", "Job referral"},
    {"service_type", "training", "技能培训", "Skills training"},
    {"service_type", "entrepreneurship", "创业服务", "Entrepreneurship support"},
    {"service_type", "legal_aid", "法律援助", "Legal aid"},
    {"service_type", "legal_consultation", "劳动法律咨询", "Labour-law consultation"},
    {"service_type", "financial_aid", "资金帮扶", "Financial aid"},
    {"service_type", "psychological", "心理疏导", "Psychological support"},
    {"service_type", "visit", "走访慰问", "Visit and condolence"},
    {"service_type", "insurance", "意外伤害互助保障", "Accident-injury mutual insurance"},
    // Employment status of a worker.
    {"employment_status", "unemployed", "未就业", "Not employed"},
    {"employment_status", "seeking_change", "在职求职", "Employed, seeking a change"},
    {"employment_status", "employed", "已就业", "Employed"},
    {"employment_status", "flexible", "灵活就业", "Flexible employment"},
    {"employment_status", "waiting", "待岗", "Waiting for a post"},
    // Employment form of a vacancy.
    {"employment_form", "full_time", "全职", "Full-time"},
    {"employment_form", "part_time", "兼职", "Part-time"},
    {"employment_form", "seasonal", "季节性用工", "Seasonal"},
    {"employment_form", "dispatch", "劳务派遣", "Labour dispatch"},
    {"employment_form", "internship", "实习", "Internship"},
    // Job fair kinds.
    {"fair_kind", "unified", "“1+16+N”统一招聘会", "Unified \"1+16+N\" fair"},
    {"fair_kind", "industry", "行业专场招聘会", "Special fair by industry"},
    {"fair_kind", "group", "重点群体专场招聘会", "Special fair for a key group"},
    {"fair_kind", "occupation", "职业（工种）专场招聘会", "Special fair by occupation"},
    {"fair_kind", "livestream", "直播带岗", "Live-stream recruiting"},
};

const char* const kDefaultSettings[][2] = {
    {"promise_days", "7"},       // the one-week promise (就业110), in calendar days
    {"stable_months", "3"},      // stable employment: contract signed and still employed this many months later
    {"pace_amber_ratio", "0.9"}, // at or above this share of the expected pace: amber; below: red
    {"insurance_premium_yuan", "50"},
    {"insurance_province_share", "0.5"},
};

} // namespace

Status seedReferenceDefaults(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO reference_items (list, code, name_zh, name_en, sort_order) "
                             "VALUES (?, ?, ?, ?, ?)"));
    int order = 0;
    QString previousList;
    for (const DefaultItem& item : kDefaults) {
        const QString list = QString::fromUtf8(item.list);
        order = (list == previousList) ? order + 1 : 1;
        previousList = list;
        q.addBindValue(list);
        q.addBindValue(QString::fromUtf8(item.code));
        q.addBindValue(QString::fromUtf8(item.nameZh));
        q.addBindValue(QString::fromUtf8(item.nameEn));
        q.addBindValue(order);
        if (!q.exec())
            return Status::failure(describeSqlError(q, QStringLiteral("reference defaults")));
    }
    QSqlQuery s(db);
    s.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    for (const auto& kv : kDefaultSettings) {
        s.addBindValue(QString::fromUtf8(kv[0]));
        s.addBindValue(QString::fromUtf8(kv[1]));
        if (!s.exec())
            return Status::failure(describeSqlError(s, QStringLiteral("default settings")));
    }
    return {};
}

} // namespace jb::core::schema
