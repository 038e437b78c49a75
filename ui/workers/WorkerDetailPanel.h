#pragma once
// WorkerDetailPanel: the side panel of the Workers page: every field of the chosen worker (ID and phone masked,
// each with a button that shows the full value and writes the audit log), the referrals with their stages, the
// services, and a dated timeline of everything, newest first.

#include "ui/lists/RecordDetailPanel.h"

#include <QDate>
#include <QSqlDatabase>

class QPushButton;
class QTreeWidget;

namespace jb::ui {

class WorkerDetailPanel final : public RecordDetailPanel
{
    Q_OBJECT

public:
    explicit WorkerDetailPanel(QWidget* parent = nullptr);

    void setDatabase(QSqlDatabase db) { m_db = std::move(db); }
    void setToday(const QDate& today) { m_today = today; }
    // Shows worker `id` (0: nobody).
    void showWorker(qint64 id);
    qint64 workerId() const { return m_id; }

    // The two reveal actions (the buttons call these).
    void revealResidentId();
    void revealPhone();

signals:
    void failed(const QString& message);
    void revealed(const QString& field);

private:
    QSqlDatabase m_db;
    QDate m_today;
    qint64 m_id = 0;
    QPushButton* m_revealId = nullptr;
    QPushButton* m_revealPhone = nullptr;
    QTreeWidget* m_referrals = nullptr;
    QTreeWidget* m_services = nullptr;
    QTreeWidget* m_timeline = nullptr;
};

} // namespace jb::ui
