#include "ui/duplicates/DuplicatesPage.h"

#include "core/storage/Database.h"
#include "ui/duplicates/DuplicateTableModel.h"
#include "ui/duplicates/MergeCommand.h"
#include "ui/duplicates/MergeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jb::ui {

DuplicatesPage::DuplicatesPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("duplicates"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(makeHeading(title(), this));

    auto* bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("duplicateKind"));
    m_kind->addItem(tr("Workers"), static_cast<int>(core::MergeRecordKind::Worker));
    m_kind->addItem(tr("Enterprises"), static_cast<int>(core::MergeRecordKind::Enterprise));
    m_rule = new QComboBox(this);
    m_rule->setObjectName(QStringLiteral("duplicateRule"));
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_find = new QPushButton(tr("Find &again"), this);
    m_find->setObjectName(QStringLiteral("findDuplicates"));
    m_merge = new QPushButton(tr("&Merge…"), this);
    m_merge->setObjectName(QStringLiteral("mergeDuplicates"));
    m_merge->setToolTip(tr("Merge two records of the selected group"));
    bar->addWidget(new QLabel(tr("List:"), this));
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Rule:"), this));
    bar->addWidget(m_rule);
    bar->addWidget(m_find);
    bar->addStretch(1);
    bar->addWidget(m_merge);
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("duplicateSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model = new DuplicateTableModel(this);
    connect(m_model, &DuplicateTableModel::failed, this, &Page::errorOccurred);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("duplicateTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int widths[] = {210, 90, 160, 110, 90, 120, 90, 70, 70};
    for (int c = 0; c < DuplicateTableModel::Count; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->horizontalHeader()->setSectionResizeMode(DuplicateTableModel::Organisation, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    fillRules();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillRules();
        findDuplicates();
    });
    connect(m_rule, &QComboBox::activated, this, &DuplicatesPage::findDuplicates);
    connect(m_find, &QPushButton::clicked, this, &DuplicatesPage::findDuplicates);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesPage::mergeCurrentGroup);
    connect(m_table, &QTableView::doubleClicked, this, &DuplicatesPage::mergeCurrentGroup);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DuplicatesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicatesPage::updateButtons);
    showSummary();
    updateButtons();
}

QString DuplicatesPage::title() const
{
    return tr("Possible duplicates");
}

void DuplicatesPage::fillRules()
{
    const auto kind = static_cast<core::MergeRecordKind>(m_kind->currentData().toInt());
    const QSignalBlocker block(m_rule);
    m_rule->clear();
    for (core::DuplicateRule rule : core::duplicateRules(kind))
        m_rule->addItem(core::duplicateRuleTitle(rule).text(), static_cast<int>(rule));
}

void DuplicatesPage::showFile(core::Database& database, const core::DatabaseStats& /*stats*/)
{
    if (m_merging && m_database == &database)
        return;
    m_database = &database;
    m_model->clear();
    // The rule passes over the whole list (~2 s at a million workers): run it when the page is looked at.
    m_stale = true;
    if (isVisible())
        findDuplicates();
    showSummary();
}

void DuplicatesPage::clearFile()
{
    // An open (or closed, not yet deleted) merge dialog holds the connection: it goes with the file.
    const QList<MergeDialog*> dialogs = findChildren<MergeDialog*>();
    for (MergeDialog* dialog : dialogs)
        delete dialog;
    m_database = nullptr;
    m_model->clear();
    m_stale = true;
    showSummary();
}

void DuplicatesPage::recordsEdited()
{
    // The window calls this only for the page on screen or about to be shown.
    if (!m_merging)
        findDuplicates();
}

void DuplicatesPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale && m_database)
        findDuplicates();
}

void DuplicatesPage::findDuplicates()
{
    if (!m_database)
        return;
    m_stale = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->run(*m_database, static_cast<core::DuplicateRule>(m_rule->currentData().toInt()));
    QApplication::restoreOverrideCursor();
    showSummary();
}

void DuplicatesPage::showSummary()
{
    if (!m_database) {
        m_summary->setText(tr("No file is open."));
        return;
    }
    const QLocale locale;
    if (m_model->groupCount() == 0) {
        m_summary->setText(tr("No possible duplicates by this rule."));
        return;
    }
    m_summary->setText(
        tr("Groups: %1, records: %2. Select a row and choose Merge… to combine two records of its group; "
           "ID numbers and phones are masked.")
            .arg(locale.toString(m_model->groupCount()), locale.toString(m_model->rowCount())));
}

void DuplicatesPage::readOnlyChanged()
{
    updateButtons();
}

void DuplicatesPage::updateButtons()
{
    m_merge->setEnabled(m_database && m_table->currentIndex().isValid() && !isReadOnly());
}

MergeDialog* DuplicatesPage::mergeCurrentGroup()
{
    if (!m_database || isReadOnly() || !m_table->currentIndex().isValid()) // a double-click opens no merge
        return nullptr;
    const qint64 group = m_model->groupOfRow(m_table->currentIndex().row());
    const QVector<qint64> ids = m_model->memberIds(group);
    if (ids.size() < 2)
        return nullptr;
    // Each record as the list shows it: name, ID or credit code (masked), organisation, registered.
    QStringList labels;
    const int first = m_model->firstRowOfGroup(group);
    for (int r = first; r >= 0 && r < first + ids.size(); ++r) {
        QStringList parts;
        for (int column : {DuplicateTableModel::Name, DuplicateTableModel::Identifier, DuplicateTableModel::Phone,
                           DuplicateTableModel::Organisation, DuplicateTableModel::Registered}) {
            const QString text = m_model->data(m_model->index(r, column)).toString();
            if (!text.isEmpty())
                parts << text;
        }
        labels << parts.join(QStringLiteral(" · "));
    }
    auto* dialog = new MergeDialog(*m_database, m_model->kind(), ids, this, labels);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, [this, dialog, group](qint64 survivor) {
        // The window re-reads every page (this one is re-read below, once).
        m_merging = true;
        if (QUndoStack* stack = undoStack()) {
            QPointer<DuplicatesPage> self(this);
            stack->push(new MergeCommand(*m_database, dialog->appliedRequest(), dialog->appliedUndo(),
                                         [self](const QString& error) {
                                             if (self)
                                                 emit self->errorOccurred(error);
                                         }));
        }
        emit recordsMerged();
        m_merging = false;
        emit statusMessage(tr("Merged into record #%1; recorded in the audit log.").arg(survivor));
        findDuplicates();
        // Back near where the officer was.
        const int row = m_model->firstRowOfGroup(std::min<qint64>(group, m_model->groupCount() - 1));
        if (row >= 0)
            m_table->selectRow(row);
    });
    dialog->open();
    return dialog;
}

} // namespace jb::ui
