#pragma once
// ServicesPage: the 服务 page (issue 14 item 3). Above, the filter bar (period, kind, sub-unit, key group,
// provider) and the count of services it keeps, with 新增服务 (a menu of the kinds) and the export; below, two tabs:
// 服务记录, the list (ServiceTableModel) beside the chosen service's every field (ServiceDetailPanel), and 汇总, the
// per-kind totals and the insurance split for the same filter (ServiceTotalsView, counted while its tab is shown:
// on the 1M demo file they take seconds, the list does not). Changes go through
// ServiceActions onto the window's undo stack; the list and the totals follow every change, undo and redo.

#include "ui/lists/ListExportButton.h"
#include "ui/lists/ListPage.h"

class QTabWidget;
class QTableView;

namespace jb::ui {

class ProjectsView;
class ServiceActions;
class ServiceDetailPanel;
class ServiceFilterBar;
class ServiceTableModel;
class ServiceTotalsView;

class ServicesPage final : public ListPage
{
    Q_OBJECT

public:
    explicit ServicesPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void recordsEdited() override;
    bool opensRecords(core::RecordKind kind) const override;
    void openRecord(core::RecordKind kind, qint64 id) override;
    void readOnlyChanged() override;

    ServiceFilterBar* filterBar() const { return m_filters; }
    ServiceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ServiceDetailPanel* detail() const { return m_detail; }
    ServiceTotalsView* totals() const { return m_totals; }
    ServiceActions* actions() const { return m_actions; }
    QTabWidget* tabs() const { return m_tabs; }
    ProjectsView* projects() const { return m_projects; }
    QPushButton* exportButton() const { return m_exporter->button(); }
    QCheckBox* unmaskedCheck() const { return m_exporter->unmaskedCheck(); }

    // The totals are counted off the GUI thread (the application; tests and screenshots count at once).
    void setCountsInBackground(bool inBackground);
    // Chooses service `serviceId` in the list when it is there, and shows it in the detail.
    void showService(qint64 serviceId);
    // Writes the filtered list to `path` (.csv or .xlsx); "" or why not.
    QString exportTo(const QString& path, bool unmasked, const QString& reason = {});

private:
    void buildHeader();
    void applyFilter();
    void showCount();
    void showTotals();

    ServiceFilterBar* m_filters = nullptr;
    QTabWidget* m_tabs = nullptr;
    ServiceTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    ServiceDetailPanel* m_detail = nullptr;
    ServiceTotalsView* m_totals = nullptr;
    ProjectsView* m_projects = nullptr;
    ServiceActions* m_actions = nullptr;
    ListExportButton* m_exporter = nullptr;
    bool m_totalsStale = true; // the filter or the records changed since the totals were counted
};

} // namespace jb::ui
