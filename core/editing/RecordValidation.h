#pragma once
// Field checks for every record an officer edits by hand (workers, enterprises, vacancies, demand snapshots,
// enterprise flags). The edit dialogs run them as the officer types and applyRecordChange runs them again before
// writing, so no path stores bad data. Messages name the field and say how to fix it, in the chosen language.

#include "core/Message.h"
#include "core/domain/Clock.h"
#include "core/records/RecordKind.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>
#include <QVector>

namespace jb::core {

struct FieldIssue
{
    QString field;        // column or pseudo-field name
    Message message;      // "Field: problem"
    bool warning = false; // a warning is shown but does not stop the save (e.g. a credit code's check character)
};

struct ValidationReport
{
    QVector<FieldIssue> issues;

    bool hasErrors() const;
    // The first issue on `field` (empty when none), and whether it is only a warning.
    Message messageFor(const QString& field) const;
    bool isError(const QString& field) const;
    // Every error, one per line (for a refusal message).
    Message errorSummary() const;
};

// Checks the complete record as it would be stored: `values` maps every field of the record's kind (the field
// catalogue, core/records/RecordFields.h) to its stored form. `recordId` is the record being edited
// (0 = new), so that duplicates (ID number, vacancy title) do not find the record itself.
ValidationReport validateRecord(QSqlDatabase db, RecordKind record, qint64 recordId, const QVariantMap& values,
                                QDate today = Clock::today());

ValidationReport validateWorker(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today);
ValidationReport validateEnterprise(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today);
ValidationReport validateVacancy(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today);
ValidationReport validateDemandSnapshot(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today);
ValidationReport validateEnterpriseFlag(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today);
// A service of the ledger (ServiceValidation.cpp): the person, the kind, the day and the kind's own fields
// (core/records/ServiceKinds.h); a field the kind does not use must stay empty.
ValidationReport validateService(QSqlDatabase db, qint64 recordId, const QVariantMap& values, QDate today);

} // namespace jb::core
