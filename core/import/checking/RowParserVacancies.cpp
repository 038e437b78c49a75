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
std::optional<qint64> requirement(const RowContext& row, int slot, const QString& list, const Message& what)
{
    const QString cell = row.text(slot);
    if (cell.isEmpty() || isNoRequirement(cell))
        return std::nullopt;
    return row.reference(slot, list, what);
}

// The enterprise's code: a failed check character is kept with a warning (some real codes fail it).
QString creditCode(const RowContext& row)
{
    if (row.raw(slot::CreditCode).isEmpty())
        return {};
    const CreditCodeCheck check = checkCreditCode(row.raw(slot::CreditCode));
    switch (check.status) {
    case CreditCodeCheck::Status::Valid:
        return check.normalized;
    case CreditCodeCheck::Status::ChecksumWarning:
        row.warn(slot::CreditCode, reason::usccChecksum, check.message, Outcome::KeptAsWritten);
        return check.normalized;
    case CreditCodeCheck::Status::Invalid:
        row.warn(slot::CreditCode, reason::valueUnrecognised, check.message);
        return {};
    case CreditCodeCheck::Status::Missing:
        break;
    }
    return {};
}

void readEnterprise(const RowContext& row, EnterpriseRecord& e)
{
    e.creditCode = creditCode(row);
    e.industryId = row.reference(slot::Industry, QStringLiteral("industry"),
                                 JB_TR("Import", "industry (write the section letter such as C or a name such as "
                                                 "制造业)"));
    e.orgId = row.organisation(slot::Org);
    e.address = row.text(slot::Address);
    e.contactName = row.text(slot::ContactName);
    e.contactPhone = row.phone(slot::ContactPhone);
    if (const QString key = row.text(slot::KeyEnterprise); !key.isEmpty()) {
        e.isKeyEnterprise = parseYesNo(key);
        if (!e.isKeyEnterprise)
            row.warn(slot::KeyEnterprise, reason::valueUnrecognised, JB_TR("Import", "write 是 (yes) or 否 (no)"));
    }
}

void readHeadcount(const RowContext& row, VacancyRecord& v)
{
    const QString count = row.text(slot::Headcount);
    if (count.isEmpty())
        return;
    const HeadcountParse h = parseHeadcount(count);
    if (h.recognised)
        v.headcount = h.count;
    else
        row.warn(slot::Headcount, reason::valueUnrecognised,
                 JB_TR("Import", "no headcount can be read from it; write it like 20, 20人 or 若干"));
}

void readWage(const RowContext& row, VacancyRecord& v)
{
    v.wageText = row.text(slot::Wage);
    if (v.wageText.isEmpty())
        return;
    const WageRange r = parseWage(v.wageText);
    if (r.recognised) {
        v.wageMin = r.min;
        v.wageMax = r.max;
        return;
    }
    row.warn(slot::Wage, reason::valueUnrecognised,
             JB_TR("Import", "no monthly wage range can be read from it, so wage statistics leave it out. Write it "
                             "like 3000-5000元/月, 5000元, 5k-8k or 面议"),
             Outcome::KeptAsText);
}

void readAgeRange(const RowContext& row, VacancyRecord& v)
{
    const QString age = row.text(slot::AgeRange);
    if (age.isEmpty())
        return;
    const AgeRange a = parseAgeRange(age);
    if (a.recognised) {
        v.ageMin = a.min;
        v.ageMax = a.max;
        return;
    }
    row.warn(slot::AgeRange, reason::valueUnrecognised,
             JB_TR("Import", "no age range can be read from it; write it like 18-45岁, 45岁以下, 18岁以上 or 不限"));
}

// 技能要求 often holds a sentence ("熟练操作叉车") rather than a level: keep it with the requirements.
void readSkill(const RowContext& row, const ReferenceLookup& lookup, VacancyRecord& v)
{
    const QString skill = row.text(slot::SkillLevel);
    if (skill.isEmpty() || isNoRequirement(skill))
        return;
    v.skillLevelId = lookup.find(QStringLiteral("skill_level"), skill);
    if (v.skillLevelId)
        return;
    v.requirements = v.requirements.isEmpty() ? skill : v.requirements + QStringLiteral("；") + skill;
    row.warn(slot::SkillLevel, reason::valueUnrecognised,
             JB_TR("Import",
                   "not a recognised skill level (初级工, 中级工, 高级工, 技师, 高级技师); it was added to the "
                   "requirements"),
             Outcome::KeptAsText);
}

void readStatus(const RowContext& row, VacancyRecord& v)
{
    const QString status = row.text(slot::Status);
    if (status.isEmpty())
        return;
    v.status = parseVacancyStatus(status);
    if (v.status.isEmpty())
        row.warn(slot::Status, reason::valueUnrecognised,
                 JB_TR("Import", "write 招聘中 (open), 已招满 (filled) or 已关闭 (closed); an empty status is imported "
                                 "as open"));
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
                   JB_TR("Import", "the enterprise name is missing, so the vacancy cannot be attached to an "
                                   "enterprise; enter the enterprise's full name"),
                   Outcome::RowRejected);
    if (v.title.isEmpty())
        row.report(slot::Title, label(field::title), reason::missingRequired, IssueSeverity::Rejected,
                   JB_TR("Import", "the job title is missing; enter the job offered (e.g. 普工, 电焊工)"),
                   Outcome::RowRejected);
    if (e.name.isEmpty() || v.title.isEmpty())
        return std::nullopt;

    readEnterprise(row, e);
    v.trade = row.text(slot::Trade);
    v.occupationGroupId = row.reference(slot::OccupationGroup, QStringLiteral("occupation_group"),
                                        JB_TR("Import", "occupation group (write 1–8 or a name)"));
    readHeadcount(row, v);
    readWage(row, v);
    v.benefits = row.text(slot::Benefits);
    v.educationId =
        requirement(row, slot::Education, QStringLiteral("education"), JB_TR("Import", "required education level"));
    readAgeRange(row, v);
    v.requirements = row.text(slot::Requirements);
    readSkill(row, m_lookup, v);
    v.workLocation = row.text(slot::WorkLocation);
    v.employmentFormId =
        row.reference(slot::EmploymentForm, QStringLiteral("employment_form"), JB_TR("Import", "employment form"));
    v.postedOn = row.date(slot::PostedOn);
    readStatus(row, v);
    return v;
}

} // namespace jb::core
