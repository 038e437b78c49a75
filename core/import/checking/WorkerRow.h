#pragma once
// A worker record as the values an import writes (the columns of workerImportColumns(), in that order), and the
// fingerprint of those values that a stored row keeps (storage/SchemaV6.cpp). Both the checking thread, which
// fingerprints each record while its text is in that core's cache, and the writer use these, so the two can
// never disagree on what a row's fingerprint is.

#include "core/import/checking/ImportRecords.h"
#include "core/import/writing/ImportColumns.h"

#include <QSet>
#include <QString>
#include <QVector>
#include <string>
#include <vector>

namespace jb::core {

// Indexes into workerImportColumns().
enum WorkerColumn {
    kName,
    kGender,
    kBirthDate,
    kPhone,
    kOrg,
    kHukou,
    kCurrentPlace,
    kEmploymentStatus,
    kReturnedOn,
    kReturnDestination,
    kDesiredTrade,
    kDesiredPlace,
    kWageMin,
    kWageMax,
    kSkillLevel,
    kEducation,
    kRegisteredOn,
    kLastContactOn,
    kNote,
    kWorkerColumnCount
};

// The record's values as written; text refers to the record's strings (the record must outlive `values`).
void fillWorkerRow(RowValues& values, const WorkerRecord& record);

// Link list n of workerImportLinks() (key groups, hardship categories, service needs).
const QVector<qint64>& workerLinkIds(const WorkerRecord& record, int link);

class WorkerFingerprint final
{
public:
    // provided: the fields the file has a column for (RowParser::providedFields()); only those are compared.
    explicit WorkerFingerprint(const QSet<QString>& provided);

    qint64 of(const WorkerRecord& record);

    const QVector<int>& links() const { return m_links; } // indexes into workerImportLinks()

private:
    QVector<int> m_columns;
    QVector<int> m_links;
    qint64 m_seed = 0;
    RowValues m_values;
    std::string m_key;
    std::vector<qint64> m_ids;
};

} // namespace jb::core
