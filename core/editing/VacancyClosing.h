#pragma once
// Closing and reopening a vacancy: what they mean is decided here, so the Enterprises page, the CLI and the tests
// share one rule. Closing an open vacancy sets its status to closed and its closing day to the day given (the
// clock's today unless the caller says otherwise); reopening a closed or filled vacancy sets it open again and
// clears the closing day, since an open vacancy has none. Each is one RecordChange applied in one transaction with
// its audit rows; the applied change is returned so the page's undo stack can invert it.

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/editing/RecordChange.h"

#include <QDate>
#include <QSqlDatabase>

namespace jb::core {

// Refused (nothing written) for a vacancy that is not open, or when `on` is before the vacancy was posted.
Expected<RecordChange> closeVacancy(QSqlDatabase db, qint64 vacancyId, QDate on = Clock::today());

// Refused (nothing written) for a vacancy that is open already.
Expected<RecordChange> reopenVacancy(QSqlDatabase db, qint64 vacancyId);

} // namespace jb::core
