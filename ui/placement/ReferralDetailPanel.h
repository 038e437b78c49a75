#pragma once
// ReferralDetailPanel: the chosen referral beside the 推荐就业 list: who was referred to which post, where it stands,
// and its stage history as a timeline (every stage with its day, officer, the time it was recorded and its reason
// or contract terms; the exit; retention checks; corrections and undos), with the actions that apply at its stage:
// next stage, contract, exit, leaving, correction, and opening the person.

#include "core/placement/ReferralList.h"
#include "ui/placement/ReferralStepDialog.h"

#include <QWidget>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ReferralDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReferralDetailPanel(QWidget* parent = nullptr);

    void setDatabase(core::Database* database) { m_database = database; }
    void setReadOnly(bool readOnly);
    // Shows referral `referralId` (0: none).
    void showReferral(qint64 referralId);
    qint64 referralId() const { return m_row ? m_row->id : 0; }
    const std::optional<core::ReferralRow>& row() const { return m_row; }

    QTreeWidget* timeline() const { return m_timeline; }
    QPushButton* button(ReferralStepDialog::Kind kind) const;

signals:
    void actionRequested(ReferralStepDialog::Kind kind, qint64 referralId);
    void personRequested(qint64 workerId);
    void failed(const QString& message);

private:
    QPushButton* addButton(const QString& objectName, const QString& text, const QString& tip);
    void enableActions();

    core::Database* m_database = nullptr;
    bool m_readOnly = false;
    std::optional<core::ReferralRow> m_row;
    QLabel* m_heading = nullptr;
    QLabel* m_stage = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_contract = nullptr;
    QPushButton* m_exit = nullptr;
    QPushButton* m_leave = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_person = nullptr;
    QGridLayout* m_buttons = nullptr;
};

} // namespace jb::ui
