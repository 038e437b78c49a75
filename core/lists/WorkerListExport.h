#pragma once
// Exporting the worker list: exactly the rows a WorkerListQuery selects, in its order and columns. IDs and phones
// are masked unless the officer chose unmasked; an unmasked export is written to the audit log ('export_unmasked',
// with the row count, the file and the filter) in a transaction that commits only when the file is complete.
// Rows go through core::writeList (ListExport.h) into the CSV sink or another format's sink (the XLSX in
// ui/report), so masking and auditing cannot differ between formats.

#include "core/Expected.h"
#include "core/lists/ListExport.h"
#include "core/lists/WorkerListQuery.h"

#include <QVariant>

namespace jb::core {

// The sink interface is shared by every list (core/lists/ListExport.h).
using WorkerListSink = ListSink;

class WorkerListExport final
{
public:
    // Writes every selected row to `sink`; returns how many. `destination` names the file in the audit note;
    // `reason`: the officer's reason for an unmasked export (core/settings/RevealReason.h), in the audit note.
    static Expected<qint64> write(const WorkerListQuery& query, WorkerListSink& sink, bool unmasked,
                                  const QString& destination, const QString& reason = {});
    static Expected<qint64> writeCsv(const WorkerListQuery& query, const QString& path, bool unmasked,
                                     const QString& reason = {});

    // The column titles, in the installed language.
    static QStringList header();
    // The filter in words, for the audit note.
    static QString describe(const WorkerFilter& filter);
};

} // namespace jb::core
