#pragma once
// RecordKind: the kinds of record a JobBridge file holds, as the officer names them. The GUI and the CLI speak of
// records by kind; which table stores each kind is core's business (recordTable), so nothing outside core spells a
// table name.

#include <QString>

namespace jb::core {

enum class RecordKind {
    Organisation,
    Enterprise,
    Vacancy,
    DemandSnapshot, // a dated visit or call: hiring plan, hired so far, gap
    EnterpriseFlag, // a monitoring flag: wage arrears, staff attrition, labour-relations risk
    Worker,
    JobFair,
    Referral,
    Service,
    Period,
    Target,
};

// The table that stores records of `kind`. For core's SQL and the audit log only.
QString recordTable(RecordKind kind);

} // namespace jb::core
