#pragma once
// ImportMappingPage: one row per column of the file: its header, a sample value and the field it fills. Columns
// that fill no field are highlighted and say so, never silently dropped. Required fields without a column hold
// the wizard here and are named. The mapping can be saved as a named profile, which core re-applies whenever a
// file with the same header comes again; a re-applied profile is named at the top.

#include "core/Expected.h"
#include "core/import/reading/ColumnMapping.h"

#include <QVector>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace jb::ui {

class ImportWizard;

class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { HeaderColumn, SampleColumn, FieldColumn, NoteColumn, ColumnCount };

    explicit ImportMappingPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    const core::ColumnMapping& mapping() const { return m_mapping; }
    // Assigns file column `column` to `fieldKey` (empty: not imported), as choosing in its combo does.
    void assign(int column, const QString& fieldKey);
    // Saves the current mapping as the profile `name` in the open file.
    core::Status saveProfile(const QString& name);
    // Applies the saved profile `name` to this file's header, as choosing it in the profile combo does.
    core::Status applyProfile(const QString& name);
    // Asks for a profile name (a non-blocking input dialog), then saves.
    void askProfileName();

private:
    void fillTable();
    void loadProfiles();
    void showAppliedProfile(const QString& name);
    void updateProfileLabel();
    void updateRows();
    QComboBox* makeFieldCombo(int column);

    ImportWizard& m_wizard;
    core::ColumnMapping m_mapping;
    QString m_appliedProfile;
    bool m_changedByHand = false;
    QVector<QComboBox*> m_combos; // one per file column
    QLabel* m_profile = nullptr;
    QComboBox* m_profiles = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_missing = nullptr;
    QLabel* m_saved = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace jb::ui
