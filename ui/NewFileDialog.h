#pragma once
// NewFileDialog: asks which organisation a new file belongs to, from the GB/T 2260 division tree
// (province → city → county), with a search box that filters by name or code.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace jb::ui {

class NewFileDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn = 0, CodeColumn = 1 };
    static constexpr int kCodeRole = Qt::UserRole + 1;

    explicit NewFileDialog(QWidget* parent = nullptr);

    // The chosen division code, e.g. "340122"; empty until one is selected.
    QString selectedCode() const;
    QString selectedName() const;
    // Selects `code` in the tree (clearing the search if it hides it); false if the code is not in force.
    bool selectCode(const QString& code);

    // The filtered view (for tests): the model shown in the tree.
    const QSortFilterProxyModel* filteredModel() const { return m_proxy; }

private:
    void buildTree();
    void appendChildren(QStandardItem* parent, const QString& code);
    void applyFilter(const QString& text);
    void updateSelection();

    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_chosen = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jb::ui
