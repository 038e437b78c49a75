#pragma once
// ImportRunPage: the import itself, on the wizard's worker thread, with a progress bar and Cancel. Core writes
// everything in one transaction, so a cancel (or any failure) leaves the file exactly as it was; the page says
// so. When the import has been committed the wizard moves on to the result by itself.

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace jb::ui {

class ImportWizard;

class ImportRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void showProgress(qint64 done, qint64 total);
    void showCancelling();
    void showOutcome();

    ImportWizard& m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_done = false;
};

} // namespace jb::ui
