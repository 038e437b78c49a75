#pragma once
// How the placement views show a verdict or a promise state: a word AND a colour (never colour alone), the same in
// every view.

#include "core/placement/MatchingCriteria.h"
#include "core/placement/Promise.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace jb::ui {

class PlacementStyle final
{
    Q_DECLARE_TR_FUNCTIONS(PlacementStyle)

public:
    static QString verdictText(core::Verdict verdict); // Match / Partial match / Mismatch / Unknown
    static QColor verdictColour(core::Verdict verdict);
    static QColor promiseColour(core::PromiseState state);
    // "3 days left", "due today", "2 days late", "1 day early"
    static QString daysText(int daysLeft, bool waiting);
};

} // namespace jb::ui
