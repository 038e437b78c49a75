// libFuzzer target for the readers of one cell: resident ID, credit code, phone, date and wage (plus the headcount
// and age readers beside them). Any text must neither crash nor hang, and each reader must keep the promises its
// header makes, so a wrong answer is caught as well as a crash:
// - a value a checker accepts is accepted again unchanged (the normalised form is a fixed point), with a correct
//   check character;
// - the fast paths a million-row import takes (parseDateFast, isPlainMobile, plainWage) never disagree with the
//   full readers they stand in for;
// - ranges are ordered and within the limits of core/records/RecordLimits.h; masks keep the length.
// Built by -DJB_FUZZ=ON (tests/CMakeLists.txt); run by tests/fuzz/run.sh. Input: the cell as UTF-8.

#include "core/import/checking/ValueParsers.h"
#include "core/records/RecordLimits.h"
#include "core/validation/CreditCode.h"
#include "core/validation/ExcelDate.h"
#include "core/validation/Normalize.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace jb::core;

namespace {

void require(bool condition, const char* what, const QString& cell)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s (cell \"%s\")\n", what, cell.toUtf8().constData());
        std::abort();
    }
}

// A fixed day, so that a run is repeatable (birth dates in the future are refused relative to it).
const QDate kToday(2026, 6, 30);

void checkIds(const QString& cell)
{
    const ResidentIdCheck id = checkResidentId(cell, AreaCodes::instance(), kToday);
    require(id.ok() == id.info.has_value(), "an ID has info exactly when it is ok", cell);
    if (id.ok()) {
        const QString& number = id.info->number;
        require(number.size() == 18, "an accepted ID has 18 characters", cell);
        require(residentIdCheckChar(QStringView(number).left(17)) == number.at(17), "check character", cell);
        const ResidentIdCheck again = checkResidentId(number, AreaCodes::instance(), kToday);
        require(again.ok() && again.info->number == number, "an accepted ID is accepted again unchanged", cell);
        require(maskResidentId(number).size() == 18, "the mask keeps the length", cell);
    }
    maskResidentId(cell);

    const CreditCodeCheck code = checkCreditCode(cell);
    if (code.status == CreditCodeCheck::Status::Valid) {
        require(code.normalized.size() == 18, "a valid credit code has 18 characters", cell);
        require(creditCodeCheckChar(QStringView(code.normalized).left(17)) == code.normalized.at(17),
                "credit code check character", cell);
    }
    if (code.acceptable()) {
        const CreditCodeCheck again = checkCreditCode(code.normalized);
        require(again.status == code.status && again.normalized == code.normalized,
                "an acceptable credit code is read again the same", cell);
    }
}

void checkPhones(const QString& cell)
{
    const PhoneCheck phone = checkPhone(cell);
    require(phone.ok != phone.normalized.isEmpty(), "a normalised phone exactly when ok", cell);
    if (phone.ok) {
        const PhoneCheck again = checkPhone(phone.normalized);
        require(again.ok && again.normalized == phone.normalized && again.isMobile == phone.isMobile,
                "an accepted phone is accepted again unchanged", cell);
        require(maskPhone(phone.normalized).size() == phone.normalized.size(), "the phone mask keeps the length", cell);
    }
    if (isPlainMobile(cell))
        require(phone.ok && phone.isMobile && phone.normalized == cell, "isPlainMobile agrees with checkPhone", cell);
    maskPhone(cell);
}

void checkDates(const QString& cell)
{
    const DateParse date = parseExcelDate(cell);
    require(!(date.date && date.blank), "a blank cell has no date", cell);
    if (date.date) {
        require(date.date->isValid(), "a read date is valid", cell);
        const DateParse again = parseExcelDate(formatDate(*date.date));
        require(again.date == date.date, "a read date reads back from yyyy-MM-dd", cell);
    }
    if (const std::optional<QDate> fast = parseDateFast(cell))
        require(date.date == fast, "parseDateFast agrees with parseExcelDate", cell);
}

void checkWages(const QString& cell)
{
    const WageRange wage = parseWage(cell);
    if (wage.min && wage.max)
        require(*wage.min <= *wage.max, "a wage range is ordered", cell);
    for (const std::optional<int>& figure : {wage.min, wage.max})
        if (figure && !wage.notMonthly)
            require(*figure >= limits::kWageMin && *figure <= limits::kWageMax, "a wage within the limits", cell);
    if (const std::optional<WageRange> plain = plainWage(cell)) {
        require(plain->recognised == wage.recognised && plain->min == wage.min && plain->max == wage.max &&
                    plain->negotiable == wage.negotiable && plain->notMonthly == wage.notMonthly,
                "plainWage agrees with parseWage", cell);
    }

    const AgeRange ages = parseAgeRange(cell);
    if (ages.min && ages.max)
        require(*ages.min <= *ages.max, "an age range is ordered", cell);
    const HeadcountParse headcount = parseHeadcount(cell);
    if (headcount.count)
        require(*headcount.count >= 0 && *headcount.count <= limits::kHeadcountMax, "a headcount within the limit",
                cell);
}

void checkCleaning(const QString& cell)
{
    const QString clean = normalizeCell(cell);
    require(normalizeCell(clean) == clean, "normalizeCell is idempotent", cell);
    require(cleanCell(cell) == clean, "cleanCell is normalizeCell", cell);
    const QString half = toHalfWidth(cell);
    require(toHalfWidth(half) == half, "toHalfWidth is idempotent", cell);
    splitMultiValue(cell);
    parseYesNo(cell);
    parseGender(cell);
    parseReturnDestination(cell);
    parseVacancyStatus(cell);
    isNoRequirement(cell);
}

} // namespace

// The reference data (every area code since 1980) loads once, before the first input, so that the first input is
// not charged for it against the per-input time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    AreaCodes::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 256) // a cell, not a file: longer inputs only slow the search
        return 0;
    const QString cell = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkIds(cell);
    checkPhones(cell);
    checkDates(cell);
    checkWages(cell);
    checkCleaning(cell);
    return 0;
}
