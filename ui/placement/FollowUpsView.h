#pragma once
// FollowUpsView: what needs the officer's attention after a referral (core/placement/FollowUps.h): retention checks
// due (who, where, which check, how many days since it fell due, earlier calls that reached nobody) and stale
// referrals (who, which post, the stage and how many days it has not moved). 记录回访 records a check through
// ReferralCommand (undoable); either list opens the referral (a signal the window routes).

#include "core/placement/FollowUps.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace jb::core {
class Database;
}

namespace jb::ui {

class FollowUpsView final : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpsView(QWidget* parent = nullptr);

    void showFile(core::Database& database);
    void clearFile();
    void setReadOnly(bool readOnly);
    void setUndoStack(QUndoStack* stack);
    void refresh();

    QTableWidget* checksTable() const { return m_checks; }
    QTableWidget* staleTable() const { return m_stale; }
    const QVector<core::FollowUpDue>& checks() const { return m_due; }
    // Records the chosen check's answer; false when refused (the reason went to errorOccurred).
    bool recordCheck(core::CheckOutcome outcome, const QDate& day, const QString& reasonCode = {});

signals:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);
    void referralOpenRequested(qint64 referralId);

protected:
    // A change made while the view was hidden (an edit, undo or redo elsewhere) is read when it is shown again.
    void showEvent(QShowEvent* event) override;

private:
    void fillChecks();
    void fillStale();
    void updateActions();
    void askCheck();
    const core::FollowUpDue* chosenCheck() const;

    core::Database* m_database = nullptr;
    QUndoStack* m_stack = nullptr;
    bool m_readOnly = false;
    bool m_outdated = false; // the undo stack moved while hidden
    QVector<core::FollowUpDue> m_due;
    QVector<core::StaleReferral> m_staleRows;

    QLabel* m_checksHeading = nullptr;
    QLabel* m_staleHeading = nullptr;
    QTableWidget* m_checks = nullptr;
    QTableWidget* m_stale = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_openCheck = nullptr;
    QPushButton* m_openStale = nullptr;
};

} // namespace jb::ui
