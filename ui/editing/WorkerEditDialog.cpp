#include "ui/editing/WorkerEditDialog.h"

#include "core/domain/Clock.h"
#include "core/editing/RecordValidation.h"
#include "core/editing/WorkerEditing.h"
#include "core/lists/WorkerDetail.h"
#include "core/records/RecordFields.h"
#include "core/storage/Database.h"
#include "core/validation/Phone.h"
#include "core/validation/ResidentId.h"
#include "ui/audit/ReasonDialog.h"
#include "ui/editing/FormLayout.h"
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
#include <QScrollArea>
#include <QVBoxLayout>

namespace jb::ui {

namespace w = core::fields::worker;

struct WorkerEditDialog::Fields
{
    core::Database* database = nullptr;
    qint64 workerId = 0;
    QVariantMap loaded; // the record as read (empty for a new person)
    RecordForm* form = nullptr;
    QLabel* loadError = nullptr;
};

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
        database, core::RecordKind::Worker, buttons, workerId == 0, [this] { validate(); }, this);
    const QVariantMap v = load(database, workerId);
    m->loaded = workerId ? v : QVariantMap();
    auto* fields = new QVBoxLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addLayout(makeColumns(v));
    fields->addLayout(makeLists(v));
    layout->addWidget(FormLayout::scrolling(fields, this), 1);
    finish(layout, buttons);
}

WorkerEditDialog::~WorkerEditDialog() = default;

// The person as stored (a new one is registered today). The editor shows the ID and phone in full, so core opens
// an existing person for editing: it reads the record and audits that reveal in one transaction.
QVariantMap WorkerEditDialog::load(core::Database& database, qint64 workerId)
{
    if (!workerId)
        return {{w::registeredOn, core::Clock::today().toString(Qt::ISODate)}};
    // When the file asks for a reason, the editor asks first; without one core refuses and the editor says why.
    QString reason;
    if (!ReasonDialog::askIfRequired(database, tr("this person's ID and phone numbers, in the editor"), parentWidget(),
                                     reason))
        reason.clear();
    const auto loaded = core::openWorkerForEditing(database.connection(), workerId, reason);
    if (!loaded) {
        m->loadError = new QLabel(loaded.error(), this);
        return {};
    }
    return loaded.value();
}

QLayout* WorkerEditDialog::makeColumns(const QVariantMap& v)
{
    auto* columns = new QHBoxLayout;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    m->form->addFields(left, v,
                       {{w::name, "nameEdit"},
                        {w::idNumber, "idNumberEdit"},
                        {w::gender, "genderCombo"},
                        {w::birthDate, "birthDateEdit"},
                        {w::phone, "phoneEdit"},
                        {w::org, "orgCombo"},
                        {w::hukouPlace, "hukouPlaceEdit"},
                        {w::currentPlace, "currentPlaceEdit"},
                        {w::employmentStatus, "statusCombo"},
                        {w::registeredOn, "registeredOnEdit"},
                        {w::lastContactOn, "lastContactOnEdit"}});
    m->form->addFields(right, v,
                       {{w::returnedOn, "returnedOnEdit"},
                        {w::returnDestination, "destinationCombo"},
                        {w::desiredTrade, "desiredTradeEdit"},
                        {w::desiredPlace, "desiredPlaceEdit"},
                        {w::expectedWageMin, "wageMinEdit"},
                        {w::expectedWageMax, "wageMaxEdit"},
                        {w::skillLevel, "skillCombo"},
                        {w::education, "educationCombo"},
                        {w::note, "noteEdit"}});
    m->form->editor<QComboBox>(w::gender)->setToolTip(
        tr("Follows the resident ID; chosen by hand only when there is no ID"));
    return columns;
}

// Key groups, hardship categories and service needs: checkable lists side by side.
QLayout* WorkerEditDialog::makeLists(const QVariantMap& v)
{
    auto* lists = new QHBoxLayout;
    for (const auto& [field, objectName] :
         {std::pair{&w::keyGroups, "keyGroupsList"}, std::pair{&w::hardships, "hardshipsList"},
          std::pair{&w::serviceNeeds, "serviceNeedsList"}}) {
        lists->addWidget(m->form->addFieldBox(this, *field, v.value(*field), QLatin1String(objectName)), 1);
        if (auto* list = m->form->editor<QListWidget>(*field)) {
            list->setMinimumHeight(96);
            list->setMaximumHeight(150);
        }
    }
    return lists;
}

void WorkerEditDialog::finish(QVBoxLayout* layout, QDialogButtonBox* buttons)
{
    auto* legend = new QLabel(tr("Fields marked * are required. Gender and birth date follow the resident ID."), this);
    legend->setObjectName(QStringLiteral("legend"));
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(legend);
    m->form->addProblemsLine(layout, this);
    if (m->loadError) {
        m->loadError->setStyleSheet(QStringLiteral("color: #c62828;"));
        layout->addWidget(m->loadError);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The ID drives gender and birth date as it is typed.
    connect(m->form->editor<QLineEdit>(w::idNumber), &QLineEdit::textChanged, this, [this] { validate(); });
    validate();
    FormLayout::fit(this, 1000);
}

void WorkerEditDialog::validate()
{
    // Gender and birth date follow a valid ID and are then read-only.
    const QLineEdit* idNumber = m->form->editor<QLineEdit>(w::idNumber);
    auto* gender = m->form->editor<QComboBox>(w::gender);
    auto* birthDate = m->form->editor<QLineEdit>(w::birthDate);
    const core::ResidentIdCheck id = core::checkResidentId(idNumber->text());
    const bool hasId = id.ok() && id.info;
    gender->setEnabled(!hasId && idNumber->text().trimmed().isEmpty());
    birthDate->setReadOnly(hasId || !idNumber->text().trimmed().isEmpty());
    if (hasId) {
        const bool male = id.info->gender == core::ResidentIdInfo::Gender::Male;
        gender->setCurrentIndex(gender->findData(male ? QStringLiteral("M") : QStringLiteral("F")));
        birthDate->setText(id.info->birthDate.toString(Qt::ISODate));
    }
    m->form->showCheck(m->loaded, change());
}

QString WorkerEditDialog::personName() const
{
    return m->form->editor<QLineEdit>(w::name)->text().trimmed();
}

// Everything the officer entered, in stored form where it can be (ID upgraded and upper-cased, phone normalised,
// gender and birth date from the ID); text that does not parse is passed on for the checks to name.
core::RecordChange WorkerEditDialog::change() const
{
    QVariantMap v = m->form->values();
    const QString rawId = v.value(w::idNumber).toString();
    const core::ResidentIdCheck id = core::checkResidentId(rawId);
    if (id.ok() && id.info) {
        v.insert(w::idNumber, id.info->number);
        v.insert(w::gender,
                 id.info->gender == core::ResidentIdInfo::Gender::Male ? QStringLiteral("M") : QStringLiteral("F"));
        v.insert(w::birthDate, id.info->birthDate.toString(Qt::ISODate));
    } else if (!rawId.isEmpty()) {
        v.insert(w::gender, m->loaded.value(w::gender));
        v.insert(w::birthDate, m->loaded.value(w::birthDate));
    }
    const QString rawPhone = v.value(w::phone).toString();
    const core::PhoneCheck phone = core::checkPhone(rawPhone);
    v.insert(w::phone, rawPhone.isEmpty() ? QString() : phone.ok ? phone.normalized : rawPhone);
    core::RecordChange result = core::changeBetween(core::RecordKind::Worker, m->workerId, m->loaded, v);
    // Stored in the audit log in the language the officer works in.
    result.note = m->workerId ? tr("edit person") : tr("add person");
    return result;
}

} // namespace jb::ui
