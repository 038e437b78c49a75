#include "ui/editing/VacancyEditDialog.h"

#include "core/domain/Clock.h"
#include "core/editing/RecordValidation.h"
#include "core/records/RecordFields.h"
#include "core/storage/Database.h"
#include "ui/editing/FormLayout.h"
#include "ui/editing/RecordForm.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace jb::ui {

namespace v = core::fields::vacancy;

struct VacancyEditDialog::Fields
{
    core::Database* database = nullptr;
    qint64 enterpriseId = 0;
    qint64 recordId = 0;
    QVariantMap loaded;
    RecordForm* form = nullptr;
};

VacancyEditDialog::VacancyEditDialog(core::Database& database, qint64 enterpriseId, qint64 recordId, QWidget* parent)
    : QDialog(parent), m(std::make_unique<Fields>())
{
    setObjectName(QStringLiteral("vacancyEditDialog"));
    m->database = &database;
    m->enterpriseId = enterpriseId;
    m->recordId = recordId;
    setWindowTitle(recordId ? tr("Edit vacancy") : tr("Add vacancy"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m->form = new RecordForm(
        database, core::RecordKind::Vacancy, buttons, recordId == 0, [this] { validate(); }, this);
    const QVariantMap values = load(layout);
    auto* fields = makeColumns(values);
    fields->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(FormLayout::scrolling(fields, this), 1);
    finish(layout, buttons);
}

VacancyEditDialog::~VacancyEditDialog() = default;

// The vacancy as stored (a new one is open, posted today), and above the fields the enterprise it belongs to.
QVariantMap VacancyEditDialog::load(QVBoxLayout* layout)
{
    QString error;
    const QVariantMap values = m->form->load(
        m->recordId, {{v::postedOn, core::Clock::today().toString(Qt::ISODate)}, {v::status, QStringLiteral("open")}},
        &error);
    if (!error.isEmpty())
        layout->addWidget(new QLabel(error, this));
    if (m->recordId) {
        m->loaded = values;
        if (error.isEmpty())
            m->enterpriseId = values.value(v::enterprise).toLongLong();
    }
    const auto enterprise = core::loadRecord(m->database->connection(), core::RecordKind::Enterprise, m->enterpriseId);
    auto* owner = new QLabel(
        tr("Enterprise: %1")
            .arg(enterprise ? enterprise->value(core::fields::enterprise::name).toString() : QStringLiteral("—")),
        this);
    owner->setObjectName(QStringLiteral("enterpriseName"));
    QFont bold = owner->font();
    bold.setBold(true);
    owner->setFont(bold);
    layout->addWidget(owner);
    return values;
}

QLayout* VacancyEditDialog::makeColumns(const QVariantMap& values)
{
    auto* columns = new QHBoxLayout;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    m->form->addFields(left, values,
                       {{v::title, "titleEdit"},
                        {v::trade, "tradeEdit"},
                        {v::occupationGroup, "occupationCombo"},
                        {v::headcount, "headcountEdit"},
                        {v::wageMin, "wageMinEdit"},
                        {v::wageMax, "wageMaxEdit"},
                        {v::wageText, "wageTextEdit"},
                        {v::benefits, "benefitsEdit"},
                        {v::workLocation, "locationEdit"}});
    m->form->addFields(right, values,
                       {{v::education, "educationCombo"},
                        {v::ageMin, "ageMinEdit"},
                        {v::ageMax, "ageMaxEdit"},
                        {v::skillLevel, "skillCombo"},
                        {v::requirements, "requirementsEdit"},
                        {v::employmentForm, "employmentFormCombo"},
                        {v::postedOn, "postedOnEdit"},
                        {v::status, "statusCombo"},
                        {v::closedOn, "closedOnEdit"}});
    return columns;
}

void VacancyEditDialog::finish(QVBoxLayout* layout, QDialogButtonBox* buttons)
{
    auto* legend =
        new QLabel(tr("Fields marked * are required. A vacancy that is filled or closed needs the day."), this);
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    legend->setWordWrap(true);
    layout->addWidget(legend);
    m->form->addProblemsLine(layout, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m->form->editor<QComboBox>(v::status), &QComboBox::activated, this, &VacancyEditDialog::statusChosen);
    validate();
    FormLayout::fit(this, 920);
}

// Closing a vacancy fills in today's date; reopening it clears the date.
void VacancyEditDialog::statusChosen()
{
    auto* closedOn = m->form->editor<QLineEdit>(v::closedOn);
    const bool open = m->form->editor<QComboBox>(v::status)->currentData().toString() == QLatin1String("open");
    if (open)
        closedOn->clear();
    else if (closedOn->text().trimmed().isEmpty())
        closedOn->setText(core::Clock::today().toString(Qt::ISODate));
    validate();
}

void VacancyEditDialog::validate()
{
    m->form->showCheck(m->loaded, change());
}

core::RecordChange VacancyEditDialog::change() const
{
    QVariantMap values = m->form->values();
    values.insert(v::enterprise, m->enterpriseId ? QVariant(m->enterpriseId) : QVariant());
    core::RecordChange result = core::changeBetween(core::RecordKind::Vacancy, m->recordId, m->loaded, values);
    // Stored in the audit log in the language the officer works in.
    result.note = m->recordId ? tr("edit vacancy") : tr("add vacancy");
    return result;
}

} // namespace jb::ui
