#pragma once
// Turns one CSV record into a typed WorkerRecord or VacancyRecord: every cell normalised (full-width → half-width,
// trimmed) and checked with the core validators; reference values resolved. A row whose key is unusable is
// rejected (nullopt, with a Rejected issue); a bad non-key field is left empty with a Warning issue.

#include "core/domain/Clock.h"
#include "core/import/ImportTypes.h"
#include "core/import/checking/ImportRecords.h"
#include "core/import/checking/ReferenceLookup.h"
#include "core/import/reading/ColumnMapping.h"
#include "core/import/reading/CsvReader.h"

#include <QDate>
#include <QSet>
#include <QStringList>
#include <optional>

namespace jb::core {

class RowParser final
{
public:
    // header: the file's header cells (issue messages name columns by them); today: dates after it are suspect.
    RowParser(ImportKind kind, ColumnMapping mapping, QStringList header, const ReferenceLookup& lookup,
              QDate today = Clock::today());

    std::optional<WorkerRecord> parseWorker(const CsvRecord& record, QVector<ImportIssue>& issues) const;
    std::optional<VacancyRecord> parseVacancy(const CsvRecord& record, QVector<ImportIssue>& issues) const;
    // A fair sheet's row (RowParserFair.cpp): the person as a worker row (same checks: an unusable ID rejects the
    // row), then the intention's enterprise, credit code, post and 是否签约.
    std::optional<FairSheetRecord> parseFairRow(const CsvRecord& record, QVector<ImportIssue>& issues) const;
    // A service roster's row (RowParserServices.cpp): the person as a worker row, the day (required), the cells.
    std::optional<ServiceSheetRecord> parseServiceRow(const CsvRecord& record, QVector<ImportIssue>& issues) const;

    // The field keys the file has a column for: on an update, fields the file does not provide keep their
    // stored value.
    QSet<QString> providedFields() const;

private:
    void initWorkerColumns();
    void initVacancyColumns();
    void initFairColumns();
    void initServiceColumns();

    ImportKind m_kind;
    ColumnMapping m_mapping;
    QStringList m_header;
    const ReferenceLookup& m_lookup;
    QDate m_today;
    // The column of each field the parser reads, in the order of the slot enums in RowParserWorkers.cpp /
    // RowParserVacancies.cpp; -1 when the file has no such column. Resolved once, not per row.
    QVector<int> m_columns;
    int m_fairSlots = 0;       // a fair sheet: where its own columns start in m_columns (after the worker slots)
    int m_serviceSlots = 0;    // a service roster: likewise
    QStringList m_serviceKeys; // …and the service field of each of its slots
};

} // namespace jb::core
