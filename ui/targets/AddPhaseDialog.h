#pragma once
// AddPhaseDialog: adds a named phase (such as the concentrated-action phase) with its label and dates through
// core::PeriodRepository, so targets can be set for it. Core's refusal (an existing name, an end before the start)
// is shown in the dialog, which stays open for the officer to correct it.

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace jb::core {
class Database;
}

namespace jb::ui {

class AddPhaseDialog final : public QDialog
{
    Q_OBJECT

public:
    // The dates start on `year`'s concentrated phase as the plans usually set it, to be changed as needed.
    AddPhaseDialog(core::Database& database, int year, QWidget* parent = nullptr);

    // Adds the phase; false (with the reason shown) if core refuses it.
    bool add();

signals:
    void phaseAdded(qint64 periodId);

private:
    core::Database& m_database;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_label = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace jb::ui
