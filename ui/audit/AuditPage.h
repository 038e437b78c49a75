#pragma once
// AuditPage (操作日志): who changed, revealed, exported, merged, undid, imported or restored what, and when: the
// audit log newest first with its filters, the chosen row whole beside it, and an export of the rows shown
// (masked, as shown). Nothing here changes the log: there is no edit, remove or undo of a row.

#include "ui/Page.h"

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace jb::ui {

class AuditFilterBar;
class AuditTableModel;

class AuditPage final : public Page
{
    Q_OBJECT

public:
    explicit AuditPage(QWidget* parent = nullptr);

    QString title() const override;
    void showFile(core::Database& database, const core::DatabaseStats& stats) override;
    void clearFile() override;
    void recordsEdited() override;
    QWidget* searchField() const override;

    AuditTableModel* model() const { return m_model; }
    AuditFilterBar* filterBar() const { return m_filters; }
    QTableView* table() const { return m_table; }
    // Writes the rows shown to `path` as CSV; the error, or empty.
    QString exportTo(const QString& path);

private:
    void applyFilter();
    void showTotal(qint64 total);
    void showDetail();
    void exportInteractive();

    core::Database* m_database = nullptr;
    AuditFilterBar* m_filters = nullptr;
    AuditTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_export = nullptr;
    QTextBrowser* m_detail = nullptr;
};

} // namespace jb::ui
