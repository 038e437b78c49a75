#include "ui/warnings/HandledDialog.h"

#include "core/warnings/WarningMarks.h"
#include "ui/DialogButtons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

HandledDialog::HandledDialog(const QString& what, const QString& who, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("handledDialog"));
    setWindowTitle(tr("Mark warning handled"));
    auto* layout = new QVBoxLayout(this);
    auto* warning = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(who.toHtmlEscaped(), what.toHtmlEscaped()), this);
    warning->setObjectName(QStringLiteral("handledWarning"));
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto* explain = new QLabel(tr("The warning leaves the list until its condition returns. Your name and the reason "
                                  "are recorded; Edit ▸ Undo takes the mark back."),
                               this);
    explain->setWordWrap(true);
    explain->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(explain);
    auto* label = new QLabel(tr("&Why is it handled?"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("handledReason"));
    m_reason->setMaxLength(core::kHandledReasonMaxLength);
    m_reason->setPlaceholderText(tr("e.g. called the person; visit arranged for next week"));
    label->setBuddy(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::giveMnemonics(m_buttons);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->text().trimmed().isEmpty());
    };
    connect(m_reason, &QLineEdit::textChanged, this, update);
    update();
    resize(480, sizeHint().height());
}

QString HandledDialog::reason() const
{
    return m_reason->text().trimmed();
}

void HandledDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

} // namespace jb::ui
