#pragma once
// Undo of a referral change: before a change, each referral it touches is photographed (its row, its stage rows,
// its retention checks); undoing puts the photographs back in one transaction, audited, and the summary triggers
// move every figure back with them. A referral that did not exist before (a new referral) is deleted.

#include "core/Expected.h"

#include <QSqlDatabase>
#include <QVariantList>
#include <QVector>

namespace jb::core {

struct ReferralSnapshot
{
    qint64 referralId = 0;
    bool existed = false;
    QVariantList referral;        // stage, stage_on, exit_kind, exit_on, exit_reason
    QVector<QVariantList> stages; // the stage rows, every column (see ReferralUndo.cpp)
    QVector<QVariantList> checks; // the retention checks, every column
};

// What undoes one change: the referrals as they were before it.
struct ReferralUndo
{
    QVector<ReferralSnapshot> before;
    bool isEmpty() const { return before.isEmpty(); }
};

// Photographs a referral as it is now (inside the change's transaction, before writing).
Expected<ReferralSnapshot> snapshotReferral(QSqlDatabase db, qint64 referralId);

// Puts the referrals back as photographed, in one transaction, with an audit row each.
Status undoReferralChange(QSqlDatabase db, const ReferralUndo& undo);

} // namespace jb::core
