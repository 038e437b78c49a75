#pragma once
// Exporting an exchange package: the home organisation's figures for a period (and the year to date and phases
// overlapping it, as of the same day), per sub-unit and key group, from loadProgress() — so a package carries
// exactly the dashboard's numbers — with the fairs held and, on request, anonymised referrals and services.

#include "core/Expected.h"
#include "core/exchange/PackageFormat.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace jb::core::exchange {

struct ExportOptions
{
    QString period;           // "2026", "2026-03" or a phase name (as PeriodRepository::find reads it)
    QDate today;              // figures as of this day (clamped to each period); invalid → today
    bool withRecords = false; // add anonymised referrals and services (no names, no ID numbers, no phones)
    QDateTime createdAt;      // invalid → now (tests and benchmarks fix it)
};

// Builds the package of the file's home organisation. Reads only.
Expected<Package> buildPackage(QSqlDatabase db, const ExportOptions& options);

// Writes the package as indented UTF-8 JSON, atomically (QSaveFile): an existing file is replaced only whole.
Status writePackageFile(const Package& package, const QString& path);

// The file name an officer would expect: "340122-2026-03.jbpkg".
QString suggestedFileName(const Package& package);

} // namespace jb::core::exchange
