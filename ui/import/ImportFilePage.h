#pragma once
// ImportFilePage: the first step: which CSV file, and which list it is (workers or the enterprises' vacancies).
// Going on opens the file (encoding, delimiter and header are worked out then); a file that cannot be used is
// refused here with core's message.

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace jb::ui {

class ImportWizard;

class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard& wizard);

    void setFilePath(const QString& path);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard& m_wizard;
    QLineEdit* m_path = nullptr;
    QRadioButton* m_workers = nullptr;
    QRadioButton* m_vacancies = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace jb::ui
