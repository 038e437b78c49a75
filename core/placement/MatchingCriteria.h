#pragma once
// The facts matching compares and the verdict of each criterion (pure functions: the tests check the rules on them
// without a file). See Matching.h for the criteria and their weights.

#include "core/Message.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>
#include <optional>

namespace jb::core {

enum class Verdict { Match, Partial, Mismatch, Unknown };
QString verdictKey(Verdict verdict); // match, partial, mismatch, unknown

struct Criterion
{
    QString name; // trade, place, wage, occupation_group, education, skill_level, age, priority
    Verdict verdict = Verdict::Unknown;
    QString worker;  // the worker's value as shown
    QString vacancy; // the post's value as shown
    int weight = 0;
    int points() const;
};
Message criterionLabel(const QString& name);
// The name of the trade criterion (the one a trade synonym changes).
inline const QString kTradeCriterion = QStringLiteral("trade");

struct WorkerFacts
{
    qint64 id = 0;
    QString name;
    qint64 orgId = 0;
    QString desiredTrade;
    QString place; // desired place, else current place
    QString returnDestination;
    std::optional<int> wageMin;
    std::optional<int> wageMax;
    int educationRank = 0; // sort order in the reference list; 0 = not recorded
    QString education;
    int skillRank = 0;
    QString skill;
    QDate birthDate;
    bool hardship = false;
    bool keyGroup = false;
};

struct PostFacts
{
    qint64 id = 0;
    QString title;
    QString trade;
    QString enterpriseName;
    qint64 orgId = 0;
    QString occupationGroupCode;
    QString occupationGroup;
    std::optional<int> wageMin;
    std::optional<int> wageMax;
    QString wageText;
    int educationRank = 0;
    QString education;
    int skillRank = 0;
    QString skill;
    std::optional<int> ageMin;
    std::optional<int> ageMax;
    QString workLocation;
};

// What the criteria need to know besides the two records.
struct MatchContext
{
    QDate today;
    QHash<QString, QString> synonymGroup;    // trade term → synonym group
    QHash<QString, QString> groupOccupation; // synonym group → occupation group code
    QHash<QString, QString> occupationNames; // occupation group code → name
    QHash<qint64, qint64> countyOf;          // organisation → its county (itself for a county)
    QHash<qint64, QString> orgNames;
    QString groupOf(const QString& term) const;
};

// The trades a worker wants (split at commas, slashes and 、).
QStringList desiredTrades(const QString& text);

QVector<Criterion> judge(const WorkerFacts& worker, const PostFacts& post, const MatchContext& context);
int totalScore(const QVector<Criterion>& criteria);

} // namespace jb::core
