#pragma once
// ImportPreviewPage: the first rows of the file exactly as they will be read, with what was worked out (encoding,
// delimiter, header line). If the text looks garbled or the columns run together, the officer picks the
// encoding or the delimiter and the file is read again.

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace jb::ui {

class ImportWizard;

class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 20;

    explicit ImportPreviewPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void reread();
    void showJob();
    void showError(const QString& message);

    ImportWizard& m_wizard;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace jb::ui
