#pragma once
// ReferralsPage: the 推荐就业 page. A tab widget whose first tab, 推荐列表, holds the filter bar, the referral list
// (ReferralTableModel, windowed, every column sortable in SQL) and beside it the chosen referral's detail with its
// stage history as a timeline and the actions of its stage (ReferralDetailPanel, ReferralActions). Every change goes
// onto the window's undo stack as a ReferralCommand. More views (matching, the promise list, follow-ups) join as
// tabs through addTab(): matching (MatchView), the one-week promise (PromiseListView) and follow-ups
// (FollowUpsView) are added so. The worker's and enterprise's pages open the list for one person or one enterprise.

#include "ui/Page.h"

class QHBoxLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace jb::ui {

class FollowUpsView;
class ListExportButton;
class MatchView;
class PromiseListView;
class ReferralActions;
class ReferralDetailPanel;
class ReferralFilterBar;
class ReferralTableModel;

class ReferralsPage final : public Page
{
    Q_OBJECT

public:
    explicit ReferralsPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void recordsEdited() override;
    bool opensRecords(core::RecordKind kind) const override;
    void openRecord(core::RecordKind kind, qint64 id) override;

    // Adds a view as a tab after the list (returns its index); `title` may hold an Alt letter.
    int addTab(QWidget* view, const QString& title);
    QTabWidget* tabs() const { return m_tabs; }

    ReferralTableModel* model() const { return m_model; }
    ReferralFilterBar* filterBar() const { return m_filters; }
    ReferralDetailPanel* detail() const { return m_detail; }
    ReferralActions* actions() const { return m_actions; }
    QTableView* table() const { return m_table; }
    ListExportButton* exporter() const { return m_exporter; }

    // Chooses referral `referralId` in the list when it is there (else lists it alone for its person), and shows it.
    void showReferral(qint64 referralId);
    // The one-week promise tab (the dashboard's promise panel links to it).
    void showPromiseList();
    MatchView* matchView() const { return m_match; }
    PromiseListView* promiseList() const { return m_promiseList; }
    FollowUpsView* followUps() const { return m_followUps; }

    // Lists the referrals of one person or one enterprise (from their pages).
    void showWorkerReferrals(qint64 workerId, const QString& name);
    void showEnterpriseReferrals(qint64 enterpriseId, const QString& name);

protected:
    void readOnlyChanged() override;

private:
    void applyFilter();
    void showCount();
    void chooseRow(qint64 referralId);
    // The tabs after the list: matching, the one-week promise and the follow-ups, wired to the list and the window.
    void addPlacementViews();
    void addExporter(QHBoxLayout* header);

    core::Database* m_database = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_count = nullptr;
    ListExportButton* m_exporter = nullptr;
    ReferralFilterBar* m_filters = nullptr;
    ReferralTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    ReferralDetailPanel* m_detail = nullptr;
    ReferralActions* m_actions = nullptr;
    MatchView* m_match = nullptr;
    PromiseListView* m_promiseList = nullptr;
    FollowUpsView* m_followUps = nullptr;
};

} // namespace jb::ui
