#pragma once
// EnterprisesPage: the enterprise demand list (企业招工用工需求清单) as the officer works it: filter bar and search
// above, the list (a window at a time, sorted in SQL by any header, figures per enterprise computed by SQLite)
// with the number of enterprises selected, and the chosen enterprise's detail — vacancies, visits with their
// chart, flags, referrals — in a side panel where they are edited (undoably). Exports the filtered enterprises,
// or their vacancies, as CSV or XLSX, contact phones masked unless the officer confirms an unmasked export
// (which core writes to the audit log).

#include "ui/lists/ListPage.h"

class QPushButton;
class QTableView;

namespace jb::ui {

class EnterpriseDetailPanel;
class EnterpriseFilterBar;
class EnterpriseTableModel;
class ReferralActions;

class EnterprisesPage final : public ListPage
{
    Q_OBJECT

public:
    enum class ExportKind { Enterprises, Vacancies };

    explicit EnterprisesPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void recordsEdited() override;
    void readOnlyChanged() override;
    QWidget* searchField() const override;
    bool opensRecords(core::RecordKind kind) const override;
    void openRecord(core::RecordKind kind, qint64 id) override;

    EnterpriseTableModel* model() const { return m_model; }
    EnterpriseFilterBar* filterBar() const { return m_filters; }
    EnterpriseDetailPanel* detail() const { return m_detail; }
    QTableView* table() const { return m_table; }

    // Writes the filtered enterprises (or their vacancies) to `path` (.csv or .xlsx), masked unless `unmasked`.
    // Returns an error or "".
    // `reason`: why an unmasked export is needed, when the file asks for one (kept in the audit log).
    QString exportTo(const QString& path, ExportKind kind, bool unmasked, const QString& reason = {});
    // Opens the dialog for a new enterprise (the header's button).
    void addEnterprise();

private:
    void buildDetail();
    void applyFilter();
    void showCount();
    void exportInteractive(const QString& format, ExportKind kind);

    EnterpriseFilterBar* m_filters = nullptr;
    EnterpriseTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    EnterpriseDetailPanel* m_detail = nullptr;
    ReferralActions* m_referrals = nullptr; // "Refer a person…" in the detail's vacancies tab
};

} // namespace jb::ui
