#include "documents/WorkerListXlsx.h"

#include "core/lists/WorkerListExport.h"
#include "documents/ListXlsx.h"

namespace jb::report {

core::Expected<qint64> WorkerListXlsx::write(const core::WorkerListQuery& query, const QString& path, bool unmasked,
                                             const QString& reason)
{
    // Wider columns for the ID number (4th) and the key groups (6th).
    ListXlsxSink sink(path, {12, 12, 12, 21, 12, 24});
    return core::WorkerListExport::write(query, sink, unmasked, path, reason);
}

} // namespace jb::report
