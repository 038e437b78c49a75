#pragma once
// Splitting a parent's target down to its direct sub-units, and reading a target value as officers write it.
// The split is only a suggestion the officer edits before anything is written: whole numbers in proportion to
// each sub-unit's enterprises (for enterprise metrics) or workers (for people metrics), adding up exactly to the
// parent's value; job fairs, and any basis that counts nothing, split equally.

#include "core/Expected.h"
#include "core/domain/Organisation.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace jb::core {

// Largest value a target may take: far above any county's plan, low enough that a slip of the keyboard
// ("30000000000") is caught and that the split's integer arithmetic cannot overflow.
constexpr double kMaxTargetValue = 1e9;

// What a sub-unit's share of a metric is proportional to.
enum class SplitBasis { Enterprises, Workers, Equal };
SplitBasis splitBasisFor(const QString& metric);

struct SplitShare
{
    Organisation org;
    qint64 basis = 0; // enterprises or workers in the sub-unit and everything below it; 0 for an equal split
    double share = 0; // the fraction of the parent's value suggested for this sub-unit (0..1)
    qint64 suggested = 0;
};

struct SplitSuggestion
{
    SplitBasis basis = SplitBasis::Equal; // the basis used
    bool fellBackToEqual = false;         // the metric's basis counted nothing in any sub-unit
    qint64 total = 0;                     // the parent's value being split
    QVector<SplitShare> shares;           // one per direct sub-unit (retired ones left out), in code order
};

// `total` split into whole numbers proportional to `weights` that add up exactly to `total` (largest remainder:
// everyone gets the floor of their quota, the units left go to the largest fractions, ties to the earlier
// entry). Empty or all-zero weights split equally. Weights must not be negative.
QVector<qint64> splitLargestRemainder(qint64 total, const QVector<qint64>& weights);

// The suggestion for splitting `total` of `metric` from `parentOrgId` to its direct sub-units. Fails if the
// metric is unknown, the value negative or too large, or the organisation has no sub-units.
Expected<SplitSuggestion> suggestSplit(QSqlDatabase db, qint64 parentOrgId, const QString& metric, qint64 total);

// A target value as typed or pasted: "3000", "3,000", "３０００", "2万", "1.5万", "800人", "20场", "≥3000".
// Empty text means "no target" (an empty optional); anything else that is not a whole number from 0 to
// kMaxTargetValue is refused with a message quoting the text.
Expected<std::optional<double>> parseTargetValue(const QString& text);

// Why `value` cannot be stored as a target (negative, not finite, too large), or an empty message if it can.
Message targetValueProblem(double value);

} // namespace jb::core
