#pragma once
// RetentionCheckDialog: the answer of a retention check (回访) at N months after a contract: still employed, left
// (with a reason from the leave reasons: it records the departure), or could not be reached (the check stays due),
// and the day of the call. OK once a reason is chosen for "left".

#include "core/placement/FollowUps.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QRadioButton;

namespace jb::core {
class Database;
}

namespace jb::ui {

class RetentionCheckDialog final : public QDialog
{
    Q_OBJECT

public:
    RetentionCheckDialog(core::Database& database, const core::FollowUpDue& check, QWidget* parent = nullptr);

    core::CheckOutcome outcome() const;
    QString reasonCode() const; // for "left"; empty otherwise
    QDate day() const;

    void choose(core::CheckOutcome outcome); // tests and the keyboard
    QComboBox* reasons() const { return m_reason; }
    QDateEdit* dayEdit() const { return m_day; }

private:
    void updateOk();

    QRadioButton* m_employed = nullptr;
    QRadioButton* m_left = nullptr;
    QRadioButton* m_unreached = nullptr;
    QComboBox* m_reason = nullptr;
    QDateEdit* m_day = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jb::ui
