#include "core/records/RecordKind.h"

namespace jb::core {

QString recordTable(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Organisation:
        return QStringLiteral("organisations");
    case RecordKind::Enterprise:
        return QStringLiteral("enterprises");
    case RecordKind::Vacancy:
        return QStringLiteral("vacancies");
    case RecordKind::DemandSnapshot:
        return QStringLiteral("demand_snapshots");
    case RecordKind::EnterpriseFlag:
        return QStringLiteral("enterprise_flags");
    case RecordKind::Worker:
        return QStringLiteral("workers");
    case RecordKind::JobFair:
        return QStringLiteral("job_fairs");
    case RecordKind::Referral:
        return QStringLiteral("referrals");
    case RecordKind::Service:
        return QStringLiteral("services");
    case RecordKind::Period:
        return QStringLiteral("periods");
    case RecordKind::Target:
        return QStringLiteral("targets");
    }
    return {};
}

} // namespace jb::core
