#pragma once
// ImportResultPage: what the import did: the counts, the rows that could not be imported and why, the error file
// to send back to whoever made the list (the original columns of those rows, with the reasons), and Undo of the
// whole import.

#include "core/Expected.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace jb::ui {

class ImportCountsView;
class ImportIssuesView;
class ImportWizard;

class ImportResultPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportResultPage(ImportWizard& wizard);

    void initializePage() override;

    // Writes the error file (UTF-8 with BOM, opens in Excel) to `path`.
    core::Status saveErrorFile(const QString& path);
    // Asks for confirmation (a non-blocking message box), then undoes.
    void askUndo();
    // Undoes the import: its added records are removed and updated ones restored. Core refuses, with a message
    // shown on the page, when later work depends on them.
    core::Status undo();

    ImportIssuesView* issuesView() const { return m_issues; }

private:
    void chooseErrorFile();
    void showMessage(const QString& text, bool failure);

    ImportWizard& m_wizard;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    ImportCountsView* m_counts = nullptr;
    ImportIssuesView* m_issues = nullptr;
    QPushButton* m_saveErrors = nullptr;
    QPushButton* m_undo = nullptr;
};

} // namespace jb::ui
