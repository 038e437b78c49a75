#pragma once
// EnterpriseTableModel: the enterprise demand list as a table of as many rows as the filter selects, read from
// core a window at a time when the view shows them (ui/RowWindows.h). Sorting by a header asks core for the new
// order in SQL — including the figures (open vacancies, headcount, hired, gap, last contact, flags), which SQLite
// computes; nothing is sorted or filtered here.

#include "core/lists/EnterpriseListQuery.h"
#include "ui/lists/RecordListModel.h"

#include <optional>

namespace jb::ui {

class EnterpriseTableModel final : public RecordListModel
{
    Q_OBJECT

public:
    static constexpr int kEnterpriseIdRole = Qt::UserRole + 1;

    explicit EnterpriseTableModel(QObject* parent = nullptr);

    // Starts over on `db` with `filter` (keeps the sort). Returns false (and emits failed) when core refuses.
    bool setSource(const core::Database& database, const core::EnterpriseFilter& filter);
    bool setFilter(const core::EnterpriseFilter& filter);
    // Reads everything again (after an edit), keeping filter and sort.
    bool reload();

    const core::EnterpriseFilter& filter() const { return m_filter; }
    core::EnterpriseSort currentSort() const { return m_sort; }
    // The query behind the rows (for export); nullptr when none.
    const core::EnterpriseListQuery* query() const { return m_query ? &*m_query : nullptr; }
    qint64 enterpriseId(int row) const;
    int loadedWindows() const { return m_windows.loaded(); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A flag kind (wage_arrears, attrition, labour_risk) in the interface language.
    static QString flagName(const QString& kind);

private:
    core::Expected<qint64> openQuery(std::optional<qint64> knownTotal) override;
    void dropQuery() override;
    const core::EnterpriseRow* row(int r) const;

    core::EnterpriseFilter m_filter;
    core::EnterpriseSort m_sort;
    std::optional<core::EnterpriseListQuery> m_query;
    mutable RowWindows<core::EnterpriseRow> m_windows;
};

} // namespace jb::ui
