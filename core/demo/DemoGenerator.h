#pragma once
// generateDemo: fills an empty JobBridge file with a plausible county — sub-units, enterprises and vacancies,
// job fairs, workers with referrals and services, periods and targets — so officers can try the program and
// trainers can demonstrate it without real personal data. The output is deterministic: the same seed, `today`
// and counts give byte-identical records on every platform.

#include "core/Expected.h"

#include <QDate>
#include <QSqlDatabase>
#include <functional>

namespace jb::core {

struct DemoOptions
{
    quint64 seed = 20240223;
    int workers = 5000;
    int enterprises = 300;
    int vacancies = -1; // -1: about 4 per enterprise (≈1,200 for 300)
    int fairs = 25;
    QDate today; // invalid → Clock::today(); all dates are <= today; the demo year = today.year()
};

struct DemoSummary
{
    qint64 enterprises = 0;
    qint64 vacancies = 0;
    qint64 workers = 0;
    qint64 fairs = 0;
    qint64 referrals = 0;
    qint64 services = 0;
    qint64 snapshots = 0;
    qint64 targets = 0;
};

// Fills an EMPTY file (created by Database::create, home organisation already seeded) with a plausible county.
// Refuses a file that already has workers or enterprises. One transaction: all or nothing.
// progress(percent) may be called; returning false cancels (rollback).
Expected<DemoSummary> generateDemo(QSqlDatabase db, const DemoOptions& options,
                                   const std::function<bool(int)>& progress = {});

} // namespace jb::core
