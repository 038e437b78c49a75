#pragma once
// DuplicatesPage (疑似重复): the possible duplicates of the worker needs list or the enterprise demand list by one
// rule at a time (same name and birth date, same phone, same ID; same credit code, same name in one county), as a
// list of groups, and the merge of two records of a group through MergeDialog. The rule runs when the page is
// first shown for a file and whenever the officer asks (Find again); after a merge the list is read again.

#include "ui/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace jb::ui {

class DuplicateTableModel;
class MergeDialog;

class DuplicatesPage final : public Page
{
    Q_OBJECT

public:
    explicit DuplicatesPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void recordsEdited() override;
    void readOnlyChanged() override;

    DuplicateTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* ruleBox() const { return m_rule; }
    // Runs the chosen rule now.
    void findDuplicates();
    // Opens the merge dialog (not blocking) for the group of the current row; returns it, or nullptr when no group
    // is selected.
    MergeDialog* mergeCurrentGroup();

signals:
    // A merge changed the records other pages count.
    void recordsMerged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillRules();
    void showSummary();
    void updateButtons();

    core::Database* m_database = nullptr;
    bool m_stale = true;
    bool m_merging = false; // the window's refresh after our own merge: the list is already re-read
    QComboBox* m_kind = nullptr;
    QComboBox* m_rule = nullptr;
    QPushButton* m_find = nullptr;
    QPushButton* m_merge = nullptr;
    QLabel* m_summary = nullptr;
    DuplicateTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace jb::ui
