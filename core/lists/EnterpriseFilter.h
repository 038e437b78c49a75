#pragma once
// What the officer narrows the enterprise demand list to: the filter bar's choices and the search box, as plain
// values that EnterpriseListQuery (and VacancyListQuery, for the vacancies of those enterprises) turn into SQL.
// Unset members select every enterprise.

#include <QString>
#include <optional>

namespace jb::core {

struct EnterpriseFilter
{
    enum class Priority { Any, KeyEnterprise, MajorProject };
    // Open (unresolved) monitoring flags.
    enum class Flag { Any, Flagged, WageArrears, Attrition, LabourRisk };

    std::optional<qint64> orgId;      // the organisation (county or sub-unit) and everything below it
    std::optional<qint64> industryId; // industry reference item (GB/T 4754 section)
    Priority priority = Priority::Any;
    bool withOpenVacancies = false; // at least one open vacancy
    Flag flag = Flag::Any;
    // Any part of the name, or any part of the unified social credit code (full-width and case are ignored).
    QString search;
};

// The list's columns, in the order shown.
enum class EnterpriseColumn {
    Name,
    CreditCode,
    Organisation,
    Industry,
    OpenVacancies, // open vacancies
    Headcount,     // headcount wanted across the open vacancies
    Hired,         // from the latest demand snapshot
    Gap,           // from the latest demand snapshot
    LastContact,   // the latest demand snapshot's day
    Flags,         // open monitoring flags
    Count
};

struct EnterpriseSort
{
    EnterpriseColumn column = EnterpriseColumn::Name;
    bool descending = false;
};

} // namespace jb::core
