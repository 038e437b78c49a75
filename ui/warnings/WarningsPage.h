#pragma once
// WarningsPage (预警): what needs the officer's attention today, one section per line with its count (the dashboard
// shows the same counts), and the chosen section's records, the most overdue first. Double-click or Enter opens the
// record's worker or enterprise; 标记已处理 asks why and marks the warning handled (undoable from the Edit menu).
// The counts come from core/warnings (fast); a section's records are read when it is chosen.

#include "core/warnings/Warnings.h"
#include "ui/Page.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace jb::ui {

class WarningsPage final : public Page
{
    Q_OBJECT

public:
    explicit WarningsPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void recordsEdited() override;

    // Shows the section of `key` (promise, followups, …), as the dashboard's counts open it.
    void showSection(const QString& key);
    // Marks the chosen record handled with `reason` (what the dialog does once answered); "" or why not.
    QString markChosenHandled(const QString& reason);
    // The record chosen in the list, if any.
    const core::WarningRecord* chosenRecord() const;
    // How many records the page reads for a section.
    static constexpr int kRecordLimit = 500;

protected:
    void readOnlyChanged() override;
    // The counts are read when the page is first shown after a file or an edit (not at every opening of a file:
    // the dashboard shows them already).
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void showRecords();
    void openChosen();
    void askHandled();
    int chosenRow() const;
    std::optional<core::WarningSection> chosenSection() const;

    core::Database* m_database = nullptr;
    QLabel* m_today = nullptr;
    QListWidget* m_sections = nullptr;
    QLabel* m_sectionTitle = nullptr;
    QTableWidget* m_records = nullptr;
    QLabel* m_shown = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_handled = nullptr;
    QVector<core::WarningRecord> m_shownRecords;
    bool m_stale = false; // the file or its records changed since the page last read them
};

} // namespace jb::ui
