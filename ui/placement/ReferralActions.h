#pragma once
// ReferralActions: what the officer does to referrals from the 推荐就业 page (and the worker's and enterprise's
// pages): start one (a person to a post), move it to the next stage, record a contract, end it by a side exit,
// record leaving the job, correct it back to an earlier stage. Each opens a ReferralStepDialog; on OK core applies
// it (core's refusal stays in the dialog) and it goes onto the window's undo stack as a ReferralCommand named
// after the change, the person and the post ("Record contract 张三 → 叉车司机"). After a contract the officer is
// offered (ReferralOffersDialog) to close the person's other open referrals as hired elsewhere and a filled post, and,
// inside the concentrated phase, to enrol the person in the mutual insurance ("Enrol 张三 in the mutual insurance").
// The dialogs open as children of the page (tests and screenshots find them there).

#include "core/placement/ReferralList.h"
#include "ui/fairs/FairPicker.h"
#include "ui/placement/ReferralCommand.h"
#include "ui/placement/ReferralOffersDialog.h"
#include "ui/placement/ReferralStepDialog.h"

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ReferralActions final : public QObject
{
    Q_OBJECT

public:
    explicit ReferralActions(QWidget* page);

    void setDatabase(core::Database* database) { m_database = database; }
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    // A read-only file: every action does nothing (the page disables their buttons too).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // Opens the dialog of `kind` for the referral; nothing when the file is read-only or the referral is gone.
    void open(ReferralStepDialog::Kind kind, qint64 referralId);
    // Refers `workerId` to post `vacancyId` today; returns the new referral's id, or 0 (failed emitted).
    qint64 start(qint64 workerId, qint64 vacancyId, const QString& personName, const QString& postTitle);

    // Starting a referral from the worker's page (a picker over open posts, searched by enterprise) or from an
    // enterprise's post (a picker over people, searched by name or the last digits of the ID number or phone).
    void referWorker(qint64 workerId, const QString& personName);
    void referToPost(qint64 vacancyId, const QString& postTitle);

    ReferralStepDialog* stepDialog() const { return m_step; }
    FairPicker* picker() const { return m_picker; }
    ReferralOffersDialog* offersDialog() const { return m_offers; }

    // The command's name: "Record contract 张三 → 叉车司机".
    static QString commandText(const QString& action, const QString& person, const QString& post);

signals:
    // A change was applied to referral `referralId`; the page re-reads and shows it.
    void applied(qint64 referralId);
    void failed(const QString& message);
    // A referral was started from a picker.
    void started(qint64 referralId);
    // Edit ▸ Redo applied a change to the referral again.
    void redone(qint64 referralId);

private:
    // Applies `change` as a command named `text`; returns "" or core's refusal.
    QString apply(qint64 referralId, const QString& text, const ReferralCommand::Change& change,
                  core::ReferralChange* applied = nullptr);
    QString applyStep(ReferralStepDialog* dialog, const core::ReferralRow& row);
    void openPicker(FairPicker* picker, const std::function<void(qint64 chosen, const QString& text)>& chosen);
    void offerAfterContract(const core::ReferralChange& contract, const core::InsuranceOffer& insurance,
                            const core::ReferralRow& row);
    // Enrols the person in the mutual insurance on the contract's day (the officer confirmed the offer).
    void enrolInsurance(const core::InsuranceOffer& insurance, const core::ReferralRow& row);
    static QString actionName(ReferralStepDialog::Kind kind, core::ReferralStage stage);

    QWidget* m_page;
    bool m_readOnly = false;
    core::Database* m_database = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QPointer<ReferralStepDialog> m_step;
    QPointer<ReferralOffersDialog> m_offers;
    QPointer<FairPicker> m_picker;
};

} // namespace jb::ui
