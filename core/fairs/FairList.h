#pragma once
// The 招聘会 page's queries: the list of fairs (filtered by period, organiser, form, kind and status; one window of
// rows at a time, sorted by any figure), the upcoming (planned) fairs, and one fair's enterprises, posts and people
// for its detail tabs. Every figure is counted from the fair's links (the view fair_figures), never typed: the
// organiser's reported figures are shown beside them, as the metrics treat them (docs/metrics.md).

#include "core/Expected.h"
#include "core/domain/NameLanguage.h"
#include "core/fairs/Fair.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace jb::core {

struct FairFilter
{
    QDate from; // fairs whose first day is in [from, to]; an invalid bound is open
    QDate to;
    qint64 organiserId = 0; // 0: any; else fairs organised by it or one of its sub-units
    std::optional<FairForm> form;
    QString kindCode; // empty: any
    std::optional<FairStatus> status;
    QString nameContains;
};

enum class FairSort {
    FirstDay, // the default: newest first when descending
    Name,
    Organiser,
    Enterprises,
    Posts,
    Headcount,
    Visits,
    Registered,
    Intentions,
    Contracts,
    DemandRatio,
};

struct FairRow
{
    qint64 id = 0;
    QString name;
    QDate firstDay;
    QDate lastDay; // invalid for a one-day fair
    qint64 organiserId = 0;
    QString organiserName;
    QString organiserLevel; // province, city, county, industry
    FairForm form = FairForm::Offline;
    QString kindCode;
    QString kindName; // in the language asked for
    FairStatus status = FairStatus::Held;
    QString venue;
    // Counted from links.
    qint64 enterprises = 0;
    qint64 posts = 0;     // 岗位数
    qint64 headcount = 0; // 用工需求: the posts' headcount
    qint64 publicWelfarePosts = 0;
    qint64 registered = 0; // people recorded at the fair
    qint64 intentions = 0; // referrals made at the fair that reached an intention
    qint64 contracts = 0;  // … a contract
    // Reported by the organiser.
    qint64 visits = 0; // 人次
    qint64 reportedIntentions = 0;
    qint64 reportedContracts = 0;
    qint64 reportedHeadcount = 0; // jobs reported when the posts are not linked (files from before v7)

    // 求人倍率: headcount ÷ registered job seekers; none when no one is registered.
    std::optional<double> demandRatio() const;
};

// How many fairs the filter keeps.
Expected<qint64> countFairs(QSqlDatabase db, const FairFilter& filter);
// Rows [offset, offset + limit) of the filtered list in the order asked for (ties by first day and id, newest
// first).
Expected<QVector<FairRow>> fairWindow(QSqlDatabase db, const FairFilter& filter, qint64 offset, int limit,
                                      FairSort sort = FairSort::FirstDay, bool descending = true,
                                      NameLanguage names = shownNameLanguage());
// Planned fairs from `today` on (and planned ones whose day has passed, still waiting to be marked held), soonest
// first.
Expected<QVector<FairRow>> upcomingFairs(QSqlDatabase db, QDate today, int limit = 100,
                                         NameLanguage names = shownNameLanguage());
// One fair's row.
Expected<FairRow> fairRow(QSqlDatabase db, qint64 fairId, NameLanguage names = shownNameLanguage());

// The detail tabs.
struct FairEnterpriseRow
{
    qint64 enterpriseId = 0;
    QString name;
    QString creditCode;
    qint64 posts = 0;
    qint64 headcount = 0;
    qint64 intentions = 0;
    qint64 contracts = 0;
};
struct FairPostRow
{
    qint64 vacancyId = 0;
    qint64 enterpriseId = 0;
    QString enterpriseName;
    QString title;
    qint64 headcount = 0;
    bool publicWelfare = false;
    bool broughtNew = false; // the fair is the vacancy's source
};
struct FairPersonRow
{
    qint64 workerId = 0;
    QString name;
    QString maskedId;            // the ID number with its middle hidden
    bool registeredHere = false; // added to the worker list at this fair
};
struct FairOutcomeRow
{
    qint64 referralId = 0;
    qint64 workerId = 0;
    QString workerName;
    qint64 vacancyId = 0;
    QString enterpriseName;
    QString title;
    QString stage; // the referral's current stage key (it moves on through the pipeline)
    QDate intentionOn;
    QDate contractOn; // invalid: no contract
};
Expected<QVector<FairEnterpriseRow>> fairEnterprises(QSqlDatabase db, qint64 fairId);
Expected<QVector<FairPostRow>> fairPosts(QSqlDatabase db, qint64 fairId);
Expected<QVector<FairPersonRow>> fairPeople(QSqlDatabase db, qint64 fairId);
Expected<QVector<FairOutcomeRow>> fairOutcomes(QSqlDatabase db, qint64 fairId);

} // namespace jb::core
