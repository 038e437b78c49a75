#include "ui/reference/ReferenceListsPage.h"

#include "core/reference/ReferenceEditor.h"
#include "core/storage/Database.h"
#include "ui/reference/ReferenceCommand.h"
#include "ui/reference/ReferenceValueModel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jb::ui {

ReferenceListsPage::ReferenceListsPage(QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("reference-lists"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(makeHeading(title(), this));

    auto* bar = new QHBoxLayout;
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("referenceList"));
    for (const QString& list : core::ReferenceEditor::editableLists())
        m_list->addItem(core::ReferenceEditor::listTitle(list).text(), list);
    bar->addWidget(new QLabel(tr("List:"), this));
    bar->addWidget(m_list);
    bar->addStretch(1);
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addReference"));
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameReference"));
    m_retire = new QPushButton(tr("Re&tire"), this);
    m_retire->setObjectName(QStringLiteral("retireReference"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteReference"));
    for (QPushButton* b : {m_add, m_rename, m_retire, m_delete})
        bar->addWidget(b);
    layout->addLayout(bar);

    auto* note = new QLabel(tr("A value in use cannot be deleted, only retired: retired values stay on the records "
                               "that have them but are no longer offered for new ones."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_model = new ReferenceValueModel(this);
    connect(m_model, &ReferenceValueModel::failed, this, &Page::errorOccurred);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("referenceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    const int widths[] = {260, 300, 130, 130, 110};
    for (int c = 0; c < ReferenceValueModel::Count; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->horizontalHeader()->setSectionResizeMode(ReferenceValueModel::NameEn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("referenceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        m_message->clear();
        reloadValues();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReferenceListsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReferenceListsPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        QString zh, en;
        if (askNames(tr("Add a value"), zh, en))
            addValue(zh, en);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const core::ReferenceValue* v = m_model->value(m_table->currentIndex().row());
        if (!v)
            return;
        QString zh = v->item.nameZh, en = v->item.nameEn;
        if (askNames(tr("Rename a value"), zh, en))
            renameCurrent(zh, en);
    });
    connect(m_retire, &QPushButton::clicked, this, &ReferenceListsPage::toggleRetiredCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ReferenceListsPage::deleteCurrent);
    updateButtons();
}

QString ReferenceListsPage::title() const
{
    return tr("Reference lists");
}

void ReferenceListsPage::showFile(core::Database& database, const core::DatabaseStats& /*stats*/)
{
    m_database = &database;
    if (m_changing)
        return;
    m_message->clear();
    reloadValues();
}

void ReferenceListsPage::clearFile()
{
    m_database = nullptr;
    m_model->clear();
    m_message->clear();
}

void ReferenceListsPage::recordsEdited()
{
    if (m_database && !m_changing) {
        const core::ReferenceValue* v = m_model->value(m_table->currentIndex().row());
        reloadValues(v ? v->item.id : 0);
    }
}

void ReferenceListsPage::reloadValues(qint64 selectItem)
{
    if (!m_database)
        return;
    m_model->load(*m_database, m_list->currentData().toString());
    const int row = selectItem ? m_model->rowOfItem(selectItem) : -1;
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

void ReferenceListsPage::updateButtons()
{
    const core::ReferenceValue* v = m_model->value(m_table->currentIndex().row());
    const bool writable = m_database && !isReadOnly();
    m_add->setEnabled(writable);
    m_rename->setEnabled(writable && v);
    m_retire->setEnabled(writable && v && !(v->reliedOnByCode && !v->item.retired));
    m_retire->setText(v && v->item.retired ? tr("&Bring back") : tr("Re&tire"));
    m_delete->setEnabled(writable && v && !v->reliedOnByCode);
}

void ReferenceListsPage::readOnlyChanged()
{
    updateButtons();
}

QString ReferenceListsPage::finish(const QString& error, const QString& done, qint64 selectItem)
{
    m_message->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_message->setText(error.isEmpty() ? done : error);
    if (error.isEmpty()) {
        reloadValues(selectItem);
        m_changing = true;
        emit referenceChanged();
        m_changing = false;
        emit statusMessage(done);
    }
    return error;
}

void ReferenceListsPage::pushChange(std::optional<core::ReferenceItem> before, qint64 afterId, const QString& text)
{
    if (!undoStack() || !m_database)
        return;
    std::optional<core::ReferenceItem> after;
    if (afterId) {
        const core::Expected<core::ReferenceItem> read = core::ReferenceEditor(m_database->connection()).item(afterId);
        if (!read)
            return; // written but not readable: nothing to undo to
        after = *read;
    }
    undoStack()->push(new ReferenceCommand(
        *m_database, std::move(before), std::move(after), text,
        [this](const QString& list, qint64 itemId) { showChanged(list, itemId); },
        [this](const QString& message) { emit errorOccurred(message); }));
}

void ReferenceListsPage::showChanged(const QString& list, qint64 itemId)
{
    // An undo or redo shows the list the value is on, with the value chosen; filters elsewhere re-read the lists.
    if (const int index = m_list->findData(list); index >= 0 && index != m_list->currentIndex()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentIndex(index);
    }
    m_message->clear();
    reloadValues(itemId);
    m_changing = true;
    emit referenceChanged();
    m_changing = false;
}

QString ReferenceListsPage::addValue(const QString& nameZh, const QString& nameEn)
{
    if (!m_database)
        return {};
    const core::Expected<qint64> id =
        core::ReferenceEditor(m_database->connection()).add(m_list->currentData().toString(), nameZh, nameEn);
    if (id)
        pushChange(std::nullopt, *id, tr("Add “%1”").arg(nameZh.trimmed()));
    return finish(id ? QString() : id.error(), tr("Added “%1”.").arg(nameZh.trimmed()), id ? *id : 0);
}

QString ReferenceListsPage::renameCurrent(const QString& nameZh, const QString& nameEn)
{
    const core::ReferenceValue* v = m_model->value(m_table->currentIndex().row());
    if (!m_database || !v)
        return {};
    const core::ReferenceItem before = v->item;
    const qint64 id = before.id;
    const core::Status s = core::ReferenceEditor(m_database->connection()).rename(id, nameZh, nameEn);
    if (s)
        pushChange(before, id, tr("Rename “%1” to “%2”").arg(before.nameZh, nameZh.trimmed()));
    return finish(s.error(), tr("Renamed to “%1”.").arg(nameZh.trimmed()), id);
}

QString ReferenceListsPage::toggleRetiredCurrent()
{
    const core::ReferenceValue* v = m_model->value(m_table->currentIndex().row());
    if (!m_database || !v)
        return {};
    const core::ReferenceItem before = v->item;
    const qint64 id = before.id;
    const bool retire = !before.retired;
    const QString name = before.nameZh;
    const core::Status s = core::ReferenceEditor(m_database->connection()).setRetired(id, retire);
    if (s)
        pushChange(before, id, retire ? tr("Retire “%1”").arg(name) : tr("Bring back “%1”").arg(name));
    return finish(s.error(), retire ? tr("Retired “%1”.").arg(name) : tr("Brought back “%1”.").arg(name), id);
}

QString ReferenceListsPage::deleteCurrent()
{
    const core::ReferenceValue* v = m_model->value(m_table->currentIndex().row());
    if (!m_database || !v)
        return {};
    const core::ReferenceItem before = v->item;
    const qint64 id = before.id;
    const QString name = before.nameZh;
    const core::Status s = core::ReferenceEditor(m_database->connection()).remove(id);
    if (s)
        pushChange(before, 0, tr("Delete “%1”").arg(name));
    return finish(s.error(), tr("Deleted “%1”.").arg(name), s.ok() ? 0 : id);
}

bool ReferenceListsPage::askNames(const QString& title, QString& nameZh, QString& nameEn)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto* form = new QFormLayout(&dialog);
    auto* zh = new QLineEdit(nameZh, &dialog);
    auto* en = new QLineEdit(nameEn, &dialog);
    en->setPlaceholderText(tr("Same as the Chinese name when left empty"));
    form->addRow(tr("Chinese name:"), zh);
    form->addRow(tr("English name:"), en);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    nameZh = zh->text();
    nameEn = en->text();
    return true;
}

} // namespace jb::ui
