#include "ui/NewFileDialog.h"

#include "core/validation/AreaCodes.h"
#include "ui/DialogButtons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

// Anhui opens expanded: the federations this program is written for are there.
const QString kHomeProvince = QStringLiteral("340000");

QList<QStandardItem*> divisionRow(const core::AreaCodes::Division& division)
{
    auto* name = new QStandardItem(division.name);
    name->setData(division.code, NewFileDialog::kCodeRole);
    name->setEditable(false);
    auto* code = new QStandardItem(division.code);
    code->setData(division.code, NewFileDialog::kCodeRole);
    code->setEditable(false);
    return {name, code};
}

} // namespace

NewFileDialog::NewFileDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newFileDialog"));
    setWindowTitle(tr("New file"));
    resize(640, 560);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose the organisation this file belongs to: the trade-union federation of a "
                                "county, city or province. The divisions below it are added to the file as well."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("divisionSearch"));
    m_search->setPlaceholderText(tr("Search by name or code, e.g. 肥东 or 340122"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Division"), tr("Code")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // A match keeps its ancestors (to show where it is) and its descendants (searching a city lists its counties).
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("divisionTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_tree, 1);

    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("chosenDivision"));
    m_chosen->setWordWrap(true);
    layout->addWidget(m_chosen);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::giveMnemonics(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Next…"));
    layout->addWidget(m_buttons);

    buildTree();
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    connect(m_search, &QLineEdit::textChanged, this, &NewFileDialog::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NewFileDialog::updateSelection);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && !m_proxy->hasChildren(index.siblingAtColumn(NameColumn)))
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSelection();
}

void NewFileDialog::buildTree()
{
    const core::AreaCodes& codes = core::AreaCodes::instance();
    if (codes.isEmpty()) {
        m_chosen->setText(codes.loadError());
        return;
    }
    for (const core::AreaCodes::Division& province : codes.provinces()) {
        const QList<QStandardItem*> row = divisionRow(province);
        m_model->appendRow(row);
        appendChildren(row.first(), province.code);
    }
    const QModelIndexList home =
        m_model->match(m_model->index(0, NameColumn), kCodeRole, kHomeProvince, 1, Qt::MatchExactly);
    if (!home.isEmpty())
        m_tree->expand(m_proxy->mapFromSource(home.first()));
}

void NewFileDialog::appendChildren(QStandardItem* parent, const QString& code)
{
    const core::AreaCodes& codes = core::AreaCodes::instance();
    for (const core::AreaCodes::Division& child : codes.children(code)) {
        const QList<QStandardItem*> row = divisionRow(child);
        parent->appendRow(row);
        appendChildren(row.first(), child.code);
    }
}

void NewFileDialog::applyFilter(const QString& text)
{
    const QString before = selectedCode();
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty())
        m_tree->expandAll();
    // Keep the choice if it is still visible; otherwise nothing is chosen.
    if (!before.isEmpty() && selectedCode().isEmpty())
        m_tree->clearSelection();
    updateSelection();
}

QString NewFileDialog::selectedCode() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? QString() : rows.first().data(kCodeRole).toString();
}

QString NewFileDialog::selectedName() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? QString() : rows.first().data(Qt::DisplayRole).toString();
}

bool NewFileDialog::selectCode(const QString& code)
{
    const QModelIndexList found =
        m_model->match(m_model->index(0, NameColumn), kCodeRole, code, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    QModelIndex index = m_proxy->mapFromSource(found.first());
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(found.first());
    }
    m_tree->scrollTo(index);
    m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->setCurrentIndex(index);
    return true;
}

void NewFileDialog::updateSelection()
{
    const QString code = selectedCode();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!code.isEmpty());
    if (code.isEmpty()) {
        if (!core::AreaCodes::instance().isEmpty())
            m_chosen->setText(tr("No organisation chosen yet."));
        return;
    }
    m_chosen->setText(tr("Chosen: %1 (%2)").arg(core::AreaCodes::instance().fullName(code), code));
}

} // namespace jb::ui
