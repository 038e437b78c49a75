#include "ui/fairs/FairPicker.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

FairPicker::FairPicker(const QString& objectName, const QString& title, const QString& placeholder, Search search,
                       QWidget* parent)
    : QDialog(parent), m_searchFor(std::move(search))
{
    setObjectName(objectName);
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    m_layout = layout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(placeholder);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pickerMatches"));
    layout->addWidget(m_list, 1);
    auto* hint =
        new QLabel(tr("The first %1 matches are shown; type more of the name to narrow them.").arg(kMatches), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &FairPicker::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    refresh();
    resize(520, 420);
}

void FairPicker::refresh()
{
    m_list->clear();
    QString error;
    const QVector<Choice> choices = m_searchFor(m_search->text().trimmed(), &error);
    if (!error.isEmpty()) {
        auto* item = new QListWidgetItem(error, m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    for (const Choice& choice : choices) {
        auto* item = new QListWidgetItem(choice.text, m_list);
        item->setData(Qt::UserRole, choice.id);
    }
    m_list->setCurrentRow(choices.isEmpty() ? -1 : 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!choices.isEmpty());
}

QCheckBox* FairPicker::addOption(const QString& objectName, const QString& text)
{
    auto* box = new QCheckBox(text, this);
    box->setObjectName(objectName);
    m_layout->insertWidget(m_layout->indexOf(m_buttons), box);
    return box;
}

qint64 FairPicker::chosenId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace jb::ui
