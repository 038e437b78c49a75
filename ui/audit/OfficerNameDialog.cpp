#include "ui/audit/OfficerNameDialog.h"

#include "core/settings/SettingsRepository.h"
#include "core/storage/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

QString systemUser()
{
    QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

OfficerNameDialog::OfficerNameDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("officerNameDialog"));
    setWindowTitle(tr("Your name"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("Who is working on this file? The name is recorded with every change, import and "
                               "reveal in the audit log. You can change it later in Settings."),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_name = new QLineEdit(systemUser(), this);
    m_name->setObjectName(QStringLiteral("officerNameEdit"));
    m_name->setMaxLength(50);
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

bool OfficerNameDialog::needed(const core::Database& database)
{
    return core::SettingsRepository(database.connection()).value(core::setting::officer).trimmed().isEmpty();
}

QString OfficerNameDialog::store(core::Database& database, const QString& name)
{
    const core::Status saved = core::SettingsRepository(database.connection()).setValue(core::setting::officer, name);
    return saved ? QString() : saved.error();
}

} // namespace jb::ui
