#pragma once
// Exporting the worker list: exactly the rows a WorkerListQuery selects, in its order and columns. IDs and phones
// are masked unless the officer chose unmasked; an unmasked export is written to the audit log ('export_unmasked',
// with the row count, the file and the filter) in a transaction that commits only when the file is complete.
// The CSV (UTF-8 with BOM, formulas neutralised) is written here; other formats (the XLSX in ui/report) implement
// WorkerListSink and go through the same function, so masking and auditing cannot differ between formats.

#include "core/Expected.h"
#include "core/lists/WorkerListQuery.h"

#include <QVariant>

namespace jb::core {

class WorkerListSink
{
public:
    virtual ~WorkerListSink() = default;
    virtual Status begin(const QStringList& header) = 0;
    // Cells: QString, int (age) or QDate; an invalid QVariant is an empty cell.
    virtual Status addRow(const QVector<QVariant>& cells) = 0;
    // Writes the file into place (atomically); nothing exists at the path before this succeeds.
    virtual Status finish() = 0;
};

class WorkerListExport final
{
public:
    // Writes every selected row to `sink`; returns how many. `destination` names the file in the audit note.
    static Expected<qint64> write(const WorkerListQuery& query, WorkerListSink& sink, bool unmasked,
                                  const QString& destination);
    static Expected<qint64> writeCsv(const WorkerListQuery& query, const QString& path, bool unmasked);

    static QStringList header(bool chinese);
    static QVector<QVariant> cells(const WorkerRow& row, bool chinese);
    // The filter in words, for the audit note.
    static QString describe(const WorkerFilter& filter);
};

} // namespace jb::core
