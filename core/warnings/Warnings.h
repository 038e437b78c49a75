#pragma once
// Early warning (预警, issue 14 item 4): one page of what needs the officer's attention today, in sections.
//   promise            one-week promises due or overdue (Promise.h: the clocks of the last 30 days)
//   followups          retention checks due (FollowUps.h)
//   stale_referrals    open referrals with no change at their stage for stale_days (FollowUps.h)
//   stale_workers      people looking for work (any status but employed) not contacted for stale_worker_days
//   stale_enterprises  enterprises with open posts not visited for stale_enterprise_days (a demand snapshot — visit,
//                      call or fair — is the visit; never visited counts from the day the enterprise was entered)
//   flags              open monitoring flags; wage arrears with the amount and the people affected
//   gap_growing        enterprises whose hiring gap grew between their last two demand snapshots
// A section's count is what the dashboard shows and must stay fast on a million workers (bench/warnings.sh); its
// records are read for one section at a time, the most overdue first. A warning the officer marked handled is left
// out until its condition returns (WarningMarks.h says when, per section).

#include "core/Expected.h"
#include "core/domain/Clock.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace jb::core {

enum class WarningSection { Promise, FollowUps, StaleReferrals, StaleWorkers, StaleEnterprises, Flags, GapGrowing };

// Every section in the page's order.
const QVector<WarningSection>& warningSections();
QString warningSectionKey(WarningSection section); // promise, followups, ... (the CLI's keys)
std::optional<WarningSection> warningSectionFromKey(const QString& key);
Message warningSectionName(WarningSection section);

// What opening a record shows: the worker's or the enterprise's detail.
enum class WarningOpens { Worker, Enterprise };

struct WarningRecord
{
    WarningSection section = WarningSection::Promise;
    // What a handled mark is made on: the worker (promise, stale_workers), the referral (followups,
    // stale_referrals), the flag (flags) or the enterprise (stale_enterprises, gap_growing).
    qint64 subjectId = 0;
    // The condition a handled mark remembers (WarningMarks.h); empty for the stale sections, which count time.
    QString condition;
    QString what;        // what needs attention, in the officer's words (translated)
    QString who;         // the worker's or the enterprise's name
    QString enterprise;  // the enterprise involved, if any besides `who`
    QDate startedOn;     // the day the condition started (promise clock, check due day, last contact, flag, ...)
    int daysOverdue = 0; // days overdue (promise: negative while days are left) or idle
    WarningOpens opens = WarningOpens::Worker;
    qint64 openId = 0;                 // the worker or enterprise id to open
    std::optional<double> amountYuan;  // wage arrears
    std::optional<int> peopleAffected; // wage arrears
};

struct WarningSectionList
{
    WarningSection section = WarningSection::Promise;
    // False for a section whose records are not built yet: the page and the CLI say so instead of showing 0.
    bool built = true;
    qint64 count = 0;
    QVector<WarningRecord> records; // empty when only counted; at most the limit asked for
};

// The counts of every section (no records), handled warnings left out.
Expected<QVector<WarningSectionList>> warningCounts(QSqlDatabase db, QDate today = Clock::today());
// The same, read through a read-only connection of its own to the file at `path`: for a count off the GUI thread
// (core/storage/SideConnection.h).
Expected<QVector<WarningSectionList>> warningCountsOfFile(const QString& path, QDate today);
// One section's count (the bench times each).
Expected<qint64> warningCount(QSqlDatabase db, WarningSection section, QDate today = Clock::today());
// One section with its count and its first `limit` records, the most overdue first.
Expected<WarningSectionList> warningSection(QSqlDatabase db, WarningSection section, QDate today = Clock::today(),
                                            int limit = 200);
// Every section with records.
Expected<QVector<WarningSectionList>> allWarnings(QSqlDatabase db, QDate today = Clock::today(), int limit = 200);

} // namespace jb::core
