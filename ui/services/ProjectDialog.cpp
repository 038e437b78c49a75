#include "ui/services/ProjectDialog.h"

#include "core/domain/Clock.h"
#include "core/domain/NameLanguage.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/placement/ReferralPipeline.h"
#include "core/reference/ReferenceRepository.h"
#include "core/storage/Database.h"
#include "ui/DialogButtons.h"
#include "ui/services/ProjectStages.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace jb::ui {

ProjectDialog::ProjectDialog(core::Database& database, QWidget* parent) : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("projectDialog"));
    setWindowTitle(tr("New entrepreneurship project"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("projectName"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. a family farm or an online shop"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("projectUnit"));
    m_industry = new QComboBox(this);
    m_industry->setObjectName(QStringLiteral("projectIndustry"));
    m_people = new QPlainTextEdit(this);
    m_people->setObjectName(QStringLiteral("projectPeople"));
    m_people->setTabChangesFocus(true);
    m_people->setPlaceholderText(tr("One ID number a line; each person must be registered first"));
    m_people->setFixedHeight(m_people->fontMetrics().lineSpacing() * 5 + 12);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("projectStage"));
    for (const QString& stage : ProjectStages::all())
        m_stage->addItem(ProjectStages::name(stage), stage);
    m_day = new QDateEdit(core::Clock::today(), this);
    m_day->setObjectName(QStringLiteral("projectDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto addRow = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Project &name:"), m_name);
    addRow(tr("Put forward &by:"), m_unit);
    addRow(tr("&Industry:"), m_industry);
    addRow(tr("&People (ID numbers):"), m_people);
    addRow(tr("&Stage:"), m_stage);
    addRow(tr("&Day put forward:"), m_day);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("projectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::giveMnemonics(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillUnits();
    fillIndustries();
    resize(560, sizeHint().height());
}

void ProjectDialog::fillUnits()
{
    const core::OrganisationRepository orgs(m_database.connection());
    const auto home = orgs.home();
    if (!home)
        return;
    m_unit->addItem(home->name, home->id);
    if (const auto children = orgs.children(home->id))
        for (const core::Organisation& child : *children)
            m_unit->addItem(QStringLiteral("  ") + child.name, child.id);
}

void ProjectDialog::fillIndustries()
{
    m_industry->addItem(tr("(not given)"), 0);
    const bool chinese = core::shownNameLanguage() == core::NameLanguage::Chinese;
    if (const auto items = core::ReferenceRepository(m_database.connection()).items(QStringLiteral("industry")))
        for (const core::ReferenceItem& item : *items)
            m_industry->addItem(chinese ? item.nameZh : item.nameEn, item.id);
}

core::Expected<core::Project> ProjectDialog::project() const
{
    core::Project p;
    p.name = m_name->text().trimmed();
    p.orgId = m_unit->currentData().toLongLong();
    p.industryId = m_industry->currentData().toLongLong();
    p.stage = m_stage->currentData().toString();
    p.putForwardOn = m_day->date();
    const QStringList lines = m_people->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const core::Expected<qint64> worker = core::findWorkerByIdNumber(m_database.connection(), line.trimmed());
        if (!worker)
            return core::Expected<core::Project>::failure(worker.message());
        if (!p.people.contains(*worker))
            p.people << *worker;
    }
    return p;
}

void ProjectDialog::accept()
{
    const QString refused = m_apply ? m_apply() : QString();
    if (!refused.isEmpty()) {
        m_error->setText(refused);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace jb::ui
