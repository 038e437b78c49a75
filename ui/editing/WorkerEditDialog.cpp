#include "ui/editing/WorkerEditDialog.h"

#include "core/domain/Clock.h"
#include "core/editing/RecordValidation.h"
#include "core/editing/WorkerEditing.h"
#include "core/storage/Database.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"
#include "ui/Localisation.h"
#include "ui/editing/RecordForm.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace jb::ui {

struct WorkerEditDialog::Fields
{
    core::Database* database = nullptr;
    qint64 workerId = 0;
    QVariantMap loaded; // the record as read (empty for a new person)
    RecordForm* form = nullptr;
    QLineEdit* name = nullptr;
    QLineEdit* idNumber = nullptr;
    QComboBox* gender = nullptr;
    QLineEdit* birthDate = nullptr;
    QLineEdit* phone = nullptr;
    QComboBox* org = nullptr;
    QLineEdit* hukouPlace = nullptr;
    QLineEdit* currentPlace = nullptr;
    QComboBox* status = nullptr;
    QLineEdit* returnedOn = nullptr;
    QComboBox* destination = nullptr;
    QLineEdit* desiredTrade = nullptr;
    QLineEdit* desiredPlace = nullptr;
    QLineEdit* wageMin = nullptr;
    QLineEdit* wageMax = nullptr;
    QComboBox* skill = nullptr;
    QComboBox* education = nullptr;
    QLineEdit* registeredOn = nullptr;
    QLineEdit* lastContactOn = nullptr;
    QLineEdit* note = nullptr;
    QListWidget* keyGroups = nullptr;
    QListWidget* hardships = nullptr;
    QListWidget* needs = nullptr;
    QLabel* loadError = nullptr;
};

namespace {

QString dateHint()
{
    return WorkerEditDialog::tr("YYYY-MM-DD");
}

QLineEdit* withText(QLineEdit* edit, const QVariant& value)
{
    edit->setText(value.isNull() ? QString() : value.toString());
    return edit;
}

QListWidget* compact(QListWidget* list)
{
    list->setMinimumHeight(96);
    list->setMaximumHeight(150);
    return list;
}

} // namespace

WorkerEditDialog::WorkerEditDialog(core::Database& database, qint64 workerId, QWidget* parent)
    : QDialog(parent), m(std::make_unique<Fields>())
{
    setObjectName(QStringLiteral("workerEditDialog"));
    m->database = &database;
    m->workerId = workerId;
    setWindowTitle(workerId ? tr("Edit person") : tr("Add person to the worker list"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m->form = new RecordForm(
        buttons, workerId == 0, [this] { validate(); }, this);

    QVariantMap v;
    if (workerId) {
        // The editor shows the ID and phone in full: core opens the person for editing and audits that reveal.
        const auto loaded = core::openWorkerForEditing(database.connection(), workerId);
        if (loaded)
            v = loaded.value();
        else
            m->loadError = new QLabel(loaded.error(), this);
    } else {
        v.insert(QStringLiteral("registered_on"), core::Clock::today().toString(Qt::ISODate));
    }
    m->loaded = workerId ? v : QVariantMap();
    auto value = [&v](const char* field) { return v.value(QLatin1String(field)); };

    auto* columns = new QHBoxLayout;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    RecordForm* f = m->form;

    m->name = withText(RecordForm::lineEdit(this, QStringLiteral("nameEdit")), value("name"));
    f->addRow(left, QStringLiteral("name"), tr("Name"), m->name, true);
    m->idNumber = withText(RecordForm::lineEdit(this, QStringLiteral("idNumberEdit"),
                                                tr("18 characters; a 15-digit old number is upgraded")),
                           value("id_number"));
    f->addRow(left, QStringLiteral("id_number"), tr("Resident ID"), m->idNumber);
    m->gender = RecordForm::codeCombo(
        this,
        {{QString(), QStringLiteral("—")}, {QStringLiteral("M"), tr("Male")}, {QStringLiteral("F"), tr("Female")}},
        value("gender"), QStringLiteral("genderCombo"));
    m->gender->setToolTip(tr("Follows the resident ID; chosen by hand only when there is no ID"));
    f->addRow(left, QStringLiteral("gender"), tr("Gender"), m->gender);
    m->birthDate =
        withText(RecordForm::lineEdit(this, QStringLiteral("birthDateEdit"), dateHint()), value("birth_date"));
    f->addRow(left, QStringLiteral("birth_date"), tr("Birth date"), m->birthDate);
    m->phone =
        withText(RecordForm::lineEdit(this, QStringLiteral("phoneEdit"), tr("Mobile or landline with area code")),
                 value("phone"));
    f->addRow(left, QStringLiteral("phone"), tr("Phone"), m->phone);
    m->org = RecordForm::organisationCombo(this, database, value("org_id"));
    f->addRow(left, QStringLiteral("org_id"), tr("Organisation"), m->org, true);
    m->hukouPlace = withText(RecordForm::lineEdit(this, QStringLiteral("hukouPlaceEdit")), value("hukou_place"));
    f->addRow(left, QStringLiteral("hukou_place"), tr("Household registration"), m->hukouPlace);
    m->currentPlace = withText(RecordForm::lineEdit(this, QStringLiteral("currentPlaceEdit")), value("current_place"));
    f->addRow(left, QStringLiteral("current_place"), tr("Lives in"), m->currentPlace);
    m->status = RecordForm::referenceCombo(this, database, QStringLiteral("employment_status"),
                                           value("employment_status_id"), true, QStringLiteral("statusCombo"));
    f->addRow(left, QStringLiteral("employment_status_id"), tr("Employment status"), m->status);
    m->registeredOn =
        withText(RecordForm::lineEdit(this, QStringLiteral("registeredOnEdit"), dateHint()), value("registered_on"));
    f->addRow(left, QStringLiteral("registered_on"), tr("Registered on"), m->registeredOn, true);
    m->lastContactOn =
        withText(RecordForm::lineEdit(this, QStringLiteral("lastContactOnEdit"), dateHint()), value("last_contact_on"));
    f->addRow(left, QStringLiteral("last_contact_on"), tr("Last contact"), m->lastContactOn);

    m->returnedOn =
        withText(RecordForm::lineEdit(this, QStringLiteral("returnedOnEdit"), dateHint()), value("returned_on"));
    f->addRow(right, QStringLiteral("returned_on"), tr("Returned to work on"), m->returnedOn);
    m->destination = RecordForm::codeCombo(this,
                                           {{QString(), QStringLiteral("—")},
                                            {QStringLiteral("in_province"), tr("In the province")},
                                            {QStringLiteral("out_of_province"), tr("Outside the province")}},
                                           value("return_destination"), QStringLiteral("destinationCombo"));
    f->addRow(right, QStringLiteral("return_destination"), tr("Return destination"), m->destination);
    m->desiredTrade = withText(RecordForm::lineEdit(this, QStringLiteral("desiredTradeEdit")), value("desired_trade"));
    f->addRow(right, QStringLiteral("desired_trade"), tr("Desired trade"), m->desiredTrade);
    m->desiredPlace = withText(RecordForm::lineEdit(this, QStringLiteral("desiredPlaceEdit")), value("desired_place"));
    f->addRow(right, QStringLiteral("desired_place"), tr("Desired place"), m->desiredPlace);
    m->wageMin = withText(RecordForm::lineEdit(this, QStringLiteral("wageMinEdit"), tr("yuan per month")),
                          value("expected_wage_min"));
    f->addRow(right, QStringLiteral("expected_wage_min"), tr("Expected wage from"), m->wageMin);
    m->wageMax = withText(RecordForm::lineEdit(this, QStringLiteral("wageMaxEdit"), tr("yuan per month")),
                          value("expected_wage_max"));
    f->addRow(right, QStringLiteral("expected_wage_max"), tr("Expected wage to"), m->wageMax);
    m->skill = RecordForm::referenceCombo(this, database, QStringLiteral("skill_level"), value("skill_level_id"), true,
                                          QStringLiteral("skillCombo"));
    f->addRow(right, QStringLiteral("skill_level_id"), tr("Skill level"), m->skill);
    m->education = RecordForm::referenceCombo(this, database, QStringLiteral("education"), value("education_id"), true,
                                              QStringLiteral("educationCombo"));
    f->addRow(right, QStringLiteral("education_id"), tr("Education"), m->education);
    m->note = withText(RecordForm::lineEdit(this, QStringLiteral("noteEdit")), value("note"));
    f->addRow(right, QStringLiteral("note"), tr("Note"), m->note);
    layout->addLayout(columns);

    auto* lists = new QHBoxLayout;
    auto addList = [&](const QString& title, QListWidget* list, const QString& field) {
        auto* box = new QGroupBox(title, this);
        auto* boxLayout = new QVBoxLayout(box);
        list->setParent(box);
        boxLayout->addWidget(compact(list));
        QLabel* message = f->watch(field, list);
        message->setParent(box);
        boxLayout->addWidget(message);
        lists->addWidget(box, 1);
    };
    m->keyGroups = RecordForm::checkList(this, database, QStringLiteral("key_group"), value("key_groups").toList(),
                                         QStringLiteral("keyGroupsList"));
    addList(tr("Key groups"), m->keyGroups, QStringLiteral("key_groups"));
    m->hardships = RecordForm::checkList(this, database, QStringLiteral("hardship_category"),
                                         value("hardships").toList(), QStringLiteral("hardshipsList"));
    addList(tr("Hardship categories"), m->hardships, QStringLiteral("hardships"));
    m->needs = RecordForm::checkList(this, database, QStringLiteral("service_type"), value("service_needs").toList(),
                                     QStringLiteral("serviceNeedsList"));
    addList(tr("Service needs"), m->needs, QStringLiteral("service_needs"));
    layout->addLayout(lists);

    auto* legend = new QLabel(tr("Fields marked * are required. Gender and birth date follow the resident ID."), this);
    legend->setObjectName(QStringLiteral("legend"));
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(legend);
    if (m->loadError) {
        m->loadError->setStyleSheet(QStringLiteral("color: #c62828;"));
        layout->addWidget(m->loadError);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The ID drives gender and birth date as it is typed.
    connect(m->idNumber, &QLineEdit::textChanged, this, [this] { validate(); });
    validate();
    resize(1000, 720);
}

WorkerEditDialog::~WorkerEditDialog() = default;

void WorkerEditDialog::validate()
{
    // Gender and birth date follow a valid ID and are then read-only.
    const core::ResidentIdCheck id = core::checkResidentId(m->idNumber->text());
    const bool hasId = id.ok() && id.info;
    m->gender->setEnabled(!hasId && m->idNumber->text().trimmed().isEmpty());
    m->birthDate->setReadOnly(hasId || !m->idNumber->text().trimmed().isEmpty());
    if (hasId) {
        const bool male = id.info->gender == core::ResidentIdInfo::Gender::Male;
        m->gender->setCurrentIndex(m->gender->findData(male ? QStringLiteral("M") : QStringLiteral("F")));
        m->birthDate->setText(id.info->birthDate.toString(Qt::ISODate));
    }
    m->form->showCheck(*m->database, m->loaded, change());
}

QString WorkerEditDialog::personName() const
{
    return m->name->text().trimmed();
}

// Everything the officer entered, in stored form where it can be (ID upgraded and upper-cased, phone normalised,
// gender and birth date from the ID); text that does not parse is passed on for the checks to name.
core::RecordChange WorkerEditDialog::change() const
{
    QVariantMap v;
    auto put = [&v](const char* field, const QVariant& value) { v.insert(QLatin1String(field), value); };
    const QString rawId = m->idNumber->text().trimmed();
    const core::ResidentIdCheck id = core::checkResidentId(rawId);
    if (rawId.isEmpty()) {
        put("id_number", QVariant());
        put("gender", RecordForm::comboValue(m->gender));
        put("birth_date", RecordForm::text(m->birthDate));
    } else if (id.ok() && id.info) {
        put("id_number", id.info->number);
        put("gender",
            id.info->gender == core::ResidentIdInfo::Gender::Male ? QStringLiteral("M") : QStringLiteral("F"));
        put("birth_date", id.info->birthDate.toString(Qt::ISODate));
    } else {
        put("id_number", rawId);
        put("gender", m->loaded.value(QStringLiteral("gender")));
        put("birth_date", m->loaded.value(QStringLiteral("birth_date")));
    }
    const QString rawPhone = m->phone->text().trimmed();
    const core::PhoneCheck phone = core::checkPhone(rawPhone);
    put("phone", rawPhone.isEmpty() ? QString() : phone.ok ? phone.normalized : rawPhone);
    put("name", RecordForm::text(m->name));
    put("org_id", RecordForm::comboValue(m->org));
    put("hukou_place", RecordForm::text(m->hukouPlace));
    put("current_place", RecordForm::text(m->currentPlace));
    put("employment_status_id", RecordForm::comboValue(m->status));
    put("returned_on", RecordForm::text(m->returnedOn));
    put("return_destination", RecordForm::comboValue(m->destination));
    put("desired_trade", RecordForm::text(m->desiredTrade));
    put("desired_place", RecordForm::text(m->desiredPlace));
    put("expected_wage_min", RecordForm::text(m->wageMin));
    put("expected_wage_max", RecordForm::text(m->wageMax));
    put("skill_level_id", RecordForm::comboValue(m->skill));
    put("education_id", RecordForm::comboValue(m->education));
    put("registered_on", RecordForm::text(m->registeredOn));
    put("last_contact_on", RecordForm::text(m->lastContactOn));
    put("note", RecordForm::text(m->note));
    put("key_groups", RecordForm::checkedIds(m->keyGroups));
    put("hardships", RecordForm::checkedIds(m->hardships));
    put("service_needs", RecordForm::checkedIds(m->needs));
    core::RecordChange result = core::changeBetween(QStringLiteral("workers"), m->workerId, m->loaded, v);
    result.note = m->workerId ? QStringLiteral("编辑劳动者 / edit person") : QStringLiteral("新增劳动者 / add person");
    return result;
}

} // namespace jb::ui
