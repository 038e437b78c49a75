#pragma once
// Exporting the records behind one dashboard figure (a drill-down): the rows the drill-down lists, in its order and
// columns. Resident IDs are masked unless the officer chose unmasked; the rows go through core::writeList like every
// other list, so an unmasked export is audited ('export_unmasked' on the records' table, with the figure, the
// organisation and the period as the filter) exactly as the worker and enterprise lists are.

#include "core/Expected.h"
#include "core/lists/ListExport.h"
#include "core/metrics/DrillDown.h"

namespace jb::core {

class DrillDownExport final
{
public:
    static Expected<qint64> write(const DrillDownQuery& query, ListSink& sink, bool unmasked,
                                  const QString& destination);
    static Expected<qint64> writeCsv(const DrillDownQuery& query, const QString& path, bool unmasked);
    // The selection in words, for the audit note.
    static QString describe(const DrillDown& selection);
};

} // namespace jb::core
