#pragma once
// DrillRequest: what a click on a dashboard figure asks to list: the core selection (exactly the records the figure
// counted) and the words the drill-down dialog titles itself with.

#include "core/metrics/DrillDown.h"

#include <QString>

namespace jb::ui {

struct DrillRequest
{
    core::DrillDown selection;
    QString figureName; // "走访企业", "面试", "一周承诺：已超期" …, with the bar's group when there is one
    QString orgName;
    QString periodLabel;   // "2026年（截至2026-05-14）"
    QString unit;          // the figure's unit ("家", "人"), empty for plain record counts
    double shownValue = 0; // the value of the bar or point clicked
};

} // namespace jb::ui
