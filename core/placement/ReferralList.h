#pragma once
// The 推荐就业 page's list of referrals and the timeline of one referral. The list is read like the worker list:
// how many referrals the filter selects, and one window of rows at a time in any column's order (windows past the
// middle are read from the end in the reverse order, so the last costs what the first does). Resident IDs leave
// core masked. The timeline gathers every stage row (day, officer, time recorded, reason or contract terms), the
// side exit, the retention checks and the corrections and undos the audit log recorded. Speed at 589k referrals:
// bench/referral_list.sh.

#include "core/Expected.h"
#include "core/Message.h"
#include "core/domain/Clock.h"
#include "core/domain/NameLanguage.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace jb::core {

// What the stage filter offers: the pipeline's stages (stable employment derived, as on the dashboard), the side
// exits, and "open" (no contract yet, no exit).
enum class ReferralListStage {
    Any,
    Open,
    Recommended,
    Interviewed,
    Intention,
    Contract, // signed, not yet stable, no departure
    Stable,   // a contract that reached the stable months with no departure
    Left,
    Declined,
    Rejected,
    Withdrawn,
    HiredElsewhere,
    Count
};
Message referralListStageName(ReferralListStage stage);

struct ReferralFilter
{
    ReferralListStage stage = ReferralListStage::Any;
    qint64 enterpriseId = 0; // 0: any
    qint64 keyGroupId = 0;   // 0: any; else referrals of people in that key group
    qint64 workerId = 0;     // 0: any (the worker page's referral tab)
    QString officer;         // empty: any; else who made the referral
    QDate from;              // the day of the current stage (or exit) in [from, to]; an invalid bound is open
    QDate to;
    bool followUpDue = false; // a retention check is due (FollowUps.h)
    bool stale = false;       // no change for the stale days at a stage before a contract
};

enum class ReferralColumn { Worker, ResidentId, Enterprise, Post, Stage, StageOn, Officer, Count };

struct ReferralSort
{
    ReferralColumn column = ReferralColumn::StageOn;
    bool descending = true; // latest changes first
};

struct ReferralRow
{
    qint64 id = 0;
    qint64 workerId = 0;
    qint64 enterpriseId = 0;
    qint64 vacancyId = 0; // 0 when the post was deleted
    QString workerName;
    QString residentId; // masked
    QString enterpriseName;
    QString postTitle;
    QString stage; // the stage key it reached (referrals.stage)
    QString exit;  // the side exit's key, empty when open
    bool stable = false;
    QDate stageOn;             // the day of the current stage, or of the exit
    QString officer;           // who made the referral
    QString stageText() const; // translated: the stage, 稳定就业, or the exit
};

class ReferralListQuery final
{
public:
    static Expected<ReferralListQuery> create(QSqlDatabase db, ReferralFilter filter, ReferralSort sort = {},
                                              QDate today = Clock::today());

    const ReferralFilter& filter() const { return m_filter; }
    const ReferralSort& sort() const { return m_sort; }

    Expected<qint64> count() const;
    void reuseCount(qint64 count) const { m_count = count; }
    Expected<QVector<ReferralRow>> fetch(qint64 offset, int limit) const;
    // One referral's row, whatever the filter.
    Expected<ReferralRow> row(qint64 referralId) const;

    // The statements run since recording was switched on, values inlined (for the benchmark's sqlite3 runs).
    void recordStatements(bool on) const
    {
        m_recording = on;
        m_recorded.clear();
    }
    QStringList recordedStatements() const { return m_recorded; }

    static Message columnTitle(ReferralColumn column);
    // Selections at least this large, sorted by a column of another table (person, ID number, enterprise, post),
    // are walked in that table's order, and sorted by stage are read stage by stage; smaller ones are fetched and
    // sorted (20,000 by default; tests set it to check
    // both ways give the same rows).
    static void setWalkThreshold(qint64 rows);

private:
    ReferralListQuery() = default;
    // The stable-employment filter selects two parts: referrals stored at "stable", and contracts that reached the
    // stable months by the rule. Counted and, sorted by a column of the referral, read part by part (each from its
    // own index); otherwise tested together by one expression the planner cannot split.
    enum class StablePart { Either, Stored, ByRule };
    QString whereClause(QVariantList& binds, StablePart part = StablePart::Either) const;
    QString stageCondition(QVariantList& binds, StablePart part) const;
    QString followUpCondition(QVariantList& binds) const;
    QString orderBy(bool reversed) const;
    Expected<QVector<ReferralRow>> read(qint64 first, qint64 rows, bool reversed) const;
    QString rowsSql(const QString& inner, const QString& order) const;
    QString stagePartsSql(qint64 first, qint64 rows, bool reversed, QVariantList& binds) const;
    Expected<QVector<ReferralRow>> readRows(const QString& sql, const QVariantList& binds) const;
    void record(const QString& sql, const QVariantList& binds) const;

    QSqlDatabase m_db;
    ReferralFilter m_filter;
    ReferralSort m_sort;
    QDate m_today;
    int m_stableMonths = 3;
    int m_staleDays = 14;
    QVector<int> m_followUpMonths;
    mutable std::optional<qint64> m_count;
    mutable bool m_recording = false;
    mutable QStringList m_recorded;
};

// The officers who made referrals in the file (the officer filter's choices), most referrals first.
Expected<QStringList> referralOfficers(QSqlDatabase db);

// One referral's row (the detail panel's heading).
Expected<ReferralRow> referralRow(QSqlDatabase db, qint64 referralId, QDate today = Clock::today());

struct TimelineEntry
{
    enum class Kind { Stage, Exit, Check, Correction, Undo, Redo };
    Kind kind = Kind::Stage;
    QString key;    // the stage's or exit's key (Stage, Exit), the outcome's (Check); else empty
    QDate day;      // the day it happened (the audit's time for corrections, undos and redos)
    QString what;   // translated: the stage, the exit, the check's outcome, "corrected back to …"
    QString detail; // translated: the reason, the contract's terms, the check's months
    QString officer;
    QString recordedAt; // when it was typed in (local time), empty for rows from before v8
};

// Every event of the referral, oldest first (ties: stages in pipeline order, then the audit's order).
Expected<QVector<TimelineEntry>> referralTimeline(QSqlDatabase db, qint64 referralId,
                                                  NameLanguage names = shownNameLanguage());

} // namespace jb::core
