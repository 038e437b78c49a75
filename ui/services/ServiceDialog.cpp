#include "ui/services/ServiceDialog.h"

#include "core/domain/Clock.h"
#include "core/domain/NameLanguage.h"
#include "core/editing/RecordChange.h"
#include "core/editing/RecordValidation.h"
#include "core/lists/WorkerListQuery.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/records/ServiceKinds.h"
#include "core/reference/ReferenceRepository.h"
#include "core/services/Projects.h"
#include "core/storage/Database.h"
#include "core/validation/ResidentId.h"
#include "ui/editing/FieldEditors.h"
#include "ui/editing/FormLayout.h"
#include "ui/editing/RecordForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace jb::ui {

namespace s = core::fields::service;

namespace {

// How many people the person drop-down offers for what the officer typed.
constexpr int kMatches = 50;

} // namespace

struct ServiceDialog::Fields
{
    core::Database* database = nullptr;
    QString kind;
    qint64 workerId = 0;
    qint64 serviceId = 0;
    QString personName;
    QVariantMap loaded;
    RecordForm* form = nullptr;
    QLineEdit* search = nullptr;
    QComboBox* person = nullptr;
    QComboBox* project = nullptr;
};

ServiceDialog::ServiceDialog(core::Database& database, const QString& kind, qint64 workerId, qint64 serviceId,
                             QWidget* parent)
    : QDialog(parent), m(std::make_unique<Fields>())
{
    setObjectName(QStringLiteral("serviceDialog"));
    m->database = &database;
    m->kind = kind;
    m->workerId = workerId;
    m->serviceId = serviceId;
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m->form = new RecordForm(
        database, core::RecordKind::Service, buttons, serviceId == 0, [this] { validate(); }, this);
    QVariantMap values = {{s::providedOn, core::Clock::today().toString(Qt::ISODate)}};
    if (serviceId) {
        QString error;
        values = m->form->load(serviceId, {}, &error);
        if (!error.isEmpty())
            layout->addWidget(new QLabel(error, this));
        m->loaded = values;
        m->workerId = values.value(s::worker).toLongLong();
        if (const auto stored = core::serviceKindOf(database.connection(), serviceId))
            m->kind = *stored;
    }
    const QString name = kindName(database, m->kind);
    setWindowTitle(serviceId ? tr("Edit service: %1").arg(name) : tr("New service: %1").arg(name));
    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildPerson(fields);
    buildFields(fields, values);
    unitOfPerson();
    fields->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(FormLayout::scrolling(fields, this), 1);
    auto* legend = new QLabel(tr("Fields marked * are required. The unit is the person's unless changed; the officer "
                                 "is the one in the settings when left empty."),
                              this);
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    legend->setWordWrap(true);
    layout->addWidget(legend);
    m->form->addProblemsLine(layout, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    FormLayout::fit(this, 620);
}

ServiceDialog::~ServiceDialog() = default;

QString ServiceDialog::kindName(core::Database& database, const QString& kind)
{
    const auto items = core::ReferenceRepository(database.connection()).items(QStringLiteral("service_type"), true);
    if (items)
        for (const core::ReferenceItem& item : *items)
            if (item.code == kind)
                return core::shownNameLanguage() == core::NameLanguage::Chinese ? item.nameZh : item.nameEn;
    return kind;
}

// The person: fixed (named, with the masked ID), or chosen from the matches of what the officer types.
void ServiceDialog::buildPerson(QFormLayout* layout)
{
    auto* kindLabel = new QLabel(kindName(*m->database, m->kind), this);
    kindLabel->setObjectName(QStringLiteral("serviceKindName"));
    QFont bold = kindLabel->font();
    bold.setBold(true);
    kindLabel->setFont(bold);
    layout->addRow(tr("Service kind"), kindLabel);
    if (m->workerId) {
        const auto worker = core::loadRecord(m->database->connection(), core::RecordKind::Worker, m->workerId);
        m->personName = worker ? worker->value(core::fields::worker::name).toString() : QString();
        const QString id =
            worker ? core::maskResidentId(worker->value(core::fields::worker::idNumber).toString()) : QString();
        auto* person = new QLabel(QStringLiteral("%1  %2").arg(m->personName, id), this);
        person->setObjectName(QStringLiteral("servicePersonName"));
        layout->addRow(tr("Person"), person);
        return;
    }
    m->search = new QLineEdit(this);
    m->search->setObjectName(QStringLiteral("servicePersonSearch"));
    m->search->setPlaceholderText(tr("Search: name, or the last digits of the ID number or phone"));
    m->person = new QComboBox(this);
    m->person->setObjectName(QStringLiteral("servicePerson"));
    m->person->addItem(tr("— type above to find the person —"));
    connect(m->search, &QLineEdit::textEdited, this, &ServiceDialog::searchPeople);
    connect(m->person, &QComboBox::activated, this, [this] {
        unitOfPerson();
        validate();
    });
    auto* find = new QLabel(tr("&Find the person"), this);
    find->setBuddy(m->search);
    layout->addRow(find, m->search);
    layout->addRow(tr("Person"), m->person);
}

void ServiceDialog::searchPeople(const QString& text)
{
    m->person->clear();
    core::WorkerFilter filter;
    filter.search = text.trimmed();
    QVector<core::WorkerRow> found;
    if (!filter.search.isEmpty()) {
        const auto query = core::WorkerListQuery::create(m->database->connection(), filter, {}, core::Clock::today(),
                                                         core::shownNameLanguage());
        if (const auto rows =
                query ? query->fetch(0, kMatches) : core::Expected<QVector<core::WorkerRow>>::failure(query.message()))
            found = *rows;
    }
    for (const core::WorkerRow& w : found)
        m->person->addItem(QStringLiteral("%1  %2").arg(w.name, w.residentId), w.id);
    if (found.isEmpty())
        m->person->addItem(filter.search.isEmpty() ? tr("— type above to find the person —") : tr("— no one found —"));
    unitOfPerson();
    validate();
}

// A new service is recorded by the person's unit, as core records it when none is given; the officer may change it.
void ServiceDialog::unitOfPerson()
{
    QWidget* unit = m->form->editor<QWidget>(s::org);
    const qint64 person = workerId();
    if (m->serviceId || !unit || !person)
        return;
    if (const auto worker = core::loadRecord(m->database->connection(), core::RecordKind::Worker, person))
        FieldEditors::setValue(unit, worker->value(core::fields::worker::org));
}

// The kind's fields as core describes them; an entrepreneurship service's project from the file's projects.
void ServiceDialog::buildFields(QFormLayout* layout, const QVariantMap& values)
{
    for (const core::RecordField& field : core::serviceFields(m->kind)) {
        if (field.id == s::project) {
            m->project = new QComboBox(this);
            m->project->setObjectName(QStringLiteral("serviceProject"));
            m->project->addItem(QStringLiteral("—"));
            const auto home = core::OrganisationRepository(m->database->connection()).home();
            const auto projects =
                home ? core::projectsOf(m->database->connection(), home->id, QDate(2000, 1, 1), QDate(2100, 12, 31))
                     : core::Expected<QVector<core::Project>>(QVector<core::Project>());
            if (projects)
                for (const core::Project& p : *projects)
                    m->project->addItem(p.name, p.id);
            const int at = m->project->findData(values.value(s::project).toLongLong());
            m->project->setCurrentIndex(std::max(at, 0));
            connect(m->project, &QComboBox::activated, this, [this] { validate(); });
            auto* label = new QLabel(field.label.text(), this);
            label->setBuddy(m->project);
            layout->addRow(label, m->project);
            continue;
        }
        QWidget* editor = m->form->addField(layout, field, values.value(field.id), field.id + QStringLiteral("Edit"));
        // An enrolment's premium left empty is the settings' (core fills it in).
        auto* premium = qobject_cast<QLineEdit*>(editor);
        if (premium && m->kind == core::servicekind::insurance && field.id == s::amount)
            premium->setPlaceholderText(tr("%1 (the premium in the settings)")
                                            .arg(core::readInsuranceSettings(m->database->connection()).premiumYuan));
    }
}

QVariantMap ServiceDialog::formValues() const
{
    QVariantMap values = m->form->values();
    if (m->project)
        values.insert(s::project, m->project->currentData().isValid() ? m->project->currentData() : QVariant());
    return values;
}

QString ServiceDialog::kind() const
{
    return m->kind;
}

qint64 ServiceDialog::workerId() const
{
    if (m->person)
        return m->person->currentData().toLongLong();
    return m->workerId;
}

QString ServiceDialog::personName() const
{
    if (m->person && m->person->currentData().isValid())
        return m->person->currentText().section(QStringLiteral("  "), 0, 0);
    return m->personName;
}

core::NewService ServiceDialog::newService() const
{
    core::NewService service;
    service.workerId = workerId();
    service.kind = m->kind;
    service.fields = formValues();
    service.on = QDate::fromString(service.fields.value(s::providedOn).toString(), Qt::ISODate);
    return service;
}

QVariantMap ServiceDialog::changedValues() const
{
    QVariantMap edited = m->loaded;
    const QVariantMap values = formValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        edited.insert(it.key(), it.value());
    const core::RecordChange change = core::changeBetween(core::RecordKind::Service, m->serviceId, m->loaded, edited);
    QVariantMap changed;
    for (const core::FieldValue& field : change.fields)
        changed.insert(field.field, field.after);
    return changed;
}

// Core's checks of the service as it would be stored, shown under the fields.
void ServiceDialog::validate()
{
    core::ValidationReport report;
    if (m->serviceId) {
        QVariantMap edited = m->loaded;
        const QVariantMap changed = changedValues();
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            edited.insert(it.key(), it.value());
        report = core::validateService(m->database->connection(), m->serviceId, edited, core::Clock::today());
    } else {
        const core::NewService service = newService();
        const auto values = core::newServiceValues(m->database->connection(), service);
        if (values) {
            QVariantMap stored = *values;
            // A day typed wrongly is checked as typed, so the message says what is wrong with it.
            if (!service.on.isValid())
                stored.insert(s::providedOn, service.fields.value(s::providedOn));
            // No one chosen yet: checked as a person not given, so core asks for one.
            if (!service.workerId)
                stored.insert(s::worker, QVariant());
            report = core::validateService(m->database->connection(), 0, stored, core::Clock::today());
        } else {
            report.issues.append({s::worker, values.message(), false});
        }
    }
    m->form->showReport(report);
}

RecordForm* ServiceDialog::form() const
{
    return m->form;
}

QLineEdit* ServiceDialog::personSearch() const
{
    return m->search;
}

QComboBox* ServiceDialog::personCombo() const
{
    return m->person;
}

QComboBox* ServiceDialog::projectCombo() const
{
    return m->project;
}

} // namespace jb::ui
