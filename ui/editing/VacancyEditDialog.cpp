#include "ui/editing/VacancyEditDialog.h"

#include "core/domain/Clock.h"
#include "core/editing/RecordValidation.h"
#include "core/storage/Database.h"
#include "ui/editing/RecordForm.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace jb::ui {

struct VacancyEditDialog::Fields
{
    core::Database* database = nullptr;
    qint64 enterpriseId = 0;
    qint64 recordId = 0;
    QVariantMap loaded;
    RecordForm* form = nullptr;
    QLineEdit* title = nullptr;
    QLineEdit* trade = nullptr;
    QComboBox* occupation = nullptr;
    QLineEdit* headcount = nullptr;
    QLineEdit* wageMin = nullptr;
    QLineEdit* wageMax = nullptr;
    QLineEdit* wageText = nullptr;
    QLineEdit* benefits = nullptr;
    QComboBox* education = nullptr;
    QLineEdit* ageMin = nullptr;
    QLineEdit* ageMax = nullptr;
    QComboBox* skill = nullptr;
    QLineEdit* requirements = nullptr;
    QLineEdit* location = nullptr;
    QComboBox* form_ = nullptr;
    QLineEdit* postedOn = nullptr;
    QComboBox* status = nullptr;
    QLineEdit* closedOn = nullptr;
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
        buttons, recordId == 0, [this] { validate(); }, this);

    QVariantMap v;
    if (recordId) {
        const auto loaded = core::loadRecord(database.connection(), QStringLiteral("vacancies"), recordId);
        if (loaded) {
            v = loaded.value();
            m->enterpriseId = v.value(QStringLiteral("enterprise_id")).toLongLong();
        } else {
            layout->addWidget(new QLabel(loaded.error(), this));
        }
        m->loaded = v;
    } else {
        v.insert(QStringLiteral("posted_on"), core::Clock::today().toString(Qt::ISODate));
        v.insert(QStringLiteral("status"), QStringLiteral("open"));
    }
    // Which enterprise the vacancy belongs to, above the fields.
    const auto enterprise = core::loadRecord(database.connection(), QStringLiteral("enterprises"), m->enterpriseId);
    auto* owner =
        new QLabel(tr("Enterprise: %1")
                       .arg(enterprise ? enterprise->value(QStringLiteral("name")).toString() : QStringLiteral("—")),
                   this);
    owner->setObjectName(QStringLiteral("enterpriseName"));
    QFont bold = owner->font();
    bold.setBold(true);
    owner->setFont(bold);
    layout->addWidget(owner);
    auto text = [&v](QLineEdit* edit, const char* field) {
        const QVariant value = v.value(QLatin1String(field));
        edit->setText(value.isNull() ? QString() : value.toString());
        return edit;
    };
    auto reference = [&](const QString& list, const char* field, const QString& objectName) {
        return RecordForm::referenceCombo(this, database, list, v.value(QLatin1String(field)), true, objectName);
    };
    const QString dateHint = tr("YYYY-MM-DD");
    const QString perMonth = tr("yuan per month");

    auto* columns = new QHBoxLayout;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    RecordForm* f = m->form;

    m->title = text(RecordForm::lineEdit(this, QStringLiteral("titleEdit")), "title");
    f->addRow(left, QStringLiteral("title"), tr("Vacancy title"), m->title, true);
    m->trade = text(RecordForm::lineEdit(this, QStringLiteral("tradeEdit")), "trade");
    f->addRow(left, QStringLiteral("trade"), tr("Trade"), m->trade);
    m->occupation =
        reference(QStringLiteral("occupation_group"), "occupation_group_id", QStringLiteral("occupationCombo"));
    f->addRow(left, QStringLiteral("occupation_group_id"), tr("Occupation group"), m->occupation);
    m->headcount = text(RecordForm::lineEdit(this, QStringLiteral("headcountEdit")), "headcount");
    f->addRow(left, QStringLiteral("headcount"), tr("Headcount wanted"), m->headcount, true);
    m->wageMin = text(RecordForm::lineEdit(this, QStringLiteral("wageMinEdit"), perMonth), "wage_min");
    f->addRow(left, QStringLiteral("wage_min"), tr("Wage from"), m->wageMin);
    m->wageMax = text(RecordForm::lineEdit(this, QStringLiteral("wageMaxEdit"), perMonth), "wage_max");
    f->addRow(left, QStringLiteral("wage_max"), tr("Wage to"), m->wageMax);
    m->wageText =
        text(RecordForm::lineEdit(this, QStringLiteral("wageTextEdit"), tr("as written, e.g. 面议")), "wage_text");
    f->addRow(left, QStringLiteral("wage_text"), tr("Wage as written"), m->wageText);
    m->benefits = text(RecordForm::lineEdit(this, QStringLiteral("benefitsEdit")), "benefits");
    f->addRow(left, QStringLiteral("benefits"), tr("Benefits"), m->benefits);
    m->location = text(RecordForm::lineEdit(this, QStringLiteral("locationEdit")), "work_location");
    f->addRow(left, QStringLiteral("work_location"), tr("Work location"), m->location);

    m->education = reference(QStringLiteral("education"), "education_id", QStringLiteral("educationCombo"));
    f->addRow(right, QStringLiteral("education_id"), tr("Education required"), m->education);
    m->ageMin = text(RecordForm::lineEdit(this, QStringLiteral("ageMinEdit")), "age_min");
    f->addRow(right, QStringLiteral("age_min"), tr("Age from"), m->ageMin);
    m->ageMax = text(RecordForm::lineEdit(this, QStringLiteral("ageMaxEdit")), "age_max");
    f->addRow(right, QStringLiteral("age_max"), tr("Age to"), m->ageMax);
    m->skill = reference(QStringLiteral("skill_level"), "skill_level_id", QStringLiteral("skillCombo"));
    f->addRow(right, QStringLiteral("skill_level_id"), tr("Skill level"), m->skill);
    m->requirements = text(RecordForm::lineEdit(this, QStringLiteral("requirementsEdit")), "requirements");
    f->addRow(right, QStringLiteral("requirements"), tr("Other requirements"), m->requirements);
    m->form_ =
        reference(QStringLiteral("employment_form"), "employment_form_id", QStringLiteral("employmentFormCombo"));
    f->addRow(right, QStringLiteral("employment_form_id"), tr("Employment form"), m->form_);
    m->postedOn = text(RecordForm::lineEdit(this, QStringLiteral("postedOnEdit"), dateHint), "posted_on");
    f->addRow(right, QStringLiteral("posted_on"), tr("Posted on"), m->postedOn, true);
    m->status = RecordForm::codeCombo(this,
                                      {{QStringLiteral("open"), tr("Open")},
                                       {QStringLiteral("filled"), tr("Filled")},
                                       {QStringLiteral("closed"), tr("Closed")}},
                                      v.value(QStringLiteral("status")), QStringLiteral("statusCombo"));
    f->addRow(right, QStringLiteral("status"), tr("Status"), m->status, true);
    m->closedOn = text(RecordForm::lineEdit(this, QStringLiteral("closedOnEdit"), dateHint), "closed_on");
    f->addRow(right, QStringLiteral("closed_on"), tr("Closed on"), m->closedOn);
    layout->addLayout(columns);

    auto* legend =
        new QLabel(tr("Fields marked * are required. A vacancy that is filled or closed needs the day."), this);
    legend->setStyleSheet(QStringLiteral("color: #555;"));
    legend->setWordWrap(true);
    layout->addWidget(legend);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Closing a vacancy fills in today's date; reopening it clears the date.
    connect(m->status, &QComboBox::activated, this, [this] {
        const bool open = RecordForm::comboValue(m->status).toString() == QLatin1String("open");
        if (open)
            m->closedOn->clear();
        else if (m->closedOn->text().trimmed().isEmpty())
            m->closedOn->setText(core::Clock::today().toString(Qt::ISODate));
        validate();
    });
    validate();
    resize(920, sizeHint().height());
}

VacancyEditDialog::~VacancyEditDialog() = default;

void VacancyEditDialog::validate()
{
    m->form->showCheck(*m->database, m->loaded, change());
}

core::RecordChange VacancyEditDialog::change() const
{
    QVariantMap v;
    auto put = [&v](const char* field, const QVariant& value) { v.insert(QLatin1String(field), value); };
    put("enterprise_id", m->enterpriseId ? QVariant(m->enterpriseId) : QVariant());
    put("title", RecordForm::text(m->title));
    put("trade", RecordForm::text(m->trade));
    put("occupation_group_id", RecordForm::comboValue(m->occupation));
    put("headcount", RecordForm::text(m->headcount));
    put("wage_min", RecordForm::text(m->wageMin));
    put("wage_max", RecordForm::text(m->wageMax));
    put("wage_text", RecordForm::text(m->wageText));
    put("benefits", RecordForm::text(m->benefits));
    put("education_id", RecordForm::comboValue(m->education));
    put("age_min", RecordForm::text(m->ageMin));
    put("age_max", RecordForm::text(m->ageMax));
    put("skill_level_id", RecordForm::comboValue(m->skill));
    put("requirements", RecordForm::text(m->requirements));
    put("work_location", RecordForm::text(m->location));
    put("employment_form_id", RecordForm::comboValue(m->form_));
    put("posted_on", RecordForm::text(m->postedOn));
    put("status", RecordForm::comboValue(m->status));
    put("closed_on", RecordForm::text(m->closedOn));
    core::RecordChange result = core::changeBetween(QStringLiteral("vacancies"), m->recordId, m->loaded, v);
    result.note = m->recordId ? QStringLiteral("编辑岗位 / edit vacancy") : QStringLiteral("新增岗位 / add vacancy");
    return result;
}

} // namespace jb::ui
