#include "ui/audit/ReasonDialog.h"

#include "core/settings/RevealReason.h"
#include "core/storage/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

ReasonDialog::ReasonDialog(const QString& what, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(tr("Reason required"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("This file asks for a reason before personal data is shown or exported in full. "
                               "The reason is kept in the audit log with your name.\n\nAbout to show: %1")
                                .arg(what),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. phoning about a job offer"));
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString& typed) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!typed.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool ReasonDialog::askIfRequired(const core::Database& database, const QString& what, QWidget* parent, QString& reason)
{
    reason.clear();
    if (!core::revealReasonRequired(database.connection()))
        return true;
    ReasonDialog dialog(what, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reason = dialog.reason();
    return true;
}

} // namespace jb::ui
