#pragma once
// DrillDownDialog: the records behind one dashboard figure, in a window of its own that stays open beside the
// dashboard (non-modal). Title: the figure, the organisation and the period; above the table, how many records
// there are and what they add up to; the table reads the records a window at a time.

#include "ui/dashboard/DrillRequest.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
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

    static QString windowTitleFor(const DrillRequest& request);

private:
    void load(const core::Database& database);
    void showError(const QString& message);

    DrillRequest m_request;
    qint64 m_count = -1;
    qint64 m_figureTotal = -1;
    QString m_error;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    RecordWindowModel* m_model = nullptr;
};

} // namespace jb::ui
