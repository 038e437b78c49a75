#include "core/metrics/Pace.h"

#include <algorithm>

namespace jb::core {

QString paceStatusKey(PaceStatus status)
{
    switch (status) {
    case PaceStatus::NoTarget:
        return QStringLiteral("no_target");
    case PaceStatus::Green:
        return QStringLiteral("green");
    case PaceStatus::Amber:
        return QStringLiteral("amber");
    case PaceStatus::Red:
        return QStringLiteral("red");
    }
    return {};
}

Pace computePace(double actual, std::optional<double> target, const Period& period, const QDate& asOf,
                 double amberRatio)
{
    Pace pace;
    const int days = period.days();
    const qint64 elapsed = std::clamp<qint64>(period.start.daysTo(asOf) + 1, 0, days);
    pace.elapsedShare = days > 0 ? static_cast<double>(elapsed) / days : 0.0;
    if (!target)
        return pace;
    pace.expected = *target * pace.elapsedShare;
    if (actual >= *pace.expected)
        pace.status = PaceStatus::Green;
    else if (actual >= *pace.expected * amberRatio)
        pace.status = PaceStatus::Amber;
    else
        pace.status = PaceStatus::Red;
    return pace;
}

} // namespace jb::core
