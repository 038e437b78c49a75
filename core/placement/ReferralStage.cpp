#include "core/placement/ReferralStage.h"

namespace jb::core {

namespace {

const char* const kStageKeys[] = {"recommended", "interviewed", "intention", "contract", "left"};
const char* const kExitKeys[] = {"declined", "rejected", "withdrawn", "hired_elsewhere"};

} // namespace

QString referralStageKey(ReferralStage stage)
{
    return QLatin1String(kStageKeys[static_cast<int>(stage)]);
}

std::optional<ReferralStage> referralStageFromKey(const QString& key)
{
    for (int i = 0; i < 5; ++i)
        if (key == QLatin1String(kStageKeys[i]))
            return static_cast<ReferralStage>(i);
    return std::nullopt;
}

Message referralStageName(ReferralStage stage)
{
    switch (stage) {
    case ReferralStage::Recommended:
        return JB_TR("Placement", "Recommended");
    case ReferralStage::Interviewed:
        return JB_TR("Placement", "Interviewed");
    case ReferralStage::Intention:
        return JB_TR("Placement", "Intention reached");
    case ReferralStage::Contract:
        return JB_TR("Placement", "Contract signed");
    case ReferralStage::Left:
        return JB_TR("Placement", "Left");
    }
    return {};
}

QString referralExitKey(ReferralExit exit)
{
    return QLatin1String(kExitKeys[static_cast<int>(exit)]);
}

std::optional<ReferralExit> referralExitFromKey(const QString& key)
{
    for (int i = 0; i < 4; ++i)
        if (key == QLatin1String(kExitKeys[i]))
            return static_cast<ReferralExit>(i);
    return std::nullopt;
}

Message referralExitName(ReferralExit exit)
{
    switch (exit) {
    case ReferralExit::Declined:
        return JB_TR("Placement", "Declined by the worker");
    case ReferralExit::Rejected:
        return JB_TR("Placement", "Rejected by the employer");
    case ReferralExit::Withdrawn:
        return JB_TR("Placement", "Withdrawn by the officer");
    case ReferralExit::HiredElsewhere:
        return JB_TR("Placement", "Hired elsewhere");
    }
    return {};
}

QString exitReasonList(ReferralExit exit)
{
    switch (exit) {
    case ReferralExit::Declined:
        return QStringLiteral("referral_decline_reason");
    case ReferralExit::Rejected:
        return QStringLiteral("referral_reject_reason");
    case ReferralExit::Withdrawn:
        return QStringLiteral("referral_withdraw_reason");
    case ReferralExit::HiredElsewhere:
        return {};
    }
    return {};
}

bool stageMayFollow(ReferralStage current, ReferralStage next)
{
    using S = ReferralStage;
    // Table data: each row is (current, next) allowed as a move forward.
    static const std::pair<S, S> kTransitions[] = {
        {S::Recommended, S::Interviewed}, {S::Recommended, S::Intention}, {S::Interviewed, S::Intention},
        {S::Intention, S::Contract},      {S::Contract, S::Left},
    };
    for (const auto& [from, to] : kTransitions)
        if (from == current && to == next)
            return true;
    return false;
}

bool exitAllowedAt(ReferralStage current)
{
    return current == ReferralStage::Recommended || current == ReferralStage::Interviewed ||
           current == ReferralStage::Intention;
}

} // namespace jb::core
