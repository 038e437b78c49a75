#pragma once
// The sections' SQL (core/warnings only): each section counted fast for the dashboard, and its records read in
// order, the most overdue first, with the handled warnings left out (the rules are in WarningMarks.h).

#include "core/settings/PlacementSettings.h"
#include "core/warnings/Warnings.h"

namespace jb::core::warnings {

struct Context
{
    QSqlDatabase db;
    QDate today;
    PlacementSettings settings;
};

Expected<qint64> countSection(const Context& c, WarningSection section);
Expected<QVector<WarningRecord>> readSection(const Context& c, WarningSection section, int limit);

// Per section (WarningPlacement.cpp: promise, followups, stale_referrals; WarningRegister.cpp: the rest).
Expected<QVector<WarningRecord>> promiseRecords(const Context& c);
Expected<qint64> followUpCount(const Context& c);
Expected<QVector<WarningRecord>> followUpRecords(const Context& c, int limit);
Expected<qint64> staleReferralCount(const Context& c);
Expected<QVector<WarningRecord>> staleReferralRecords(const Context& c, int limit);
Expected<qint64> staleWorkerCount(const Context& c);
Expected<QVector<WarningRecord>> staleWorkerRecords(const Context& c, int limit);
Expected<qint64> staleEnterpriseCount(const Context& c);
Expected<QVector<WarningRecord>> staleEnterpriseRecords(const Context& c, int limit);
Expected<qint64> flagCount(const Context& c);
Expected<QVector<WarningRecord>> flagRecords(const Context& c, int limit);
Expected<qint64> gapCount(const Context& c);
Expected<QVector<WarningRecord>> gapRecords(const Context& c, int limit);

// The conditions marked handled in `section`, as "subject|condition".
Expected<QSet<QString>> handledConditions(const Context& c, WarningSection section);
QString markKey(qint64 subjectId, const QString& condition);
// The day a stale section counts from: today − its days.
QDate staleCut(const Context& c, WarningSection section);

} // namespace jb::core::warnings
