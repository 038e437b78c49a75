#pragma once
// ListPage: what the Workers and Enterprises pages share around their long lists: the page layout with a header
// row (heading, the count of records the filter selects, then the page's buttons), the list and the chosen
// record's detail side by side in a splitter, and the header's buttons enabled by what there is (Add once a file
// is open, the exports once the filter selects something).

#include "ui/Page.h"

#include <QList>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QVBoxLayout;

namespace jb::ui {

class ListPage : public Page
{
    Q_OBJECT

protected:
    explicit ListPage(QWidget* parent) : Page(parent) {}

    // Lays the page (named `objectName`) out (m_layout) with its header row: heading and count label (`countName`),
    // then room for the page's buttons, which it adds to the returned row. Call from the page's constructor.
    QHBoxLayout* startLayout(const QString& objectName, const QString& countName);
    // The splitter (`name`) the list and the detail go in; add it with finishSplitter().
    QSplitter* makeSplitter(const QString& name);
    // Adds the splitter below the filters, the list taking 3 parts of the width to the detail's 2.
    void finishSplitter(const QList<int>& sizes);
    // Shows `text` as the count (nothing without a file); Add needs a file, the exports `total` > 0 rows.
    void showTotal(const QString& text, qint64 total);
    // Add and the unmasked export need a writable file.
    void readOnlyChanged() override;

    core::Database* m_database = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    QPushButton* m_add = nullptr;
    QCheckBox* m_unmasked = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportXlsx = nullptr;
};

} // namespace jb::ui
