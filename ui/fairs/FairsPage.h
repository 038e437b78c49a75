#pragma once
// FairsPage: the 招聘会 page. Above, the filter bar (period, organiser, form, kind, status, name search) and the
// count of fairs it keeps; a strip of the upcoming (planned) fairs, soonest first; the list of fairs, each row
// with its figures counted from its links (FairTableModel); beside it the chosen fair's detail in tabs
// (FairDetailPanel). New fair, edits, status and links go through FairActions onto the window's undo stack.

#include "ui/lists/ListPage.h"

class QLabel;
class QTableView;

namespace jb::ui {

class FairActions;
class FairDetailPanel;
class FairFilterBar;
class FairTableModel;
class ListExportButton;

class FairsPage final : public ListPage
{
    Q_OBJECT

public:
    explicit FairsPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void recordsEdited() override;
    bool opensRecords(core::RecordKind kind) const override;
    void openRecord(core::RecordKind kind, qint64 id) override;
    void readOnlyChanged() override;

    FairTableModel* model() const { return m_model; }
    FairFilterBar* filterBar() const { return m_filters; }
    FairDetailPanel* detail() const { return m_detail; }
    FairActions* actions() const { return m_actions; }
    QTableView* table() const { return m_table; }
    QLabel* upcoming() const { return m_upcoming; }
    ListExportButton* exporter() const { return m_exporter; }

    // Chooses fair `fairId` in the list when it is there, and shows it in the detail.
    void showFair(qint64 fairId);

private:
    void applyFilter();
    void showCount();
    void showUpcoming();
    void setColumnWidths();

    FairFilterBar* m_filters = nullptr;
    FairTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    FairDetailPanel* m_detail = nullptr;
    FairActions* m_actions = nullptr;
    QLabel* m_upcoming = nullptr;
    ListExportButton* m_exporter = nullptr;
};

} // namespace jb::ui
