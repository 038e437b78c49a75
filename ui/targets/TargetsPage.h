#pragma once
// TargetsPage: where the targets set from above are typed in or pasted from Excel, per period and organisation,
// and split down to the sub-units. The matrix itself is TargetTableModel; this page chooses what it shows, adds
// periods, routes copy and paste, and opens the split and new-phase dialogs.

#include "core/targets/TargetRepository.h"
#include "ui/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace jb::ui {

class TargetTableModel;

class TargetsPage final : public Page
{
    Q_OBJECT

public:
    explicit TargetsPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void readOnlyChanged() override;

    TargetTableModel* model() const { return m_model; }
    // Pastes the clipboard's text from the current cell; false (with the message shown) if it was refused.
    bool pasteClipboard();
    // Puts the selected cells on the clipboard as a tab-separated block.
    void copySelection();
    // Opens the split dialog for the current cell's metric (non-modal to the event loop: it is shown with open()).
    void openSplitDialog();
    void openAddPhaseDialog();
    // Asks whether a doubtful target is meant (a non-blocking box named confirmTarget) and writes it on yes.
    void confirmDoubtful(const QVector<core::TargetEdit>& edits, const QString& text, const QString& question);
    // Stores the year chosen beside the button and its twelve months.
    void ensureYear();

signals:
    // Targets or periods in the file changed here (for pages that show progress against the targets).
    void targetsChanged();

private:
    QWidget* buildSelectors();
    QWidget* buildActions();
    void loadPeriods(qint64 selectId);
    void loadOrganisations();
    void showSelection();
    void updateSplitButton();
    void showMessage(const QString& message, bool isError);

    core::Database* m_database = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_organisation = nullptr;
    QSpinBox* m_year = nullptr;
    QPushButton* m_addPhase = nullptr;
    QPushButton* m_ensureYear = nullptr;
    QPushButton* m_split = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    TargetTableModel* m_model = nullptr;
};

} // namespace jb::ui
