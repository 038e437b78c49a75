#include "ui/placement/TradeSynonymDialog.h"

#include "ui/DialogButtons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

TradeSynonymDialog::TradeSynonymDialog(const QString& term, const QString& synonymOf, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("tradeSynonymDialog"));
    setWindowTitle(tr("Add a trade synonym"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Matching counts the two trades as the same trade, in both directions, for every "
                               "worker and post. Undo takes the synonym back."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* form = new QFormLayout;
    m_term = new QLineEdit(term, this);
    m_term->setObjectName(QStringLiteral("synonymTerm"));
    m_of = new QLineEdit(synonymOf, this);
    m_of->setObjectName(QStringLiteral("synonymOf"));
    auto* termLabel = new QLabel(tr("&Trade:"), this);
    termLabel->setBuddy(m_term);
    auto* ofLabel = new QLabel(tr("&Means the same as:"), this);
    ofLabel->setBuddy(m_of);
    form->addRow(termLabel, m_term);
    form->addRow(ofLabel, m_of);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::giveMnemonics(m_buttons);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_term, &QLineEdit::textChanged, this, &TradeSynonymDialog::updateOk);
    connect(m_of, &QLineEdit::textChanged, this, &TradeSynonymDialog::updateOk);
    setMinimumWidth(420);
    updateOk();
}

QString TradeSynonymDialog::term() const
{
    return m_term->text().trimmed();
}

QString TradeSynonymDialog::synonymOf() const
{
    return m_of->text().trimmed();
}

void TradeSynonymDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!term().isEmpty() && !synonymOf().isEmpty() && term() != synonymOf());
}

} // namespace jb::ui
