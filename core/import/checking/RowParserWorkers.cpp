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

Message genderText(ResidentIdInfo::Gender g)
{
    return g == ResidentIdInfo::Gender::Male ? JB_TR("Import", "male") : JB_TR("Import", "female");
}

// Rejects the row for its ID. The Excel damage message is the one officers most need to act on,
// so it says exactly what to do in Excel.
void rejectId(const RowContext& row, const ResidentIdCheck& check)
{
    QString code = reason::idInvalid;
    Message why = check.message;
    switch (check.problem) {
    case IdProblem::Missing:
        code = reason::missingRequired;
        why = JB_TR("Import", "the resident ID number is missing, so the person cannot be identified; enter the "
                              "18-character ID number");
        break;
    case IdProblem::ExcelDamaged:
        code = reason::idExcelDamaged;
        why = JB_TR("Import", "the ID number was damaged by Excel, which stored it as a number (scientific notation, "
                              "or the last digits turned to 0), and cannot be recovered. Set the column's format to "
                              "Text in Excel, re-enter the IDs and save as CSV again");
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
    row.report(slot::IdNumber, label(field::idNumber), code, IssueSeverity::Rejected, why, Outcome::RowRejected);
}

// The gender column is only checked against the ID number, which decides.
void checkGender(const RowContext& row, ResidentIdInfo::Gender fromId)
{
    const QString written = row.has(slot::Gender) ? row.text(slot::Gender) : QString();
    if (written.isEmpty())
        return;
    const auto g = parseGender(written);
    if (!g)
        row.warn(slot::Gender, reason::valueUnrecognised,
                 JB_TR("Import", "write 男 or 女 (male or female); the ID number says %1").arg(genderText(fromId)),
                 Outcome::IdWins);
    else if (*g != fromId)
        row.warn(slot::Gender, reason::genderMismatch,
                 JB_TR("Import", "contradicts the ID number, whose 17th digit says %1; check the gender or the ID "
                                 "number")
                     .arg(genderText(fromId)),
                 Outcome::IdWins);
}

// 省内 / 省外, or a place name looked up in the home province.
QString returnDestination(const RowContext& row, const ReferenceLookup& lookup)
{
    const QString dest = row.text(slot::ReturnDestination);
    if (dest.isEmpty())
        return {};
    if (QString parsed = parseReturnDestination(dest); !parsed.isEmpty())
        return parsed;
    if (const auto home = lookup.inHomeProvince(dest))
        return *home ? QStringLiteral("in_province") : QStringLiteral("out_of_province");
    row.warn(slot::ReturnDestination, reason::valueUnrecognised,
             JB_TR("Import", "write 省内 (in the province) or 省外 (out of the province), or a place name such as 合肥 "
                             "or 浙江宁波"));
    return {};
}

void readExpectedWage(const RowContext& row, WorkerRecord& w)
{
    const QString wage = row.text(slot::ExpectedWage);
    if (wage.isEmpty())
        return;
    const WageRange r = parseWage(wage);
    if (r.recognised && !r.notMonthly) {
        w.expectedWageMin = r.min;
        w.expectedWageMax = r.max;
        return;
    }
    row.warn(slot::ExpectedWage, reason::valueUnrecognised,
             r.notMonthly ? JB_TR("Import", "the expected wage must be monthly; a daily or hourly rate cannot be "
                                            "converted. Write it like 3000-5000, 5000, 5k-8k, 3000以上 or 面议")
                          : JB_TR("Import", "no monthly wage can be read from it. Write it like 3000-5000, 5000, "
                                            "5k-8k, 3000以上 or 面议"));
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
                   JB_TR("Import", "the name is missing; enter the person's name"), Outcome::RowRejected);
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
    checkGender(row, info.gender);

    w.phone = row.phone(slot::Phone);
    w.orgId = row.organisation(slot::Org);
    w.hukouPlace = row.text(slot::HukouPlace);
    w.currentPlace = row.text(slot::CurrentPlace);
    w.employmentStatusId = row.reference(slot::EmploymentStatus, QStringLiteral("employment_status"),
                                         JB_TR("Import", "employment status"));
    w.returnedOn = row.date(slot::ReturnedOn);
    w.returnDestination = returnDestination(row, m_lookup);
    w.desiredTrade = row.text(slot::DesiredTrade);
    w.desiredPlace = row.text(slot::DesiredPlace);
    readExpectedWage(row, w);
    w.skillLevelId = row.reference(slot::SkillLevel, QStringLiteral("skill_level"), JB_TR("Import", "skill level"));
    w.educationId = row.reference(slot::Education, QStringLiteral("education"), JB_TR("Import", "education level"));
    w.registeredOn = row.date(slot::RegisteredOn);
    w.lastContactOn = row.date(slot::LastContactOn);
    w.keyGroupIds = row.references(slot::KeyGroups, QStringLiteral("key_group"), JB_TR("Import", "key group"));
    w.hardshipIds =
        row.references(slot::Hardships, QStringLiteral("hardship_category"), JB_TR("Import", "hardship category"));
    w.serviceNeedIds =
        row.references(slot::ServiceNeeds, QStringLiteral("service_type"), JB_TR("Import", "service need"));
    w.note = row.text(slot::Note);
    return w;
}

} // namespace jb::core
