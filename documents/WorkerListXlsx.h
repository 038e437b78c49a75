#pragma once
// WorkerListXlsx: the filtered worker list as an Excel workbook (one sheet, frozen header, ages as numbers, dates
// as dates). Masking and the audit entry of an unmasked export come from core::WorkerListExport, the same path
// as the CSV.

#include "core/Expected.h"

class QString;

namespace jb::core {
class WorkerListQuery;
}

namespace jb::report {

class WorkerListXlsx final
{
public:
    // `reason`: the officer's reason for an unmasked export, in the audit note (core/settings/RevealReason.h).
    static core::Expected<qint64> write(const core::WorkerListQuery& query, const QString& path, bool unmasked,
                                        const QString& reason = {});
};

} // namespace jb::report
