#include "ui/placement/NoteDialog.h"

#include "ui/DialogButtons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

NoteDialog::NoteDialog(const QString& objectName, const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(objectName);
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    label->setBuddy(m_note);
    layout->addWidget(m_note, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::giveMnemonics(m_buttons);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!note().isEmpty()); };
    connect(m_note, &QPlainTextEdit::textChanged, this, update);
    update();
    resize(460, 240);
}

QString NoteDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace jb::ui
