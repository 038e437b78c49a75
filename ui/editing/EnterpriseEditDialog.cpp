#include "ui/editing/EnterpriseEditDialog.h"

#include "core/editing/RecordValidation.h"
#include "core/storage/Database.h"
#include "core/validation/CreditCode.h"
#include "core/validation/Phone.h"
#include "ui/editing/RecordForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace jb::ui {

struct EnterpriseEditDialog::Fields
{
    core::Database* database = nullptr;
    qint64 recordId = 0;
    QVariantMap loaded;
    RecordForm* form = nullptr;
    QLineEdit* name = nullptr;
    QLineEdit* creditCode = nullptr;
    QComboBox* org = nullptr;
    QComboBox* industry = nullptr;
    QLineEdit* address = nullptr;
    QLineEdit* contactName = nullptr;
    QLineEdit* contactPhone = nullptr;
    QCheckBox* keyEnterprise = nullptr;
    QCheckBox* majorProject = nullptr;
    QLineEdit* note = nullptr;
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
        buttons, m->recordId == 0, [this] { validate(); }, this);

    QVariantMap v;
    if (m->recordId) {
        const auto loaded = core::loadRecord(database.connection(), QStringLiteral("enterprises"), m->recordId);
        if (loaded)
            v = loaded.value();
        else
            layout->addWidget(new QLabel(loaded.error(), this));
    }
    m->loaded = v;
    auto text = [&v](QLineEdit* edit, const char* field) {
        const QVariant value = v.value(QLatin1String(field));
        edit->setText(value.isNull() ? QString() : value.toString());
        return edit;
    };
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    RecordForm* f = m->form;
    m->name = text(RecordForm::lineEdit(this, QStringLiteral("nameEdit")), "name");
    f->addRow(form, QStringLiteral("name"), tr("Enterprise name"), m->name, true);
    m->creditCode =
        text(RecordForm::lineEdit(this, QStringLiteral("creditCodeEdit"), tr("18 characters")), "credit_code");
    f->addRow(form, QStringLiteral("credit_code"), tr("Unified social credit code"), m->creditCode);
    m->org = RecordForm::organisationCombo(this, database, v.value(QStringLiteral("org_id")));
    f->addRow(form, QStringLiteral("org_id"), tr("Organisation"), m->org, true);
    m->industry =
        RecordForm::referenceCombo(this, database, QStringLiteral("industry"), v.value(QStringLiteral("industry_id")),
                                   true, QStringLiteral("industryCombo"));
    f->addRow(form, QStringLiteral("industry_id"), tr("Industry"), m->industry);
    m->address = text(RecordForm::lineEdit(this, QStringLiteral("addressEdit")), "address");
    f->addRow(form, QStringLiteral("address"), tr("Address"), m->address);
    m->contactName = text(RecordForm::lineEdit(this, QStringLiteral("contactNameEdit")), "contact_name");
    f->addRow(form, QStringLiteral("contact_name"), tr("Contact person"), m->contactName);
    m->contactPhone =
        text(RecordForm::lineEdit(this, QStringLiteral("contactPhoneEdit"), tr("Mobile or landline with area code")),
             "contact_phone");
    f->addRow(form, QStringLiteral("contact_phone"), tr("Contact phone"), m->contactPhone);
    m->keyEnterprise = new QCheckBox(tr("Key enterprise"), this);
    m->keyEnterprise->setObjectName(QStringLiteral("keyEnterpriseCheck"));
    m->keyEnterprise->setChecked(v.value(QStringLiteral("is_key_enterprise")).toLongLong() != 0);
    f->addRow(form, QStringLiteral("is_key_enterprise"), QString(), m->keyEnterprise);
    m->majorProject = new QCheckBox(tr("Major project"), this);
    m->majorProject->setObjectName(QStringLiteral("majorProjectCheck"));
    m->majorProject->setChecked(v.value(QStringLiteral("is_major_project")).toLongLong() != 0);
    f->addRow(form, QStringLiteral("is_major_project"), QString(), m->majorProject);
    m->note = text(RecordForm::lineEdit(this, QStringLiteral("noteEdit")), "note");
    f->addRow(form, QStringLiteral("note"), tr("Note"), m->note);
    layout->addLayout(form);
    auto* legend = new QLabel(tr("Fields marked * are required."), this);
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(legend);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(620, sizeHint().height());
}

EnterpriseEditDialog::~EnterpriseEditDialog() = default;

void EnterpriseEditDialog::validate()
{
    m->form->showCheck(*m->database, m->loaded, change());
}

core::RecordChange EnterpriseEditDialog::change() const
{
    QVariantMap v;
    auto put = [&v](const char* field, const QVariant& value) { v.insert(QLatin1String(field), value); };
    // Codes and phones in stored form where they parse; otherwise as typed, for the checks to name.
    const QString rawCode = m->creditCode->text().trimmed();
    const core::CreditCodeCheck code = core::checkCreditCode(rawCode);
    put("credit_code", rawCode.isEmpty() ? QVariant() : QVariant(code.acceptable() ? code.normalized : rawCode));
    const QString rawPhone = m->contactPhone->text().trimmed();
    const core::PhoneCheck phone = core::checkPhone(rawPhone);
    put("contact_phone", rawPhone.isEmpty() ? QString() : phone.ok ? phone.normalized : rawPhone);
    put("name", RecordForm::text(m->name));
    put("org_id", RecordForm::comboValue(m->org));
    put("industry_id", RecordForm::comboValue(m->industry));
    put("address", RecordForm::text(m->address));
    put("contact_name", RecordForm::text(m->contactName));
    put("is_key_enterprise", m->keyEnterprise->isChecked() ? 1 : 0);
    put("is_major_project", m->majorProject->isChecked() ? 1 : 0);
    put("note", RecordForm::text(m->note));
    core::RecordChange result = core::changeBetween(QStringLiteral("enterprises"), m->recordId, m->loaded, v);
    result.note =
        m->recordId ? QStringLiteral("编辑企业 / edit enterprise") : QStringLiteral("新增企业 / add enterprise");
    return result;
}

} // namespace jb::ui
