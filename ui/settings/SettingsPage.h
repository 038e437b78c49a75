#pragma once
// SettingsPage: what the open file is (path, data version, home organisation), the settings stored in the file —
// the placement, early-warning and insurance rules (PlacementSettingsForm) and whether a reveal needs a reason —
// and the program's own: the officer's name (the user's, recorded in every file's audit log) and the interface
// language (stored in AppSettings, used at the next start). Apply checks each file rule with core, stores every
// change in one audited transaction and puts it on the undo stack.

#include "ui/Page.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace jb::ui {

class AppSettings;
class PlacementSettingsForm;

class SettingsPage final : public Page
{
    Q_OBJECT

public:
    // Keys of the file settings edited here.
    static const QString kPromiseDays;
    static const QString kStableMonths;

    explicit SettingsPage(AppSettings& appSettings, QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void readOnlyChanged() override;

    // Writes the changed file settings; returns false (after errorOccurred) if the file refused one.
    bool apply();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFileBox();
    QWidget* buildFileSettingsBox();
    QWidget* buildProgramBox();
    void addOfficerName(QFormLayout* form, QWidget* box);
    void storeOfficerName();
    void loadFileSettings();
    void updateApplyButton();

    AppSettings& m_appSettings;
    core::Database* m_database = nullptr;
    QLabel* m_path = nullptr;
    QLabel* m_schemaVersion = nullptr;
    QLabel* m_home = nullptr;
    PlacementSettingsForm* m_rules = nullptr;
    QLineEdit* m_officerName = nullptr;    // the user's name (AppSettings), not the file's
    QCheckBox* m_reasonRequired = nullptr; // the file's reason_required_for_reveal
    QPushButton* m_apply = nullptr;
    QComboBox* m_language = nullptr;
    // The value as last read from the file, to know what changed.
    bool m_storedReasonRequired = false;
};

} // namespace jb::ui
