#pragma once
// ServiceDetailPanel: beside the 服务记录 list, every field of the chosen service as its kind has them, in the
// officer's words (core/services/ServiceList.h: names, never codes; "employed within 3 months" derived as yes, no or
// not yet due; an enrolment's province and city parts), with Edit and Delete.

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ServiceDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceDetailPanel(QWidget* parent = nullptr);

    void setDatabase(const core::Database* database) { m_database = database; }
    // Shows service `serviceId` (0: none).
    void showService(qint64 serviceId);
    qint64 serviceId() const { return m_id; }
    void setReadOnly(bool readOnly);
    // The value shown for `field` (a field id), for the tests.
    QString valueOf(const QString& field) const;

    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void failed(const QString& message);
    void editRequested(qint64 serviceId);
    void removeRequested(qint64 serviceId);
    void personOpenRequested(qint64 workerId);

private:
    void clearLines();

    const core::Database* m_database = nullptr;
    qint64 m_id = 0;
    qint64 m_workerId = 0;
    bool m_readOnly = false;
    QLabel* m_heading = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_body = nullptr;
    QFormLayout* m_form = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_person = nullptr;
};

} // namespace jb::ui
