#include "ui/editing/EnterpriseEditDialog.h"

#include "core/records/RecordFields.h"
#include "core/storage/Database.h"
#include "core/validation/CreditCode.h"
#include "core/validation/Phone.h"
#include "ui/editing/FormLayout.h"
#include "ui/editing/RecordForm.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace jb::ui {

namespace e = core::fields::enterprise;

struct EnterpriseEditDialog::Fields
{
    core::Database* database = nullptr;
    qint64 recordId = 0;
    QVariantMap loaded;
    RecordForm* form = nullptr;
};

EnterpriseEditDialog::EnterpriseEditDialog(core::Database& database, qint64 enterpriseId, qint64 recordId,
                                           QWidget* parent)
    : QDialog(parent), m(std::make_unique<Fields>())
{
    setObjectName(QStringLiteral("enterpriseEditDialog"));
    m->database = &database;
    m->recordId = recordId ? recordId : enterpriseId;
    setWindowTitle(m->recordId ? tr("Edit enterprise") : tr("Add enterprise to the demand list"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m->form = new RecordForm(
        database, core::RecordKind::Enterprise, buttons, m->recordId == 0, [this] { validate(); }, this);

    QString error;
    m->loaded = m->form->load(m->recordId, {}, &error);
    if (!error.isEmpty())
        layout->addWidget(new QLabel(error, this));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m->form->addFields(form, m->loaded,
                       {{e::name, "nameEdit"},
                        {e::creditCode, "creditCodeEdit"},
                        {e::org, "orgCombo"},
                        {e::industry, "industryCombo"},
                        {e::address, "addressEdit"},
                        {e::contactName, "contactNameEdit"},
                        {e::contactPhone, "contactPhoneEdit"},
                        {e::keyEnterprise, "keyEnterpriseCheck"},
                        {e::majorProject, "majorProjectCheck"},
                        {e::note, "noteEdit"}});
    layout->addWidget(FormLayout::scrolling(form, this), 1);
    auto* legend = new QLabel(tr("Fields marked * are required."), this);
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(legend);
    m->form->addProblemsLine(layout, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    FormLayout::fit(this, 620);
}

EnterpriseEditDialog::~EnterpriseEditDialog() = default;

void EnterpriseEditDialog::validate()
{
    m->form->showCheck(m->loaded, change());
}

core::RecordChange EnterpriseEditDialog::change() const
{
    QVariantMap values = m->form->values();
    // Codes and phones in stored form where they parse; otherwise as typed, for the checks to name.
    const QString rawCode = values.value(e::creditCode).toString();
    const core::CreditCodeCheck code = core::checkCreditCode(rawCode);
    values.insert(e::creditCode,
                  rawCode.isEmpty() ? QVariant() : QVariant(code.acceptable() ? code.normalized : rawCode));
    const QString rawPhone = values.value(e::contactPhone).toString();
    const core::PhoneCheck phone = core::checkPhone(rawPhone);
    values.insert(e::contactPhone, rawPhone.isEmpty() ? QString() : phone.ok ? phone.normalized : rawPhone);
    core::RecordChange result = core::changeBetween(core::RecordKind::Enterprise, m->recordId, m->loaded, values);
    // Stored in the audit log in the language the officer works in.
    result.note = m->recordId ? tr("edit enterprise") : tr("add enterprise");
    return result;
}

} // namespace jb::ui
