#pragma once
// ImportIssuesView: the issues table of the check and result pages with a combo that narrows it to one reason;
// the combo lists only the reasons present, each with its count.

#include "core/import/ImportTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace jb::ui {

class IssueFilterModel;
class IssueTableModel;

class ImportIssuesView final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportIssuesView(QWidget* parent = nullptr);

    // `notListed`: issues core counted but did not list (beyond ImportJob::kMaxListedIssues); the error file
    // has them all.
    void setIssues(const QVector<core::ImportIssue>& issues, qint64 notListed = 0);
    void clear();

    // Shows only `code` (empty: every issue); false if no issue has that code.
    bool showReason(const QString& code);

    IssueTableModel* issueModel() const { return m_model; }
    IssueFilterModel* filterModel() const { return m_filter; }

private:
    void showDetail();

    IssueTableModel* m_model = nullptr;
    IssueFilterModel* m_filter = nullptr;
    QComboBox* m_reasons = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_none = nullptr;
    QLabel* m_notListed = nullptr;
    QLabel* m_detail = nullptr; // the whole reason of the current row, which the table elides
};

} // namespace jb::ui
