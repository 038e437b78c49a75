#include "ui/placement/PlacementStyle.h"

namespace jb::ui {

QString PlacementStyle::verdictText(core::Verdict verdict)
{
    switch (verdict) {
    case core::Verdict::Match:
        return tr("Match");
    case core::Verdict::Partial:
        return tr("Partial match");
    case core::Verdict::Mismatch:
        return tr("Mismatch");
    case core::Verdict::Unknown:
        break;
    }
    return tr("Unknown");
}

QColor PlacementStyle::verdictColour(core::Verdict verdict)
{
    switch (verdict) {
    case core::Verdict::Match:
        return QColor(0x1b, 0x7f, 0x3b);
    case core::Verdict::Partial:
        return QColor(0xb2, 0x6b, 0x00);
    case core::Verdict::Mismatch:
        return QColor(0xb3, 0x26, 0x1e);
    case core::Verdict::Unknown:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

QColor PlacementStyle::promiseColour(core::PromiseState state)
{
    switch (state) {
    case core::PromiseState::Overdue:
    case core::PromiseState::MetLate:
        return verdictColour(core::Verdict::Mismatch);
    case core::PromiseState::Due:
        return verdictColour(core::Verdict::Partial);
    case core::PromiseState::Met:
        return verdictColour(core::Verdict::Match);
    case core::PromiseState::Unwilling:
        break;
    }
    return verdictColour(core::Verdict::Unknown);
}

QString PlacementStyle::daysText(int daysLeft, bool waiting)
{
    if (daysLeft == 0)
        return waiting ? tr("due today") : tr("on the due day");
    // One day has its own English text (the Chinese is the same for both): the app ships no English plural forms.
    if (daysLeft == 1)
        return waiting ? tr("1 day left") : tr("1 day early");
    if (daysLeft == -1)
        return tr("1 day late");
    if (daysLeft > 0)
        return waiting ? tr("%1 days left").arg(daysLeft) : tr("%1 days early").arg(daysLeft);
    return tr("%1 days late").arg(-daysLeft);
}

} // namespace jb::ui
