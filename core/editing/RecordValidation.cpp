#include "core/editing/RecordValidation.h"

namespace jb::core {

bool ValidationReport::hasErrors() const
{
    for (const FieldIssue& issue : issues) {
        if (!issue.warning)
            return true;
    }
    return false;
}

Message ValidationReport::messageFor(const QString& field) const
{
    // An error wins over a warning on the same field.
    Message warning;
    for (const FieldIssue& issue : issues) {
        if (issue.field != field)
            continue;
        if (!issue.warning)
            return issue.message;
        if (warning.isEmpty())
            warning = issue.message;
    }
    return warning;
}

bool ValidationReport::isError(const QString& field) const
{
    for (const FieldIssue& issue : issues) {
        if (issue.field == field && !issue.warning)
            return true;
    }
    return false;
}

Message ValidationReport::errorSummary() const
{
    Message lines;
    for (const FieldIssue& issue : issues) {
        if (!issue.warning)
            lines = lines.isEmpty() ? issue.message : JB_TR("Editing", "%1\n%2").arg(lines).arg(issue.message);
    }
    return lines;
}

ValidationReport validateRecord(QSqlDatabase db, RecordKind record, qint64 recordId, const QVariantMap& values,
                                QDate today)
{
    switch (record) {
    case RecordKind::Worker:
        return validateWorker(db, recordId, values, today);
    case RecordKind::Enterprise:
        return validateEnterprise(db, recordId, values, today);
    case RecordKind::Vacancy:
        return validateVacancy(db, recordId, values, today);
    case RecordKind::DemandSnapshot:
        return validateDemandSnapshot(db, recordId, values, today);
    case RecordKind::EnterpriseFlag:
        return validateEnterpriseFlag(db, recordId, values, today);
    case RecordKind::Service:
        return validateService(db, recordId, values, today);
    default:
        break;
    }
    ValidationReport report;
    report.issues.append(
        {QString(), JB_TR("Editing", "The table “%1” cannot be edited by hand").arg(recordTable(record))});
    return report;
}

} // namespace jb::core
