#pragma once
// The referral pipeline's stages and side exits, and the transition table that says which may follow which.
// Stable employment is not a stage anyone records: the summary views derive it from the contract's start and the
// stable_months setting, so it is never stored.

#include "core/Message.h"

#include <QString>
#include <optional>

namespace jb::core {

// In pipeline order (referrals.stage and referral_stages.stage hold the keys).
enum class ReferralStage { Recommended, Interviewed, Intention, Contract, Left };
// Ways a referral ends before a contract (referrals.exit_kind).
enum class ReferralExit { Declined, Rejected, Withdrawn, HiredElsewhere };

QString referralStageKey(ReferralStage stage);
std::optional<ReferralStage> referralStageFromKey(const QString& key);
Message referralStageName(ReferralStage stage);
QString referralExitKey(ReferralExit exit);
std::optional<ReferralExit> referralExitFromKey(const QString& key);
Message referralExitName(ReferralExit exit);

// The reference list of the reasons for an exit (empty for "hired elsewhere", which needs none), and for leaving.
QString exitReasonList(ReferralExit exit);
inline const QString kLeaveReasonList = QStringLiteral("referral_leave_reason");

// The transition table for moves forward: recommended → interviewed or intention (a fair's on-the-spot intention
// skips the interview); interviewed → intention; intention → contract; contract → left. Anything earlier than the
// current stage is a correction, not a move (see moveReferral).
bool stageMayFollow(ReferralStage current, ReferralStage next);
// A side exit ends a referral that has no contract yet.
bool exitAllowedAt(ReferralStage current);

} // namespace jb::core
