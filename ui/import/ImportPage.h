#pragma once
// ImportPage: the imports recorded in the open file (file, list, time, officer, counts, in force or undone),
// the way in to the import wizard, and Undo of a past import after a confirmation; core's refusal (later work
// depends on the records) is shown as it is.

#include "ui/Page.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace jb::ui {

class AppSettings;
class ImportBatchModel;
class ImportWizard;

class ImportPage final : public Page
{
    Q_OBJECT

public:
    explicit ImportPage(QWidget* parent = nullptr);
    ~ImportPage() override;

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void readOnlyChanged() override;

    // Opens the import wizard (window-modal, not blocking) and returns it; nullptr while no file is open.
    ImportWizard* openWizard();
    // Where the wizard's open dialog starts and what it remembers (the last folder used); none: Documents.
    void setAppSettings(AppSettings* settings) { m_appSettings = settings; }
    ImportWizard* wizard() const;

    // Re-reads the list of imports from the file.
    void refresh();
    ImportBatchModel* batchModel() const { return m_model; }
    // Selects the import `batchId` in the list; false if it is not listed.
    bool selectBatch(qint64 batchId);
    // Undo of the selected import: asks first (a non-blocking message box), then undoes.
    void askUndoSelected();
    // Undoes the import `batchId` at once; on refusal core's message goes out through errorOccurred.
    bool undoBatch(qint64 batchId);

signals:
    // Records were added or removed: the window re-reads its counts.
    void recordsChanged();

private:
    qint64 selectedBatchId() const;
    void pushImport(qint64 batchId);
    void updateButtons();

    core::Database* m_database = nullptr;
    AppSettings* m_appSettings = nullptr;
    ImportBatchModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_undo = nullptr;
    QPointer<ImportWizard> m_wizard;
};

} // namespace jb::ui
