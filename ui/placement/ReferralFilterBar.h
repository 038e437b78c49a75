#pragma once
// ReferralFilterBar: the choices above the 推荐就业 list: stage (the pipeline's stages, stable employment, the side
// exits, or every open referral), key group, officer, the period of the current stage's day, "follow-up due" and
// "stale"; and the enterprise or person the list was opened for from another page (shown with a button that lists
// everyone again).

#include "core/placement/ReferralList.h"
#include "ui/lists/ListFilterBar.h"

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace jb::ui {

class ReferralFilterBar final : public ListFilterBar
{
    Q_OBJECT

public:
    explicit ReferralFilterBar(QWidget* parent = nullptr);

    // Fills the key groups and officers of `database`; returns core's refusal, if any.
    QString load(const core::Database& database);
    void clear();
    core::ReferralFilter filter() const;

    // Lists only the referrals of one enterprise or one person (from their pages); 0 lists everyone again.
    void setEnterprise(qint64 enterpriseId, const QString& name);
    void setWorker(qint64 workerId, const QString& name);
    void chooseStage(core::ReferralListStage stage);

private:
    QDateEdit* makeDay(const QString& objectName);
    void showScope();

    QComboBox* m_stage = nullptr;
    QComboBox* m_keyGroup = nullptr;
    QComboBox* m_officer = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_followUp = nullptr;
    QCheckBox* m_stale = nullptr;
    QLabel* m_scope = nullptr;
    QPushButton* m_everyone = nullptr;
    qint64 m_enterpriseId = 0;
    qint64 m_workerId = 0;
    QString m_scopeName;
};

} // namespace jb::ui
