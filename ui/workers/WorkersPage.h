#pragma once
// WorkersPage: the worker needs list (劳动者求职需求清单) as the officer works it: filter bar and search above, the
// list (a window at a time, sorted in SQL by any header) with the number of people selected, and the chosen
// person's detail in a side panel. Exports the filtered rows as CSV or XLSX, masked unless the officer confirms
// an unmasked export (which core writes to the audit log).

#include "ui/Page.h"

#include <QDate>

class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace jb::ui {

class WorkerDetailPanel;
class WorkerFilterBar;
class WorkerTableModel;

class WorkersPage final : public Page
{
    Q_OBJECT

public:
    explicit WorkersPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;

    // The day ages and the promise clock are taken on (tests, screenshots); today unless set.
    void setToday(const QDate& today);

    WorkerTableModel* model() const { return m_model; }
    WorkerFilterBar* filterBar() const { return m_filters; }
    WorkerDetailPanel* detail() const { return m_detail; }
    QTableView* table() const { return m_table; }

    // Writes the filtered list to `path` (.csv or .xlsx), masked unless `unmasked`. Returns an error or "".
    QString exportTo(const QString& path, bool unmasked);

private:
    void applyFilter();
    void showCount();
    void exportInteractive(const QString& format);
    void confirmUnmasked(bool checked);

    core::Database* m_database = nullptr;
    QDate m_today;
    WorkerFilterBar* m_filters = nullptr;
    WorkerTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    WorkerDetailPanel* m_detail = nullptr;
    QCheckBox* m_unmasked = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportXlsx = nullptr;
};

} // namespace jb::ui
