#pragma once
// Writing a service roster (a training class list, an insurance list) as services of one kind (issue 14):
//   - the person is matched by ID number; someone not on the worker list rejects the row (person_not_found), with a
//     message telling the officer to register the person first — a roster never adds people;
//   - each cell is read as the kind reads it (ServiceKinds.h: a choice by its code or words, a mark as 是/否); a
//     column the kind does not record, or a value it cannot read, is left out with a warning;
//   - the service is recorded by the person's unit, by the importing officer; an insurance enrolment takes the
//     premium and the province / city split from the settings, as one entered by hand does;
//   - a service already recorded (same person, kind and day; an insurance enrolment in the same year) is not
//     repeated (service_recorded), so a roster imported twice adds nothing the second time.
// Every service carries the batch (import_batch_id), so undoing the batch removes exactly them.

#include "core/Expected.h"
#include "core/import/ImportTypes.h"
#include "core/import/checking/ImportRecords.h"
#include "core/import/writing/ImportWriter.h"
#include "core/import/writing/SqliteConnection.h"

#include <QString>

namespace jb::core {

struct WriteContext;

class ServiceSheetUpsert final
{
public:
    explicit ServiceSheetUpsert(WriteContext& context);
    Status prepare();
    Expected<RowOutcome> write(const ServiceSheetRecord& row, QVector<ImportIssue>& issues);

private:
    Status loadKind();
    // The cell's stored value, or nothing (with a warning) when the kind does not record it or cannot read it.
    std::optional<QString> cellValue(const ServiceSheetRecord& row, const QString& key, const QString& text,
                                     QVector<ImportIssue>& issues) const;
    bool recorded(qint64 workerId, const QDate& on);

    WriteContext& m_c;
    qint64 m_typeId = 0;
    double m_premium = 50;
    double m_provinceShare = 0.5;
    SqliteStatement m_findWorker, m_repeat, m_insert;
};

} // namespace jb::core
