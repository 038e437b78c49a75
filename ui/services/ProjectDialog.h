#pragma once
// ProjectDialog: a new entrepreneurship project (创业项目): its name, the unit that puts it forward (the home
// organisation or one of its sub-units), the industry (reference data, by name), the people in it by ID number
// (one a line; each must be registered), the stage and the day it was put forward. OK runs what the view gave
// (setApply): a refusal — an unknown ID number, core's check — is shown under the form and the dialog stays open.

#include "core/services/Projects.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jb::core {
class Database;
}

namespace jb::ui {

class ProjectDialog final : public QDialog
{
    Q_OBJECT

public:
    ProjectDialog(core::Database& database, QWidget* parent = nullptr);

    // The project as filled in; its people are resolved from the ID numbers (the first unknown one is a refusal).
    core::Expected<core::Project> project() const;
    // Runs on OK: "" closes the dialog, anything else is shown and keeps it open.
    void setApply(std::function<QString()> apply) { m_apply = std::move(apply); }

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* unitBox() const { return m_unit; }
    QComboBox* industryBox() const { return m_industry; }
    QPlainTextEdit* peopleEdit() const { return m_people; }
    QComboBox* stageBox() const { return m_stage; }
    QDateEdit* dayEdit() const { return m_day; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    void fillUnits();
    void fillIndustries();

    core::Database& m_database;
    QLineEdit* m_name = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_industry = nullptr;
    QPlainTextEdit* m_people = nullptr;
    QComboBox* m_stage = nullptr;
    QDateEdit* m_day = nullptr;
    QLabel* m_error = nullptr;
    std::function<QString()> m_apply;
};

} // namespace jb::ui
