#pragma once
// ListTable: the table and the count the Workers and Enterprises pages show their long lists in, set up alike:
// whole rows chosen one at a time, read-only, sorted by a header click (the model asks core to sort in SQL),
// fixed row heights so a million rows scroll without measuring, no row numbers.

#include <QPair>
#include <QVector>
#include <Qt>

class QAbstractItemModel;
class QLabel;
class QString;
class QTableView;
class QWidget;

namespace jb::ui {

class ListTable final
{
public:
    // The table over `model`, sorted by `sortColumn` in `order` at first; columns `columnWidth` wide unless set.
    static QTableView* make(const QString& objectName, QAbstractItemModel* model, int sortColumn, Qt::SortOrder order,
                            int columnWidth, QWidget* parent);
    // Sets the widths of the columns listed (column, width).
    static void setColumnWidths(QTableView& table, const QVector<QPair<int, int>>& widths);
    // Makes `row` the current, selected row and scrolls to it (none chosen when row < 0), without the selection
    // model's signals: the page shows the record itself.
    static void chooseRowQuietly(QTableView& table, int row);
    // The label beside the page's heading that says how many records the filter selects.
    static QLabel* makeCountLabel(const QString& objectName, QWidget* parent);
};

} // namespace jb::ui
