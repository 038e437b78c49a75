#pragma once
// What the officer narrows the worker list to: the filter bar's choices and the search box, as plain values that
// WorkerListQuery turns into SQL. Unset members select everyone.

#include <QDate>
#include <QString>
#include <optional>

namespace jb::core {

struct WorkerFilter
{
    // hardshipCategoryId == kAnyHardship: anyone with at least one hardship category.
    static constexpr qint64 kAnyHardship = 0;

    enum class Return {
        Any,
        Returned,      // a return-to-work date on or before today
        NotYetReturned // migrant workers (key group migrant_worker) without a return date up to today
    };

    std::optional<qint64> keyGroupId;
    std::optional<qint64> hardshipCategoryId;
    std::optional<qint64> statusId;      // employment_status reference item
    std::optional<qint64> serviceNeedId; // service_type reference item
    std::optional<qint64> orgId;         // the organisation and everything below it
    Return returned = Return::Any;
    QDate registeredFrom; // inclusive; null = open
    QDate registeredTo;   // inclusive; null = open
    // A name (any part, any length), or digits: the last digits of the resident ID or of the phone, or a whole
    // phone number (spaces, dashes, +86 and full-width digits are ignored).
    QString search;
};

// The list's columns, in the order shown.
enum class WorkerColumn {
    Name,
    Gender,
    Age,
    ResidentId,
    Phone,
    KeyGroups,
    Status,
    DesiredTrade,
    Registered,
    LastContact,
    Promise,
    Count
};

struct WorkerSort
{
    WorkerColumn column = WorkerColumn::Registered;
    bool descending = true; // newest registrations first
};

// The one-week promise of a worker as the worker list shows and sorts it (docs/metrics.md), most urgent first.
// The list counts calendar days from registration, so a million rows sort by it through an index; the officer's
// promise list (core/placement/Promise.h, PromiseState) also applies working days, a later recognition of the
// hardship and "unwilling for now".
enum class WorkerPromiseState { Overdue, Waiting, ServedLate, ServedInPromise, NotHardship };

} // namespace jb::core
