#pragma once
// Checks resident ID numbers (GB 11643-1999) as officers type them or as Excel mangles them, and says what to fix.

#include "core/Message.h"
#include "core/domain/Clock.h"
#include "core/validation/AreaCodes.h"

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace jb::core {

// The check character for the first 17 digits ('0'–'9' or 'X'); a null QChar unless given exactly 17 digits.
QChar residentIdCheckChar(QStringView first17);

struct ResidentIdInfo
{
    enum class Gender { Male, Female };

    QString number; // 18 characters, check character 'X' in upper case
    QDate birthDate;
    Gender gender = Gender::Male;
    QString addressCode;
    QString addressName;             // full name of the division, in the names of its time
    bool upgradedFromLegacy = false; // entered as a 15-digit legacy number
    bool addressRetired = false;     // the address code is no longer in force (still valid for the ID)
};

enum class IdProblem { None, Missing, ExcelDamaged, BadFormat, BadChecksum, BadBirthDate, UnknownAddress };

struct ResidentIdCheck
{
    IdProblem problem = IdProblem::None;
    // What is wrong and how to fix it. On success it may still hold a note, e.g. that a legacy number was upgraded.
    Message message;
    std::optional<ResidentIdInfo> info; // set only when ok()

    bool ok() const { return problem == IdProblem::None; }
};

// Normalises (full-width, spaces, lower-case x, Excel's leading apostrophe) and checks format, Excel damage, birth
// date, check character and address code, in that order. A 15-digit legacy number is upgraded to 18 characters.
// If codes is empty (reference data missing) the address check is skipped rather than rejecting every ID.
ResidentIdCheck checkResidentId(QStringView raw, const AreaCodes& codes = AreaCodes::instance(),
                                QDate today = Clock::today());

// For lists and logs: 340122********1234 (first 6, last 4). Strings shorter than 10 characters are masked entirely.
QString maskResidentId(const QString& number);

} // namespace jb::core
