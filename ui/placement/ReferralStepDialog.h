#pragma once
// ReferralStepDialog: what the officer records for one referral from the 推荐就业 page, in one small form:
// - Advance: the next stage (interviewed or intention from "recommended"; intention after an interview) and its day;
// - Contract: the day it was signed, the start date, the monthly wage and the term in months;
// - Exit: declined by the worker, rejected by the employer or withdrawn, with a reason from the active reference
//   values (retired ones are not offered) and the day;
// - Leave: the day the person left and why;
// - Correct: an earlier stage to go back to, saying what the correction removes.
// OK runs what the page gave (setApply): core's refusal is shown in the dialog, which stays open; success closes it.

#include "core/placement/ReferralList.h"
#include "core/placement/ReferralPipeline.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ReferralStepDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Advance, Contract, Exit, Leave, Correct };

    // `timeline`: the referral's events (the correction lists what it removes).
    ReferralStepDialog(Kind kind, core::Database& database, const core::ReferralRow& referral,
                       const QVector<core::TimelineEntry>& timeline, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    QDate day() const;
    core::ReferralStage stage() const; // Advance, Correct
    core::ReferralExit exit() const;   // Exit
    QString reasonCode() const;        // Exit, Leave
    core::ContractTerms terms() const; // Contract
    // What the correction removes, as the dialog says it.
    QString removedText() const;

    // Runs on OK: returns "" when the change was applied (the dialog closes), else core's refusal (shown here).
    void setApply(std::function<QString()> apply) { m_apply = std::move(apply); }
    QLabel* errorLabel() const { return m_error; }

private:
    void buildAdvance();
    void buildContract();
    void buildExit();
    void buildLeave();
    void buildCorrect();
    void fillReasons(const QString& list);
    void showRemoved();
    void tryApply();

    Kind m_kind;
    core::Database& m_database;
    core::ReferralRow m_referral;
    QVector<core::TimelineEntry> m_timeline;
    std::function<QString()> m_apply;
    QFormLayout* m_form = nullptr;
    QDateEdit* m_day = nullptr;
    QDateEdit* m_starts = nullptr;
    QSpinBox* m_wage = nullptr;
    QSpinBox* m_term = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_exit = nullptr;
    QComboBox* m_reason = nullptr;
    QLabel* m_removed = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace jb::ui
