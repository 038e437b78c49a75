#pragma once
// WorkerDetailPanel: the side panel of the Workers page: every field of the chosen worker (ID and phone masked,
// each with a button that shows the full value and writes the audit log), the referrals with their stages, the
// services, and a dated timeline of everything, newest first. The referrals tab refers the person to a post and
// opens a referral (double-click or Enter) on the 推荐就业 page, where its actions are. The services tab records a
// new service for the person (the page gives its button the menu of kinds), edits or deletes the chosen one, and
// opens one (double-click or Enter) on the 服务 page.

#include "core/lists/WorkerDetail.h"
#include "ui/lists/RecordDetailPanel.h"

#include <QDate>

class QPushButton;
class QTreeWidget;

namespace jb::core {
class Database;
}

namespace jb::ui {

class WorkerDetailPanel final : public RecordDetailPanel
{
    Q_OBJECT

public:
    explicit WorkerDetailPanel(QWidget* parent = nullptr);

    // The open file (null: none).
    void setDatabase(const core::Database* database) { m_database = database; }
    void setToday(const QDate& today) { m_today = today; }
    // Shows worker `id` (0: nobody).
    void showWorker(qint64 id);
    qint64 workerId() const { return m_id; }
    QPushButton* referButton() const { return m_refer; }
    QTreeWidget* referrals() const { return m_referrals; }
    QTreeWidget* services() const { return m_services; }
    QPushButton* addServiceButton() const { return m_addService; }
    QPushButton* editServiceButton() const { return m_editService; }
    QPushButton* removeServiceButton() const { return m_removeService; }
    // The service chosen in the services tab; 0 when none.
    qint64 chosenServiceId() const;
    void setReadOnly(bool readOnly);

    // The two reveal actions (the buttons call these).
    void revealResidentId();
    void revealPhone();

signals:
    void failed(const QString& message);
    void revealed(core::RevealField field);
    // "Refer to a post…" for the person shown; a referral chosen in the referrals tab.
    void referRequested(qint64 workerId);
    void referralOpenRequested(qint64 referralId);
    void serviceEditRequested(qint64 serviceId);
    void serviceRemoveRequested(qint64 serviceId);
    void serviceOpenRequested(qint64 serviceId);

private:
    QWidget* makeServicesTab();
    void serviceChosen();

    const core::Database* m_database = nullptr;
    QDate m_today;
    qint64 m_id = 0;
    QPushButton* m_revealId = nullptr;
    QPushButton* m_revealPhone = nullptr;
    QTreeWidget* m_referrals = nullptr;
    QPushButton* m_refer = nullptr;
    QTreeWidget* m_services = nullptr;
    QPushButton* m_addService = nullptr;
    QPushButton* m_editService = nullptr;
    QPushButton* m_removeService = nullptr;
    bool m_readOnly = false;
    QTreeWidget* m_timeline = nullptr;
};

} // namespace jb::ui
