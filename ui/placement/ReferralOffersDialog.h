#pragma once
// ReferralOffersDialog: after a contract, what the officer is offered and confirms: the person's other open
// referrals, to close as "hired elsewhere" (a checklist: two part-time jobs are legitimate, so the officer unticks
// any that stay open), when the post's headcount is now filled, closing the post, and, when core's
// insuranceOfferFor says the contract falls in the concentrated phase and the person is not yet enrolled that year,
// the accident-injury mutual insurance with the premium and its province / city split from the settings. The
// enrolment is ticked (the plan covers everyone who signs in the phase) but happens only when the officer confirms
// with OK; it is never added silently.

#include "core/placement/ReferralPipeline.h"
#include "core/services/ServiceQueries.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ReferralOffersDialog final : public QDialog
{
    Q_OBJECT

public:
    ReferralOffersDialog(core::Database& database, const core::ReferralChange& contract,
                         const core::InsuranceOffer& insurance, QWidget* parent = nullptr);

    // The referrals ticked to close as hired elsewhere.
    QVector<qint64> chosenReferrals() const;
    // Whether to close the filled post (its id in the change).
    bool closePost() const;
    // Whether to enrol the person in the mutual insurance (offered and ticked).
    bool enrolInsurance() const;

    QListWidget* others() const { return m_others; }
    QCheckBox* closePostBox() const { return m_closePost; }
    QCheckBox* insuranceBox() const { return m_insurance; }

private:
    void addInsurance(core::Database& database, const core::InsuranceOffer& insurance);

    QListWidget* m_others = nullptr;
    QCheckBox* m_closePost = nullptr;
    QCheckBox* m_insurance = nullptr;
    QLabel* m_insuranceNote = nullptr;
};

} // namespace jb::ui
