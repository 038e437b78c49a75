#include "core/targets/TargetSplit.h"

#include "core/domain/MetricCatalog.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/SqlError.h"
#include "core/validation/Normalize.h"
#include "core/validation/Quantity.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace jb::core {

namespace {

// Enterprises or workers registered in each direct sub-unit of `parentId` and everything below it.
Expected<QHash<qint64, qint64>> basisCounts(QSqlDatabase db, qint64 parentId, SplitBasis basis)
{
    using Result = Expected<QHash<qint64, qint64>>;
    const QString table = basis == SplitBasis::Enterprises ? QStringLiteral("enterprises") : QStringLiteral("workers");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("WITH RECURSIVE sub(root, id) AS (SELECT id, id FROM organisations WHERE parent_id = ? "
                             "UNION ALL SELECT sub.root, o.id FROM organisations o JOIN sub ON o.parent_id = sub.id) "
                             "SELECT sub.root, (SELECT count(*) FROM %1 r WHERE r.org_id = sub.id) FROM sub")
                  .arg(table));
    q.addBindValue(parentId);
    if (!q.exec())
        return Result::failure(describeSqlError(q, table));
    QHash<qint64, qint64> counts;
    while (q.next())
        counts[q.value(0).toLongLong()] += q.value(1).toLongLong();
    return counts;
}

Message badValueMessage(const QString& text)
{
    return JB_TR("Targets",
                 "\"%1\" is not a target value: write a whole number such as 3000, 3,000, 2万, 1.5万 or 800人.")
        .arg(text);
}

} // namespace

SplitBasis splitBasisFor(const QString& metric)
{
    const MetricInfo* info = findMetric(metric);
    if (!info)
        return SplitBasis::Equal;
    switch (info->records) {
    case RecordKind::Enterprise:
    case RecordKind::Vacancy:
        return SplitBasis::Enterprises;
    case RecordKind::JobFair:
        // Every sub-unit is expected to hold its fairs whatever its size, as the plan's per-level minimums say.
        return SplitBasis::Equal;
    case RecordKind::Referral:
    case RecordKind::Service:
    case RecordKind::Worker:
        return SplitBasis::Workers;
    case RecordKind::Organisation:
    case RecordKind::DemandSnapshot:
    case RecordKind::EnterpriseFlag:
    case RecordKind::Period:
    case RecordKind::Target:
        break; // no metric counts these
    }
    return SplitBasis::Equal;
}

QVector<qint64> splitLargestRemainder(qint64 total, const QVector<qint64>& weights)
{
    const int n = static_cast<int>(weights.size());
    QVector<qint64> parts(n, 0);
    if (n == 0 || total <= 0)
        return parts;
    QVector<qint64> w = weights;
    qint64 sum = std::accumulate(w.cbegin(), w.cend(), qint64(0));
    if (sum <= 0) {
        w.fill(1);
        sum = n;
    }
    QVector<qint64> remainders(n, 0);
    qint64 assigned = 0;
    for (int i = 0; i < n; ++i) {
        // Exact integer arithmetic: total ≤ kMaxTargetValue and a weight is a record count, so no overflow.
        parts[i] = total * w.at(i) / sum;
        remainders[i] = total * w.at(i) % sum;
        assigned += parts.at(i);
    }
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return remainders.at(a) > remainders.at(b); });
    // The units left over are fewer than n, since each floor lost less than one.
    for (int k = 0; assigned < total; ++k, ++assigned)
        ++parts[order.at(k % n)];
    return parts;
}

Expected<SplitSuggestion> suggestSplit(QSqlDatabase db, qint64 parentOrgId, const QString& metric, qint64 total)
{
    using Result = Expected<SplitSuggestion>;
    if (!findMetric(metric))
        return Result::failure(JB_TR("Targets", "Unknown metric \"%1\".").arg(metric));
    if (const Message problem = targetValueProblem(static_cast<double>(total)); !problem.isEmpty())
        return Result::failure(problem);
    auto children = OrganisationRepository(db).children(parentOrgId);
    if (!children)
        return Result::failure(children.message());
    SplitSuggestion suggestion;
    suggestion.total = total;
    for (const Organisation& org : *children)
        if (!org.retired)
            suggestion.shares.append({org, 0, 0, 0});
    if (suggestion.shares.isEmpty())
        return Result::failure(JB_TR("Targets", "This organisation has no sub-units to split its target to."));

    suggestion.basis = splitBasisFor(metric);
    QVector<qint64> weights(suggestion.shares.size(), 0);
    if (suggestion.basis != SplitBasis::Equal) {
        auto counts = basisCounts(db, parentOrgId, suggestion.basis);
        if (!counts)
            return Result::failure(counts.message());
        for (int i = 0; i < suggestion.shares.size(); ++i) {
            suggestion.shares[i].basis = counts->value(suggestion.shares.at(i).org.id);
            weights[i] = suggestion.shares.at(i).basis;
        }
        if (std::all_of(weights.cbegin(), weights.cend(), [](qint64 w) { return w == 0; })) {
            suggestion.basis = SplitBasis::Equal;
            suggestion.fellBackToEqual = true;
        }
    }
    if (suggestion.basis == SplitBasis::Equal)
        weights.fill(1);
    const qint64 weightSum = std::accumulate(weights.cbegin(), weights.cend(), qint64(0));
    const QVector<qint64> parts = splitLargestRemainder(total, weights);
    for (int i = 0; i < suggestion.shares.size(); ++i) {
        suggestion.shares[i].share = static_cast<double>(weights.at(i)) / static_cast<double>(weightSum);
        suggestion.shares[i].suggested = parts.at(i);
    }
    return suggestion;
}

Message targetValueProblem(double value)
{
    if (!std::isfinite(value))
        return JB_TR("Targets", "The target is not a valid number.");
    if (value < 0)
        return JB_TR("Targets", "A target cannot be negative (%1).").arg(QString::number(value));
    if (value > kMaxTargetValue)
        return JB_TR("Targets", "The target %1 is too large (the limit is 1,000,000,000); check for extra digits.")
            .arg(QString::number(value, 'f', 0));
    if (value != std::floor(value))
        return JB_TR("Targets",
                     "A target must be a whole number (%1): enterprises, jobs, fairs and people are counted whole.")
            .arg(QString::number(value));
    return {};
}

Expected<std::optional<double>> parseTargetValue(const QString& text)
{
    using Result = Expected<std::optional<double>>;
    QString s = normalizeCode(text);
    // Plans write minimums: "≥3000", "不少于3000" are read as the figure itself.
    for (const QString& prefix : {QStringLiteral("≥"), QStringLiteral(">="), QStringLiteral("不少于")})
        if (s.startsWith(prefix)) {
            s = s.mid(prefix.size());
            break;
        }
    // The one reader of figures with units (core/validation/Quantity.h): "800人", "2万", "1.5万", "3,000".
    const QuantityReading reading = readQuantity(s, Quantity::Count);
    switch (reading.outcome) {
    case QuantityReading::Outcome::Blank:
        return std::optional<double>();
    case QuantityReading::Outcome::NotAFigure:
        return Result::failure(badValueMessage(text.trimmed()));
    case QuantityReading::Outcome::NotWhole:
    case QuantityReading::Outcome::Read:
        break;
    }
    // The problem names the value as read, which is what the officer needs to see.
    if (const Message problem = targetValueProblem(reading.value); !problem.isEmpty())
        return Result::failure(problem);
    return std::optional<double>(reading.value);
}

} // namespace jb::core
