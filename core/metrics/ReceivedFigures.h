#pragma once
// Figures received from child organisations in exchange packages (a city file holds its counties' packages, a
// province file its cities'), for one organisation and period of this file. loadProgress() adds them to what the
// file's own records give, so the dashboard and the reports show each child and the total.

#include "core/Expected.h"
#include "core/domain/Period.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace jb::core {

struct ReceivedFigures
{
    // By metric key: the catalogue's keys ("stable_employment", …, "job_fairs", "enterprises_visited"), the funnel's
    // "recommended" and "interviewed", and the promise's "hardship_registered", "hardship_served_late",
    // "hardship_due", "hardship_overdue" ("hardship_served_in_promise" is a catalogue key).
    QHash<QString, qint64> totals;
    QHash<qint64, QHash<QString, qint64>> byChild;    // a direct child of the organisation → metric key → value
    QHash<qint64, QHash<QString, qint64>> byKeyGroup; // a key group id of this file → metric key → value
    QHash<QString, qint64> fairsByLevel;              // "province", "city", "county", "industry"
    bool any = false;                                 // false: no package covers this organisation and period
};

// What the current (not superseded) packages give for `orgId`'s subtree over `period` (matched by period name),
// split over `childIds` (the organisation's direct children). With `asOf`, only figures counted up to that day
// are taken (the latest such per child): a report for October shows the year to date as of 31 October even when
// a November package has arrived since.
Expected<ReceivedFigures> receivedFigures(QSqlDatabase db, qint64 orgId, const Period& period,
                                          const QVector<qint64>& childIds, const QDate& asOf = {});

} // namespace jb::core
