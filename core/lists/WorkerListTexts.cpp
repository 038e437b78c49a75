// The worker list's words: its column titles, the one-week promise's states and the gender as shown
// (WorkerListQuery.h; apart from the queries, which fill WorkerListQuery.cpp).

#include "core/lists/FieldHeadings.h"
#include "core/lists/WorkerListQuery.h"
#include "core/records/RecordFields.h"

namespace jb::core {

Message WorkerListQuery::columnTitle(WorkerColumn column)
{
    // A column that shows one field takes the catalogue's heading; the age and the promise are the list's own.
    namespace f = fields::worker;
    const auto field = [](const QString& id) { return fieldHeading(RecordKind::Worker, id); };
    switch (column) {
    case WorkerColumn::Name:
        return field(f::name);
    case WorkerColumn::Gender:
        return field(f::gender);
    case WorkerColumn::Age:
        return JB_TR("Lists", "Age");
    case WorkerColumn::ResidentId:
        return field(f::idNumber);
    case WorkerColumn::Phone:
        return field(f::phone);
    case WorkerColumn::KeyGroups:
        return field(f::keyGroups);
    case WorkerColumn::Status:
        return field(f::employmentStatus);
    case WorkerColumn::DesiredTrade:
        return field(f::desiredTrade);
    case WorkerColumn::Registered:
        return field(f::registeredOn);
    case WorkerColumn::LastContact:
        return field(f::lastContactOn);
    case WorkerColumn::Promise:
        return JB_TR("Lists", "One-week promise");
    case WorkerColumn::Count:
        break;
    }
    return {};
}

Message WorkerListQuery::promiseText(WorkerPromiseState state)
{
    switch (state) {
    case WorkerPromiseState::Overdue:
        return JB_TR("Lists", "Overdue");
    case WorkerPromiseState::Waiting:
        return JB_TR("Lists", "Due");
    case WorkerPromiseState::ServedLate:
        return JB_TR("Lists", "Served late");
    case WorkerPromiseState::ServedInPromise:
        return JB_TR("Lists", "Served in time");
    case WorkerPromiseState::NotHardship:
        break;
    }
    return {};
}

Message WorkerListQuery::genderText(const QString& gender)
{
    if (gender == QLatin1String("M"))
        return JB_TR("Lists", "Male");
    if (gender == QLatin1String("F"))
        return JB_TR("Lists", "Female");
    return {};
}

} // namespace jb::core
