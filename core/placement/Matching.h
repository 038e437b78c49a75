#pragma once
// Matching both ways: open posts for a worker, and workers looking for work for a post. Every candidate carries
// every criterion with its verdict (match / partial / mismatch / unknown) and the worker's and the post's values
// side by side, then the total score, so the officer sees why a candidate ranks where it does.
//
// Criteria and weights (a partial verdict earns half, unknown nothing): trade 30 (the desired trade against the
// post's title and trade, through the trade synonyms), place 20 (same sub-unit or the desired place named in the
// post's work location; same county, or a person willing to work anywhere: partial), wage 15 (the post's range
// against the expected wage), occupation group 10 (the desired trade's group, from the synonyms), education 8,
// skill level 7, age 5 (against the post's requirements), and priority 5 (hardship: match; another key group:
// partial). People already referred to a post and closed posts are never candidates.
//
// Candidates are the records that share the trade (or a synonym) or the place: a record that matches neither can
// earn at most half the score, so it could not reach the top against a record that matches one of them.

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/placement/MatchingCriteria.h"

#include <QSqlDatabase>
#include <QVector>

namespace jb::core {

struct MatchFilter
{
    int top = 20;
    bool myCountyOnly = false; // the home organisation's subtree only
    bool hardshipOnly = false; // workers with a hardship category only (matching for a post)
};

struct MatchCandidate
{
    qint64 workerId = 0;
    qint64 vacancyId = 0;
    QString workerName;
    QString postTitle;
    QString enterpriseName;
    int score = 0; // 0–100
    QVector<Criterion> criteria;
};

Expected<QVector<MatchCandidate>> matchPostsForWorker(QSqlDatabase db, qint64 workerId, const MatchFilter& filter = {},
                                                      QDate today = Clock::today());
Expected<QVector<MatchCandidate>> matchWorkersForPost(QSqlDatabase db, qint64 vacancyId, const MatchFilter& filter = {},
                                                      QDate today = Clock::today());

// Adds `term` as a synonym of `synonymOf` (a new group when `synonymOf` is unknown), audited; the officer extends
// the shipped pairs this way.
Status addTradeSynonym(QSqlDatabase db, const QString& term, const QString& synonymOf);
// Takes back a synonym the officer added (the undo of addTradeSynonym, audited): `term`, and `synonymOf` too when
// the addition made a new group of the two and nothing else joined it since.
Status removeTradeSynonym(QSqlDatabase db, const QString& term, const QString& synonymOf);

} // namespace jb::core
