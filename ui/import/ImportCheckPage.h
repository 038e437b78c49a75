#pragma once
// ImportCheckPage: a dry run over the whole file before anything is written: how many rows would be added,
// updated or left as they are, how many cannot be imported and why, row by row, filterable by reason. The run
// reads every row, so it happens on the wizard's worker thread with a progress bar; going back cancels it.
// This is the wizard's commit page: its button is Import.

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace jb::ui {

class ImportCountsView;
class ImportIssuesView;
class ImportWizard;

class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard& wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    ImportIssuesView* issuesView() const { return m_issues; }

private:
    void start();
    void showProgress(qint64 done, qint64 total);
    void showOutcome();

    ImportWizard& m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_retry = nullptr;
    ImportCountsView* m_counts = nullptr;
    ImportIssuesView* m_issues = nullptr;
    bool m_ready = false;
};

} // namespace jb::ui
