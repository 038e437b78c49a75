#pragma once
// A target value the officer probably did not mean ("2万" typed for 20 fairs): more than ten times the value it
// replaces, more than ten times the organisation's share of its parent's target (the parent's target divided
// among its current sub-units), or more than ten times the same target a year earlier. The GUI asks before
// writing such a value, showing both numbers; the value itself is valid and may be meant, so nothing refuses it.

#include "core/Expected.h"
#include "core/targets/TargetRepository.h"

#include <QSqlDatabase>
#include <optional>

namespace jb::core {

// How many times larger a value must be than what it is compared with to be doubted.
inline constexpr double kDoubtfulTargetFactor = 10;

// The question to ask before writing `edit` into `periodId`, or none when the value raises no doubt (or clears the
// target, or there is nothing to compare it with).
Expected<std::optional<Message>> doubtfulTarget(QSqlDatabase db, qint64 periodId, const TargetEdit& edit);

} // namespace jb::core
