#pragma once
// The limits a value must keep, shared by the edit dialogs' checks (core/editing/*Validation.cpp), the list
// import's row checks (core/import/checking) and the field catalogue (RecordFields.h), so that what an import
// stores an officer can always save again after an edit, and the other way round. constexpr on purpose: the import
// reads them once per cell on files of a million rows.

namespace jb::core::limits {

// A vacancy's age requirement, in years. 16 is the legal minimum working age in China (Labour Law, art. 15); a
// requirement above 80 is a typing error, not a job anyone posts. ("15-45岁" or "18-85岁" in an import is left out
// with a warning, as any other figure that cannot be an age requirement.)
inline constexpr int kAgeMin = 16;
inline constexpr int kAgeMax = 80;

// Monthly wages in yuan (a vacancy's wage range, a worker's expected wage). Below 100 a figure has lost its unit
// ("5-8" meant 5k–8k); above 1,000,000 a month it is not a wage.
inline constexpr int kWageMin = 100;
inline constexpr int kWageMax = 1'000'000;

// People wanted by one vacancy.
inline constexpr int kHeadcountMax = 100'000;
// People counted at one enterprise: its hiring plan, hired so far and gap, the people a monitoring flag affects.
inline constexpr int kPeopleMax = 1'000'000;

// Lengths of names, in characters.
inline constexpr int kPersonNameLength = 50;
inline constexpr int kEnterpriseNameLength = 100;
inline constexpr int kVacancyTitleLength = 100;

} // namespace jb::core::limits
