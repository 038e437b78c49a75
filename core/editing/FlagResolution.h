#pragma once
// Resolving a monitoring flag (wage arrears, attrition, labour-relations risk): core knows whether a flag is open
// and what resolving it writes, so the Enterprises page and the CLI ask here instead of reading a date off the
// screen. Resolving sets the day it was resolved (the clock's today unless given) as one audited RecordChange in
// one transaction; the applied change is returned so the page's undo stack can invert it.

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/editing/RecordChange.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace jb::core {

struct FlagState
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    QString kind; // wage_arrears, attrition, labour_risk
    QDate flaggedOn;
    QDate resolvedOn; // invalid while the flag is open
    QString note;

    bool isResolved() const { return resolvedOn.isValid(); }
};

Expected<FlagState> loadFlagState(QSqlDatabase db, qint64 flagId);

// Resolves an open flag on `on`. A non-empty `note` (how it was settled) is added to the flag's own note on a line
// of its own, so the officer reads it in the flag list, and is the audit entry's note. Refused (nothing written)
// for a flag resolved already, or when `on` is before the day it was flagged.
Expected<RecordChange> resolveFlag(QSqlDatabase db, qint64 flagId, const QString& note = {}, QDate on = Clock::today());

} // namespace jb::core
