#pragma once
// ReferralCommand: one applied referral change (a start, a move forward, a correction backwards, an exit, a
// contract, the other open referrals closed as hired elsewhere, a retention check: everything core/placement
// returns as Expected<ReferralChange>) as a named command on the window's undo stack. Undo is core's
// undoReferralChange with the photographs taken before the change; redo is redoReferralChange with the photographs
// taken right after it, so a referral the undo removed comes back under the same id and the later commands that name
// it still apply. Like FairCommand, a refused undo or redo makes the command obsolete and reports why.

#include "core/Expected.h"
#include "core/placement/ReferralPipeline.h"

#include <QString>
#include <QUndoCommand>
#include <functional>

class QUndoStack;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ReferralCommand final : public QUndoCommand
{
public:
    using Change = std::function<core::Expected<core::ReferralChange>()>;
    using FailureSink = std::function<void(const QString&)>;
    using RedoneSink = std::function<void()>;

    // `applied` has already been applied once: the first redo() (called by push) does nothing. `redone` (may be
    // empty) runs after each later redo that worked: the page shows the referral again.
    ReferralCommand(core::Database& database, const QString& text, core::ReferralUndo undo, core::ReferralRedo redo,
                    FailureSink failed, RedoneSink redone = {});

    void undo() override;
    void redo() override;

    const QString& lastError() const { return m_lastError; }

    // Applies `change` (a core/placement operation on `database`); on success photographs the referrals it touched
    // and pushes a command labelled `text` onto `stack` (none: applied without undo), and returns the change; else
    // returns core's refusal and pushes nothing.
    static core::Expected<core::ReferralChange> apply(QUndoStack* stack, core::Database& database, const QString& text,
                                                      const Change& change, FailureSink failed, RedoneSink redone = {});

private:
    // True when `status` says it worked; else the command is obsolete and the failure reported.
    bool worked(const core::Status& status, const QString& failureText);

    core::Database& m_database;
    core::ReferralUndo m_undo;
    core::ReferralRedo m_redo;
    FailureSink m_failed;
    RedoneSink m_redone;
    bool m_firstRedo = true;
    QString m_lastError;
};

} // namespace jb::ui
