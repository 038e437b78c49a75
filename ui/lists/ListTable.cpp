#include "ui/lists/ListTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>

namespace jb::ui {

QTableView* ListTable::make(const QString& objectName, QAbstractItemModel* model, int sortColumn, Qt::SortOrder order,
                            int columnWidth, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSortIndicator(sortColumn, order);
    table->horizontalHeader()->setSectionsMovable(false);
    table->horizontalHeader()->setDefaultSectionSize(columnWidth);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->hide();
    return table;
}

void ListTable::setColumnWidths(QTableView& table, const QVector<QPair<int, int>>& widths)
{
    for (const auto& [column, width] : widths)
        table.setColumnWidth(column, width);
}

void ListTable::chooseRowQuietly(QTableView& table, int row)
{
    {
        const QSignalBlocker block(table.selectionModel());
        if (row >= 0) {
            table.setCurrentIndex(table.model()->index(row, 0));
            table.selectRow(row);
        } else {
            table.clearSelection();
        }
    }
    if (row >= 0)
        table.scrollTo(table.model()->index(row, 0));
}

QLabel* ListTable::makeCountLabel(const QString& objectName, QWidget* parent)
{
    auto* count = new QLabel(parent);
    count->setObjectName(objectName);
    QFont font = count->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    count->setFont(font);
    return count;
}

} // namespace jb::ui
