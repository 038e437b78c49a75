// Worker rows (劳动者求职需求清单): the person is identified by name and resident ID; everything else is optional
// and, when unusable, left empty with a warning.

#include "core/import/checking/RowParser.h"
#include "core/import/checking/RowParserSupport.h"
#include "core/import/checking/ValueParsers.h"
#include "core/import/reading/FieldCatalog.h"
#include "core/validation/ResidentId.h"

#include <iterator>

namespace jb::core {

namespace {

using rowparse::Outcome;
using rowparse::RowContext;

namespace slot {
enum Id {
    Name,
    IdNumber,
    Gender,
    Phone,
    Org,
    HukouPlace,
    CurrentPlace,
    EmploymentStatus,
    ReturnedOn,
    ReturnDestination,
    DesiredTrade,
    DesiredPlace,
    ExpectedWage,
    SkillLevel,
    Education,
    RegisteredOn,
    LastContactOn,
    KeyGroups,
    Hardships,
    ServiceNeeds,
    Note,
    SlotCount
};
} // namespace slot

// In WorkerSlot order.
const QString* const kSlotKeys[] = {
    &field::name,          &field::idNumber,          &field::gender,       &field::phone,
    &field::org,           &field::hukouPlace,        &field::currentPlace, &field::employmentStatus,
    &field::returnedOn,    &field::returnDestination, &field::desiredTrade, &field::desiredPlace,
    &field::expectedWage,  &field::skillLevel,        &field::education,    &field::registeredOn,
    &field::lastContactOn, &field::keyGroups,         &field::hardships,    &field::serviceNeeds,
    &field::note,
};
static_assert(std::size(kSlotKeys) == slot::SlotCount, "one field key per slot");

QString label(const QString& key)
{
    const ImportField* f = findImportField(ImportKind::Workers, key);
    return f ? f->labelZh : key;
}

// Excel users pad two-character names to the width of three ("张  三"); spaces inside a Chinese name are never
// part of it. Names in Latin script keep theirs.
QString personName(const QString& cleaned)
{
    if (!cleaned.contains(QLatin1Char(' ')))
        return cleaned;
    for (const QChar c : cleaned)
        if (c != QLatin1Char(' ') && c.unicode() < 0x2E80)
            return cleaned;
    QString out = cleaned;
    out.remove(QLatin1Char(' '));
    return out;
}

QString genderZh(ResidentIdInfo::Gender g)
{
    return g == ResidentIdInfo::Gender::Male ? QStringLiteral("男") : QStringLiteral("女");
}

QString genderEn(ResidentIdInfo::Gender g)
{
    return g == ResidentIdInfo::Gender::Male ? QStringLiteral("male") : QStringLiteral("female");
}

// Rejects the row for its ID. The Excel damage message is the one officers most need to act on,
// so it says exactly what to do in Excel.
void rejectId(const RowContext& row, const ResidentIdCheck& check)
{
    QString code = reason::idInvalid;
    rowparse::Bilingual why = rowparse::splitBilingual(check.message);
    switch (check.problem) {
    case IdProblem::Missing:
        code = reason::missingRequired;
        why = {QStringLiteral("缺少身份证号，无法确定是哪一位劳动者，请填写 18 位身份证号"),
               QStringLiteral("the resident ID number is missing, so the person cannot be identified; enter the "
                              "18-character ID number")};
        break;
    case IdProblem::ExcelDamaged:
        code = reason::idExcelDamaged;
        why = {QStringLiteral("身份证号已被 Excel 当作数字保存而损坏（变成科学计数法或末几位变成 0），无法恢复。"
                              "请在 Excel 中把该列设置为“文本”格式后重新录入身份证号并另存为 CSV"),
               QStringLiteral("the ID number was damaged by Excel, which stored it as a number (scientific "
                              "notation, or the last digits turned to 0), and cannot be recovered. Set the "
                              "column's format to Text in Excel, re-enter the IDs and save as CSV again")};
        break;
    case IdProblem::BadChecksum:
        code = reason::idChecksum;
        break;
    case IdProblem::None:
    case IdProblem::BadFormat:
    case IdProblem::BadBirthDate:
    case IdProblem::UnknownAddress:
        break;
    }
    row.report(slot::IdNumber, label(field::idNumber), code, IssueSeverity::Rejected, why.zh, why.en,
               Outcome::RowRejected);
}

} // namespace

void RowParser::initWorkerColumns()
{
    m_columns.resize(slot::SlotCount);
    for (int i = 0; i < slot::SlotCount; ++i)
        m_columns[i] = m_mapping.columnOf(*kSlotKeys[i]);
}

std::optional<WorkerRecord> RowParser::parseWorker(const CsvRecord& record, QVector<ImportIssue>& issues) const
{
    if (m_kind == ImportKind::Vacancies)
        return std::nullopt; // a fair sheet's person is a worker row too
    const RowContext row(record, issues, m_header, m_columns, m_lookup, m_today);

    // The key: both problems are reported, so one round of corrections fixes the row.
    WorkerRecord w;
    w.line = record.line;
    w.name = personName(row.text(slot::Name));
    bool usable = true;
    if (w.name.isEmpty()) {
        row.report(slot::Name, label(field::name), reason::missingRequired, IssueSeverity::Rejected,
                   QStringLiteral("缺少姓名，请填写劳动者姓名"),
                   QStringLiteral("the name is missing; enter the person's name"), Outcome::RowRejected);
        usable = false;
    }
    const ResidentIdCheck id = checkResidentId(row.raw(slot::IdNumber), AreaCodes::instance(), m_today);
    if (!id.ok()) {
        rejectId(row, id);
        usable = false;
    }
    if (!usable)
        return std::nullopt;

    const ResidentIdInfo& info = *id.info;
    w.idNumber = info.number;
    w.birthDate = info.birthDate;
    w.gender = info.gender == ResidentIdInfo::Gender::Male ? QStringLiteral("M") : QStringLiteral("F");
    if (row.has(slot::Gender)) {
        const QString written = row.text(slot::Gender);
        if (!written.isEmpty()) {
            const auto g = parseGender(written);
            if (!g)
                row.warn(
                    slot::Gender, reason::valueUnrecognised,
                    QStringLiteral("性别应写“男”或“女”；按身份证号为%1").arg(genderZh(info.gender)),
                    QStringLiteral("write 男 or 女 (male or female); the ID number says %1").arg(genderEn(info.gender)),
                    Outcome::IdWins);
            else if (*g != info.gender)
                row.warn(slot::Gender, reason::genderMismatch,
                         QStringLiteral("与身份证号不符，身份证号第 17 位表明是%1性，请核对性别或身份证号")
                             .arg(genderZh(info.gender)),
                         QStringLiteral("contradicts the ID number, whose 17th digit says %1; check the gender or "
                                        "the ID number")
                             .arg(genderEn(info.gender)),
                         Outcome::IdWins);
        }
    }

    w.phone = row.phone(slot::Phone);
    w.orgId = row.organisation(slot::Org);
    w.hukouPlace = row.text(slot::HukouPlace);
    w.currentPlace = row.text(slot::CurrentPlace);
    w.employmentStatusId =
        row.reference(slot::EmploymentStatus, QStringLiteral("employment_status"), "就业状态", "employment status");
    w.returnedOn = row.date(slot::ReturnedOn);

    if (const QString dest = row.text(slot::ReturnDestination); !dest.isEmpty()) {
        w.returnDestination = parseReturnDestination(dest);
        if (w.returnDestination.isEmpty()) {
            if (const auto home = m_lookup.inHomeProvince(dest)) {
                w.returnDestination = *home ? QStringLiteral("in_province") : QStringLiteral("out_of_province");
            } else {
                row.warn(slot::ReturnDestination, reason::valueUnrecognised,
                         QStringLiteral("返岗去向应写“省内”或“省外”（也可写省市名称，如“合肥”“浙江宁波”）"),
                         QStringLiteral("write 省内 (in the province) or 省外 (out of the province), or a place "
                                        "name such as 合肥 or 浙江宁波"));
            }
        }
    }

    w.desiredTrade = row.text(slot::DesiredTrade);
    w.desiredPlace = row.text(slot::DesiredPlace);
    if (const QString wage = row.text(slot::ExpectedWage); !wage.isEmpty()) {
        const WageRange r = parseWage(wage);
        if (r.recognised && !r.notMonthly) {
            w.expectedWageMin = r.min;
            w.expectedWageMax = r.max;
        } else {
            row.warn(slot::ExpectedWage, reason::valueUnrecognised,
                     (r.notMonthly ? QStringLiteral("期望薪资应按月填写，日薪、时薪无法换算")
                                   : QStringLiteral("无法读出月薪")) +
                         QStringLiteral("。请写成如 3000-5000、5000、5k-8k、3000以上 或“面议”"),
                     (r.notMonthly ? QStringLiteral("the expected wage must be monthly; a daily or hourly rate "
                                                    "cannot be converted")
                                   : QStringLiteral("no monthly wage can be read from it")) +
                         QStringLiteral(". Write it like 3000-5000, 5000, 5k-8k, 3000以上 or 面议"));
        }
    }

    w.skillLevelId = row.reference(slot::SkillLevel, QStringLiteral("skill_level"), "技能等级", "skill level");
    w.educationId = row.reference(slot::Education, QStringLiteral("education"), "文化程度", "education level");
    w.registeredOn = row.date(slot::RegisteredOn);
    w.lastContactOn = row.date(slot::LastContactOn);
    w.keyGroupIds = row.references(slot::KeyGroups, QStringLiteral("key_group"), "重点群体", "key group");
    w.hardshipIds =
        row.references(slot::Hardships, QStringLiteral("hardship_category"), "困难类型", "hardship category");
    w.serviceNeedIds = row.references(slot::ServiceNeeds, QStringLiteral("service_type"), "服务需求", "service need");
    w.note = row.text(slot::Note);
    return w;
}

} // namespace jb::core
