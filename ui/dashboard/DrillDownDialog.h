#pragma once
// DrillDownDialog: the records behind one dashboard figure, in a window of its own that stays open beside the
// dashboard (non-modal). Title: the figure, the organisation and the period; above the table, how many records
// there are and what they add up to; the table reads the records a window at a time. Enter or a double-click on a
// row opens the record it is about (recordOpened: the worker of a referral or a service, the enterprise of a
// vacancy, the enterprise or fair itself); the list exports to CSV or Excel, masked unless the officer ticks
// "Unmasked" and confirms (core audits that, as for every list).

#include "ui/dashboard/DrillRequest.h"

#include <QDialog>
#include <optional>

QT_BEGIN_NAMESPACE
class QBoxLayout;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace jb::core {
class Database;
}

namespace jb::ui {

class RecordWindowModel;

class DrillDownDialog final : public QDialog
{
    Q_OBJECT

public:
    // Reads the records from `database` (the query keeps what it needs: the dialog may outlive nothing but the file).
    DrillDownDialog(const core::Database& database, DrillRequest request, QWidget* parent = nullptr);

    const DrillRequest& request() const { return m_request; }
    // -1 until counted, or when counting failed (error() then says why).
    qint64 count() const { return m_count; }
    qint64 figureTotal() const { return m_figureTotal; }
    const QString& error() const { return m_error; }
    RecordWindowModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QCheckBox* unmaskedCheck() const { return m_unmasked; }

    // Writes the whole list to `path` (.csv or .xlsx), masked unless `unmasked`. Returns core's refusal or "".
    QString exportTo(const QString& path, bool unmasked);
    // Opens the record of `row` (what Enter and a double-click do): emits recordOpened when the row has one.
    bool openRow(int row);

    static QString windowTitleFor(const DrillRequest& request);

signals:
    void recordOpened(core::RecordKind kind, qint64 id);

private:
    void addExportRow(QBoxLayout* layout);
    void exportInteractive(bool csv);
    void load(const core::Database& database);
    void showError(const QString& message);

    DrillRequest m_request;
    qint64 m_count = -1;
    qint64 m_figureTotal = -1;
    QString m_error;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    RecordWindowModel* m_model = nullptr;
    std::optional<core::DrillDownQuery> m_query;
    QCheckBox* m_unmasked = nullptr;
    QLabel* m_exported = nullptr; // what the last export wrote, or why it failed
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportXlsx = nullptr;
};

} // namespace jb::ui
