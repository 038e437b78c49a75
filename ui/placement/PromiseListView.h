#pragma once
// PromiseListView: the one-week promise (就业110) as the officer's list (core promiseList): a filter for 今天到期,
// 2 天内到期, 已超期, 逾期推荐, 已按期推荐 and 暂不愿就业 (each with its count), every row with its state in words and
// colour, days left or late, the start and due days, the first recommendation, and the offers counted against the
// settings (contacts × posts). It says how due days are counted (calendar or working days) and when some were
// counted past the holiday calendar (weekdays only). Actions: 推荐岗位 (the window opens the match view for the
// worker), 记录暂不愿就业 (only when core allows; asks for a note; undoable), open the worker, and 导出 of the
// section shown (core PromiseListExport: ID numbers and phones masked unless asked, an unmasked export audited).

#include "core/settings/PlacementSettings.h"

#include <QVector>
#include <QWidget>
#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace jb::core {
class Database;
struct PromiseEntry;
struct PromiseList;
} // namespace jb::core

namespace jb::ui {

class ListExportButton;
class PromiseListModel;

class PromiseListView final : public QWidget
{
    Q_OBJECT

public:
    // The filter's choices, in the combo box's order.
    enum class Section { All, DueToday, DueSoon, Overdue, MetLate, Met, Unwilling };

    explicit PromiseListView(QWidget* parent = nullptr);
    ~PromiseListView() override;

    void showFile(core::Database& database);
    void clearFile();
    void setReadOnly(bool readOnly);
    void setUndoStack(QUndoStack* stack);
    void refresh();

    void showSection(Section section);
    const core::PromiseList& list() const { return *m_list; }
    // The rows shown (after the filter), in order.
    QVector<core::PromiseEntry> shownEntries() const;
    QTableView* table() const { return m_table; }
    // Records "unwilling for now" for the chosen row with `note` (the dialog's answer); false when refused.
    bool recordUnwillingChosen(const QString& note);

    static bool inSection(const core::PromiseEntry& entry, Section section);
    // The section's name in the audit note of an export: all, due_today, due_soon, overdue, met_late, met, unwilling.
    static QString sectionKey(Section section);
    ListExportButton* exporter() const { return m_exporter; }

signals:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);
    void matchRequested(qint64 workerId); // 推荐岗位: the window shows the match view for this worker
    void workerOpenRequested(qint64 workerId);

protected:
    // A change made while the view was hidden (an edit, undo or redo elsewhere) is read when it is shown again.
    void showEvent(QShowEvent* event) override;

private:
    void updateSectionCounts();
    void updateActions();
    const core::PromiseEntry* chosen() const;
    void askUnwilling();
    void addExporter(QHBoxLayout* row);

    core::Database* m_database = nullptr;
    QUndoStack* m_stack = nullptr;
    bool m_readOnly = false;
    bool m_outdated = false; // the undo stack moved while hidden
    std::unique_ptr<core::PromiseList> m_list;
    core::PlacementSettings m_settings;

    QLabel* m_heading = nullptr;
    QLabel* m_note = nullptr;
    QComboBox* m_section = nullptr;
    QTableView* m_table = nullptr;
    PromiseListModel* m_model = nullptr;
    QPushButton* m_match = nullptr;
    QPushButton* m_unwilling = nullptr;
    QPushButton* m_openWorker = nullptr;
    ListExportButton* m_exporter = nullptr;
};

} // namespace jb::ui
