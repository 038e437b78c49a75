#include "ui/audit/OfficerNameDialog.h"

#include "core/domain/Officer.h"
#include "ui/AppSettings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

OfficerNameDialog::OfficerNameDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("officerNameDialog"));
    setWindowTitle(tr("Your name"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("Who is working at this computer? Your name is recorded with every change, import "
                               "and reveal in the audit log of every file you open here. You can change it later in "
                               "Settings."),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_name = new QLineEdit(core::systemUserName(), this);
    m_name->setObjectName(QStringLiteral("officerNameEdit"));
    m_name->setMaxLength(core::kOfficerNameMaxLength);
    m_name->selectAll();
    layout->addWidget(m_name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Later"));
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, [buttons](const QString& typed) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!typed.trimmed().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, sizeHint().height());
}

QString OfficerNameDialog::name() const
{
    return m_name->text().trimmed();
}

bool OfficerNameDialog::needed(const AppSettings& settings)
{
    return settings.officerName().isEmpty();
}

void OfficerNameDialog::store(AppSettings& settings, const QString& name)
{
    settings.setOfficerName(name);
    settings.sync();
    core::setOfficerName(settings.officerName());
}

} // namespace jb::ui
