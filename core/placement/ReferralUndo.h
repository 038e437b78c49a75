#pragma once
// Undo of a referral change: before a change, each referral it touches is photographed (its row, its stage rows,
// its retention checks); undoing puts the photographs back in one transaction, audited, and the summary triggers
// move every figure back with them. A referral that did not exist before (a new referral) is deleted.
// Redo (the 推荐就业 page's Edit ▸ Redo) works the same way the other way round: right after the change the same
// referrals are photographed again, and redoing puts those photographs back. A referral the undo deleted comes
// back under its id, with its worker, post and enterprise, so later changes on the stack that name it still apply.

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
    QVariantList identity;        // worker_id, vacancy_id, enterprise_id, fair_id, officer, created_at
    QVector<QVariantList> stages; // the stage rows, every column (see ReferralUndo.cpp)
    QVector<QVariantList> checks; // the retention checks, every column
};

// What undoes one change: the referrals as they were before it.
struct ReferralUndo
{
    QVector<ReferralSnapshot> before;
    bool isEmpty() const { return before.isEmpty(); }
};

// What does one change again after its undo: the referrals it touched as they were right after it.
struct ReferralRedo
{
    QVector<ReferralSnapshot> after;
    bool isEmpty() const { return after.isEmpty(); }
};

// Photographs a referral as it is now (inside the change's transaction, before writing).
Expected<ReferralSnapshot> snapshotReferral(QSqlDatabase db, qint64 referralId);

// Puts the referrals back as photographed, in one transaction, with an audit row each.
Status undoReferralChange(QSqlDatabase db, const ReferralUndo& undo);

// Photographs, as they are now, the referrals `undo` names: called right after the change was applied.
Expected<ReferralRedo> snapshotAfterChange(QSqlDatabase db, const ReferralUndo& undo);

// Puts the referrals back as they were right after the change (after its undo), in one transaction, with an audit
// row each; a referral the undo removed is inserted again under its id.
Status redoReferralChange(QSqlDatabase db, const ReferralRedo& redo);

} // namespace jb::core
