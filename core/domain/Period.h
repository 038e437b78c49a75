#pragma once
// A reporting period: a year, a named phase (the concentrated-action phase "2026-concentrated") or a month, with
// inclusive start and end dates. Targets are set per period; figures are counted over its dates.

#include "core/Message.h"

#include <QDate>
#include <QString>

namespace jb::core {

enum class PeriodKind { Year, Phase, Month };
QString periodKindKey(PeriodKind kind); // stored value: "year", "phase", "month"

struct Period
{
    qint64 id = 0; // 0: not stored in the file (a year or month asked for that has no row yet)
    PeriodKind kind = PeriodKind::Year;
    QString name;  // "2026", "2026-03", "2026-concentrated"
    QString label; // "2026年", "2026年3月", "2026年集中行动阶段": stored in the file, as the officer wrote it
    QDate start;
    QDate end;

    // Days in the period, both ends included.
    int days() const { return static_cast<int>(start.daysTo(end)) + 1; }
    bool contains(const QDate& day) const { return day >= start && day <= end; }
};

// A month in a sentence for the officer: "2026年3月" in Chinese, "3/2026" in English.
Message monthTitle(const QDate& dayInMonth);

} // namespace jb::core
