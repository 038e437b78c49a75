#pragma once
// The months a monthly report can be made for, on a given day: the file's month periods that have begun and this
// year's months up to the current one (a month with no row in the file still has a report); never a month that has
// not begun. The Reports page offers exactly these, and `jobbridge-cli report` and `submit` refuse any other month
// with the same message, so the page and the CLI cannot disagree about what is reportable.

#include "core/Expected.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace jb::core {

struct ReportMonth
{
    QString name;           // "2026-03"
    QString label;          // "2026年3月"
    bool complete = false;  // the month has ended before `today`
    bool submitted = false; // a submission is in force: the month is locked and its report is the one sent
};

struct ReportMonths
{
    QVector<ReportMonth> months; // oldest first
    // What to show first: the last complete month, else the latest month (early in January: January).
    QString suggested;

    bool contains(const QString& monthName) const;
};

// The selectable months for organisation `orgId` (whose submissions say which are locked) on `today`.
Expected<ReportMonths> selectableReportMonths(QSqlDatabase db, qint64 orgId, const QDate& today);

// Success when `monthName` is selectable for `orgId` on `today`; otherwise the refusal the CLI prints.
Status checkReportMonth(QSqlDatabase db, qint64 orgId, const QString& monthName, const QDate& today);

} // namespace jb::core
