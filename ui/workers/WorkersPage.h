#pragma once
// WorkersPage: the worker needs list (劳动者求职需求清单) as the officer works it: filter bar and search above, the
// list (a window at a time, sorted in SQL by any header) with the number of people selected, and the chosen
// person's detail in a side panel. Exports the filtered rows as CSV or XLSX, masked unless the officer confirms
// an unmasked export (which core writes to the audit log). Add and Edit (or a double-click) open WorkerEditDialog;
// each saved edit is an undoable command on the window's stack (Edit ▸ Undo/Redo), and the list and the detail
// re-read after every edit, undo or redo, keeping the chosen person.

#include "ui/lists/ListPage.h"

#include <QDate>

namespace jb::core {
struct RecordChange;
}

class QPushButton;
class QTableView;

namespace jb::ui {

class ReferralActions;
class ServiceActions;
class WorkerDetailPanel;
class WorkerFilterBar;
class WorkerTableModel;

class WorkersPage final : public ListPage
{
    Q_OBJECT

public:
    explicit WorkersPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void recordsEdited() override;
    void readOnlyChanged() override;
    QWidget* searchField() const override;
    bool opensRecords(core::RecordKind kind) const override;
    void openRecord(core::RecordKind kind, qint64 id) override;

    // The day ages and the promise clock are taken on (tests, screenshots); today unless set.
    void setToday(const QDate& today);

    WorkerTableModel* model() const { return m_model; }
    WorkerFilterBar* filterBar() const { return m_filters; }
    WorkerDetailPanel* detail() const { return m_detail; }
    QTableView* table() const { return m_table; }

    // Writes the filtered list to `path` (.csv or .xlsx), masked unless `unmasked`. Returns an error or "".
    // `reason`: why an unmasked export is needed, when the file asks for one (kept in the audit log).
    QString exportTo(const QString& path, bool unmasked, const QString& reason = {});

    // The person in the current row (0: none).
    qint64 currentWorkerId() const;
    // Selects the row of `workerId` if it is in the list; returns whether it was found.
    bool selectWorker(qint64 workerId);
    // Applies a worker edit as an undoable command labelled `text` (what Add and Edit do once the dialog is
    // accepted). Returns the person's id, or 0 with core's refusal in *refusal (through errorOccurred when null).
    qint64 applyEdit(const core::RecordChange& change, const QString& text, QString* refusal = nullptr);
    // Opens the dialog for a new person (0) or for `workerId` and applies it when accepted.
    void editInteractive(qint64 workerId);

private:
    void buildServiceActions();
    void buildDetail();
    void applyFilter();
    void showCount();
    void exportInteractive(const QString& format);

    QDate m_today;
    WorkerFilterBar* m_filters = nullptr;
    WorkerTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    WorkerDetailPanel* m_detail = nullptr;
    ReferralActions* m_referrals = nullptr; // "Refer to a post…" in the detail's referrals tab
    ServiceActions* m_services = nullptr;   // the detail's services tab: new, edit, delete
    QPushButton* m_edit = nullptr;
    qint64 m_pendingSelection = 0; // the person to choose after the next re-read
    bool m_applying = false;       // inside applyEdit: the re-read waits until the edit is on the stack
};

} // namespace jb::ui
