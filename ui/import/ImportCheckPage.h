#pragma once
// ImportCheckPage: a dry run over the whole file before anything is written: how many rows would be added,
// updated or left as they are, how many cannot be imported and why, row by row, filterable by reason. The run
// reads every row, so it happens on the wizard's worker thread with a progress bar; going back cancels it.
// This is the wizard's commit page: its button is Import. Above the counts, the sub-unit that rows naming no unit
// are filed under (people whose 现居住地 or 户籍地 names a town or park go there by themselves).

#include <QWizardPage>

class QComboBox;
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
    // Where rows that name no unit are filed (ImportWizard::subUnit()): the file's own organisation by default,
    // or one of its sub-units for the whole file.
    QComboBox* subUnitBox() const { return m_subUnit; }

private:
    void start();
    void showProgress(qint64 done, qint64 total);
    void showOutcome();
    void fillSubUnits();

    ImportWizard& m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_retry = nullptr;
    QComboBox* m_subUnit = nullptr;
    ImportCountsView* m_counts = nullptr;
    ImportIssuesView* m_issues = nullptr;
    bool m_ready = false;
};

} // namespace jb::ui
