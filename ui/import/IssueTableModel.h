#pragma once
// IssueTableModel: the problems an import found, one row per issue, in the officer's terms: the line of the file,
// the column as headed in the file, the cell as written, what happens to the row, and why. The reason text is
// the half of core's bilingual message in the interface language; the reason code is kept for filtering.

#include "core/import/ImportTypes.h"

#include <QAbstractTableModel>
#include <QVector>

namespace jb::ui {

class IssueTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, FileColumnColumn, ValueColumn, OutcomeColumn, ReasonColumn, ColumnCount };
    static constexpr int kCodeRole = Qt::UserRole + 1;     // the reason code (e.g. "id_checksum")
    static constexpr int kSeverityRole = Qt::UserRole + 2; // "rejected", "warning", "skipped"

    explicit IssueTableModel(QObject* parent = nullptr);

    void setIssues(QVector<core::ImportIssue> issues);
    const QVector<core::ImportIssue>& issues() const { return m_issues; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A short name for a reason code ("ID check digit wrong"); the code itself for codes this build does not know.
    static QString reasonName(const QString& code);

private:
    QVector<core::ImportIssue> m_issues;
};

} // namespace jb::ui
