#pragma once
// Identifiers for demo records that pass the same checks as real ones: resident ID numbers (GB 11643), unified
// social credit codes (GB 32100) with a realistic organisation-code part (GB 11714), and mobile numbers.

#include "core/demo/DemoRandom.h"

#include <QChar>
#include <QString>
#include <QStringView>

namespace jb::core::demo {

// 18-character resident ID: address code, birth date (year/month/day), 3-digit sequence (odd = male), check char.
QString makeResidentId(QStringView addressCode, int year, int month, int day, int sequence);

// GB 11714 check character of an 8-character organisation code body: weights 3 7 9 10 5 8 4 2 on values 0–35
// (digits, then A = 10 … Z = 35); C9 = 11 − (Σ mod 11), 10 → 'X', 11 → '0'. Null if the body is malformed.
QChar organisationCodeCheckChar(QStringView body8);

// A valid unified social credit code for an enterprise registered with the market regulator ("91") in `areaCode`.
// The organisation-code part looks like the ones issued since 2015 (MA…) or, for older firms, a numeric code.
QString makeCreditCode(DemoRandom& rng, QStringView areaCode);

// An 11-digit mainland mobile number with a real operator prefix.
QString makeMobile(DemoRandom& rng);

} // namespace jb::core::demo
