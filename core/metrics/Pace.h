#pragma once
// Pace: how far along a figure should be by a given day. Expected = target × elapsed share of the period, days
// counted inclusively (on the period's first day one day has elapsed). Green when the actual meets the expected
// figure, amber when it reaches `amberRatio` of it, red below that.

#include "core/domain/Period.h"

#include <QDate>
#include <optional>

namespace jb::core {

enum class PaceStatus { NoTarget, Green, Amber, Red };
QString paceStatusKey(PaceStatus status); // "no_target", "green", "amber", "red"

struct Pace
{
    double elapsedShare = 0; // 0 … 1
    std::optional<double> expected;
    PaceStatus status = PaceStatus::NoTarget;
};

Pace computePace(double actual, std::optional<double> target, const Period& period, const QDate& asOf,
                 double amberRatio);

} // namespace jb::core
