// Vacancy rows (企业招工用工需求清单): each row names its enterprise and one vacancy. The enterprise name and the
// job title are the key; everything else is optional and, when unusable, left empty with a warning.

#include "core/import/checking/RowParser.h"
#include "core/import/checking/RowParserSupport.h"
#include "core/import/checking/ValueParsers.h"
#include "core/import/reading/FieldCatalog.h"
#include "core/validation/CreditCode.h"

#include <iterator>

namespace jb::core {

namespace {

using rowparse::Outcome;
using rowparse::RowContext;

namespace slot {
enum Id {
    EnterpriseName,
    CreditCode,
    Industry,
    Org,
    Address,
    ContactName,
    ContactPhone,
    KeyEnterprise,
    Title,
    Trade,
    OccupationGroup,
    Headcount,
    Wage,
    Benefits,
    Education,
    AgeRange,
    SkillLevel,
    Requirements,
    WorkLocation,
    EmploymentForm,
    PostedOn,
    Status,
    SlotCount
};
} // namespace slot

// In VacancySlot order.
const QString* const kSlotKeys[] = {
    &field::enterpriseName,  &field::creditCode,   &field::industry,      &field::org,          &field::address,
    &field::contactName,     &field::contactPhone, &field::keyEnterprise, &field::title,        &field::trade,
    &field::occupationGroup, &field::headcount,    &field::wage,          &field::benefits,     &field::education,
    &field::ageRange,        &field::skillLevel,   &field::requirements,  &field::workLocation, &field::employmentForm,
    &field::postedOn,        &field::status,
};
static_assert(std::size(kSlotKeys) == slot::SlotCount, "one field key per slot");

QString label(const QString& key)
{
    const ImportField* f = findImportField(ImportKind::Vacancies, key);
    return f ? f->labelZh : key;
}

// A requirement column (学历要求, 技能要求) that says "none": recognised, nothing to record.
std::optional<qint64> requirement(const RowContext& row, int slot, const QString& list, const char* whatZh,
                                  const char* whatEn)
{
    const QString cell = row.text(slot);
    if (cell.isEmpty() || isNoRequirement(cell))
        return std::nullopt;
    return row.reference(slot, list, whatZh, whatEn);
}

} // namespace

void RowParser::initVacancyColumns()
{
    m_columns.resize(slot::SlotCount);
    for (int i = 0; i < slot::SlotCount; ++i)
        m_columns[i] = m_mapping.columnOf(*kSlotKeys[i]);
}

std::optional<VacancyRecord> RowParser::parseVacancy(const CsvRecord& record, QVector<ImportIssue>& issues) const
{
    if (m_kind != ImportKind::Vacancies)
        return std::nullopt;
    const RowContext row(record, issues, m_header, m_columns, m_lookup, m_today);

    VacancyRecord v;
    v.line = record.line;
    EnterpriseRecord& e = v.enterprise;
    e.name = row.text(slot::EnterpriseName);
    v.title = row.text(slot::Title);
    if (e.name.isEmpty())
        row.report(slot::EnterpriseName, label(field::enterpriseName), reason::missingRequired, IssueSeverity::Rejected,
                   QStringLiteral("缺少企业名称，无法确定岗位属于哪家企业，请填写企业全称"),
                   QStringLiteral("the enterprise name is missing, so the vacancy cannot be attached to an "
                                  "enterprise; enter the enterprise's full name"),
                   Outcome::RowRejected);
    if (v.title.isEmpty())
        row.report(slot::Title, label(field::title), reason::missingRequired, IssueSeverity::Rejected,
                   QStringLiteral("缺少岗位名称，请填写招聘的岗位（如“普工”“电焊工”）"),
                   QStringLiteral("the job title is missing; enter the job offered (e.g. 普工, 电焊工)"),
                   Outcome::RowRejected);
    if (e.name.isEmpty() || v.title.isEmpty())
        return std::nullopt;

    if (!row.raw(slot::CreditCode).isEmpty()) {
        const CreditCodeCheck check = checkCreditCode(row.raw(slot::CreditCode));
        switch (check.status) {
        case CreditCodeCheck::Status::Valid:
            e.creditCode = check.normalized;
            break;
        case CreditCodeCheck::Status::ChecksumWarning:
            // Some codes issued in practice fail the check: keep it, but let the officer look.
            e.creditCode = check.normalized;
            row.warn(slot::CreditCode, reason::usccChecksum, rowparse::splitBilingual(check.message),
                     Outcome::KeptAsWritten);
            break;
        case CreditCodeCheck::Status::Invalid:
            row.warn(slot::CreditCode, reason::valueUnrecognised, rowparse::splitBilingual(check.message));
            break;
        case CreditCodeCheck::Status::Missing:
            break;
        }
    }
    e.industryId =
        row.reference(slot::Industry, QStringLiteral("industry"), "行业（可写门类字母如“C”或名称如“制造业”）",
                      "industry (write the section letter such as C or a name such as 制造业)");
    e.orgId = row.organisation(slot::Org);
    e.address = row.text(slot::Address);
    e.contactName = row.text(slot::ContactName);
    e.contactPhone = row.phone(slot::ContactPhone);
    if (const QString key = row.text(slot::KeyEnterprise); !key.isEmpty()) {
        e.isKeyEnterprise = parseYesNo(key);
        if (!e.isKeyEnterprise)
            row.warn(slot::KeyEnterprise, reason::valueUnrecognised, QStringLiteral("请填写“是”或“否”"),
                     QStringLiteral("write 是 (yes) or 否 (no)"));
    }

    v.trade = row.text(slot::Trade);
    v.occupationGroupId = row.reference(slot::OccupationGroup, QStringLiteral("occupation_group"),
                                        "职业大类（可写 1–8 或名称）", "occupation group (write 1–8 or a name)");
    if (const QString count = row.text(slot::Headcount); !count.isEmpty()) {
        const HeadcountParse h = parseHeadcount(count);
        if (h.recognised)
            v.headcount = h.count;
        else
            row.warn(slot::Headcount, reason::valueUnrecognised,
                     QStringLiteral("无法读出招聘人数，请写成如“20”“20人”或“若干”"),
                     QStringLiteral("no headcount can be read from it; write it like 20, 20人 or 若干"));
    }
    v.wageText = row.text(slot::Wage);
    if (!v.wageText.isEmpty()) {
        const WageRange r = parseWage(v.wageText);
        if (r.recognised) {
            v.wageMin = r.min;
            v.wageMax = r.max;
        } else {
            row.warn(
                slot::Wage, reason::valueUnrecognised,
                QStringLiteral("无法读出月薪范围，统计中不计入薪资。请写成如 3000-5000元/月、5000元、5k-8k 或“面议”"),
                QStringLiteral("no monthly wage range can be read from it, so wage statistics leave it out. "
                               "Write it like 3000-5000元/月, 5000元, 5k-8k or 面议"),
                Outcome::KeptAsText);
        }
    }
    v.benefits = row.text(slot::Benefits);
    v.educationId = requirement(row, slot::Education, QStringLiteral("education"), "学历", "education level");
    if (const QString age = row.text(slot::AgeRange); !age.isEmpty()) {
        const jb::core::AgeRange a = parseAgeRange(age);
        if (a.recognised) {
            v.ageMin = a.min;
            v.ageMax = a.max;
        } else {
            row.warn(slot::AgeRange, reason::valueUnrecognised,
                     QStringLiteral("无法读出年龄范围，请写成如“18-45岁”“45岁以下”“18岁以上”或“不限”"),
                     QStringLiteral("no age range can be read from it; write it like 18-45岁, 45岁以下, 18岁以上 "
                                    "or 不限"));
        }
    }
    v.requirements = row.text(slot::Requirements);
    // 技能要求 often holds a sentence ("熟练操作叉车") rather than a level: keep it with the requirements.
    if (const QString skill = row.text(slot::SkillLevel); !skill.isEmpty() && !isNoRequirement(skill)) {
        v.skillLevelId = m_lookup.find(QStringLiteral("skill_level"), skill);
        if (!v.skillLevelId) {
            v.requirements = v.requirements.isEmpty() ? skill : v.requirements + QStringLiteral("；") + skill;
            row.warn(
                slot::SkillLevel, reason::valueUnrecognised,
                QStringLiteral("不是可识别的技能等级（初级工、中级工、高级工、技师、高级技师），已并入岗位要求"),
                QStringLiteral("not a recognised skill level (初级工, 中级工, 高级工, 技师, 高级技师); it was added "
                               "to the requirements"),
                Outcome::KeptAsText);
        }
    }
    v.workLocation = row.text(slot::WorkLocation);
    v.employmentFormId =
        row.reference(slot::EmploymentForm, QStringLiteral("employment_form"), "用工形式", "employment form");
    v.postedOn = row.date(slot::PostedOn);
    if (const QString status = row.text(slot::Status); !status.isEmpty()) {
        v.status = parseVacancyStatus(status);
        if (v.status.isEmpty())
            row.warn(slot::Status, reason::valueUnrecognised,
                     QStringLiteral("岗位状态应写“招聘中”“已招满”或“已关闭”，该项留空即按“招聘中”导入"),
                     QStringLiteral("write 招聘中 (open), 已招满 (filled) or 已关闭 (closed); an empty status "
                                    "is imported as open"));
    }
    return v;
}

} // namespace jb::core
