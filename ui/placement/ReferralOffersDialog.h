#pragma once
// ReferralOffersDialog: after a contract, what the officer is offered and confirms: the person's other open
// referrals, to close as "hired elsewhere" (a checklist: two part-time jobs are legitimate, so the officer unticks
// any that stay open), and, when the post's headcount is now filled, closing the post.

#include "core/placement/ReferralPipeline.h"

#include <QDialog>

class QCheckBox;
class QListWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ReferralOffersDialog final : public QDialog
{
    Q_OBJECT

public:
    ReferralOffersDialog(core::Database& database, const core::ReferralChange& contract, QWidget* parent = nullptr);

    // The referrals ticked to close as hired elsewhere.
    QVector<qint64> chosenReferrals() const;
    // Whether to close the filled post (its id in the change).
    bool closePost() const;

    QListWidget* others() const { return m_others; }
    QCheckBox* closePostBox() const { return m_closePost; }

private:
    QListWidget* m_others = nullptr;
    QCheckBox* m_closePost = nullptr;
};

} // namespace jb::ui
